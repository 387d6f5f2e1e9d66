# ruff: noqa: E501
"""Blind set written 2026-12-07 (third of the day) for issue 16: 192 complaints, 16 per section, written by hand as strangers would send them to the Setda Kukar complaint service. E-mail is the focus (72): formal letters from village heads, a camat office, yayasan, koperasi, schools, companies, LSM, a DPRD member's staff, universities and agencies (kop surat, Nomor/Lampiran/Perihal, Kepada Yth., numbered points, signature blocks with NIP/phone), chat-like citizen e-mails, forwards and replies whose quoted history is about another matter (">" lines, "Pada ... menulis:", "-----Original Message-----", "---------- Forwarded message ---------", Outlook From/Sent/To/Subject blocks), long preambles and thanks for a settled matter before the real request, cc lists, letters to the Bupati or Sekda that ask for no meeting, and formal Indonesian mixed with English (invoice, follow up, deadline, feedback). Chat channels use phone Indonesian with abbreviations, Kutai/Banjar words, emoji and Kukar place names. About a third of the cases are hard on purpose: another section's words appear as an address, building, background or settled matter, the request is paraphrased, a thank-you precedes a different complaint, or the writer names the wrong office. Channels: email 72, whatsapp 36, sms 24, telegram 24, twitter 12, web 24 (per section 6/3/2/2/1/2).

Written without reading config.yaml, routing/ or tests/routing/; each case is labelled only from
the mandates in docs/sections.md.

Scored ONCE, blind, with the rules of main 318e5c5 (this file committed in that commit, unread by
the rules' authors), on 2026-12-07: 172/192 correct = 89.6% (Wilson 95% interval 84.5%-93.2%),
0 fallbacks. Per channel: email 63/72 (87.5%), sms 22/24, telegram 23/24, twitter 12/12,
web 19/24, whatsapp 33/36. The errors (index in CASES, label -> got):
- thanks for an earlier matter before the request: #1 pemerintahan -> perekonomian ("udh
  ditindaklanjuti, sekarang stoknya aman lagi"), #146 umum -> hukum ("sudah dijawab, terima
  kasih"), #175 prokom -> perekonomian ("Terima kasih atas operasi pasar LPG"), #31 kesra ->
  prokom ("Terima kasih kepada Bapak Bupati yang berkenan hadir meresmikan"), #39 hukum -> kesra
  ("dibantu bgt sama bagian kesra ... makasih"), #133 organisasi -> hukum ("Perbup ... sudah
  ditetapkan; terima kasih kepada Bagian Hukum"), #84 sda -> prokom ("sudah ada jawaban dari
  bagian protokol ... tidak apa-apa");
- a section named as the one that refused the matter, or as the writer's workplace: #92 sda ->
  kesra, #79 perekonomian -> kesra, #184 perencanaan_keuangan -> kesra, #111 adpem -> pbj
  ("Kepada Yth. Bagian Pengadaan / LPSE");
- a denied relation or dispute: #21 kesra -> kerjasama ("tidak berkaitan dengan perpanjangan
  MoU"), #50 kerjasama -> sda ("tidak mempersoalkan kebun, izin ataupun limbah"), #159 umum ->
  kesra ("tidak bertanya soal keputusan hibahnya"), #52 kerjasama -> pbj ("tidak ikut tender");
- a village named like a commodity: #153 umum -> perekonomian ("Desa Sungai Bawang");
- #24 kesra -> umum (parking at the Kantor Bupati as background), #58 kerjasama -> pemerintahan
  (a tie), #66 perekonomian -> organisasi (UMKM support, "fasilitasi perizinan"), #67
  perekonomian -> sda (a Perusda's unpaid supplier).
"""

from __future__ import annotations

from tests.routing.case import Case

_E = Case

_PEMERINTAHAN = [
    _E(
        "email",
        "pemerintahan",
        "PEMERINTAH KABUPATEN KUTAI KARTANEGARA\nKECAMATAN MUARA BADAK\nDESA SALO PALAI\nJl. Poros Muara Badak - Samarinda Km 4, Kode Pos 75382\n\nNomor    : 140/087/SP-PEM/XI/2026\nLampiran : 1 (satu) berkas\nPerihal  : Permohonan Fasilitasi Penegasan Batas Desa\n\nKepada Yth.\nBapak Sekretaris Daerah Kabupaten Kutai Kartanegara\nc.q. Kepala Bagian Pemerintahan Setda\ndi -\n   Tenggarong\n\nDengan hormat,\nSehubungan dengan belum adanya kesepakatan batas wilayah antara Desa Salo Palai dan Desa Badak Mekar, bersama ini kami sampaikan hal-hal sebagai berikut:\n1. Sejak tahun 2024 terdapat perbedaan klaim atas wilayah Dusun Sidomulyo (kurang lebih 60 KK) yang oleh kedua desa sama-sama dicantumkan dalam profil desa.\n2. Musyawarah yang difasilitasi Kantor Camat Muara Badak pada 14 Oktober 2026 belum menghasilkan kesepakatan.\n3. Akibatnya warga Dusun Sidomulyo tercatat ganda dan tidak tahu harus mengurus surat pengantar ke desa mana.\nBerkenaan dengan hal tersebut, kami mohon Bagian Pemerintahan dapat memfasilitasi proses penegasan batas kedua desa, termasuk pelacakan dan pemasangan pilar batas di lapangan. Terlampir sketsa peta dan berita acara musyawarah di kecamatan.\n\nDemikian permohonan ini kami sampaikan, atas perhatian Bapak kami ucapkan terima kasih.\n\nKepala Desa Salo Palai,\n\nMUHAMMAD NUR HASAN\nHP. 0812-5563-1047",
    ),
    _E(
        "email",
        "pemerintahan",
        'Selamat siang bapak/ibu admin,\n\nsebelumnya sy mau bilang makasih bgt, laporan saya bulan lalu soal gas elpiji 3 kg yg langka di pangkalan dekat rumah udh ditindaklanjuti, sekarang stoknya aman lagi.\n\nnah skrg ada masalah lain. Ketua RT 19 Kelurahan Sukarame (Tenggarong) itu masa jabatannya udh habis dari 2024 tp sampai skrg gak pernah ada pemilihan RT baru. Warga udh 2x minta ke kelurahan katanya "nanti diagendakan". Pak RT nya juga udh jarang di rumah, kerja di Balikpapan. Kami minta tolong kelurahan didorong supaya segera adakan musyawarah pemilihan ketua RT yg baru.\n\nterima kasih\nRahmawati\nwarga RT 19 Sukarame',
    ),
    _E(
        "email",
        "pemerintahan",
        "Mohon maaf kami teruskan lagi karena email sebelumnya sepertinya salah alamat.\n\nInti permohonan kami: Panitia Pilkades Desa Liang Ulu, Kec. Kota Bangun, mencoret bakal calon kami Hj. Siti Aisyah dengan alasan ijazah belum dilegalisir, padahal legalisir sudah kami serahkan tanggal 9 November (ada tanda terima panitia). Kami mohon panitia pilkades tingkat kabupaten meninjau ulang keputusan panitia desa sebelum penetapan calon tanggal 12 Desember.\n\nHormat kami,\nDarmansyah (Ketua Tim)\n0853-4812-7730\n\n---------- Forwarded message ---------\nFrom: Darmansyah <darmansyah.kb@gmail.com>\nDate: Kam, 19 Nov 2026 09.42\nSubject: Re: info beasiswa\nTo: Rina <rina.liangulu@gmail.com>\n\nRin, soal beasiswa anakmu nanti saja kita urus setelah tahapan pilkades ini beres ya. Yang penting berkas keberatan tolong discan semua.\n\n> Pada 18 Nov 2026 20.15, Rina menulis:\n> Pak, pendaftaran beasiswa S1 dari Pemkab sudah dibuka belum? Anak saya mau daftar.",
    ),
    _E(
        "email",
        "pemerintahan",
        "LEMBAGA PEMERHATI DESA MAHAKAM (LPDM)\nSekretariat: Jl. Gunung Kombeng No. 17, Tenggarong | lpdm.mahakam@gmail.com\n\nNomor    : 22/LPDM/XII/2026\nPerihal  : Penjabat Kepala Desa merangkap tiga desa\n\nKepada Yth.\nKepala Bagian Pemerintahan\nSekretariat Daerah Kab. Kutai Kartanegara\ndi Tenggarong\n\nDengan hormat,\nBerdasarkan pemantauan kami di Kecamatan Muara Kaman, satu orang ASN kecamatan saat ini ditunjuk sebagai Penjabat Kepala Desa di tiga desa sekaligus (Sabintulung, Rantau Hempang dan Muara Kaman Ulu). Jarak antardesa ditempuh lewat sungai, sehingga kantor desa praktis kosong berminggu-minggu dan musyawarah desa tertunda.\n\nKami mohon:\n1. Peninjauan ulang penunjukan Penjabat Kepala Desa tersebut;\n2. Penjelasan kapan pemilihan kepala desa definitif di ketiga desa akan dilaksanakan.\n\nDemikian kami sampaikan. Atas perhatiannya kami ucapkan terima kasih.\n\nHormat kami,\nIr. Syahrani Noor\nKetua LPDM\n0811-5830-442",
    ),
    _E(
        "email",
        "pemerintahan",
        "From: Subbag Tata Pemerintahan Kec. Kembang Janggut\nSent: Tuesday, December 1, 2026 10:14 AM\nTo: Bagian Pemerintahan Setda Kukar\nCc: Camat Kembang Janggut; Sekcam Kembang Janggut\nSubject: Follow up usulan pembentukan Desa Persiapan Long Beleh Hulu\n\nSelamat pagi Bapak/Ibu,\n\nMohon izin follow up atas usulan pembentukan Desa Persiapan Long Beleh Hulu (pemekaran dari Desa Long Beleh Modang) yang sudah kami kirim hardcopy tanggal 3 September 2026 beserta hasil musdes, peta wilayah dan data 312 KK.\n\nSampai sekarang kami belum menerima feedback apakah dokumen sudah lengkap atau masih ada yang harus diperbaiki. Info dari provinsi, deadline input usulan untuk kode wilayah tahun depan adalah akhir Januari 2027.\n\nMohon arahannya. Kalau perlu meeting untuk asistensi dokumen, kami siap datang ke Tenggarong.\n\nTerima kasih,\nYohana Bilung, S.IP\nKasubbag Tata Pemerintahan Kec. Kembang Janggut\nHP/WA 0822-5109-3376",
    ),
    _E(
        "email",
        "pemerintahan",
        "Kepada Yth. Bagian Hukum Setda Kukar\n\nAssalamualaikum wr. wb.\n\nKami tidak tahu bagian mana yang tepat, jadi kami tujukan ke Bagian Hukum. Kami perwakilan warga Desa Sungai Meriam, Kec. Anggana.\n\nAda lahan tambak kurang lebih 40 hektare di perbatasan Desa Sungai Meriam dan Desa Kutai Lama. Pemerintah kedua desa sama-sama menerbitkan surat keterangan penguasaan tanah untuk lahan yang sama kepada orang yang berbeda. Sekarang warga dua desa saling patok dan sudah hampir bentrok dua kali.\n\nKami tidak ingin perkara ini sampai ke pengadilan. Yang kami mohon adalah Pemkab menengahi kedua pemerintah desa untuk menyelesaikan administrasi pertanahan di perbatasan itu: surat mana yang sah dan lahan itu masuk wilayah desa mana.\n\nWassalamualaikum wr. wb.\nH. Abdul Rachim\nTokoh masyarakat Sungai Meriam\n0813-4690-2281",
    ),
    _E(
        "whatsapp",
        "pemerintahan",
        "Assalamualaikum pak. sy Andi, mantan kaur keuangan Desa Loa Duri Ulu (Loa Janan). sy diberhentikan kades tgl 2 nov tanpa SP, tanpa rekomendasi camat, lgsg diganti ponakannya sendiri 🙏 mhn pemkab cek prosedur pemberhentian perangkat desa ini, sy siap kirim SK nya",
    ),
    _E(
        "whatsapp",
        "pemerintahan",
        "Assalamualaikum pian, ulun warga Desa Semayang, Kenohan. Handak batakun, pilkades serentak gasan desa kami kapan? kades lawas sudah habis masa jabatan dari bulan tujuh, bubuhan warga kada tahu jadwalnya. Tarima kasih 🙏",
    ),
    _E(
        "whatsapp",
        "pemerintahan",
        "min sy ketua RT 07 Kel. Jahab. Gara2 proyek drainase kmrn patok batas RT 07 sm RT 08 ilang 😤 skrg 5 rumah di ujung gang diklaim 2 RT, data warga jd dobel. drainase nya sih udh beres gpp. yg sy minta kelurahan/pemkab tetapkan ulang batas RT nya biar jelas, ada berita acaranya",
    ),
    _E(
        "sms",
        "pemerintahan",
        "Yth Setda Kukar, mhn info syarat pembentukan RT baru. Perumahan kami di Kel. Loa Ipuh sdh 64 KK tp blm punya RT sendiri, masih numpang RT 21. Tks. Yusuf",
    ),
    _E(
        "sms",
        "pemerintahan",
        "Pak, rumah sy di KM 18 poros Loa Kulu. Kec Loa Kulu bilang masuk Loa Janan, Loa Janan bilang masuk Loa Kulu. Mau urus KTP aja bingung. Mhn dipastikan batas kecamatannya",
    ),
    _E(
        "telegram",
        "pemerintahan",
        "Selamat malam.\nSaya mewakili forum warga Desa Loa Lepu, Tenggarong Seberang. Kami dengar desa kami mau diubah statusnya jadi kelurahan.\nMau tanya:\n1) apa benar sudah ada usulannya?\n2) bagaimana nasib kades & perangkat desa yang sekarang?\n3) warga dimintai pendapat dulu atau tidak?\nKami minta ada sosialisasi dulu sebelum keputusan diambil. Terima kasih.",
    ),
    _E(
        "telegram",
        "pemerintahan",
        "Pak/Bu, sy anggota BPD Desa Bunga Putih, Marangkayu. Udh masuk Desember tp Perdes APBDes 2027 blm disepakati krn kades & BPD deadlock, kades gk mau hadir rapat BPD. Kl gini dana desa bisa telat. Tlg Bagian Pemerintahan turun memediasi, pak camat udh angkat tangan",
    ),
    _E(
        "twitter",
        "pemerintahan",
        "@setdakukar pilkades Desa Sanggulan Sebulu udh ditunda 2x tanpa alasan jelas, kapan pastinya? Pj kades jg jarang muncul 🙄 #Kukar #pilkades",
    ),
    _E(
        "web",
        "pemerintahan",
        "Nama: Suparman\nKecamatan: Muara Wis\nJudul: Insentif Ketua RT ditahan Kepala Desa\nIsi laporan: Insentif ketua RT se-Desa Muara Wis periode Januari-Juni 2026 belum diberikan oleh kepala desa, padahal sudah dianggarkan di APBDes. Ketika kami tanyakan, kades beralasan RT yang tidak hadir rapat desa tidak berhak. Mohon Pemkab melalui bagian yang membina pemerintahan desa menegur dan membina kepala desa kami agar hak RT diberikan.",
    ),
    _E(
        "web",
        "pemerintahan",
        "Judul: Usulan pemekaran kecamatan di hulu Tabang\nIsi: Kami warga enam desa di hulu Sungai Belayan, Kec. Tabang. Jarak ke kantor camat bisa 8 jam naik perahu, apalagi kalau air surut. Tokoh masyarakat sepakat mengusulkan pembentukan kecamatan baru. Mohon informasi tahapan dan persyaratan pembentukan kecamatan, karena draf proposal dan peta sudah kami susun dan ingin kami ajukan resmi tahun depan.",
    ),
]

_KESRA = [
    _E(
        "email",
        "kesra",
        "PANITIA PEMBANGUNAN MASJID AL-IKHLAS\nDESA JEMBAYAN, KECAMATAN LOA KULU\nSekretariat: RT 04 Desa Jembayan, Kab. Kutai Kartanegara\n\nNomor    : 09/PP-MAI/XI/2026\nLampiran : 1 (satu) bundel proposal\nPerihal  : Permohonan Bantuan Rehabilitasi Rumah Ibadah\n\nKepada Yth.\nBapak Bupati Kutai Kartanegara\nCq. Kepala Bagian Kesejahteraan Rakyat Setda\ndi Tenggarong\n\nAssalamualaikum warahmatullahi wabarakatuh,\nDengan hormat, bersama ini kami sampaikan:\n1. Masjid Al-Ikhlas dibangun tahun 1989 dan digunakan oleh kurang lebih 240 KK;\n2. Atap dan rangka kayu sudah lapuk sehingga bocor di banyak titik, tempat wudhu wanita rusak berat;\n3. Kebutuhan biaya rehabilitasi berdasarkan RAB adalah Rp 185.400.000, swadaya jamaah yang terkumpul Rp 37.000.000.\nDengan ini kami mohon Bapak berkenan memberikan bantuan rumah ibadah dari Pemerintah Kabupaten untuk kekurangan biaya tersebut. Proposal lengkap, foto kondisi dan rekomendasi kepala desa kami lampirkan.\n\nDemikian permohonan ini, atas perhatian dan bantuannya kami ucapkan jazakumullah khairan.\n\nKetua Panitia,                    Sekretaris,\nH. Jumransyah                     Fitriani, S.Pd\nHP 0812-5345-8810",
    ),
    _E(
        "email",
        "kesra",
        'Subject: beasiswa blm cair padahal status lolos\n\nHalo min,\nsaya Nadia, mahasiswi semester 5 di Samarinda, asal Muara Jawa. di web pengumuman beasiswa pemkab status saya "LOLOS - menunggu pencairan" sejak Agustus, tp sampe skrg blm ada dana masuk ke rekening yg sy daftarkan. temen2 sekampus yg lain udh masuk bulan Oktober.\n\nno rekening udh sy cek berkali2 bener, atas nama sendiri. tolong dicek ya min kenapa punya saya belum, soalnya UKT semester depan harus bayar tgl 20 Januari 😢\n\nNIK 6402065708040002\nNadia Putri Ramadhani\n0896-5321-0477',
    ),
    _E(
        "email",
        "kesra",
        "Assalamu'alaikum,\n\nIni saya forward email dari Ketua FKDT Kecamatan Muara Kaman. Bagian bawah soal undangan haul sudah selesai, Pak Bupati sudah hadir kemarin, terima kasih.\n\nYang belum selesai: insentif guru TPA/TPQ se-Kecamatan Muara Kaman (87 orang) untuk triwulan II dan III tahun 2026 belum diterima. Nama-nama sudah diverifikasi Kemenag dan kecamatan sejak Mei. Mohon kejelasan kapan insentif ini disalurkan, karena banyak ustadzah yang bertanya setiap hari ke saya.\n\nWassalam,\nUst. Hamdani, S.Pd.I\n\n-----Original Message-----\nFrom: FKDT Muara Kaman\nSent: 02 November 2026 08:15\nTo: Hamdani\nSubject: undangan haul & insentif\n\nPak Ustadz, undangan haul untuk Pak Bupati sudah kami antar ke kantor bupati hari Jumat. Sekalian tolong tanyakan insentif guru ngaji yang macet ya, dari Juli belum ada.",
    ),
    _E(
        "email",
        "kesra",
        "Kepada Yth. Bapak/Ibu di Setda Kukar\n\nSaya Sulastri, ibu dari Aisyah Nur Fadilah (15 tahun), santri di Loa Kulu. Anak saya juara 1 cabang tilawah remaja pada MTQ tingkat Kecamatan Loa Kulu bulan September 2026. Namun dalam daftar kafilah kecamatan untuk MTQ tingkat kabupaten, yang dikirim untuk cabang tersebut justru peserta juara 3, tanpa penjelasan apa pun kepada kami.\n\nKami tidak mencari ribut. Kami hanya mohon penjelasan bagaimana mekanisme seleksi kafilah MTQ yang benar, dan bila ternyata ada kekeliruan, mohon susunan kafilah ditinjau ulang sebelum pendaftaran kafilah ditutup.\n\nTerima kasih atas perhatiannya.\nSulastri\nDesa Loa Kulu Kota, 0852-4678-1309",
    ),
    _E(
        "email",
        "kesra",
        "Yth. Bapak/Ibu pengelola pengaduan,\n\nBapak saya, H. Ambo Tang (78 tahun), warga Muara Jawa Ulu, masuk daftar calon jamaah haji yang berangkat musim haji 2027. Beliau memakai kursi roda dan tidak bisa berangkat sendiri ke Balikpapan.\n\nKami ingin bertanya:\n- apakah Pemkab Kukar tahun depan masih menyediakan angkutan jamaah dari kecamatan ke embarkasi seperti tahun-tahun sebelumnya;\n- bagaimana cara mendaftarkan pendamping untuk jamaah lansia;\n- kapan jadwal manasik tingkat kabupaten.\n\nMohon informasinya karena keluarga perlu bersiap sejak sekarang. Terima kasih.\n\nHormat saya,\nAndi Rahmat\n0811-5566-2093",
    ),
    _E(
        "email",
        "kesra",
        "UNIVERSITAS KUTAI KARTANEGARA\nWAKIL REKTOR III BIDANG KEMAHASISWAAN\nJl. Gunung Kombeng No. 27 Tenggarong\n\nNomor   : 412/UNIKARTA/WR3/XI/2026\nPerihal : Mahasiswa penerima beasiswa yang tidak tercantum dalam daftar\n\nKepada Yth.\nKepala Bagian Kesejahteraan Rakyat\nSetda Kabupaten Kutai Kartanegara\n\nDengan hormat,\nPerlu kami sampaikan lebih dahulu bahwa surat ini tidak berkaitan dengan perpanjangan MoU antara Pemkab dan Unikarta yang sedang diproses di Bagian Kerja Sama.\n\nBerdasarkan hasil rekonsiliasi kami, terdapat 42 mahasiswa Unikarta yang telah dinyatakan lulus seleksi beasiswa Pemkab tahun 2026 (sesuai pengumuman tahap I), tetapi namanya tidak tercantum dalam daftar penerima pencairan tahap II. Daftar nama dan NIM terlampir.\n\nKami mohon verifikasi ulang dan perbaikan daftar penerima tersebut, dan bila ada dokumen yang kurang, mohon disampaikan kepada kami agar segera dilengkapi.\n\nDemikian, atas kerja samanya kami ucapkan terima kasih.\n\nDr. Hj. Noorhayati, M.Si\nNIDN 1108037201",
    ),
    _E(
        "whatsapp",
        "kesra",
        "Assalamualaikum pak, sy ibu Rusmini ketua majelis taklim Nurul Huda di Kota Bangun Ilir. Proposal hibah utk kegiatan & perlengkapan majelis taklim udh kami masukkan dr bln Maret lewat kecamatan, tp blm ada kabar sama skali. apa msh diproses atau ditolak? mhn infonya 🙏🙏",
    ),
    _E(
        "whatsapp",
        "kesra",
        "pian, ulun marbot langgar Al-Amin di Muara Muntai Ulu. insentif marbot wan guru ngaji tahun ini kada turun lagi kah? tahun tadi tu ada, ini sampai Desember kada ada kabar. bubuhan marbot di kampung ulun batakun samunyaan. makasih lah 🙏",
    ),
    _E(
        "whatsapp",
        "kesra",
        "pagi min. kemarin sy ke kantor bupati mau nanya langsung tp parkirnya penuh bgt smp muter2 😅 yaudah sy tanya di sini aja: pendaftaran beasiswa S2 dr pemkab thn 2027 kapan dibuka? syarat IPK brp? sy alumni Unmul, KTP Tenggarong Seberang. mksh",
    ),
    _E(
        "sms",
        "kesra",
        "Mhn info pencairan bantuan rumah ibadah utk Gereja GKII Jemaat Tabang Lama, sdh verifikasi lapangan bln Agustus. Trm ksh. Pdt. Yohanes L.",
    ),
    _E(
        "sms",
        "kesra",
        "Kpn pengumuman beasiswa mahasiswa berprestasi thn ini? sy daftar bln sept smp skrg blm ada info apa2. Dimas, Sebulu",
    ),
    _E(
        "telegram",
        "kesra",
        "Selamat sore.\nKami Karang Taruna Bina Remaja Desa Sidomulyo, Anggana. Tahun lalu kami terdaftar sebagai penerima hibah kelompok untuk kegiatan sosial kepemudaan, tapi tahun 2026 nama kelompok kami tiba-tiba tidak ada di daftar. Apakah ada persyaratan baru? Mohon info supaya berkas bisa kami perbaiki.\nKetua: Agus Salim, 0821-5400-2219",
    ),
    _E(
        "telegram",
        "kesra",
        "Pak, ibu sy (72 th) BPJS PBI nya tiba2 nonaktif pas mau cuci darah di RSUD AM Parikesit. Sy sudah urus reaktivasi di dinsos, prosesnya jalan, tp katanya bisa sebulan. Yg sy mohon: apakah ibu bisa dimasukkan dulu ke program jaminan kesehatan daerah Pemkab utk warga tdk mampu, krn cuci darah 2x seminggu gk bisa ditunda 🙏",
    ),
    _E(
        "twitter",
        "kesra",
        "@setdakukar MTQ tingkat kabupaten 2027 tuan rumahnya kecamatan mana? kafilah Muara Badak udh latihan dr skrg, mohon diumumkan lebih awal 🙏 #MTQKukar",
    ),
    _E(
        "web",
        "kesra",
        "Nama: Sri Wahyuni\nInstansi: SDN 011 Kembang Janggut\nIsi: Program bantuan seragam dan perlengkapan sekolah gratis dari Pemkab untuk siswa kelas 1 yang diumumkan bulan Juli belum sampai ke sekolah kami. Sekolah lain di kecamatan yang dekat jalan poros sudah menerima sejak September. Mohon dikoordinasikan agar 38 siswa kami juga mendapat haknya sebelum semester genap.",
    ),
    _E(
        "web",
        "kesra",
        "Judul: Tindak lanjut bantuan rumah ibadah tahap II Masjid Nurul Iman\nIsi: Terima kasih kepada Bapak Bupati yang berkenan hadir meresmikan Masjid Nurul Iman Desa Perangat Baru pada 25 Oktober lalu, acaranya berjalan lancar dan warga sangat senang. Saat peresmian disampaikan bahwa bantuan rumah ibadah tahap II untuk pembangunan menara dan pagar akan diberikan tahun ini. Sampai sekarang pengurus belum menerima pemberitahuan apa pun. Mohon informasi kelanjutan bantuan tersebut dan berkas apa yang masih harus kami lengkapi.\nPengurus: Hasanuddin (0813-5077-2145)",
    ),
]

_HUKUM = [
    _E(
        "email",
        "hukum",
        "PERKUMPULAN LENTERA ADAT KUTAI\nAkta Notaris No. 14 Tahun 2019 | Jl. Mangkurawang No. 9, Tenggarong\n\nNomor    : 031/PLAK/XI/2026\nLampiran : -\nPerihal  : Permohonan Draf Ranperda dan Keterlibatan dalam Konsultasi Publik\n\nKepada Yth.\nKepala Bagian Hukum Setda Kabupaten Kutai Kartanegara\ndi Tenggarong\n\nDengan hormat,\nKami mengetahui dari pemberitaan bahwa Pemerintah Kabupaten sedang menyusun Rancangan Peraturan Daerah tentang Pengakuan dan Perlindungan Masyarakat Hukum Adat. Sehubungan dengan itu kami mohon:\n1. Salinan draf Ranperda dan naskah akademiknya;\n2. Jadwal konsultasi publik, serta kesempatan bagi komunitas adat di Kecamatan Tabang dan Kembang Janggut untuk menyampaikan masukan secara langsung.\n\nDemikian permohonan kami. Atas perhatian Bapak kami ucapkan terima kasih.\n\nHormat kami,\nBenediktus Ajang, S.H.\nKetua Perkumpulan\nHP 0823-5011-7745",
    ),
    _E(
        "email",
        "hukum",
        "Subject: minta tolong bantuan hukum\n\nPak/Bu yth,\nsaya Marlina dari Desa Sepatin, Anggana. suami saya ditahan di polsek karena dituduh mencuri mesin ketinting punya tetangga, padahal mesin itu dibeli suami saya sendiri (ada kwitansi tp tulisan tangan).\n\nkami gk punya uang buat bayar pengacara. saya dengar pemkab punya program bantuan hukum gratis buat warga miskin. bagaimana caranya daftar? kami punya SKTM dari desa.\n\nmohon bantuannya secepatnya karena katanya berkas mau dilimpahkan ke kejaksaan bulan ini.\nMarlina, 0852-5199-3084",
    ),
    _E(
        "email",
        "hukum",
        "KANTOR ADVOKAT SAPUTRA & REKAN\nJl. KH. Ahmad Dahlan No. 41, Samarinda\n\nNomor    : 118/SR/XI/2026\nPerihal  : Permohonan Pelaksanaan Putusan PTUN Samarinda Nomor 27/G/2025/PTUN.SMD\n\nKepada Yth.\nBupati Kutai Kartanegara\nc.q. Kepala Bagian Hukum Sekretariat Daerah\ndi Tenggarong\n\nDengan hormat,\nKami selaku kuasa hukum dari 14 (empat belas) orang mantan tenaga honorer yang diberhentikan pada Januari 2025 menyampaikan bahwa Putusan PTUN Samarinda Nomor 27/G/2025/PTUN.SMD yang membatalkan keputusan pemberhentian tersebut telah berkekuatan hukum tetap sejak 4 Agustus 2026.\n\nHingga surat ini kami kirim, belum ada tindakan pelaksanaan putusan dari Pemerintah Kabupaten. Kami mohon agar putusan dilaksanakan secara sukarela, atau setidaknya diadakan pertemuan untuk membahas langkah pelaksanaannya, sebelum kami mengajukan permohonan eksekusi kepada Ketua Pengadilan.\n\nHormat kami,\nRizky Saputra, S.H., M.H.\nAdvokat, 0811-5522-9087",
    ),
    _E(
        "email",
        "hukum",
        'Yth. Admin JDIH Kabupaten Kutai Kartanegara,\n\nSaya staf konsultan yang sedang menyusun RAB kegiatan untuk beberapa OPD. Dokumen Perbup Nomor 38 Tahun 2026 tentang Standar Biaya Umum yang diunggah di JDIH ternyata hanya batang tubuh tanpa lampiran, dan di setiap halamannya masih ada watermark "DRAFT".\n\nMohon diunggah versi final yang sudah diundangkan lengkap dengan lampirannya, karena banyak pihak merujuk ke JDIH sebagai sumber resmi.\n\nTerima kasih,\nGalih Prasetyo\nCV Tepian Konsultan\n0857-5404-1182',
    ),
    _E(
        "email",
        "hukum",
        "PEMERINTAH KABUPATEN KUTAI KARTANEGARA\nDINAS PERHUBUNGAN\nJl. Wolter Monginsidi, Tenggarong\n\nNOTA DINAS\nKepada  : Kepala Bagian Hukum Setda Kab. Kutai Kartanegara\nDari    : Kepala Dinas Perhubungan\nTanggal : 30 November 2026\nNomor   : 551/1208/Dishub\nPerihal : Permohonan Pendapat Hukum\n\n1. Dinas Perhubungan saat ini memungut retribusi parkir tepi jalan umum berdasarkan Perbup Nomor 12 Tahun 2021.\n2. Dengan berlakunya Perda Pajak Daerah dan Retribusi Daerah yang baru, kami ragu apakah Perbup tersebut masih dapat dijadikan dasar pemungutan dan apakah tarifnya harus disesuaikan.\n3. Sehubungan hal tersebut, kami mohon pendapat hukum dari Bagian Hukum sebagai dasar kebijakan kami tahun anggaran 2027.\n\nDemikian disampaikan untuk mendapat perhatian.\n\nKepala Dinas Perhubungan,\nDrs. Hairil Anwar, M.Si\nNIP 19690814 199403 1 006",
    ),
    _E(
        "email",
        "hukum",
        "Terima kasih Bu, pembayaran invoice kami sudah masuk hari ini.\n\nSatu lagi di luar itu: perusahaan kami sedang bersengketa di Pengadilan Pajak dan majelis meminta salinan resmi (dilegalisir) Perda Kabupaten Kutai Kartanegara tentang Pajak Daerah dan Retribusi Daerah yang berlaku sekarang beserta perubahannya. Yang tersedia di JDIH hanya PDF tanpa legalisasi. Mohon info prosedur permintaan salinan resmi dan berapa lama prosesnya, deadline dari majelis 18 Desember.\n\nRegards,\nFelix Hartono\nTax & Legal Manager, PT Mahakam Sarana Energi\n0812-5588-4410\n\n> Pada Jum, 27 Nov 2026 15.02, Bagian Perencanaan dan Keuangan Setda menulis:\n> Yth. PT Mahakam Sarana Energi,\n> Pembayaran atas invoice No. 114/MSE/IX/2026 telah kami proses dan dijadwalkan masuk ke rekening Bapak paling lambat 1 Desember.\n> Salam.",
    ),
    _E(
        "whatsapp",
        "hukum",
        "pak mau tanya, ada layanan bantuan hukum gratis dr pemkab gk? sy digugat cerai suami & dia mau ambil hak asuh anak, sy gk ngerti hukum sama sekali 😢 sy tinggal di Loa Kulu, kerja serabutan",
    ),
    _E(
        "whatsapp",
        "hukum",
        "Assalamualaikum bu, dulu sy dibantu bgt sama bagian kesra waktu urus beasiswa anak sy, makasih🙏. skrg sy ada masalah lain, rumah sy di Tenggarong mau dilelang bank krn utang almarhum suami yg sy gk pernah tau. sy butuh pendampingan hukum, gk sanggup bayar lawyer. bisa dibantu gk bu?",
    ),
    _E(
        "whatsapp",
        "hukum",
        "ulun handak konsultasi hukum. tanah warisan bubuhan kami di Muara Kaman Ulu disertifikatkan urang lain, padahal kami baisi segel lawas dari tahun 80an. ulun kada paham jalurnya, ada kah bantuan hukum gratis dari pemkab gasan urang kaya kami? 🙏",
    ),
    _E(
        "sms",
        "hukum",
        "Mhn info jadwal konsultasi hukum gratis di kantor bupati, sy warga Tenggarong ada masalah kontrak kerja dgn perusahaan. Trm ksh",
    ),
    _E(
        "sms",
        "hukum",
        "Kpd Bag Hukum, Perbup ttg jam belajar malam pelajar itu nomor brp thn brp? di JDIH gk ketemu. Tks, guru SMPN 2 Loa Janan",
    ),
    _E(
        "telegram",
        "hukum",
        "Selamat siang,\nsaya mahasiswa Fakultas Hukum Unikarta, sedang menyusun skripsi tentang evaluasi Perda Kukar bidang lingkungan hidup 2015-2025. Di JDIH beberapa Perda tidak ada keterangan statusnya (masih berlaku, diubah, atau dicabut). Apakah saya bisa minta daftar Perda beserta statusnya secara resmi? Surat pengantar dari kampus sudah ada. Terima kasih.",
    ),
    _E(
        "telegram",
        "hukum",
        "Pak, sy terima surat somasi dr Pemkab Kukar suruh kosongkan kios di lahan yg katanya aset Pemkab di Loa Ipuh. Sy udh tinggal & usaha di situ sejak 1998 dan punya surat keterangan dari lurah. Sy mau tau dasar hukumnya apa & gimana cara keberatan yg benar sblm sampai digugat ke pengadilan. tlg dijelaskan",
    ),
    _E(
        "twitter",
        "hukum",
        "@setdakukar JDIH Kukar gk bisa diakses dr minggu lalu, error 503 trs. gimana mau cari perda 😩 mohon diperbaiki",
    ),
    _E(
        "web",
        "hukum",
        "Judul: Masukan untuk Ranperda Penataan dan Pembinaan Pasar Rakyat\nIsi: Saya pedagang sayur di Pasar Tangga Arung sejak 2009. Saya membaca draf Ranperda yang dibagikan saat sosialisasi di kelurahan. Pasal 14 mengatur pedagang yang tidak menempati kios selama 30 hari kehilangan hak pakai, padahal banyak pedagang kecil berhenti jualan sementara karena sakit atau banjir. Mohon masukan ini diteruskan ke tim penyusun Ranperda dan kami diberi kesempatan ikut uji publik sebelum dibahas bersama DPRD.",
    ),
    _E(
        "web",
        "hukum",
        "Nama: Drs. Suwito, Kepala SMPN 3 Muara Badak\nIsi: Sekolah kami digugat perdata oleh wali murid di Pengadilan Negeri Tenggarong terkait kecelakaan siswa saat kegiatan ekstrakurikuler. Pemerintah Kabupaten Kutai Kartanegara ikut digugat sebagai Tergugat II. Sidang pertama dijadwalkan 15 Desember 2026. Kami mohon pendampingan dan arahan penanganan perkara dari Pemkab karena sekolah tidak memiliki kuasa hukum.",
    ),
]

_KERJASAMA = [
    _E(
        "email",
        "kerjasama",
        "KEMENTERIAN PENDIDIKAN TINGGI, SAINS, DAN TEKNOLOGI\nPOLITEKNIK NEGERI SAMARINDA\nJl. Cipto Mangunkusumo, Kampus Gunung Lipan, Samarinda Seberang\n\nNomor    : 2214/PL7/KS/2026\nLampiran : 1 (satu) berkas draf\nHal      : Tindak Lanjut Draf Nota Kesepahaman\n\nYth. Sekretaris Daerah Kabupaten Kutai Kartanegara\nu.p. Kepala Bagian Kerja Sama\nTenggarong\n\nDengan hormat,\nMenindaklanjuti pembicaraan awal pada bulan Agustus 2026, kami telah mengirimkan draf Nota Kesepahaman tentang pendidikan vokasi, penelitian terapan dan pengabdian kepada masyarakat pada tanggal 16 September 2026. Sampai saat ini kami belum menerima tanggapan atau koreksi atas draf tersebut.\n\nMengingat program magang mahasiswa kami direncanakan mulai Maret 2027, kami mohon informasi perkembangan pembahasan draf serta perkiraan waktu penandatanganan.\n\nAtas perhatian dan kerja sama Bapak, kami ucapkan terima kasih.\n\nWakil Direktur Bidang Kerja Sama,\nIr. Maulana Yusuf, M.T.\nNIP 19750922 200212 1 002",
    ),
    _E(
        "email",
        "kerjasama",
        "From: Bagian Kerja Sama Setda Kota Samarinda\nSent: Monday, November 30, 2026 2:47 PM\nTo: Bagian Kerja Sama Setda Kab. Kutai Kartanegara\nSubject: Draft PKS pengelolaan sampah regional - mohon feedback\n\nSelamat siang rekan-rekan Kukar,\n\nTerlampir draft Perjanjian Kerja Sama tentang pemanfaatan TPA regional yang sudah kami sesuaikan dengan hasil meeting tanggal 12 November. Perubahan utama ada di Pasal 5 (kontribusi per ton) dan Pasal 9 (jangka waktu 5 tahun).\n\nMohon feedback atau paraf koordinasi dari pihak Kukar paling lambat 15 Desember, karena deadline kami untuk memasukkan PKS ini ke evaluasi provinsi adalah akhir Desember. Jika masih ada poin yang perlu dibahas, kami siap online meeting minggu depan.\n\nTerima kasih,\nNurul Aini, S.H.\nAnalis Kerja Sama, Setda Kota Samarinda\n0812-5600-3318",
    ),
    _E(
        "email",
        "kerjasama",
        'Kepada Yth. Bapak/Ibu di Pemkab Kukar yang menangani CSR perusahaan\n\nDengan hormat,\nKami Forum Warga Desa Kelekat, Kecamatan Kembang Janggut. Di sekitar desa kami beroperasi perkebunan dan pabrik sawit sejak 2012. Perlu kami tegaskan, surat ini tidak mempersoalkan kebun, izin ataupun limbah pabriknya.\n\nYang kami tanyakan adalah program TJSL/CSR perusahaan tersebut. Sejak 2024 desa kami tidak pernah lagi menerima program apa pun, padahal menurut kabar dari kecamatan perusahaan melaporkan penyaluran CSR ke "desa-desa ring 1", dan desa kami termasuk ring 1.\n\nKami mohon:\n1. Keterbukaan daftar penerima dan nilai CSR perusahaan itu di Kecamatan Kembang Janggut tahun 2024-2026;\n2. Desa kami dimasukkan dalam perencanaan penyaluran CSR tahun 2027 melalui forum TJSL kabupaten.\n\nHormat kami,\nYakobus Lii (Ketua Forum)\n0853-5150-8876',
    ),
    _E(
        "email",
        "kerjasama",
        "Kepada Yth.\nKepala Bagian Kerja Sama Setda Kab. Kutai Kartanegara\ndi Tenggarong\n\nPerihal: Penyampaian Rencana Program TJSL 2027 dan Permohonan Jadwal Koordinasi\n\nDengan hormat,\nPT Bara Tunggang Perkasa, pemegang IUP Operasi Produksi di Kecamatan Loa Kulu, bermaksud menyampaikan rencana program Tanggung Jawab Sosial dan Lingkungan (TJSL) tahun 2027 senilai Rp 3,2 miliar yang meliputi bidang pendidikan, kesehatan, dan penguatan ekonomi masyarakat di tujuh desa sekitar wilayah operasi.\n\nAgar program tersebut selaras dengan prioritas pembangunan daerah dan tidak tumpang tindih dengan perusahaan lain, kami mohon:\n1. Jadwal rapat koordinasi dengan forum TJSL kabupaten pada bulan Januari 2027;\n2. Arahan mengenai format laporan realisasi TJSL yang diminta Pemkab.\n\nDokumen rencana program kami lampirkan dalam email ini.\n\nHormat kami,\nDewi Kartika Sari\nSuperintendent Community Development\nPT Bara Tunggang Perkasa\n0811-5401-2290",
    ),
    _E(
        "email",
        "kerjasama",
        "Halo Bapak/Ibu,\n\nMenindaklanjuti percakapan di bawah: kami memang tidak ikut tender aplikasi itu, dan tidak berniat menjual apa pun ke Pemkab. Yang ingin kami jajaki adalah nota kesepahaman tanpa biaya dari APBD untuk pilot program literasi digital bagi pengurus BUMDes dan pelaku usaha desa di tiga kecamatan, dengan pendanaan dari program sosial perusahaan kami.\n\nApakah memungkinkan kami mengajukan draf MoU terlebih dahulu? Siapa yang bisa kami hubungi untuk membahas ruang lingkup dan format naskahnya?\n\nSalam,\nKevin Wijaya\nHead of Partnership, PT Desa Pintar Nusantara\n0813-8822-4061\n\n---------- Forwarded message ---------\nFrom: Helpdesk LPSE Kukar\nDate: Wed, Nov 25, 2026 at 11:20 AM\nSubject: Re: pertanyaan tender aplikasi\n\nYth. Bapak Kevin, paket tender pengembangan aplikasi yang Bapak tanyakan sudah ditutup pada 20 November. Untuk keperluan di luar pengadaan silakan menghubungi bagian terkait di Setda.",
    ),
    _E(
        "email",
        "kerjasama",
        "YAYASAN PEDULI TRANSPARANSI KALTIM\nJl. Pangeran Antasari Gg. 3 No. 12, Samarinda\n\nNomor   : 077/YPTK/XII/2026\nPerihal : Permintaan salinan dan evaluasi pelaksanaan MoU pengembangan pelabuhan\n\nKepada Yth.\nKepala Bagian Kerja Sama Setda Kab. Kutai Kartanegara\nTembusan:\n1. Kepala Bagian Hukum Setda Kab. Kutai Kartanegara\n2. Ketua Komisi II DPRD Kab. Kutai Kartanegara\n3. Kepala Perwakilan Ombudsman RI Provinsi Kalimantan Timur\n\nDengan hormat,\nPada tahun 2023 Pemkab Kukar menandatangani nota kesepahaman dengan PT Mahakam Port Logistik tentang pengembangan pelabuhan di Kecamatan Muara Jawa. Tiga tahun berjalan, masyarakat tidak mengetahui apa saja kewajiban para pihak dan sejauh mana pelaksanaannya.\n\nKami mohon:\n1. Salinan naskah MoU dan perjanjian kerja sama turunannya;\n2. Informasi hasil evaluasi pelaksanaan kerja sama tersebut, termasuk apakah kerja sama akan diperpanjang.\n\nDemikian, terima kasih.\n\nKoordinator,\nMuhammad Ilham Akbar\n0812-5003-7719",
    ),
    _E(
        "whatsapp",
        "kerjasama",
        "min mau nanya, CSR perusahaan batubara di Sangasanga kan katanya ada program beasiswa buat anak2 desa lingkar tambang. tp di kampung sy Sangasanga Dalam gk ada 1 pun yg dapat, yg dapat malah anak2 orang kantor 😒 bisa dibuka gk daftar penerima CSR nya & dibagi adil?",
    ),
    _E(
        "whatsapp",
        "kerjasama",
        "Assalamualaikum, sy ketua RT 12 Desa Badak Baru. Bantuan sembako CSR dr perusahaan migas kmrn dibagi lewat desa, tp RT kami yg paling dekat sumur gk kebagian sama sekali, RT lain dapat 2x 😡 Mohon Pemkab yg koordinasi CSR cek pembagiannya & minta perusahaan salurkan ulang",
    ),
    _E(
        "whatsapp",
        "kerjasama",
        "pian, ulun handak batakun. desa ulun Lamin Telihan kawa kah masuk daftar lokasi KKN dalam kerja sama Pemkab lawan kampus-kampus? tahun tadi bubuhan mahasiswa KKN cuma ke desa nang parak Tenggarong haja. kami handak jua 🙏",
    ),
    _E(
        "sms",
        "kerjasama",
        "Yth Bag Kerja Sama, mhn info cara mengajukan proposal CSR ke perusahaan lwt forum TJSL Kukar. Kami kelompok tani Maju Jaya, Loa Kulu. Tks",
    ),
    _E(
        "sms",
        "kerjasama",
        "Kapan MoU Kukar-Kutim ttg jalan poros perbatasan itu ditandatangani? Kata kades sdh dibahas dr thn lalu. Warga Kembang Janggut",
    ),
    _E(
        "telegram",
        "kerjasama",
        "Selamat pagi Pak/Bu.\nSaya dosen koordinator magang Prodi Administrasi Publik Universitas 17 Agustus 1945 Samarinda. Draf PKS magang mahasiswa di lingkungan Pemkab Kukar sudah kami kirim 2 bulan lalu. Semester depan mulai Februari, mohon info apakah draf sudah diparaf dan kapan bisa ditandatangani.\nTerima kasih.",
    ),
    _E(
        "telegram",
        "kerjasama",
        "Pak, waktu acara penyerahan CSR bulan Juni lalu perusahaan sawit di wilayah kami janji 1 unit ambulans utk Desa Muara Kaman Ilir. Skrg udh Desember ambulansnya blm diserahkan juga, warga sakit masih diangkut pakai pick up. Pemkab kan yg koordinasi CSR, tolong ditagihkan ke perusahaannya",
    ),
    _E(
        "twitter",
        "kerjasama",
        "@setdakukar dana CSR perusahaan sawit utk Desa Kembang Janggut thn 2026 itu larinya ke mana ya? diumumkan waktu acara, barangnya gk pernah nyampe. mohon transparansi #CSRKukar",
    ),
    _E(
        "web",
        "kerjasama",
        "Nama: Yayasan Pustaka Tepian Mahakam\nJudul: Permohonan kerja sama program taman baca desa\nIsi: Yayasan kami telah mengelola 12 taman baca di Kecamatan Muara Muntai dan Kota Bangun dengan dana donatur. Kami ingin menjalin perjanjian kerja sama resmi dengan Pemkab Kukar untuk memperluas program ke 20 desa hulu selama tiga tahun. Mohon info prosedur pengajuan kerja sama dan contoh format naskah perjanjiannya.",
    ),
    _E(
        "web",
        "kerjasama",
        "Judul: Terima kasih & pertanyaan soal CSR\nIsi: Pertama, terima kasih, jalan desa Tani Baru yang kami laporkan tahun lalu sudah selesai diperbaiki dan sangat membantu warga. Kedua, perusahaan migas di Anggana sejak 2024 tidak lagi menyalurkan program CSR ke desa kami, padahal sebelumnya rutin ada bantuan untuk posyandu dan nelayan. Mohon Pemkab memfasilitasi pertemuan antara desa kami dan perusahaan dalam forum TJSL supaya program CSR bisa berjalan lagi.",
    ),
]

_PEREKONOMIAN = [
    _E(
        "email",
        "perekonomian",
        "KOPERASI KONSUMEN SEJAHTERA BERSAMA\nBadan Hukum No. 518/BH/XVII.10/2014\nJl. Poros Muara Jawa Ulu RT 03, Kecamatan Muara Jawa\n\nNomor    : 045/KKSB/XI/2026\nLampiran : Data pangkalan dan jumlah KK\nPerihal  : Permohonan Penambahan Kuota LPG 3 Kg\n\nKepada Yth.\nKepala Bagian Perekonomian Setda Kab. Kutai Kartanegara\ndi Tenggarong\n\nDengan hormat,\nKami selaku pengelola 4 (empat) pangkalan LPG 3 kg di Kecamatan Muara Jawa menyampaikan:\n1. Kuota yang kami terima saat ini 560 tabung per minggu, sedangkan jumlah rumah tangga dan usaha mikro yang terdaftar di pangkalan kami mencapai 1.140;\n2. Sejak Oktober 2026 stok habis dalam satu hari setelah pengiriman dan antrean warga terjadi setiap minggu;\n3. Harga di pengecer sekitar pangkalan naik hingga Rp 40.000 per tabung.\nBerdasarkan hal tersebut kami mohon Pemkab dapat mengusulkan penambahan kuota LPG 3 kg untuk Kecamatan Muara Jawa kepada Pertamina dan agen terkait.\n\nDemikian permohonan ini kami sampaikan. Atas perhatiannya kami ucapkan terima kasih.\n\nKetua,\nHj. Nurbaya\nHP 0813-4755-0092",
    ),
    _E(
        "email",
        "perekonomian",
        "Selamat malam,\n\nsaya ibu rumah tangga di Kelurahan Timbau, Tenggarong. mau menyampaikan keluhan aja, harga beras medium di warung dan pasar sekarang sudah 17 ribu per kilo, minyak goreng kemasan susah dicari, kalau ada harganya 24 ribu seliter. padahal bulan lalu masih normal.\n\ngaji suami segitu-segitu aja pak. tolong pemerintah adakan operasi pasar atau pasar murah di Tenggarong sebelum natal dan tahun baru, biar harga bisa turun lagi.\n\nterima kasih banyak\nIbu Sumarni",
    ),
    _E(
        "email",
        "perekonomian",
        "Yth. Bapak/Ibu,\n\nTerima kasih, soal peminjaman ruang rapat di bawah sudah beres dan kegiatan kami kemarin berjalan lancar.\n\nSekarang kami ingin menyampaikan permohonan yang lain. Asosiasi UMKM Kreatif Kukar beranggotakan 216 pelaku usaha mikro (makanan olahan, kerajinan manik, tenun ulap doyo). Sebagian besar anggota belum memiliki PIRT, belum bisa mengemas produk dengan layak dan kesulitan modal. Kami mohon Pemkab mengoordinasikan program pendampingan bagi anggota kami: pelatihan kemasan, fasilitasi perizinan usaha, dan akses ke lembaga pembiayaan.\n\nHormat kami,\nRatna Juwita\nKetua Asosiasi UMKM Kreatif Kukar\n0812-5398-6620\n\n-----Original Message-----\nFrom: Ratna Juwita\nSent: Monday, October 19, 2026 9:30 AM\nTo: Bagian Umum Setda Kukar\nSubject: Peminjaman ruang rapat lantai 2\n\nMohon izin meminjam ruang rapat lantai 2 Kantor Bupati tanggal 28 Oktober untuk rapat anggota asosiasi.",
    ),
    _E(
        "email",
        "perekonomian",
        'Kepada Yth. Bagian Keuangan Setda Kukar\n\nDengan hormat,\nKami CV Sumber Tani Mahakam, pemasok pupuk dan sarana produksi untuk unit usaha perkebunan milik Perusda Kukar Agro Mandiri. Tagihan kami kepada Perusda tersebut sebesar Rp 412.500.000 untuk pengiriman bulan Mei dan Juni 2026 sampai saat ini belum dibayar.\n\nKami sudah tiga kali datang ke kantor Perusda dan selalu dijawab "menunggu pencairan". Kami paham tagihan ini bukan kepada Sekretariat Daerah, namun karena Perusda tersebut adalah badan usaha milik Pemkab, kami mohon Pemkab selaku pemilik dapat menegur dan mendorong manajemen Perusda agar segera menyelesaikan kewajibannya kepada pemasok.\n\nHormat kami,\nH. Syamsuddin\nDirektur CV Sumber Tani Mahakam\n0811-5520-6673',
    ),
    _E(
        "email",
        "perekonomian",
        "PAGUYUBAN PEDAGANG PASAR TANGGA ARUNG\nSekretariat: Blok C No. 12, Pasar Tangga Arung, Tenggarong\n\nNomor   : 17/PPTA/XI/2026\nPerihal : Keberatan atas pembagian kios setelah relokasi\n\nKepada Yth.\nKepala Bagian Perekonomian Setda Kab. Kutai Kartanegara\n\nDengan hormat,\nSetelah relokasi sementara pedagang pada bulan Agustus 2026, pembagian kios di blok baru dilakukan tanpa undian terbuka. Sebanyak 37 pedagang lama yang sudah berjualan lebih dari 10 tahun justru mendapat lapak di bagian belakang yang sepi pembeli, sementara beberapa kios depan diberikan kepada orang yang sebelumnya tidak berjualan di pasar.\n\nKami mohon:\n1. Pembagian kios ditinjau ulang dengan undian terbuka yang disaksikan paguyuban;\n2. Data penerima kios diumumkan di papan pengumuman pasar.\n\nDemikian disampaikan, terima kasih.\n\nKetua Paguyuban,\nAhmad Fauzi\n0852-4710-3355",
    ),
    _E(
        "email",
        "perekonomian",
        "Subject: Solar untuk nelayan Muara Badak (keluhan ketiga)\n\nYth. Bapak/Ibu di Setda Kukar,\n\nIzin menyampaikan latar belakang dulu. Pada Maret 2026 kami sudah melapor soal solar di SPBN Tanjung Limau yang sering kosong. Waktu itu sempat ada pertemuan di kecamatan dan pasokan membaik kurang lebih dua bulan. Pada Juli kami melapor lagi lewat kepala desa, tapi tidak ada tindak lanjut. Kami juga berterima kasih, bantuan jaring dan mesin dari dinas tahun lalu sudah kami terima dan sangat berguna.\n\nMasalahnya sekarang: sejak Oktober SPBN hanya buka 2 hari seminggu, kuota habis dalam beberapa jam, dan banyak nelayan terpaksa membeli solar eceran Rp 12.000 per liter. Dengan harga segitu melaut tidak lagi menutup biaya.\n\nPermohonan kami: Pemkab mengoordinasikan dengan Pertamina dan pengelola SPBN agar pasokan solar bersubsidi untuk nelayan Muara Badak kembali normal dan penyalurannya diawasi.\n\nHormat kami,\nBaharuddin\nKetua Kelompok Nelayan Bina Bahari\n0813-4620-5581",
    ),
    _E(
        "whatsapp",
        "perekonomian",
        "Pak tolong!! gas melon di pangkalan dekat RT 05 Loa Janan Ilir dijual 50rb, HET kan cuma 20rb-an. Kl gk mau bayar segitu katanya stok habis 😡😡 mhn ditindak pangkalannya",
    ),
    _E(
        "whatsapp",
        "perekonomian",
        "Assalamualaikum. harga gula pasir wan telur di pasar Kota Bangun naik banar, gula 22rb, telur 60rb sepapan. bubuhan ibu-ibu kada sanggup lagi. kawa kah pemkab maadakan pasar murah di sini? 🙏",
    ),
    _E(
        "whatsapp",
        "perekonomian",
        "makasih pak jalan ke pasar pagi Sebulu udh diaspal, mulus 👍👍 tp skrg pedagang di dlm pasar sepi krn bnyk yg jualan di pinggir jalan depan pasar, pembeli gk masuk lg. kios dlm pasar bnyk yg tutup. tlg pasarnya ditata biar adil buat pedagang yg bayar kios",
    ),
    _E(
        "sms",
        "perekonomian",
        "Pertalite di SPBU Tenggarong Seberang kosong trs sejak sabtu, antrean 2 km sampai jembatan. Mhn dicek distribusinya",
    ),
    _E(
        "sms",
        "perekonomian",
        "Tlg adakan operasi pasar beras di Kec Tabang, harga sdh 20rb/kg krn kapal pengangkut jarang masuk. Trm ksh - warga Tabang",
    ),
    _E(
        "telegram",
        "perekonomian",
        "Halo min, sy punya usaha amplang & kerupuk ikan rumahan di Samboja. Mau tanya pemkab ada program pendampingan UMKM gk? kyk pelatihan kemasan, bantu masuk marketplace atau toko oleh2. sy dengar ada tp gk tau daftarnya ke mana. tks",
    ),
    _E(
        "telegram",
        "perekonomian",
        "Sy mau tanya, Perusda yg dikasih penyertaan modal miliaran dr APBD itu laporan keuangannya bisa dilihat publik gk? katanya rugi trs tiap tahun. Pemkab sbg pemilik pernah evaluasi direksinya gk? sbg warga sy minta kejelasan",
    ),
    _E(
        "twitter",
        "perekonomian",
        "@setdakukar LPG 3kg langka lagi di Samboja, warga antre dr subuh di pangkalan, dapatnya cuma 1 tabung 😡 #gaslangka #Kukar",
    ),
    _E(
        "web",
        "perekonomian",
        "Judul: Harga cabai dan bawang melonjak\nIsi: Harga cabai rawit di Pasar Loa Kulu sudah tembus Rp 120.000/kg dan bawang merah Rp 65.000/kg, naik hampir dua kali lipat dalam dua minggu. Pedagang bilang pasokan dari Sulawesi berkurang. Mohon Tim Pengendalian Inflasi Daerah segera melakukan langkah stabilisasi harga sebelum Natal dan Tahun Baru.",
    ),
    _E(
        "web",
        "perekonomian",
        "Judul: Fasilitasi akses KUR untuk anggota koperasi pedagang\nIsi: Tahun lalu kami mengajukan hibah lewat Bagian Kesra tetapi ditolak karena kami kelompok usaha dagang, dan kami diarahkan ke bagian yang membina usaha mikro. Koperasi kami beranggotakan 73 pelaku usaha mikro di Muara Jawa (warung, penjual ikan, penjahit). Kami mohon Pemkab memfasilitasi akses Kredit Usaha Rakyat dengan bank penyalur dan pendampingan pembukuan bagi anggota kami.\nKontak: Hartini, 0852-5010-4476",
    ),
]

_SDA = [
    _E(
        "email",
        "sda",
        "PEMERINTAH KABUPATEN KUTAI KARTANEGARA\nKECAMATAN TENGGARONG SEBERANG\nDESA BUKIT PARIAMAN\n\nNomor    : 660/112/BP/XI/2026\nLampiran : 6 (enam) lembar foto\nPerihal  : Laporan Lubang Bekas Tambang yang Belum Direklamasi\n\nKepada Yth.\nSekretaris Daerah Kabupaten Kutai Kartanegara\nc.q. Kepala Bagian Sumber Daya Alam\ndi Tenggarong\n\nDengan hormat,\nBersama ini kami laporkan bahwa di wilayah RT 09 Desa Bukit Pariaman terdapat dua lubang bekas tambang batubara seluas kurang lebih 4 hektare yang ditinggalkan perusahaan sejak 2021 dan hingga kini belum direklamasi. Jarak lubang terdekat dengan permukiman hanya sekitar 150 meter, tidak berpagar dan tidak ada papan peringatan. Anak-anak sering bermain dan memancing di tepinya.\n\nKami mohon Pemkab:\n1. Mendesak perusahaan pemegang izin melaksanakan kewajiban reklamasi dan pascatambang;\n2. Sementara itu, memastikan pemasangan pagar pengaman dan papan peringatan.\n\nDemikian laporan ini kami sampaikan, atas perhatian Bapak kami ucapkan terima kasih.\n\nKepala Desa Bukit Pariaman,\nSUGIYANTO\n0812-5301-7718",
    ),
    _E(
        "email",
        "sda",
        "JARINGAN PEDULI SUNGAI BELAYAN\nSekretariat: Desa Kembang Janggut RT 02\n\nPerihal: Pencemaran Sungai Belayan oleh limbah pabrik kelapa sawit\n\nKepada Yth.\nBupati Kutai Kartanegara\nTembusan: Kepala Bagian Sumber Daya Alam Setda; Kepala Dinas Lingkungan Hidup Kab. Kukar; Camat Kembang Janggut\n\nDengan hormat,\nSejak 21 November 2026 air Sungai Belayan di sekitar Desa Kelekat dan Desa Hambau berubah hitam pekat dan berbau. Ratusan ikan mati mengapung, dan warga yang mandi di sungai mengeluh gatal-gatal. Warga melihat saluran pembuangan dari kolam limbah sebuah pabrik kelapa sawit di hulu jebol setelah hujan deras.\n\nKami mohon Pemkab segera menurunkan tim untuk mengambil sampel air, menghentikan pembuangan limbah, dan memberi sanksi kepada perusahaan bila terbukti mencemari, serta memastikan warga mendapat air bersih sementara.\n\nHormat kami,\nMarkus Ngau\nKoordinator\n0853-4622-0981",
    ),
    _E(
        "email",
        "sda",
        'KELOMPOK NELAYAN "BINA BAHARI"\nDesa Tanjung Limau, Kecamatan Muara Badak\nSK Kepala Desa No. 14 Tahun 2020\n\nNomor    : 07/KN-BB/XI/2026\nPerihal  : Permohonan Bantuan Mesin Perahu dan Alat Tangkap\n\nKepada Yth.\nKepala Bagian Sumber Daya Alam Setda Kab. Kutai Kartanegara\n\nDengan hormat,\nKelompok kami beranggotakan 25 nelayan tradisional. Sebagian besar mesin perahu anggota sudah berumur lebih dari 10 tahun dan sering mogok di laut, sementara jaring banyak yang rusak akibat gelombang tinggi musim lalu.\n\nDengan ini kami mohon bantuan:\n1. Mesin perahu 15 PK sebanyak 10 unit;\n2. Jaring insang (gillnet) sebanyak 25 pis;\n3. Cool box ikan sebanyak 10 unit.\nProposal, foto kondisi alat dan rekomendasi penyuluh perikanan kami lampirkan.\n\nDemikian permohonan ini, atas bantuan Bapak kami ucapkan terima kasih.\n\nKetua Kelompok,\nBaharuddin\n0813-4620-5581',
    ),
    _E(
        "email",
        "sda",
        "Yth. Bapak/Ibu di Pemkab Kukar,\n\nKami petani sawah di Desa Kupang Baru, Kec. Muara Kaman. Di samping persawahan kami ada kebun sawit milik perusahaan. Kami tahu perusahaan itu punya program CSR dan pernah membagikan sembako di desa kami, tapi itu bukan yang kami minta.\n\nYang kami keluhkan: sejak perusahaan membuat kanal dan meratakan bukit untuk tanam baru, setiap hujan deras lumpur dari kebun mereka turun ke sawah. Sekitar 30 hektare sawah tertimbun lumpur dan padi musim ini gagal panen.\n\nMohon Pemkab memeriksa kerusakan lingkungan ini dan memerintahkan perusahaan membuat tanggul/kolam sedimen, serta bertanggung jawab atas sawah warga yang rusak.\n\nHormat kami,\nKetua Kelompok Tani Sumber Rejeki,\nPaiman\n0812-5533-0184",
    ),
    _E(
        "email",
        "sda",
        'Assalamualaikum Pak/Bu,\n\nUntuk undangan panen raya di bawah, sudah ada jawaban dari bagian protokol bahwa Pak Bupati belum bisa hadir, tidak apa-apa, terima kasih.\n\nYang masih menggantung adalah usulan bantuan alsintan kelompok kami: 2 unit hand tractor, 1 unit mesin perontok padi dan 4 unit pompa air. Usulan sudah masuk melalui PPL dan kecamatan sejak Februari 2026 dan katanya sudah "diteruskan ke kabupaten". Mohon dicek sampai di mana prosesnya, karena musim tanam Januari sebentar lagi.\n\nWassalam,\nSumarno, Ketua Gapoktan Tunas Harapan, Desa Sumber Sari, Loa Kulu\n0821-5033-7742\n\n---------- Forwarded message ---------\nFrom: Sumarno <gapoktan.tunasharapan@gmail.com>\nDate: Sen, 9 Nov 2026 pukul 07.55\nSubject: Undangan panen raya\nTo: Protokol Setda Kukar\n\nYth. Bagian Protokol, kami mengundang Bapak Bupati menghadiri panen raya di Desa Sumber Sari tanggal 28 November 2026.',
    ),
    _E(
        "email",
        "sda",
        "Pak, terima kasih atas tanggapan atas laporan saya dulu soal pungutan di kantor kecamatan, itu sudah selesai.\n\nSekarang saya lapor hal lain yang lebih mendesak. Sudah dua minggu ini asap tebal menyelimuti Desa Sedulang dan sekitarnya, Kec. Muara Kaman. Sumbernya pembakaran lahan untuk kebun sawit baru di seberang sungai; api kelihatan jelas setiap malam. Anak saya dan banyak anak tetangga sesak napas, sekolah sempat diliburkan dua hari.\n\nMohon Pemkab segera mengirim tim untuk memadamkan dan memeriksa siapa yang membuka lahan dengan cara dibakar, dan menindak pemiliknya.\n\nRusdiansyah\n0852-5122-6630\n\n> Pada Sel, 13 Okt 2026 10.21, Admin Pengaduan menulis:\n> Terima kasih, laporan Bapak tentang pungutan di loket kecamatan sudah kami teruskan dan petugas yang bersangkutan telah diberi teguran.",
    ),
    _E(
        "whatsapp",
        "sda",
        "Pak tolong bgt, lubang bekas tambang di belakang SD 009 Loa Kulu gk dipagar sama skali, airnya dalem. anak2 sering mandi di situ pulang sekolah 😭 thn lalu di desa sebelah udh ada yg tenggelam. mohon perusahaannya dipaksa pagar & tutup lubangnya",
    ),
    _E(
        "whatsapp",
        "sda",
        "assalamualaikum pian, banyu sungai di kampung ulun Muara Kaman Ilir keruh banar wan bau sejak kebun sawit di hulu buka lahan hanyar. iwak banyak mati, bubuhan nelayan kada kawa bejual. tolong lah dicek 🙏",
    ),
    _E(
        "whatsapp",
        "sda",
        "min, kelompok tani kami di Desa Rapak Lambur, Tenggarong udh ngajuin bantuan pompa air & hand sprayer dr awal thn lewat PPL, smp skrg blm ada kabar. musim tanam udh mau mulai. bisa dicek gk udh sampe mana?",
    ),
    _E(
        "sms",
        "sda",
        "Debu batubara dr jalan hauling perusahaan di Desa Loh Sumber Loa Kulu masuk rumah warga tiap hari, anak2 batuk. Mohon perusahaan disuruh siram & tutup muatannya. Tks",
    ),
    _E(
        "sms",
        "sda",
        "Mhn dicek penebangan kayu di kawasan Tahura Bukit Soeharto wil Samboja, truk kayu keluar tiap malam. Warga Sungai Merdeka",
    ),
    _E(
        "telegram",
        "sda",
        "Selamat malam.\nWarga Desa Jembayan Tengah resah krn ada kegiatan pengeboran eksplorasi batubara kurang dr 300 m dari permukiman & kebun karet warga. Tdk pernah ada sosialisasi. Mohon Pemkab cek izinnya dan dampaknya ke sumur warga sebelum perusahaan mulai produksi.",
    ),
    _E(
        "telegram",
        "sda",
        "Pak, kami kelompok pembudidaya ikan keramba di Kota Bangun. Proposal bantuan bibit ikan nila, pakan & jaring keramba kami kirim ke Bagian Kesra bulan Juli, kmrn dibalikin katanya bukan bagiannya 😅 Jadi kami kirim ke sini. Mohon arahan harus lewat mana & kapan bisa diproses",
    ),
    _E(
        "twitter",
        "sda",
        "@setdakukar sungai Mahakam di Muara Jawa Ulu kena tumpahan minyak lagi, ikan mati, nelayan gk bisa turun. siapa yg tanggung jawab? mohon dicek #SaveMahakam",
    ),
    _E(
        "web",
        "sda",
        "Judul: Rumah retak dan tanah turun di dekat tambang\nIsi: Sejak aktivitas tambang batubara di sebelah permukiman RT 08 Kelurahan Loa Ipuh Darat makin dekat, 11 rumah warga retak dindingnya dan halaman ambles sampai 30 cm. Perusahaan menyebut retakan karena tanah labil, bukan karena tambang. Mohon Pemkab menurunkan tim untuk memeriksa dampak tambang ini dan memastikan perusahaan bertanggung jawab atas kerusakan rumah warga.",
    ),
    _E(
        "web",
        "sda",
        "Judul: Kebun plasma 20% belum direalisasikan\nIsi: Perusahaan perkebunan sawit di Kecamatan Kenohan sudah beroperasi sejak 2015, tetapi kewajiban membangun kebun plasma 20% untuk warga tiga desa di sekitarnya belum terealisasi sampai sekarang. Koperasi warga sudah terbentuk sejak 2017 dan berkas calon petani plasma sudah diserahkan. Mohon Pemkab menegur perusahaan dan memastikan kewajiban plasma dipenuhi.",
    ),
]

_ADPEM = [
    _E(
        "email",
        "adpem",
        "PEMERINTAH KABUPATEN KUTAI KARTANEGARA\nKECAMATAN SEBULU\nDESA LEKAQ KIDAU\n\nNomor    : 600/54/LK/XI/2026\nPerihal  : Laporan Pekerjaan Peningkatan Jalan yang Terhenti\n\nKepada Yth.\nKepala Bagian Administrasi Pembangunan\nSetda Kab. Kutai Kartanegara\ndi Tenggarong\n\nDengan hormat,\nBersama ini kami sampaikan bahwa pekerjaan peningkatan jalan poros Desa Lekaq Kidau sepanjang 2,4 km yang dibiayai APBD Kabupaten Tahun Anggaran 2026 terhenti sejak awal Juli. Kondisi di lapangan:\n1. Badan jalan sudah dikupas dan ditimbun batu, tetapi belum diaspal;\n2. Alat berat sudah ditarik dan pekerja tidak ada sejak Juli;\n3. Saat hujan jalan menjadi lumpur dan sepeda motor anak sekolah sering jatuh.\nKami mohon Pemkab memeriksa kelanjutan pekerjaan tersebut dan memastikan kontraktor menyelesaikannya sebelum akhir tahun anggaran.\n\nDemikian, atas perhatian Bapak kami ucapkan terima kasih.\n\nKepala Desa Lekaq Kidau,\nPaulus Hanyeq\n0821-5411-6027",
    ),
    _E(
        "email",
        "adpem",
        "Subject: jembatan baru udah retak\n\npak/bu,\njembatan beton yg baru selesai bulan Agustus di Jl. Danau Semayang, Loa Kulu Kota, sekarang udah retak melintang di 2 tempat, terus oprit (timbunan di ujung jembatan) turun kira2 15 cm. tiap truk lewat jembatannya getar.\n\nitu kan masih baru banget, masa udah begini. tolong dicek kualitas pekerjaannya dan kontraktornya disuruh perbaiki, kan masih masa pemeliharaan. foto2 saya lampirkan.\n\nmakasih,\nHendra\n0895-3304-1178",
    ),
    _E(
        "email",
        "adpem",
        "Dengan hormat,\n\nKami teruskan email konstituen Bapak H. Ridwan Hakim, anggota DPRD Kab. Kutai Kartanegara Dapil Kenohan-Muara Muntai-Kota Bangun. Untuk permohonan audiensi di bawah tidak perlu ditindaklanjuti lagi karena warga sudah bertemu Bapak Dewan saat reses.\n\nYang kami mohon ditindaklanjuti: pembangunan gedung rawat inap Puskesmas Kenohan (APBD 2025) berhenti di kurang lebih 60 persen sejak Maret 2026. Rangka atap sudah terpasang tetapi dibiarkan terbuka dan mulai berkarat. Mohon informasi status proyek ini, penyebab berhentinya, dan rencana penyelesaiannya.\n\nHormat kami,\nLina Marlina\nStaf Anggota DPRD Fraksi Karya Pembangunan\n0812-5640-0731\n\n---------- Forwarded message ---------\nFrom: Forum Warga Kenohan <forumwargakenohan@gmail.com>\nDate: Sel, 6 Okt 2026 16.40\nSubject: Mohon audiensi dengan Bupati soal Puskesmas\n\nKami warga Kenohan mohon bisa audiensi dengan Bapak Bupati membahas gedung Puskesmas yang mangkrak.",
    ),
    _E(
        "email",
        "adpem",
        "Yth. Bapak/Ibu di Setda Kukar,\n\nIzin menyampaikan laporan soal pekerjaan drainase di Jl. Pesut, Kelurahan Timbau. Setahu kami paket ini dilelang bulan Maret dan pemenangnya sebuah CV dari Samarinda. Soal lelangnya kami tidak mempermasalahkan.\n\nYang kami laporkan adalah hasil pekerjaannya: saluran yang dibangun lebih dangkal dari saluran lama, dinding memakai batu kali tanpa plester di beberapa bagian, dan elevasi dasarnya malah lebih tinggi dari gorong-gorong di ujung jalan sehingga air tergenang di depan rumah warga. Di papan proyek tertulis lebar 60 cm, di lapangan hanya sekitar 40 cm.\n\nMohon dilakukan pemeriksaan spesifikasi dan mutu pekerjaan sebelum serah terima, dan kontraktor diminta memperbaiki.\n\nTerima kasih,\nIr. Bambang Setiawan (warga RT 14 Timbau, pensiunan PU)\n0811-5805-2201",
    ),
    _E(
        "email",
        "adpem",
        "KOMUNITAS PANTAU ANGGARAN KUKAR (KOMPAK)\nSekretariat: Jl. Robert Wolter Monginsidi No. 8, Tenggarong\n\nNomor   : 19/KOMPAK/XII/2026\nPerihal : Permohonan Data Realisasi Fisik Kegiatan Pembangunan TA 2026\n\nKepada Yth.\nKepala Bagian Administrasi Pembangunan Setda Kab. Kutai Kartanegara\n\nDengan hormat,\nDalam rangka pemantauan partisipatif pelaksanaan pembangunan, kami mohon diberikan data berikut:\n1. Daftar paket pekerjaan konstruksi APBD Kabupaten TA 2026 dengan nilai di atas Rp 1 miliar beserta lokasinya;\n2. Persentase realisasi fisik masing-masing paket per 30 November 2026;\n3. Daftar paket yang terlambat atau diberi sanksi keterlambatan.\nData tersebut akan kami gunakan untuk laporan pemantauan akhir tahun yang juga akan kami sampaikan kepada Pemkab sebagai masukan.\n\nDemikian, terima kasih atas kerja samanya.\n\nKoordinator,\nSiti Nurhalizah, S.E.\n0857-5033-6642",
    ),
    _E(
        "email",
        "adpem",
        "Yth. Bapak Bupati Kutai Kartanegara,\n\nPerkenankan saya, Kepala SDN 004 Muara Muntai, menyampaikan kondisi sekolah kami. Kami sangat bersyukur tahun ini sekolah kami mendapat pembangunan dua ruang kelas baru dari APBD Kabupaten. Namun pekerjaan itu dinyatakan selesai pada Oktober padahal:\n- plafon belum terpasang di satu ruang;\n- atap bocor di empat titik setiap hujan;\n- lantai keramik sudah retak dan sebagian lepas;\n- instalasi listrik belum tersambung.\n\nSiswa kelas 4 dan 5 masih belajar bergantian di ruang perpustakaan. Kami mohon pekerjaan tersebut diperiksa dan kontraktor diminta menyelesaikan kekurangannya.\n\nHormat saya,\nMasriah, S.Pd\nNIP 19740518 199802 2 003",
    ),
    _E(
        "whatsapp",
        "adpem",
        "jalan semenisasi di Desa Jonggon Jaya (Loa Kulu) baru 3 bln udh retak2 & pecah, ketebalannya kyk cuma 10 cm 😤 mohon dicek kualitasnya, itu proyek pemkab kan ada papannya",
    ),
    _E(
        "whatsapp",
        "adpem",
        "pian, proyek jembatan ulin di Desa Jantur, Muara Muntai mangkrak sudah 8 bulan. tiang haja nang tagak, urang kampung musti mutar naik perahu. kapan dilanjutkan? 🙏",
    ),
    _E(
        "whatsapp",
        "adpem",
        "selamat siang min, mau bilang makasih laporan sy soal pungli di kantor kecamatan kmrn udh ditindak 🙏 skrg mau lapor lain: proyek drainase di Jl. Gunung Belah Tenggarong gk selesai, galian dibiarin terbuka, tiap hujan air masuk rumah. kontraktornya udh gk keliatan 2 bln",
    ),
    _E(
        "sms",
        "adpem",
        "Proyek turap sungai di Kel. Mangkurawang Tenggarong berhenti sejak Sept, material & alat ditinggal, tebing makin longsor. Mhn dicek",
    ),
    _E(
        "sms",
        "adpem",
        "Bangunan pasar baru di Desa Batuah Loa Janan dikerjakan setengah, atap blm ada, kontraktor pergi. Sayang uang negara. Tlg ditindaklanjuti",
    ),
    _E(
        "telegram",
        "adpem",
        "Pembangunan gedung serbaguna Kecamatan Muara Wis baru selesai Agustus tp plafon udh jebol, keramik lepas, pintu gk bisa ditutup. kualitas apa ini? mohon diperiksa & kontraktor disuruh perbaiki selama masa pemeliharaan",
    ),
    _E(
        "telegram",
        "adpem",
        "Selamat siang, mohon info progres pembangunan jalan poros Tabang - Kembang Janggut paket 2026. Di lapangan alat berat sudah ditarik sejak Oktober padahal pengerasan belum sampai setengah. Apakah proyeknya dihentikan atau akan dilanjutkan?",
    ),
    _E(
        "twitter",
        "adpem",
        "@setdakukar jembatan di Sebulu yg baru diresmikan bulan lalu udh retak di sambungannya 😳 mohon dicek sblm ada korban #Kukar",
    ),
    _E(
        "web",
        "adpem",
        "Judul: Proyek tanpa papan informasi\nIsi: Ada pekerjaan pengaspalan di jalan poros Desa Sungai Payang, Loa Kulu, tanpa papan proyek sehingga tidak jelas nilai, sumber dana dan pelaksananya. Pekerjaan lambat dan aspalnya tipis, di beberapa titik sudah mengelupas padahal belum sebulan. Mohon dicek apakah ini proyek Pemkab dan diawasi kualitasnya.",
    ),
    _E(
        "web",
        "adpem",
        "Kepada Yth. Bagian Pengadaan / LPSE\nIsi: Kami tahu LPSE yang mengurus lelangnya, jadi kami lapor ke sini. Jalan lingkungan di Perumahan Griya Loa Ipuh Permai yang selesai dikerjakan November ini sudah berlubang di banyak titik dan aspal mengelupas setelah dua kali hujan. Mohon dilakukan pemeriksaan mutu pekerjaan dan kontraktor diwajibkan memperbaiki.\nPelapor: Warga RT 31 Kel. Loa Ipuh",
    ),
]

_PBJ = [
    _E(
        "email",
        "pbj",
        'CV DUTA DIGITAL MAHAKAM\nGeneral Supplier - Komputer & Jaringan\nJl. Imam Bonjol No. 55, Tenggarong | NIB 9120107745331\n\nNomor    : 031/DDM/XI/2026\nLampiran : 1 (satu) berkas\nPerihal  : Sanggahan atas Hasil Tender\n\nKepada Yth.\nPokja Pemilihan\nBagian Pengadaan Barang dan Jasa Setda Kab. Kutai Kartanegara\ndi Tenggarong\n\nDengan hormat,\nSehubungan dengan pengumuman hasil tender paket "Pengadaan Perangkat Komputer dan Jaringan Kecamatan Tahun 2026" tanggal 26 November 2026, dengan ini kami mengajukan sanggahan dengan alasan:\n1. Penawaran kami dinyatakan gugur karena "tidak melampirkan brosur", padahal brosur telah kami unggah pada file penawaran teknis halaman 41-58;\n2. Pemenang tender menawarkan merek yang tidak tercantum dalam spesifikasi minimal pada dokumen pemilihan;\n3. Harga penawaran kami Rp 214 juta lebih rendah dari penawaran pemenang.\nKami mohon Pokja melakukan evaluasi ulang atas penawaran kami.\n\nDemikian sanggahan ini kami sampaikan.\n\nHormat kami,\nReza Pahlevi\nDirektur\n0812-5588-9023',
    ),
    _E(
        "email",
        "pbj",
        'Selamat siang Admin LPSE,\n\nsudah 2 minggu ini akun perusahaan kami di SPSE statusnya masih "menunggu verifikasi". Semua dokumen (akta, NIB, NPWP, KTP direktur) sudah diupload dan sudah kami bawa aslinya ke kantor LPSE tanggal 20 November. Katanya tinggal diaktifkan, tp sampai sekarang belum juga.\n\nKami mau ikut tender yg tutup minggu depan, jadi agak urgent. Mohon dibantu.\n\nThanks,\nAndreas Liong\nCV Karya Borneo Teknik\n0853-5107-2244',
    ),
    _E(
        "email",
        "pbj",
        'Yth. Bapak/Ibu,\n\nPertama, kami ucapkan terima kasih karena tagihan pekerjaan kami tahun lalu sudah dibayar lunas oleh Setda bulan ini.\n\nKedua, kami ingin menanyakan hasil evaluasi tender paket "Pengadaan Kendaraan Operasional Kecamatan 2026" yang diumumkan 2 Desember. Perusahaan kami dinyatakan gugur pada evaluasi kualifikasi dengan alasan "pengalaman sejenis tidak memenuhi", padahal kami melampirkan tiga kontrak pengadaan kendaraan dalam lima tahun terakhir. Mohon penjelasan rinci dari Pokja, dan jika memungkinkan kami ingin mengajukan sanggahan dalam masa sanggah.\n\nHormat kami,\nDedi Kurniawan, Direktur PT Etam Motor Nusantara\n0811-5534-7710',
    ),
    _E(
        "email",
        "pbj",
        'From: Marlina Siregar\nSent: Thursday, December 3, 2026 8:12 AM\nTo: Helpdesk LPSE Kukar\nSubject: Jadwal tender berubah tanpa adendum?\n\nDear Helpdesk,\n\nKami peserta tender paket "Jasa Konsultansi Pengawasan Gedung Tahun 2026". Di SPSE jadwal pemasukan penawaran tiba-tiba dimajukan dari 10 Desember menjadi 7 Desember, tetapi kami tidak menemukan adendum dokumen pemilihan maupun pemberitahuan di menu penjelasan. Pada saat aanwijzing juga tidak ada informasi perubahan jadwal.\n\nMohon clarification: apakah perubahan jadwal ini sah, dan apakah ada adendum yang belum di-upload? Tim kami butuh waktu untuk melengkapi dokumen teknis.\n\nBest regards,\nMarlina Siregar\nTender Manager, PT Cipta Rancang Konsultan\n0812-9901-3345',
    ),
    _E(
        "email",
        "pbj",
        "Mohon perhatian Bapak/Ibu,\n\nSaya forward email lama di bawah supaya ada konteks: saya pernah minta audiensi, tapi itu sudah tidak perlu.\n\nYang ingin saya laporkan sekarang: pembelian alat kantor beberapa OPD melalui e-katalog bulan Oktober-November 2026 selalu jatuh ke satu penyedia lokal yang sama, dengan harga di atas penyedia lain untuk produk yang sama persis. Tidak ada mini-kompetisi atau negosiasi harga, padahal nilainya di atas Rp 200 juta per transaksi. Sebagai penyedia terdaftar di e-katalog, kami merasa tidak pernah diberi kesempatan bersaing.\n\nMohon pemeriksaan atas proses pembelian e-katalog tersebut.\n\nSalam,\nYudi Hartanto, CV Sinar Kantor Mandiri\n0852-5001-8823\n\n-----Original Message-----\nFrom: Yudi Hartanto\nSent: 14 Agustus 2026 10:03\nSubject: permohonan audiensi\n\nKami mohon audiensi dengan Bapak Bupati untuk memperkenalkan usaha kami.",
    ),
    _E(
        "email",
        "pbj",
        "KOPERASI PRODUSEN MEUBEL ULIN MAHAKAM\nDesa Loa Kulu Kota, Kec. Loa Kulu\n\nPerihal: Permohonan pendampingan pendaftaran penyedia\n\nKepada Yth.\nKepala Bagian Pengadaan Barang dan Jasa Setda Kab. Kutai Kartanegara\n\nDengan hormat,\nKoperasi kami beranggotakan 34 perajin meubel skala mikro dan kecil. Selama ini anggota kami mendapat pembinaan usaha dari dinas dan sudah memiliki NIB. Kami ingin mulai menjual meja, kursi dan lemari sekolah kepada instansi pemerintah melalui jalur resmi.\n\nKami mohon informasi dan pendampingan:\n1. cara mendaftar sebagai penyedia dan membuat akun SPSE/SIKaP;\n2. cara menayangkan produk di katalog elektronik lokal Kukar;\n3. jadwal bimbingan teknis bagi penyedia usaha kecil, jika ada.\n\nHormat kami,\nKetua Koperasi,\nSalman Alfarisi\n0813-5066-2917",
    ),
    _E(
        "whatsapp",
        "pbj",
        "min, LPSE kukar error trs pas upload dokumen penawaran, muter2 aja 😭 deadline jam 4 sore ini, paket pengadaan ATK kecamatan. tlg dibantu atau diperpanjang jadwalnya",
    ),
    _E(
        "whatsapp",
        "pbj",
        "tender paket jalan di Kota Bangun kok pemenangnya CV yg sama trs 3 thn berturut2? penawaran kami lebih rendah malah gugur administrasi. ada apa ini pak, mohon dicek pokjanya",
    ),
    _E(
        "whatsapp",
        "pbj",
        "pian, ulun handak mandaftar jadi penyedia di LPSE, usaha ulun bengkel las di Loa Janan. syaratnya apa haja? musti ada NIB wan NPWP badan kah? makasih",
    ),
    _E(
        "sms",
        "pbj",
        "Kapan pengumuman pemenang lelang paket pengadaan seragam Linmas? Jadwal di LPSE sdh lewat 3 hr blm ada. CV Tepian Jaya",
    ),
    _E(
        "sms",
        "pbj",
        "Sanggahan kami utk paket rehab kantor desa tdk dijawab pokja, sdh lewat 5 hari kerja. Mhn tindak lanjut. PT Borneo Ulin Konstruksi",
    ),
    _E(
        "telegram",
        "pbj",
        "Selamat siang, mohon bantuan reset akun SPSE perusahaan kami. Email admin yang lama sudah tidak aktif karena karyawannya resign, jadi link reset password tidak pernah sampai. Surat permohonan perubahan data sudah kami antar ke kantor LPSE minggu lalu tapi belum ada balasan.",
    ),
    _E(
        "telegram",
        "pbj",
        'Pak, kontrak kami dgn salah satu OPD udh selesai & udh dibayar semua, gk ada masalah. Tp kenapa nilai kinerja penyedia kami di SIKaP jadi "buruk"? Kami gk pernah dapat teguran/SP selama kontrak. Nilai itu bikin kami susah ikut tender lain. Mohon dicek & diperbaiki',
    ),
    _E(
        "twitter",
        "pbj",
        "@setdakukar LPSE Kukar down pas jadwal upload penawaran hari ini, mohon jadwal tender diperpanjang!! #LPSE",
    ),
    _E(
        "web",
        "pbj",
        "Judul: Dugaan persekongkolan tender pengadaan bibit sawit\nIsi: Pada tender paket Pengadaan Bibit Kelapa Sawit Bersertifikat 2026, tiga peserta memakai alamat kantor yang sama, dokumen penawaran dengan format dan kesalahan ketik yang sama, dan harga penawaran berselisih sangat tipis. Salah satunya kemudian ditetapkan sebagai pemenang. Mohon Pemkab memeriksa proses tender ini dan meninjau penetapan pemenangnya.",
    ),
    _E(
        "web",
        "pbj",
        'Judul: Klarifikasi gugurnya penawaran meubelair ruang rapat\nIsi: Kami peserta tender paket pengadaan meubelair ruang rapat Sekretariat Daerah (meja rapat, kursi, lemari arsip). Penawaran kami dinyatakan gugur karena "jaminan penawaran tidak sesuai", padahal jaminan diterbitkan bank umum sesuai format dokumen pemilihan. Mohon klarifikasi dari Pokja dan kesempatan menyampaikan sanggahan.\nPelapor: PT Kayu Agung Interindo, 0811-5530-8894',
    ),
]

_ORGANISASI = [
    _E(
        "email",
        "organisasi",
        "FORUM WARGA PEDULI PELAYANAN PUBLIK KUKAR\nSekretariat: Jl. Ahmad Yani No. 21, Tenggarong\n\nNomor    : 14/FWP3K/XI/2026\nLampiran : 1 (satu) berkas hasil pemantauan\nPerihal  : Hasil Pemantauan Standar Pelayanan di 12 Kantor Kecamatan\n\nKepada Yth.\nKepala Bagian Organisasi Setda Kab. Kutai Kartanegara\ndi Tenggarong\n\nDengan hormat,\nPada Oktober-November 2026 relawan kami mengunjungi 12 kantor kecamatan. Temuan utama:\n1. Sembilan kantor tidak memajang standar pelayanan (persyaratan, waktu, biaya) di ruang pelayanan;\n2. Tujuh kantor tidak menyediakan sarana pengaduan, dan maklumat pelayanan tidak ditandatangani;\n3. Di empat kantor, waktu penyelesaian surat rekomendasi berbeda-beda tergantung petugas.\nKami mohon Pemkab memastikan seluruh kantor kecamatan menetapkan dan memajang standar pelayanan sesuai ketentuan, serta memantau kepatuhannya.\n\nDemikian kami sampaikan, terima kasih.\n\nKoordinator,\nDrs. Yusran Effendi\n0812-5504-2288",
    ),
    _E(
        "email",
        "organisasi",
        'Subject: bayar 100rb buat surat domisili??\n\nSelamat pagi,\n\nsaya mau lapor, kemarin saya ke kantor kelurahan Loa Ipuh buat minta surat keterangan domisili (buat lamaran kerja). Sama petugas di loket dibilang "biaya administrasi 100 ribu", gak dikasih kuitansi, katanya kalau gak bayar suratnya baru jadi minggu depan. Setau saya itu gratis.\n\nSaya akhirnya bayar karena butuh cepat. Saya harap petugas itu ditegur dan praktik begini dihentikan, kasihan warga lain.\n\nTerima kasih.\nDian Permata Sari\n0896-5512-3409',
    ),
    _E(
        "email",
        "organisasi",
        'Yth. Admin,\n\nSaya teruskan email saya ke RT di bawah supaya jelas urutannya. Soal gas sudah tidak perlu dibahas, stoknya sudah normal.\n\nYang saya adukan sekarang: KTP elektronik saya rusak (chip tidak terbaca) dan saya mengajukan cetak ulang di Disdukcapil Kukar sejak 4 Agustus 2026. Sudah empat kali saya datang dari Muara Kaman (4 jam perjalanan) dan jawabannya selalu "blangko kosong" atau "antrean cetak panjang", tanpa kepastian kapan jadinya. Tidak ada nomor antrean cetak, tidak ada informasi yang bisa dicek. Sementara itu saya tidak bisa urus rekening bank.\n\nMohon pelayanan ini diperbaiki dan diberi kejelasan waktu penyelesaian.\n\nHormat saya,\nRahmat Hidayat\n0852-4608-1193\n\n---------- Forwarded message ---------\nFrom: Rahmat Hidayat\nDate: Sab, 1 Nov 2026 18.30\nSubject: gas\nTo: Ketua RT 03\n\nPak RT, gas elpiji di pangkalan kosong lagi, mohon ditanyakan ke agen.',
    ),
    _E(
        "email",
        "organisasi",
        'Yth. Pengelola Pengaduan Pemkab Kukar,\n\nSaya ingin melaporkan hal yang mungkin terlihat sepele. Minggu lalu saya mengurus izin di salah satu kantor pelayanan di Tenggarong. Setelah selesai, petugas meminta saya mengisi survei kepuasan di tablet, tapi kemudian tabletnya diambil dan petugas sendiri yang memilih "sangat puas" untuk semua pertanyaan. Saya lihat itu dilakukan ke beberapa pemohon lain juga.\n\nKalau hasil survei diisi petugas sendiri, angkanya tidak menggambarkan pelayanan yang sebenarnya. Mohon pelaksanaan survei kepuasan masyarakat di kantor tersebut diperiksa dan diperbaiki caranya.\n\nSalam,\nAnita Lestari',
    ),
    _E(
        "email",
        "organisasi",
        "Yth. Bapak Bupati Kutai Kartanegara,\n\nSaya tidak bermaksud minta bertemu Bapak, cukup surat ini saja. Saya warga Tenggarong Seberang yang minggu lalu mengurus perpanjangan izin usaha bengkel di Mal Pelayanan Publik (MPP) Tenggarong.\n\nDi loket A saya disuruh ke loket C, di loket C dikatakan harus daftar online dulu, setelah daftar online disuruh kembali ke loket A untuk verifikasi berkas, dan di sana dikatakan petugas verifikatornya sedang dinas luar. Empat jam saya di sana tanpa hasil. Tidak ada petugas informasi dan alur layanan tidak terpampang.\n\nMohon Bapak memerintahkan perbaikan alur layanan di MPP agar warga tidak dipingpong seperti ini.\n\nHormat saya,\nJoko Susilo\n0813-4755-9012",
    ),
    _E(
        "email",
        "organisasi",
        "PEMERINTAH KABUPATEN KUTAI KARTANEGARA\nDINAS KESEHATAN\nUPT LABORATORIUM KESEHATAN DAERAH\nJl. Gunung Gandek, Tenggarong\n\nNomor   : 445/219/UPT-Labkesda/XII/2026\nPerihal : Permohonan Asistensi Penyusunan Standar Pelayanan\n\nKepada Yth.\nKepala Bagian Organisasi Setda Kab. Kutai Kartanegara\n\nDengan hormat,\nPerbup tentang pembentukan UPT kami sudah ditetapkan bulan lalu; terima kasih kepada Bagian Hukum atas harmonisasinya. Yang kami perlukan sekarang adalah asistensi penyusunan Standar Pelayanan, maklumat pelayanan dan pengukuran SKM untuk tujuh jenis layanan pemeriksaan laboratorium, agar dapat ditetapkan sebelum UPT beroperasi penuh Januari 2027.\n\nKami mohon jadwal asistensi pada minggu kedua atau ketiga Desember 2026.\n\nKepala UPT,\ndr. Lusiana Wulandari\nNIP 19820311 200903 2 008",
    ),
    _E(
        "whatsapp",
        "organisasi",
        'pak, ngurus PBG (dulu IMB) di DPMPTSP udh 3 bulan gk jelas. tiap nanya jawabnya "msh diproses tim teknis", gk ada info udh sampe mana, gk ada batas waktu. katanya di web 14 hari kerja 🙄 tlg diperbaiki pelayanannya',
    ),
    _E(
        "whatsapp",
        "organisasi",
        "ulun ka puskesmas gasan minta surat keterangan sehat, disuruh bayar 50 ribu kada dibari kuitansi. padahal di papan depan loket tatulis gratis gasan warga KTP Kukar. napa kaya itu pian? mohon ditegur petugasnya 🙏",
    ),
    _E(
        "whatsapp",
        "organisasi",
        "tadi sy ke kantor bupati lt 2 mau ngurus surat rekomendasi yg udh diajukan 3 minggu lalu, disuruh nunggu pejabatnya, bolak-balik 3x gk ada yg bisa kasih kepastian kapan jadi 😩 pelayanan kok gini bgt",
    ),
    _E(
        "sms",
        "organisasi",
        "Pelayanan di kantor camat Loa Janan lambat bgt, petugas asik main hp, sy antre 3 jam cuma utk legalisir. Mohon dibenahi",
    ),
    _E(
        "sms",
        "organisasi",
        "Urus akta kelahiran anak dimintai 150rb oleh petugas, katanya biar cepat. Bukannya gratis? Mhn ditindak",
    ),
    _E(
        "telegram",
        "organisasi",
        "Selamat pagi, usul saja.\nKami warga Tabang kalau mau urus surat rekomendasi atau izin harus ke Tenggarong, perjalanan bisa 10 jam, kadang 2x karena berkas kurang. Mohon layanan-layanan seperti ini dibuat bisa diajukan online atau di kantor kecamatan, dengan daftar persyaratan yang jelas sejak awal. Terima kasih 🙏",
    ),
    _E(
        "telegram",
        "organisasi",
        'di loket perizinan kantor kecamatan Sangasanga gk ada jadwal layanan & daftar tarif yg dipajang. waktu sy tanya biayanya brp, petugas jawab "tergantung". masa pelayanan publik gk ada standarnya? mohon diberesin',
    ),
    _E(
        "twitter",
        "organisasi",
        "@setdakukar ngurus surat di kantor lurah Melayu Tenggarong pulang balik 4x, tiap dtg persyaratannya beda2. standar pelayanannya mana? 😤",
    ),
    _E(
        "web",
        "organisasi",
        'Judul: Berkas asli ditahan tanpa tanda terima\nIsi: Saat mengajukan permohonan di Dinas Perumahan dan Kawasan Permukiman, petugas meminta sertifikat tanah asli saya ditinggal untuk "dicek", tanpa memberikan tanda terima. Setelah tiga minggu, saat saya tanyakan, petugas yang lain mengatakan tidak tahu keberadaan berkas tersebut. Mohon ditindaklanjuti sebagai maladministrasi dan sertifikat saya segera dikembalikan.',
    ),
    _E(
        "web",
        "organisasi",
        "Judul: Petugas layanan sering tidak ada di tempat\nIsi: Di kantor UPT pelayanan terpadu Kecamatan Samboja, pegawai (kebanyakan honorer) baru datang sekitar jam 10 dan sudah pulang jam 1 siang. Warga yang datang dari desa jauh sering pulang tanpa dilayani. Mohon disiplin jam pelayanan di kantor tersebut ditegakkan dan jam layanan diumumkan dengan jelas.",
    ),
]

_UMUM = [
    _E(
        "email",
        "umum",
        "DEWAN PIMPINAN DAERAH\nIKATAN GURU TAMAN KANAK-KANAK INDONESIA (IGTKI-PGRI)\nKABUPATEN KUTAI KARTANEGARA\n\nNomor    : 27/IGTKI-KKR/XI/2026\nLampiran : -\nPerihal  : Permohonan Peminjaman Ruang Serbaguna\n\nKepada Yth.\nKepala Bagian Umum Setda Kab. Kutai Kartanegara\ndi Tenggarong\n\nDengan hormat,\nDalam rangka Musyawarah Daerah IGTKI-PGRI Kabupaten Kutai Kartanegara, kami bermaksud meminjam Ruang Serbaguna Kantor Bupati pada:\nhari/tanggal : Sabtu, 19 Desember 2026\nwaktu        : 08.00 - 16.00 WITA\npeserta      : kurang lebih 150 orang\nKami juga mohon izin penggunaan sound system ruangan. Kebersihan ruangan setelah kegiatan menjadi tanggung jawab panitia.\n\nDemikian permohonan ini, atas perkenannya kami ucapkan terima kasih.\n\nKetua,\nHj. Rosmiati, S.Pd.AUD\n0812-5367-4420",
    ),
    _E(
        "email",
        "umum",
        'Subject: mobil dinas plat merah dipakai liburan\n\nSelamat sore,\n\nhari Minggu kemarin (29/11) saya lihat mobil dinas plat merah KT 1742 D parkir di pantai di Samboja dari pagi sampai sore. Yang naik satu keluarga lengkap dengan anak-anak dan peralatan piknik. Di dashboard ada stiker "Sekretariat Daerah". Foto mobil dan platnya saya lampirkan.\n\nMobil dinas kan dibeli pakai uang rakyat, bukan buat rekreasi keluarga. Mohon dicek siapa pemegangnya dan ditertibkan penggunaannya.\n\nTerima kasih,\nwarga Samboja (mohon identitas saya dirahasiakan)',
    ),
    _E(
        "email",
        "umum",
        'Yth. Bapak/Ibu,\n\nEmail di bawah ini sebenarnya soal lain (pertanyaan kami tentang draf Perbup beberapa waktu lalu, sudah dijawab, terima kasih). Kali ini kami ingin mengajukan permohonan peminjaman satu unit bus Pemkab untuk mengantar rombongan senam lansia Kelurahan Panji (45 orang) ke lomba senam lansia tingkat provinsi di Samarinda pada 12 Desember 2026, berangkat pukul 06.00 dan kembali sore hari. Biaya BBM dan uang makan sopir kami tanggung.\n\nMohon informasi prosedur dan syarat peminjaman kendaraan tersebut.\n\nHormat kami,\nNurhasanah\nKetua Kelompok Senam Lansia "Sehat Ceria" Kel. Panji\n0852-5055-8130\n\n> On Mon, Oct 26, 2026 at 9:02 AM Nurhasanah wrote:\n> Selamat pagi, kami ingin menanyakan apakah draf Perbup tentang kelompok lansia sudah bisa dibaca publik?',
    ),
    _E(
        "email",
        "umum",
        "Yth. Kepala Bagian Umum Setda Kukar,\n\nKami dari Sekretariat Dinas Pemberdayaan Masyarakat dan Desa ingin menyampaikan keluhan dari tamu-tamu kami. Setiap hari Senin dan Kamis, tamu dari kecamatan dan desa yang datang untuk rapat di Kantor Bupati hampir tidak pernah mendapat tempat parkir. Area parkir depan penuh sejak pagi oleh kendaraan yang menginap, dan petugas parkir mengarahkan tamu ke bahu jalan di luar pagar, sehingga beberapa kali kendaraan ditilang.\n\nMohon penataan parkir di lingkungan Kantor Bupati, misalnya area khusus tamu dan larangan kendaraan menginap.\n\nTerima kasih,\nAhmad Rifai, S.Sos\nKasubbag Umum dan Kepegawaian DPMD\nNIP 19850207 201001 1 014",
    ),
    _E(
        "email",
        "umum",
        "Yth. Bagian Umum,\n\nDengan ini saya melaporkan kehilangan sepeda motor Honda Beat KT 6205 QR yang saya parkir di area parkir samping Kantor Bupati pada Selasa, 1 Desember 2026 antara pukul 09.00-11.30, saat saya mengantar berkas. Laporan polisi sudah saya buat di Polsek Tenggarong.\n\nMenurut tukang parkir, bulan ini sudah tiga kali terjadi kehilangan helm dan satu motor lain. Saya mohon:\n1. Rekaman CCTV area parkir samping pada jam tersebut dapat diberikan kepada penyidik;\n2. Pengamanan di area parkir diperketat, termasuk penambahan petugas jaga dan CCTV yang berfungsi.\n\nHormat saya,\nWahyudi\n0813-4702-2256",
    ),
    _E(
        "email",
        "umum",
        "Yth. Kepala Bagian Umum,\n\nDengan hormat, saya staf salah satu anggota DPRD Kukar yang sering mendampingi rapat koordinasi di Kantor Bupati. Setelah acara pelantikan pejabat minggu lalu, kami perhatikan beberapa hal di gedung utama yang mohon segera diperbaiki:\n1. plafon ruang rapat lantai 3 bocor dan airnya menetes ke meja rapat;\n2. toilet di lantai 2 dan lantai 3 kotor, tidak ada air, dan kuncinya rusak;\n3. dua AC di ruang tunggu tamu mati.\nKondisi ini kurang pantas untuk kantor pusat pemerintahan kabupaten, apalagi tamu dari provinsi sering datang.\n\nTerima kasih atas perhatiannya.\nFadli Rahman\nStaf Pribadi Anggota DPRD Kab. Kutai Kartanegara\n0811-5590-2763",
    ),
    _E(
        "whatsapp",
        "umum",
        "pak, tadi pagi sy ikut upacara di halaman kantor bupati, motor sy parkir di pinggir taman krn parkiran penuh. pas selesai motornya udh gk ada, ternyata dipindah satpam ke belakang gedung tanpa info apa2, sy nyari 1 jam 😤 mohon parkir dtata & ada petunjuk yg jelas",
    ),
    _E(
        "whatsapp",
        "umum",
        "pian, mobil dinas plat merah nang tulisannya Setda Kukar tiap malam parkir di gang rumah ulun di Jl. Danau Aji, sopirnya bahanu ngebut banar di gang, anak-anak banyak main. tolong lah ditegur 🙏",
    ),
    _E(
        "whatsapp",
        "umum",
        "lift di gedung kantor bupati mati udh seminggu, sy nganter ibu sy yg lansia ke lt 3 hrs naik tangga, kasian bgt. mohon cepat diperbaiki 🙏",
    ),
    _E(
        "sms",
        "umum",
        "Surat kami tgl 3 Nov utk Sekda ttg undangan rakor desa blm ada kabar. Mohon dicek sdh tercatat di bagian persuratan & ada no agendanya? Desa Sungai Bawang",
    ),
    _E(
        "sms",
        "umum",
        "Lampu taman & lampu jalan di kompleks kantor bupati mati hampir semua sejak 2 minggu, malam gelap & rawan. Mhn diperbaiki",
    ),
    _E(
        "telegram",
        "umum",
        "Selamat malam. Sy tinggal di belakang kompleks kantor bupati. Pagar belakang dekat gudang udh bolong sejak bulan lalu, tiap malam ada org keluar masuk, pos satpam sering kosong. Takut ada pencurian. Mohon pengamanan kompleks diperketat & pagarnya ditutup",
    ),
    _E(
        "telegram",
        "umum",
        "Pak, hari Jumat sore motor sy diserempet mobil dinas plat merah KT 1458 D di Jl. Wolter Monginsidi dekat kantor bupati. Sopirnya cuma berhenti sebentar lalu pergi. Lampu & spakbor motor sy pecah. Sy cuma minta pemegang mobil itu bertanggung jawab. Ada foto & saksi.",
    ),
    _E(
        "twitter",
        "umum",
        "@setdakukar mobil dinas plat merah KT 1021 D kok hari minggu nongkrong di mall Balikpapan? ini dinas apa jalan2 keluarga? 🤔",
    ),
    _E(
        "web",
        "umum",
        "Judul: Peminjaman ruang rapat untuk seminar mahasiswa\nIsi: Kami Himpunan Mahasiswa Kutai Kartanegara di Samarinda ingin meminjam ruang rapat lantai 2 Kantor Bupati pada 9 Januari 2027 untuk seminar kepemudaan (sekitar 80 peserta). Mohon informasi ketersediaan ruangan, syarat peminjaman, dan ke mana surat permohonan resmi harus kami antar.\nKontak: Riko Pratama, 0896-5022-1184",
    ),
    _E(
        "web",
        "umum",
        "Judul: Cek surat masuk - permohonan hibah Masjid At-Taqwa\nIsi: Kami mengantar surat permohonan hibah rumah ibadah ke Kantor Bupati pada 8 Oktober 2026, diterima di meja depan tanpa tanda terima. Kami tidak bertanya soal keputusan hibahnya. Kami hanya mohon dicek apakah surat tersebut sudah tercatat di persuratan dan sudah didisposisikan ke mana, serta diberikan nomor agendanya, supaya kami tidak perlu mengirim ulang.\nPengirim: Pengurus Masjid At-Taqwa Desa Bukit Raya",
    ),
]

_PROKOM = [
    _E(
        "email",
        "prokom",
        "YAYASAN PENDIDIKAN ISLAM AL-FURQAN\nJl. Poros Samboja - Balikpapan Km 41, Kecamatan Samboja\n\nNomor    : 118/YPI-AF/XI/2026\nLampiran : -\nPerihal  : Permohonan Audiensi\n\nKepada Yth.\nBapak Bupati Kutai Kartanegara\ndi Tenggarong\n\nAssalamualaikum warahmatullahi wabarakatuh,\nDengan hormat, pengurus Yayasan Pendidikan Islam Al-Furqan yang menaungi TK, MI dan MTs dengan 640 siswa di Samboja bermaksud menghadap Bapak Bupati untuk:\n1. Menyampaikan perkembangan yayasan selama lima tahun terakhir;\n2. Menyampaikan aspirasi masyarakat Samboja di bidang pendidikan.\nRombongan berjumlah 6 orang. Kami mohon Bapak berkenan menerima kami pada waktu yang Bapak tentukan pada bulan Desember 2026 atau Januari 2027.\n\nDemikian permohonan ini, atas perkenan Bapak kami ucapkan terima kasih.\n\nKetua Yayasan,\nKH. Muhammad Arsyad\n0812-5460-3371",
    ),
    _E(
        "email",
        "prokom",
        "PANITIA FESTIVAL BUDAYA MUARA MUNTAI 2027\nSekretariat: Kantor Camat Muara Muntai\n\nNomor   : 05/Pan-FBM/XII/2026\nLamp.   : 1 (satu) lembar susunan acara\nHal     : Undangan Pembukaan Festival\n\nKepada Yth.\nBapak Bupati Kutai Kartanegara\ndi Tenggarong\n\nDengan hormat,\nDalam rangka pelestarian budaya sungai dan promosi wisata Danau Jempang, kami akan menyelenggarakan Festival Budaya Muara Muntai pada:\nhari/tanggal : Sabtu, 23 Januari 2027\npukul        : 09.00 WITA\ntempat       : Dermaga Desa Muara Muntai Ulu\nKami mengundang Bapak Bupati untuk berkenan hadir sekaligus membuka festival secara resmi. Susunan acara terlampir.\n\nAtas perhatian dan kehadiran Bapak kami ucapkan terima kasih.\n\nKetua Panitia,\nSyahrul Gunawan\n0853-4610-2204",
    ),
    _E(
        "email",
        "prokom",
        "Yth. Bapak/Ibu,\n\nTerima kasih, persoalan peminjaman aula yang kami tanyakan di bawah sudah diselesaikan Bagian Umum.\n\nPermohonan kami sekarang: Sekolah Tinggi Ilmu Kesehatan Tenggarong akan melaksanakan wisuda angkatan ke-12 pada 16 Januari 2027. Kami mohon Bapak Bupati berkenan memberikan sambutan, baik hadir langsung maupun melalui video sambutan bila jadwal Bapak tidak memungkinkan. Bila berkenan, kami juga mohon naskah sambutannya dapat kami muat dalam buku wisuda.\n\nHormat kami,\nNs. Rina Agustina, M.Kep\nKetua Panitia Wisuda\n0812-5612-7756\n\n-----Original Message-----\nFrom: Rina Agustina\nSent: 12 Oktober 2026 14:20\nTo: Bagian Umum Setda\nSubject: peminjaman aula\n\nMohon info apakah aula lantai 1 bisa dipinjam untuk gladi wisuda?",
    ),
    _E(
        "email",
        "prokom",
        "Yth. Bagian Protokol dan Komunikasi Pimpinan,\n\nSaya jurnalis media daring Kaltim Terkini. Kami mendapat informasi bahwa Bapak Bupati akan menyampaikan laporan akhir tahun dan capaian pembangunan 2026 pada akhir Desember. Mohon informasi:\n- apakah akan ada konferensi pers, dan kapan jadwalnya;\n- syarat peliputan/akreditasi wartawan untuk acara tersebut;\n- apakah tersedia kesempatan wawancara doorstop setelah acara.\n\nDeadline redaksi kami untuk rencana liputan akhir tahun adalah 15 Desember.\n\nTerima kasih,\nBayu Aditya\nKaltim Terkini\n0813-5077-9021",
    ),
    _E(
        "email",
        "prokom",
        'Yth. Admin media sosial Pemkab Kukar,\n\nUnggahan di akun Instagram resmi Bupati Kutai Kartanegara tanggal 28 November 2026 menyebutkan bahwa "pendaftaran beasiswa tahun 2027 dibuka 1 Desember". Ternyata informasi itu salah; menurut pengumuman resmi, pendaftaran baru dibuka Februari 2027. Akibatnya banyak mahasiswa bertanya-tanya, ada yang sampai datang ke Tenggarong.\n\nMohon unggahan tersebut dikoreksi atau diberi klarifikasi di akun yang sama, supaya tidak menimbulkan kebingungan lebih lanjut.\n\nTerima kasih,\nFikri Ramadhan\nKetua Ikatan Pelajar dan Mahasiswa Kota Bangun\n0857-5109-4433',
    ),
    _E(
        "email",
        "prokom",
        'UNIVERSITAS MULAWARMAN\nFAKULTAS ILMU SOSIAL DAN ILMU POLITIK\nJl. Muara Muntai, Kampus Gunung Kelua, Samarinda\n\nNomor  : 3180/UN17.6/KM/2026\nHal    : Permohonan sebagai Keynote Speaker\n\nYth. Bupati Kutai Kartanegara\ndi Tenggarong\n\nDengan hormat,\nFakultas kami akan menyelenggarakan Seminar Nasional "Tata Kelola Daerah Penyangga Ibu Kota Nusantara" pada 3 Februari 2027. Kami mohon kesediaan Bapak Bupati menjadi keynote speaker dengan durasi paparan sekitar 30 menit.\n\nPerlu kami sampaikan bahwa permohonan ini tidak berkaitan dengan nota kesepahaman antara Pemkab dan Universitas Mulawarman; kami semata-mata mengharapkan kehadiran dan paparan Bapak dalam seminar.\n\nAtas perhatian Bapak kami ucapkan terima kasih.\n\nDekan,\nProf. Dr. Hj. Aji Ratna Kusuma, M.Si\nNIP 19660612 199103 2 001',
    ),
    _E(
        "whatsapp",
        "prokom",
        'min mau nanya gmn caranya ketemu langsung pak bupati? kami perwakilan nelayan Desa Sepatin mau nyampein aspirasi, udh 2x ke kantor bupati tp cuma dikasih tau "buat surat dulu". suratnya ditujukan ke siapa & nunggu brp lama?',
    ),
    _E(
        "whatsapp",
        "prokom",
        "assalamualaikum, ulun panitia adat di Kedang Ipil, Kota Bangun. bubuhan kami handak mangundang Pak Bupati ka acara adat Nutuk Beham bulan muka. ulun musti bakirim surat undangan ka siapa? makasih banyak 🙏",
    ),
    _E(
        "whatsapp",
        "prokom",
        "min, akun IG pemkab kmrn posting foto jembatan baru tp captionnya salah, ditulis di Loa Kulu pdhl itu jembatan di Loa Janan 😅 warga jd ribut di komen. tlg postingannya dibenerin ya",
    ),
    _E(
        "sms",
        "prokom",
        "Mhn info jadwal audiensi dgn Bupati utk pengurus KONI Kec Tenggarong Seberang, surat sdh kami kirim 10 Nov. Tks",
    ),
    _E(
        "sms",
        "prokom",
        "Undangan peresmian masjid Al-Hijrah Desa Santan Ulu tgl 20 Des sdh kami antar. Mohon konfirmasi apakah Bupati bisa hadir, agar kami siapkan acaranya",
    ),
    _E(
        "telegram",
        "prokom",
        "Selamat siang Pak/Bu humas. Sy wartawan lokal. Rilis resmi kegiatan Bupati di HUT Kota Tenggarong biasanya dibagikan di grup media, tp sejak Oktober tdk ada lagi. Kami jd ketinggalan informasi & ada media yg pakai info keliru. Mohon rilis & foto kegiatan pimpinan dibagikan lagi seperti biasa",
    ),
    _E(
        "telegram",
        "prokom",
        "Pak, saya tokoh masyarakat yg diundang resmi ke upacara Hari Jadi Kabupaten kemarin. Kursi undangan sesuai nama di kartu saya sudah diisi orang lain, petugas protokol malah suruh saya berdiri di belakang. Banyak tokoh adat & veteran diperlakukan sama. Mohon pengaturan tempat duduk tamu di acara resmi diperbaiki",
    ),
    _E(
        "twitter",
        "prokom",
        "@setdakukar kapan Pak Bupati buka sesi ketemu warga lagi kyk thn lalu? mau nyampein langsung soal kampung kami di Tabang 🙏",
    ),
    _E(
        "web",
        "prokom",
        "Judul: Permohonan foto dan rilis kunjungan kerja Bupati\nIsi: Bapak Bupati melakukan kunjungan kerja ke Desa Embalut, Tenggarong Seberang pada 24 November 2026. Kami pengelola website dan buletin desa mohon dapat diberikan foto resmi dan rilis berita kegiatan tersebut untuk kami publikasikan, karena dokumentasi dari desa sendiri kurang baik.\nKontak: Admin Desa Embalut, 0822-5011-4873",
    ),
    _E(
        "web",
        "prokom",
        "Judul: Undangan Panen Raya Jagung Desa Kerta Buana\nIsi: Terima kasih atas operasi pasar LPG 3 kg yang digelar di desa kami bulan lalu, sangat membantu warga. Selanjutnya kami ingin mengundang Bapak Bupati menghadiri panen raya jagung Gapoktan Kerta Buana pada 15 Januari 2027 pukul 08.00 WITA. Mohon informasi ke mana surat undangan resmi kami tujukan dan bagaimana konfirmasi kehadirannya.\nPengirim: Kepala Desa Kerta Buana, Tenggarong Seberang",
    ),
]

_PERENCANAAN_KEUANGAN = [
    _E(
        "email",
        "perencanaan_keuangan",
        "CV MAHAKAM EVENT SOLUSINDO\nPenyewaan Tenda, Sound System & Dekorasi\nJl. Pahlawan No. 88, Tenggarong | NPWP 81.442.905.7-722.000\n\nNomor    : 112/MES/XII/2026\nLampiran : 3 (tiga) lembar invoice beserta BAST\nPerihal  : Permohonan Pembayaran Tagihan\n\nKepada Yth.\nKepala Bagian Perencanaan dan Keuangan\nSekretariat Daerah Kab. Kutai Kartanegara\ndi Tenggarong\n\nDengan hormat,\nBersama ini kami sampaikan bahwa tagihan kami atas pekerjaan sewa tenda, sound system dan dekorasi untuk tiga kegiatan Sekretariat Daerah pada bulan Agustus dan September 2026 dengan total Rp 187.650.000 belum dibayarkan, padahal Berita Acara Serah Terima telah ditandatangani PPK pada 30 September 2026.\n\nKami mohon kiranya tagihan tersebut dapat segera diproses pembayarannya, mengingat kami juga harus membayar pekerja dan pemasok.\n\nDemikian permohonan ini, atas perhatian Bapak/Ibu kami ucapkan terima kasih.\n\nHormat kami,\nIrwan Setiadi\nDirektur\n0812-5544-0381",
    ),
    _E(
        "email",
        "perencanaan_keuangan",
        'Subject: honor 2 bulan belum masuk\n\nSelamat pagi Bu/Pak,\n\nmaaf mengganggu. saya Sari, tenaga honorer di Sekretariat Daerah (penempatan Bagian Organisasi). honor saya bulan Oktober dan November belum masuk sampai sekarang. teman2 honorer di bagian lain katanya juga sama.\n\nsaya sudah tanya ke bendahara bagian katanya "masih proses di keuangan". mohon kejelasannya kapan dibayar ya Bu, soalnya kontrakan dan cicilan motor sudah nunggak.\n\nterima kasih\nSari Wulandari\n0896-5330-1205',
    ),
    _E(
        "email",
        "perencanaan_keuangan",
        "Yth. Bagian Perencanaan dan Keuangan Setda Kukar,\n\nMohon maaf kami forward thread lama di bawah. Proses tendernya sudah selesai dengan baik, tidak ada keberatan. Yang jadi masalah sekarang adalah pembayarannya.\n\nKontrak kami untuk penyediaan alat tulis kantor dan barang cetakan di lingkungan Sekretariat Daerah (pejabat penandatangan kontrak di Bagian Umum) sudah selesai 100 persen. BAST termin 2 ditandatangani 6 November 2026, invoice dan faktur pajak sudah kami serahkan hari yang sama. Sampai hari ini pembayaran termin 2 senilai Rp 96.300.000 belum kami terima. Mohon follow up dan info jadwal pembayarannya.\n\nRegards,\nLestari Handayani\nFinance, CV Cahaya Tepian Abadi\n0813-5022-6604\n\n---------- Forwarded message ---------\nFrom: Pokja Pemilihan LPSE Kukar\nDate: Fri, Mar 20, 2026 at 4:15 PM\nSubject: Pengumuman Pemenang Tender\n\nDengan ini diberitahukan bahwa CV Cahaya Tepian Abadi ditetapkan sebagai pemenang paket Penyediaan ATK dan Barang Cetakan Setda TA 2026.",
    ),
    _E(
        "email",
        "perencanaan_keuangan",
        "From: Hendri Gunawan\nSent: Wednesday, December 2, 2026 7:45 AM\nTo: Bagian Perencanaan dan Keuangan Setda\nSubject: Reimburse SPPD Jakarta 13-16 Oktober 2026\n\nSelamat pagi Bapak/Ibu,\n\nIzin menanyakan status reimburse SPPD perjalanan dinas saya ke Jakarta tanggal 13-16 Oktober 2026 (konsultasi ke Kemendagri, bersama Kabag). Semua bukti (tiket, boarding pass, bill hotel, surat tugas, laporan perjalanan) sudah saya serahkan ke verifikator tanggal 21 Oktober dan sudah dinyatakan lengkap.\n\nSampai sekarang belum ada transfer, sementara tiket dan hotel saya talangi dulu dengan kartu kredit dan jatuh temponya tanggal 10 Desember.\n\nTerima kasih,\nHendri Gunawan, S.STP\nAnalis Kebijakan, Bagian Pemerintahan Setda Kukar\nNIP 19910415 201308 1 001",
    ),
    _E(
        "email",
        "perencanaan_keuangan",
        "Yth. Kepala Bagian Perencanaan dan Keuangan,\n\nKami beberapa staf pelaksana di lingkungan Sekretariat Daerah ingin meminta penjelasan. TPP bulan November yang kami terima terpotong antara 20 sampai 35 persen, tanpa pemberitahuan sebelumnya. Kehadiran kami lengkap dan laporan kinerja di aplikasi sudah disetujui atasan.\n\nKami mohon rincian dasar perhitungan potongan tersebut, dan bila terdapat kesalahan input, mohon dikoreksi dan kekurangannya dibayarkan pada bulan berikutnya.\n\nHormat kami,\na.n. Staf Pelaksana Setda\nMuhammad Yusuf, S.E.\nNIP 19880923 201503 1 002",
    ),
    _E(
        "email",
        "perencanaan_keuangan",
        "Dear Bapak/Ibu,\n\nKami PT Etam Trans Rental menyediakan 6 unit kendaraan sewa untuk rombongan kunjungan kerja Bupati ke Kecamatan Tabang dan Kembang Janggut tanggal 2-5 September 2026, berdasarkan Surat Pesanan dari Sekretariat Daerah.\n\nInvoice No. ETR/INV/0926/041 senilai Rp 64.800.000 sudah kami kirim pada 10 September beserta BAST dan rekap pemakaian. Sampai sekarang sudah lewat 80 hari dan belum ada pembayaran. Mohon follow up ke pihak terkait dan info estimasi tanggal pembayaran, karena kami harus menutup buku akhir tahun.\n\nBest regards,\nYulianti\nAccount Receivable\nPT Etam Trans Rental\n0811-5567-3028",
    ),
    _E(
        "whatsapp",
        "perencanaan_keuangan",
        "pak, TPP bulan Oktober blm masuk ke rekening kami staf Setda, pdhl OPD lain udh cair dr tgl 15. ada kendala apa ya? mohon infonya 🙏",
    ),
    _E(
        "whatsapp",
        "perencanaan_keuangan",
        "assalamualaikum bu, sy sopir honorer di Bagian Umum Setda. honor sy Sept-Nov blm dibayar, 3 bulan bu 😭 anak mau bayar sekolah. kata bendahara nunggu dari keuangan. mohon dibantu kejelasannya",
    ),
    _E(
        "whatsapp",
        "perencanaan_keuangan",
        "pian, SPPD ulun perjalanan dinas ka Samarinda bulan tadi kada dibayar lagi, padahal kwitansi wan tiket sudah diserahakan. ulun staf Setda bagian Kesra. kapan cairnya lah? 🙏",
    ),
    _E(
        "sms",
        "perencanaan_keuangan",
        "Invoice no INV/2026/10/118 utk Setda Kukar (konsumsi rapat) sdh jatuh tempo 45 hari, mohon follow up pembayarannya. CV Dapur Etam",
    ),
    _E(
        "sms",
        "perencanaan_keuangan",
        "Honor panitia HUT Kota Tenggarong ke-244 utk staf Setda blm dibayar smp skrg, acaranya sdh Sept. Mohon info",
    ),
    _E(
        "telegram",
        "perencanaan_keuangan",
        "Selamat siang Pak/Bu.\nSy bendahara pembantu di salah satu bagian Setda. SPJ kegiatan bulan Oktober sudah 3x dikembalikan verifikator dgn catatan berbeda2 tiap kali. Akibatnya GU kami tdk bisa diajukan & kegiatan Desember terancam tdk bisa dibayar. Mohon ada daftar kelengkapan SPJ yg baku supaya tdk bolak-balik",
    ),
    _E(
        "telegram",
        "perencanaan_keuangan",
        "Pak, sy dosen Unikarta yg diminta jadi narasumber di workshop penyusunan dokumen kerja sama di Setda tgl 22 Oktober. Honor narasumber sampai skrg blm ditransfer, padahal form & rekening sdh sy isi saat acara. Mohon dicek ya",
    ),
    _E(
        "twitter",
        "perencanaan_keuangan",
        "@setdakukar UMKM kami suplai snack rapat ke Setda Kukar sejak Agustus, tagihan blm dibayar smp skrg 🙏 usaha kecil bisa bangkrut kalau begini #Kukar",
    ),
    _E(
        "web",
        "perencanaan_keuangan",
        "Judul: Uang makan pegawai Setda belum dibayar sejak September\nIsi: Uang makan pegawai ASN di lingkungan Sekretariat Daerah untuk bulan September sampai November 2026 belum dibayarkan, sementara di OPD lain sudah. Mohon penjelasan penyebab keterlambatan dan jadwal pembayarannya.",
    ),
    _E(
        "web",
        "perencanaan_keuangan",
        "Judul: Gaji staf kontrak Bagian Prokom tertahan\nIsi: Kami staf kontrak (PPPK paruh waktu) di Bagian Protokol dan Komunikasi Pimpinan. Gaji November belum dibayarkan dengan alasan menunggu SPJ bulan sebelumnya dilengkapi. Kami tidak mengelola SPJ tersebut, tetapi gaji kami ikut tertahan. Mohon gaji kami dibayarkan dan SPJ diselesaikan oleh pihak yang bertanggung jawab.",
    ),
]

CASES = [
    *_PEMERINTAHAN,
    *_KESRA,
    *_HUKUM,
    *_KERJASAMA,
    *_PEREKONOMIAN,
    *_SDA,
    *_ADPEM,
    *_PBJ,
    *_ORGANISASI,
    *_UMUM,
    *_PROKOM,
    *_PERENCANAAN_KEUANGAN,
]
