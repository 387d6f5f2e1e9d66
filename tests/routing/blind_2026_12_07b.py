# ruff: noqa: E501
"""Blind set written 2026-12-07 (second of the day) for issue 16: 180 invented complaints, 15 per section, written in one pass as a Kukar resident, vendor, journalist, village official or Secretariat staff member would write them, mixing phone Indonesian (abbreviations, Kutai/Banjar words, caps, emoji, stretched letters), tweets tagging accounts and short threads, reader letters with a title line, reporter-style paraphrases of a resident's complaint, formal letters with Perihal/NIK/signature, forwarded or replied e-mails quoting an earlier message or a government reply, and long e-mails with two topics where only one is the request; about a third are deliberately hard (another section's words appear as a place, as background or as a dismissed earlier topic; paraphrase instead of the usual term; Secretariat's own service versus a regional agency's). Channels: email 48 (4 per section), whatsapp 36 (3), sms 24 (2), telegram 24 (2), twitter 24 (2), web 24 (2).

Written without reading config.yaml, routing/ or tests/routing/; each case is labelled only from
the mandates in docs/sections.md.

Scored ONCE, blind, with the rules of main 50cc4f0 (this file committed in that commit, unread by
the rules' authors; the rules unchanged since 303ab4f), on 2026-12-07: 165/180 correct = 91.7%
(Wilson 95% interval 86.7%-94.9%), 1 fallback (labelled organisasi: not counted as placed).
Per channel: email 43/48 (89.6%), sms 21/24, telegram 21/24, twitter 23/24, web 23/24,
whatsapp 34/36. The errors (index in CASES, label -> got):
- a topic reported as settled before the request: #59 kerjasama -> perekonomian ("gas 3 kg ...
  sudah kami laporkan tersendiri ... sudah normal"), #156 prokom -> umum ("Surat kami sdh masuk
  ke persuratan ... itu aman"), #179 perencanaan_keuangan -> umum ("AC ... sudah ditangani"),
  #169 perencanaan_keuangan -> pbj ("Bukan soal tender ya, e-katalognya sdh clear");
- a denied intent: #68 perekonomian -> adpem ("Bukan mau lapor jalan rusak ya");
- a supplier's unpaid bill placed by what it was for: #177 perencanaan_keuangan -> umum (AC
  service of the Kantor Bupati), #15 kesra -> perencanaan_keuangan (a scholarship "blm cair",
  "ditagih UKT");
- an audience, a news correction or a social-media account outweighed by the topic it is about:
  #150 prokom -> sda (audiensi of oil-palm farmers), #160 prokom -> kesra (a correction of a
  portal story about a worship-house grant), #152 prokom -> adpem (comments on "jalan rusak"
  deleted), #1 pemerintahan -> prokom (pilkades committee and banners);
- #50 kerjasama -> adpem (a CSR road "BUKAN proyek APBD"), #14 pemerintahan -> hukum ("bisa
  menempuh jalur hukum, tetapi ..."), #132 organisasi -> fallback (legalisir at a dinas), #125
  organisasi -> pemerintahan (a dog bite, the writer asks where to report).
"""

from __future__ import annotations

from tests.routing.case import Case

_E = Case

_PEMERINTAHAN = [
    _E(
        "sms",
        "pemerintahan",
        "pak kades desa sumber sari loa kulu udh 3 bln gk prnh ngantor, surat2 warga numpuk gk ada yg tanda tangan. mhn ditegur. dr warga RT 07",
    ),
    _E(
        "sms",
        "pemerintahan",
        "ass.wr.wb mau tanya pilkades serentak kukar jadi kah thn depan? desa ulun di kenohan blm ada pembentukan panitia, bubuhan calon udh pd pasang baliho. mksh",
    ),
    _E(
        "whatsapp",
        "pemerintahan",
        "Assalamualaikum bapak/ibu 🙏\nsy ketua RT 12 Kel. Loa Ipuh Tenggarong. Masa jabatan kami habis Juni, pemilihan RT baru blm dilaksanakan krn lurah blm keluarkan petunjuk. Skrg warga bingung surat pengantar yg sy tandatangani sah atau tdk. Mohon kejelasan aturan perpanjangan / pemilihan RT",
    ),
    _E(
        "whatsapp",
        "pemerintahan",
        "pak izin lapor.. tapal batas Desa Bukit Raya dgn Desa Separi (tenggarong seberang) sampai skrg msh rebutan, 1 dusun ngaku masuk 2 desa. pas pendataan bansos & pemilu warga dobel2 😩 bukan soal tambang yg di situ ya itu urusan lain. kami cuma mau batasnya ditetapkan resmi sm pemkab",
    ),
    _E(
        "whatsapp",
        "pemerintahan",
        "bubuhan kami di Dusun Sungai Lunuk, Muara Wis handak minta pemekaran jadi desa sendiri. kantor desa induk jauuuh, musti naik ces 2 jam pp 🚤 syaratnya apa aja pian? tanda tangan dukungan udh 312 KK",
    ),
    _E(
        "telegram",
        "pemerintahan",
        "Lapor min. Pj Kades Sebulu Ilir diganti mendadak minggu lalu, tanpa musyawarah & tanpa pemberitahuan ke BPD. Warga kada tahu alasannya, muncul isu macam2. Tolong pemkab jelaskan dasar penunjukan Pj yang baru dan berapa lama masa tugasnya.",
    ),
    _E(
        "telegram",
        "pemerintahan",
        "Jalan poros Kota Bangun–Kembang Janggut itu cuma patokan ya, kantor desa kami persis di pinggirnya, jalannya sendiri aman.\nMasalahnya kades & sekdes di desa kami ribut sejak Oktober, stempel dan arsip desa dibawa pulang sekdes. Warga yang perlu surat pindah/nikah terlantar.\nMohon pemkab lewat camat menengahi dan menertibkan perangkat desanya.",
    ),
    _E(
        "twitter",
        "pemerintahan",
        "@kukarkab hasil pilkades di desa kami (Muara Kaman) dihitung ulang panitia tengah malam tanpa saksi calon, pemenang berubah. Calon yg kalah ngancam gugat. Pemkab sbg penyelenggara turun tangan dong sblm pelantikan #pilkadeskukar",
    ),
    _E(
        "twitter",
        "pemerintahan",
        "🧵 1/ Kelurahan Timbau, Tenggarong katanya mau dipecah jadi 2 kelurahan.\n2/ Sosialisasi nol. RT di pinggiran gk tau bakal masuk mana.\n3/ Minta pemkab buka peta batas wilayah barunya & ajak RT musyawarah sblm ditetapkan. @kukarkab",
    ),
    _E(
        "web",
        "pemerintahan",
        "Judul: Tanah kas desa kami dipatok desa tetangga\n\nTanah kas Desa Jonggon Jaya (Kec. Loa Kulu) seluas ±2 ha yang sejak 1998 kami kelola, bulan lalu dipasangi patok oleh aparat desa tetangga yang mengklaim lahan itu masuk wilayah mereka. Kedua kades sudah bertemu di kantor camat tapi buntu. Kami mohon Pemkab memfasilitasi penyelesaian sengketa lahan antar desa ini sebelum terjadi bentrok warga.",
    ),
    _E(
        "web",
        "pemerintahan",
        "Warga Desa Tanjung Batu, Kecamatan Tenggarong Seberang, Rahmadi (47), mengeluhkan musyawarah desa penetapan APBDes 2027 yang digelar tanpa mengundang BPD dan perwakilan RT. Menurutnya, daftar hadir diisi belakangan. Ia meminta Pemkab memeriksa tata kelola pemerintahan desa tersebut dan memastikan musdes diulang sesuai aturan.",
    ),
    _E(
        "email",
        "pemerintahan",
        "Kepada Yth.\nBapak Bupati Kutai Kartanegara\nc.q. Asisten Pemerintahan dan Kesra\ndi Tenggarong\n\nPerihal: Permohonan penegasan batas wilayah Kecamatan Samboja dan Kecamatan Muara Jawa\n\nDengan hormat,\nKami warga Dusun Tanjung Harapan yang terletak di perbatasan Kecamatan Samboja dan Kecamatan Muara Jawa menyampaikan bahwa sampai saat ini status wilayah dusun kami belum jelas. Sebagian warga ber-KTP Samboja, sebagian Muara Jawa, dan kedua kecamatan saling melempar ketika kami mengurus surat keterangan tanah maupun pendataan penduduk.\nKami memohon agar Pemerintah Kabupaten segera melakukan penegasan batas wilayah antar kecamatan tersebut.\n\nDemikian surat ini kami sampaikan, atas perhatian Bapak kami ucapkan terima kasih.\n\nHormat kami,\nSuriansyah\nKoordinator Warga Dusun Tanjung Harapan\nNIK 6402081105760003\nHP 0813 4652 1190",
    ),
    _E(
        "email",
        "pemerintahan",
        "---------- Forwarded message ---------\nDari: Kantor Kecamatan Kota Bangun\nTanggal: Sen, 17 Nov 2026 10.12\nSubjek: Re: Pengaduan Kepala Desa\n\n> Terima kasih atas laporannya. Terkait status kepala desa yang mencalonkan diri sebagai anggota legislatif, hal tersebut bukan kewenangan kecamatan untuk memutuskan. Silakan disampaikan ke Pemerintah Kabupaten.\n\nYth. Admin Pengaduan Setda Kukar,\nSesuai jawaban kecamatan di atas, kami teruskan pengaduan ini. Kepala Desa Sebelimbingan sudah terdaftar sebagai bakal calon anggota DPRD namun belum mengundurkan diri dan masih aktif menandatangani dokumen desa. Mohon Pemkab menindaklanjuti status beliau sesuai ketentuan.\n\nSalam,\nNoor Hasanah\nWarga Desa Sebelimbingan, Kota Bangun",
    ),
    _E(
        "email",
        "pemerintahan",
        "Subjek: Serah terima data RT yang ditahan ketua lama\n\nSelamat siang Bapak/Ibu,\n\nSebelumnya kami ucapkan terima kasih, jalan gang di depan rumah kami di Jl. Gunung Belah yang dulu kami laporkan berlubang sudah diperbaiki minggu lalu. Jadi soal itu sudah selesai.\n\nSekarang kami menyampaikan masalah lain. Di RT 26 Kelurahan Sukarame sudah dilaksanakan pemilihan ketua RT baru pada 5 Oktober 2026 dan hasilnya sudah disahkan lurah. Namun ketua RT lama sampai sekarang menolak menyerahkan buku data penduduk, stempel dan kas RT. Akibatnya ketua RT baru tidak bisa melayani warga.\n\nMohon bantuan Pemkab agar pihak kelurahan dapat memfasilitasi serah terima tersebut.\n\nTerima kasih.\nAndi Firmansyah\nSekretaris RT 26 Kel. Sukarame, Tenggarong\n0821 5301 7784",
    ),
    _E(
        "email",
        "pemerintahan",
        "Yth. Tim Pengaduan Setda Kukar,\n\nKami teruskan kembali surat kami yang belum mendapat tanggapan. Sampai hari ini saya dan dua rekan perangkat desa masih tidak diizinkan masuk kantor desa dan penghasilan tetap kami dihentikan sejak September. Kami sebenarnya bisa menempuh jalur hukum, tetapi kami berharap Pemkab dapat lebih dulu memeriksa keputusan Kepala Desa tersebut.\n\n-----Original Message-----\nFrom: Jumiati\nSent: Tuesday, October 14, 2026 8:41 AM\nTo: pengaduan@kukarkab.go.id\nSubject: Pemberhentian perangkat desa sepihak\n\nDengan hormat, kami tiga orang perangkat Desa Loh Sumber, Kecamatan Loa Kulu, diberhentikan oleh Kepala Desa tanpa rekomendasi camat dan tanpa alasan tertulis. Mohon ditinjau.\n\nJumiati\nKaur Keuangan Desa Loh Sumber",
    ),
]

_KESRA = [
    _E(
        "sms",
        "kesra",
        "beasiswa kukar idaman sy blm cair smp skrg pdhl udh lolos verifikasi agustus. no pendaftaran BKI-2026-04417. kuliah di Samarinda, udh ditagih UKT 😭",
    ),
    _E(
        "sms",
        "kesra",
        "tlg pak insentif guru ngaji di desa Loa Janan Ulu udh 6 bln kada dibayar. guru2nya udh sepuh kasian. mksh",
    ),
    _E(
        "whatsapp",
        "kesra",
        "Assalamu'alaikum wr wb. Kami pengurus Masjid Al-Ikhlas RT 05 Desa Bangun Rejo, Tenggarong Seberang. Proposal bantuan rumah ibadah sdh kami masukkan lewat kecamatan bulan Maret, tanda terima ada. Smp skrg blm ada kabar lolos atau tdk. Atap masjid bocor tiap hujan 😢 mohon info prosesnya sampai mana",
    ),
    _E(
        "whatsapp",
        "kesra",
        "mau nanya jadwal manasik haji tingkat kabupaten utk kloter 2027.. ibu sy jamaah dr Muara Badak dpt info simpang siur, ada yg bilang di pendopo ada yg bilang di masjid agung. trs bus ke embarkasi Balikpapan disediakan pemkab kah atau sendiri2?",
    ),
    _E(
        "whatsapp",
        "kesra",
        "Pak, kafilah MTQ kecamatan Kota Bangun yg juara 2 cabang tafsir di MTQ kabupaten kemarin blm terima uang pembinaan yg dijanjikan. anak2nya nanya terus. kapan ya cairnya? 🙏",
    ),
    _E(
        "telegram",
        "kesra",
        "Selamat pagi. Kelompok lansia 'Sehat Ceria' RT 03 Kel. Sangasanga Dalam ingin mengajukan hibah untuk kegiatan senam dan pengajian lansia. Dengar-dengar bansos untuk kelompok masyarakat dibuka lagi tahun depan. Pendaftarannya kapan dan syaratnya apa saja?",
    ),
    _E(
        "telegram",
        "kesra",
        "Anak saya kuliah di Unmul lewat program beasiswa pemkab. Bukan soal MoU pemkab-kampusnya ya, itu bukan urusan kami. Yg kami tanyakan: dana beasiswa semester genap belum masuk rekening, padahal batas bayar UKT tgl 20. Mohon dicek.",
    ),
    _E(
        "twitter",
        "kesra",
        "@Bupati_Kukar pak, beasiswa S2 luar negeri yg diumumkan di pidato HUT kemarin kapan dibuka pendaftarannya? thn lalu ditutup mendadak pas banyak yg lg urus IELTS 🙏 #KukarIdaman",
    ),
    _E(
        "twitter",
        "kesra",
        "marbot masjid & guru TPA se-Kec. Tabang nanya nih: insentif keagamaan 2026 kapan cair?? udh desember loh 😩😩 @kukarkab",
    ),
    _E(
        "web",
        "kesra",
        "Perihal: Permohonan bantuan renovasi gereja\n\nKami pengurus Gereja GKII Jemaat Loa Ipuh Darat mengajukan permohonan bantuan hibah rumah ibadah untuk renovasi atap dan lantai gedung gereja yang rusak. Mohon informasi persyaratan, format proposal, dan jadwal verifikasi lapangan tahun anggaran 2027.\n\nHormat kami, Pdt. Yosua Lumban, Ketua Majelis",
    ),
    _E(
        "web",
        "kesra",
        "Nama saya Wahidah, warga Desa Rapak Lambur, Tenggarong. Suami saya sakit ginjal dan harus cuci darah, tetapi nama kami tidak masuk daftar penerima program jaminan kesehatan daerah untuk warga tidak mampu, padahal kami terdaftar di DTKS. Mohon Pemkab mengoordinasikan dengan dinas terkait agar kami bisa didaftarkan.",
    ),
    _E(
        "email",
        "kesra",
        "Kepada Yth.\nBapak Sekretaris Daerah Kabupaten Kutai Kartanegara\ndi Tenggarong\n\nPerihal: Permohonan bantuan hibah operasional\nLampiran: 1 berkas proposal\n\nAssalamu'alaikum warahmatullahi wabarakatuh,\nDengan hormat, Yayasan Pondok Pesantren Darul Falah, Desa Tanjung Limau, Kecamatan Muara Badak, mengasuh 164 santri yatim dan dhuafa. Bersama ini kami mengajukan permohonan hibah untuk biaya operasional dan makan santri tahun 2027. Proposal telah kami serahkan secara langsung, namun kami ingin memastikan proposal tersebut masuk dalam daftar calon penerima hibah.\n\nDemikian permohonan kami, atas perhatiannya diucapkan terima kasih.\nWassalam,\nH. Muhammad Ridwan, S.Pd.I\nKetua Yayasan\nHP 0852 5012 3398",
    ),
    _E(
        "email",
        "kesra",
        "Fw: Beasiswa prestasi olimpiade\n\nYth. Admin,\nSaya teruskan jawaban dari Dinas Pendidikan di bawah. Anak saya, Rafi Ardiansyah, juara 1 OSN Matematika tingkat provinsi 2026 dan dijanjikan beasiswa prestasi daerah. Sampai sekarang belum ada kabar. Mohon petunjuk kami harus melengkapi apa.\n\nPada Kam, 20 Nov 2026 pukul 09.15, Disdikbud Kukar menulis:\n> Yth. Ibu, beasiswa daerah tidak dikelola oleh Dinas Pendidikan.\n> Silakan berkoordinasi dengan Sekretariat Daerah.\n> Terima kasih.\n\nSalam,\nLestari Handayani\nJl. Pesut, Timbau, Tenggarong",
    ),
    _E(
        "email",
        "kesra",
        "Subjek: Hibah majelis taklim belum cair\n\nAssalamualaikum,\n\nSedikit cerita dulu, waktu kami datang ke Kantor Bupati bulan lalu untuk menanyakan ini, parkirannya penuh dan kami harus parkir jauh. Tapi itu sudah lewat, tidak usah dibahas.\n\nYang ingin kami tanyakan adalah hibah untuk Majelis Taklim Nurul Huda, Kelurahan Jawa, Kecamatan Sangasanga. Kami sudah menerima surat pemberitahuan bahwa kami termasuk penerima hibah 2026 senilai Rp25.000.000 dan sudah menandatangani NPHD pada Juli. Namun sampai awal Desember dana belum masuk ke rekening majelis. Mohon informasi kendalanya.\n\nWassalam,\nHj. Siti Rahmah\nKetua Majelis Taklim Nurul Huda\n0812 5567 0021",
    ),
    _E(
        "email",
        "kesra",
        "Kepada Yth. Bapak Bupati Kutai Kartanegara\ndi Tenggarong\n\nDengan hormat,\nKami Forum Komunikasi Guru TPQ Kecamatan Muara Kaman menyampaikan keprihatinan atas turunnya insentif guru TPQ dari Rp500.000 menjadi Rp250.000 per bulan sejak triwulan III tanpa pemberitahuan. Bagi banyak guru di desa, insentif ini satu-satunya penghargaan atas pengabdian mereka. Kami memohon agar besaran insentif dikembalikan dan penyalurannya tepat waktu.\n\nDemikian, atas perhatian Bapak kami ucapkan terima kasih.\n\nHormat kami,\nUstadz Abdul Gani\nKetua FKG TPQ Muara Kaman",
    ),
]

_HUKUM = [
    _E(
        "sms",
        "hukum",
        "mau cari perbup ttg insentif ketua RT th 2025 di web jdih kukar gk bisa dibuka, error 404 trs. bisa minta file nya kah? mksh",
    ),
    _E(
        "sms",
        "hukum",
        "sy warga kurang mampu di muara jawa, anak sy ditahan di polsek krn perkelahian. ada bantuan pengacara gratis dr pemkab kah? mhn info syaratnya",
    ),
    _E(
        "whatsapp",
        "hukum",
        "pagi pak/bu.. kami kelompok tani dr Marangkayu mau kasih masukan utk raperda perlindungan lahan pertanian pangan berkelanjutan. kapan uji publiknya? draft nya bisa diminta di mana ya? takut sawah kami malah masuk zona lain 🙏",
    ),
    _E(
        "whatsapp",
        "hukum",
        "Tanah almarhum bapak sy dipakai pemkab buat kantor kecamatan sejak 2009, gk pernah diganti rugi. Kami udh menang di PN Tenggarong th 2023, putusan udh inkracht, tp smp skrg gk dijalankan. Mohon pemkab patuhi putusan & hubungi kuasa hukum kami.",
    ),
    _E(
        "whatsapp",
        "hukum",
        "min perda kukar soal minuman beralkohol itu msh berlaku kah? ulun handak baca pasal2nya, di warung dkt rumah dijual bebas ke anak sekolah. link nya ada kah? 🙏",
    ),
    _E(
        "telegram",
        "hukum",
        "Permohonan konsultasi hukum. Kami UPT Puskesmas Kota Bangun menerima somasi dari keluarga pasien terkait dugaan salah penanganan. Mohon pendampingan dan pertimbangan hukum sebelum kami menjawab somasi tsb, tenggat 7 hari.",
    ),
    _E(
        "telegram",
        "hukum",
        "Bukan soal harganya, harga gas di tempat kami udh normal. Yg sy tanyakan: Perbup HET LPG 3 kg Kukar yg terbaru itu nomor berapa tahun berapa? sy pemilik pangkalan mau pajang salinannya biar pembeli percaya. di JDIH sy cari gk ketemu.",
    ),
    _E(
        "twitter",
        "hukum",
        "@kukarkab web JDIH down dari kemarin 😭 mahasiswa lg butuh Perda RTRW Kukar buat skripsi. tolong dong admin",
    ),
    _E(
        "twitter",
        "hukum",
        "Pemkab Kukar kalah di PTUN soal pencabutan izin usaha kami, putusan inkracht sejak Mei. Sampai skrg izin blm dipulihkan. Negara harus taat putusan pengadilan. @kukarkab @Bupati_Kukar",
    ),
    _E(
        "web",
        "hukum",
        "Judul: Draft Perbup bantuan keuangan desa beredar diam-diam\n\nSebuah draf Peraturan Bupati tentang tata cara penyaluran bantuan keuangan ke desa beredar di grup WhatsApp para kades sejak pekan lalu. Warga tidak pernah diajak membahas. Kami meminta draf resmi dipublikasikan di JDIH dan masyarakat diberi kesempatan menyampaikan masukan sebelum Perbup ditetapkan.",
    ),
    _E(
        "web",
        "hukum",
        "Warga Kelurahan Melayu, Tenggarong, Yusran (61), mempertanyakan pasal dalam Perda retribusi yang menurutnya membebankan biaya ganda bagi pedagang kaki lima: retribusi pelayanan persampahan sekaligus retribusi kebersihan pasar. Ia meminta Pemkab memberikan penjelasan resmi atas bunyi pasal tersebut dan mempertimbangkan revisi Perda.",
    ),
    _E(
        "email",
        "hukum",
        "Kepada Yth.\nSekretaris Daerah Kabupaten Kutai Kartanegara\ndi Tenggarong\n\nPerihal: Permohonan Bantuan Hukum bagi Masyarakat Miskin\n\nDengan hormat,\nSaya yang bertanda tangan di bawah ini:\nNama : Darmawati\nNIK : 6402044403810001\nAlamat : RT 08 Desa Handil Baru, Kecamatan Samboja\n\nmengajukan permohonan bantuan hukum atas perkara perdata yang diajukan terhadap saya oleh sebuah perusahaan pembiayaan terkait penarikan rumah. Saya tidak mampu membayar advokat (SKTM terlampir). Saya memohon agar dapat didampingi melalui program bantuan hukum Pemerintah Kabupaten.\n\nDemikian permohonan ini saya sampaikan. Terima kasih.\n\nHormat saya,\nDarmawati\n0813 5090 6632",
    ),
    _E(
        "email",
        "hukum",
        "Re: Sengketa lahan SD Negeri 017 Loa Janan\n\nTerima kasih atas jawabannya. Namun kami keberatan disebut menghambat pembangunan sekolah. Sidang pertama gugatan kami terhadap Pemkab di PN Tenggarong dijadwalkan 15 Januari 2027. Kami tetap membuka pintu mediasi dan mohon Pemkab menunjuk kuasa hukum yang berwenang untuk berunding sebelum sidang.\n\n> Pada 28 Nov 2026, Admin Pengaduan menulis:\n> Laporan Bapak sudah kami terima. Lahan tersebut tercatat sebagai aset daerah\n> dan dipergunakan untuk pembangunan ruang kelas baru.\n\nHormat kami,\nAhli waris Alm. H. Baharuddin\nc.q. Rusdiansyah",
    ),
    _E(
        "email",
        "hukum",
        "Yth. Bapak Bupati Kutai Kartanegara,\n\nKami Paguyuban Pedagang Pasar Tangga Arung menyampaikan keberatan atas Rancangan Perda tentang Pengelolaan Pasar Rakyat yang kini dibahas. Pasal 14 rancangan itu membolehkan pengalihan hak pakai kios kepada pihak ketiga tanpa persetujuan pedagang lama. Kami tidak mempersoalkan harga sewa saat ini. Kami mohon pasal tersebut ditinjau ulang dan pedagang dilibatkan dalam pembahasan.\n\nDemikian kami sampaikan.\n\nHormat kami,\nH. Jamaluddin\nKetua Paguyuban\n0811 5870 442",
    ),
    _E(
        "email",
        "hukum",
        "Yth. Tim Pengaduan,\nMohon surat di bawah dapat diteruskan ke pihak yang menangani harmonisasi produk hukum, karena kami belum mendapat tanggapan.\n\n-----Original Message-----\nFrom: Sekretariat Kecamatan Tenggarong Seberang\nSent: Monday, November 3, 2026 2:10 PM\nSubject: Permohonan fasilitasi harmonisasi\n\nDengan hormat, dalam rangka pelaksanaan pelimpahan sebagian kewenangan Bupati kepada Camat, kami telah menyusun rancangan Perbup tentang uraian kewenangan yang dilimpahkan. Kami memohon telaah dan harmonisasi atas rancangan tersebut agar tidak bertentangan dengan peraturan yang lebih tinggi.\n\nSekretaris Kecamatan,\nIr. Bambang Susilo",
    ),
]

_KERJASAMA = [
    _E(
        "sms",
        "kerjasama",
        "CSR PT tambang yg di Sangasanga utk desa kami cuma dibagi ke kelompok yg dekat sm kades. warga RT 04 kada dapat apa2. mhn pemkab tinjau pembagiannya",
    ),
    _E(
        "sms",
        "kerjasama",
        "pak, MoU pemkab dgn Politani Samarinda utk magang mahasiswa msh berlaku kah? kampus minta salinannya. tq",
    ),
    _E(
        "whatsapp",
        "kerjasama",
        "Assalamualaikum.. dana TJSL dr perusahaan migas utk nelayan Muara Badak katanya udh disalurkan lewat pemkab tp kelompok kami (KUB Camar Laut) blm nerima. Bukan minta alat tangkap dr dinas ya pak, ini yg program TJSL perusahaan. daftar penerimanya bisa dilihat di mana?",
    ),
    _E(
        "whatsapp",
        "kerjasama",
        "Bukan soal kebun sawitnya, kebunnya udh lama ada. Soal janji perusahaan sawit di Kembang Janggut: thn lalu tanda tangan komitmen CSR 1 mobil ambulans + bantuan air bersih utk 3 desa, smp skrg NOL 😡 pemkab yg saksikan penandatanganan kan? tolong ditagih",
    ),
    _E(
        "whatsapp",
        "kerjasama",
        "Selamat siang. Sy dosen Unikarta, tim kami mau mengajukan perjanjian kerja sama penelitian restorasi gambut di Kec. Muara Kaman dgn pemkab. Alurnya gimana ya, draft PKS diserahkan ke mana & perlu naskah apa saja?",
    ),
    _E(
        "telegram",
        "kerjasama",
        "CSR perusahaan yg bangun jalan lingkungan di RT 09 Loa Janan Ilir mangkrak sejak Juli, material ditinggal begitu aja. Perlu sy tegaskan: itu BUKAN proyek APBD, murni program CSR perusahaan yg difasilitasi pemkab. Mohon pemkab tagih komitmen perusahaannya.",
    ),
    _E(
        "telegram",
        "kerjasama",
        "Kelanjutan kerja sama Pemkab Kukar dgn Pemkot Samarinda soal pengelolaan sampah regional gimana? Katanya perjanjiannya udh diteken thn lalu tp sampai skrg blm jalan. Mohon info isi & jadwal pelaksanaan kerja samanya.",
    ),
    _E(
        "twitter",
        "kerjasama",
        "@kukarkab forum CSR Kukar itu ada gk sih? perusahaan2 di Muara Jawa tiap thn pasang baliho 'salurkan CSR miliaran', warga gk pernah liat laporan penyalurannya. transparan dong 🙏",
    ),
    _E(
        "twitter",
        "kerjasama",
        "Kerja sama Kukar–PPU soal pasokan air baku ke Samboja gimana kabarnya? MoU diteken 2024, warga msh beli air tandon 😮‍💨 #Samboja",
    ),
    _E(
        "web",
        "kerjasama",
        "Judul: Ambulans CSR untuk desa kami dialihkan\n\nPada acara penyerahan CSR sebuah bank di Tenggarong bulan Agustus, Desa Bhuana Jaya disebut sebagai penerima satu unit ambulans desa. Ternyata ambulans itu diserahkan ke desa lain tanpa penjelasan. Kami minta Pemkab sebagai fasilitator program CSR menjelaskan dasar perubahan penerima dan memastikan penyaluran CSR sesuai daftar yang diumumkan.",
    ),
    _E(
        "web",
        "kerjasama",
        "LSM Lestari Pesisir bermaksud menjalin kerja sama dengan Pemkab Kukar untuk program rehabilitasi mangrove di Delta Mahakam, Kecamatan Anggana, dengan pendanaan dari donor internasional. Kami mohon informasi prosedur pengajuan nota kesepahaman (MoU) dan dokumen yang perlu kami siapkan. Terima kasih.",
    ),
    _E(
        "email",
        "kerjasama",
        "Nomor : 1187/UN17.4/KS/2026\nLampiran : 1 (satu) berkas\nPerihal : Perpanjangan Nota Kesepahaman\n\nKepada Yth.\nSekretaris Daerah Kabupaten Kutai Kartanegara\ndi Tenggarong\n\nDengan hormat,\nNota Kesepahaman antara Pemerintah Kabupaten Kutai Kartanegara dan Universitas Mulawarman tentang Pendidikan, Penelitian dan Pengabdian kepada Masyarakat akan berakhir pada 31 Desember 2026. Mengingat masih berjalannya program KKN tematik dan penelitian bersama, kami mengusulkan perpanjangan nota kesepahaman tersebut untuk lima tahun berikutnya. Draf perpanjangan kami lampirkan.\n\nDemikian, atas kerja samanya kami ucapkan terima kasih.\n\nKepala Kantor Urusan Internasional dan Kerja Sama\nDr. Fitriani Rahayu, M.Si.",
    ),
    _E(
        "email",
        "kerjasama",
        "Subjek: Fwd: Penyaluran CSR Desa Sungai Meriam\n\nKepada Pemkab Kukar,\n\nKami teruskan balasan dari perusahaan di bawah ini. Perusahaan mengaku sudah menyerahkan dana CSR pendidikan untuk desa kami melalui forum yang difasilitasi Pemkab, tapi sekolah dan karang taruna di desa kami tidak menerima apa pun. Mohon Pemkab memverifikasi ke mana dana itu disalurkan.\n\n> Dari: Community Relations\n> Kepada: Karang Taruna Sungai Meriam\n> Program TJSL tahun 2026 untuk wilayah Anggana telah kami serahkan seluruhnya\n> melalui mekanisme forum CSR kabupaten pada 12 Agustus 2026.\n> Untuk rincian penerima silakan menghubungi Pemkab.\n\nSalam,\nMuhammad Iqbal\nKetua Karang Taruna Desa Sungai Meriam, Anggana",
    ),
    _E(
        "email",
        "kerjasama",
        "Kepada Yth. Bapak Bupati Kutai Kartanegara\n\nPerihal: Usulan masuk peta sasaran program CSR\n\nDengan hormat,\nKami Kepala Desa Enggelam, Kecamatan Muara Wis, menyampaikan bahwa desa kami belum pernah tersentuh program tanggung jawab sosial perusahaan, padahal di sekitar wilayah kami beroperasi beberapa perusahaan. Kami memohon desa kami dimasukkan dalam pemetaan sasaran program CSR kabupaten tahun 2027, khususnya untuk penerangan tenaga surya dan air bersih.\n\nDemikian permohonan kami.\n\nHormat kami,\nKepala Desa Enggelam\nAhmad Zaini",
    ),
    _E(
        "email",
        "kerjasama",
        "Subjek: Pembagian tandon air CSR tidak adil\n\nSelamat pagi,\n\nSebagai informasi, bulan lalu gas 3 kg di desa kami sempat langka, tapi itu sudah kami laporkan tersendiri dan sekarang pasokan sudah normal, jadi tidak perlu dibahas di sini.\n\nPokok surat ini: perusahaan perkebunan di wilayah kami membagikan 40 unit tandon air dan pompa sebagai program CSR untuk Desa Kupang Baru. Pembagian diserahkan ke beberapa tokoh tanpa data, sehingga 26 unit jatuh ke satu RT saja, sementara RT 05 dan RT 06 yang paling sulit air tidak mendapat satu pun. Kami mohon Pemkab meninjau ulang penyaluran CSR ini dan meminta perusahaan membuka daftar penerimanya.\n\nTerima kasih,\nRina Marlina\nRT 06 Desa Kupang Baru, Muara Kaman",
    ),
]

_PEREKONOMIAN = [
    _E(
        "sms",
        "perekonomian",
        "GAS MELON DI MUARA MUNTAI 55RB!!! pangkalan blg stok kosong tp pengecer sebelahnya ada terus. TLG DITINDAK PAK",
    ),
    _E(
        "sms",
        "perekonomian",
        "harga beras medium di pasar kota bangun naik 3rb/kg dlm seminggu. mhn operasi pasar sblm natal tahun baru",
    ),
    _E(
        "whatsapp",
        "perekonomian",
        "Antrian solar di SPBU Loa Janan tiap hari sampai 1 km, truk2 besar yg borong pake jeriken. kami nelayan kecil kada kebagian buat ketinting. Mohon pemkab atur distribusi solarnya 🙏",
    ),
    _E(
        "whatsapp",
        "perekonomian",
        "pak mau ngadu, pedagang di Pasar Tangga Arung lapaknya dipindah2 terus sama pengelola, tarif sewa naik 2x lipat tanpa pemberitahuan. pasar ini kan punya pemkab, tolong ditertibkan pengelolaannya",
    ),
    _E(
        "whatsapp",
        "perekonomian",
        "minyakita gk ada di toko2 Tabang udh 2 minggu, klo ada harganya 22rb/liter. sy jualan gorengan bingung bgt 😩 kpn normal?",
    ),
    _E(
        "telegram",
        "perekonomian",
        "PDAM Tirta Mahakam unit Loa Kulu: air mati 5 hari tanpa pemberitahuan, tagihan bulan ini malah naik. PDAM itu BUMD milik Pemkab, tolong pemkab sebagai pemilik tegur direksinya.",
    ),
    _E(
        "telegram",
        "perekonomian",
        "Sy pelaku UMKM amplang di Anggana. Thn 2025 didata utk program pendampingan UMKM (pelatihan kemasan, sertifikat halal, akses pasar) tp smp skrg gk ada tindak lanjut, dinas satu lempar ke dinas lain. Siapa sebenarnya yg mengoordinasikan program ini?",
    ),
    _E(
        "twitter",
        "perekonomian",
        "@kukarkab cabe rawit 120rb/kg di pasar Sebulu 🌶️🔥 bawang merah jg naik. pengendalian inflasi daerah gimana nih? #hargacabe",
    ),
    _E(
        "twitter",
        "perekonomian",
        "Bukan mau lapor jalan rusak ya, itu udh bosen. Kali ini gas 3 kg: pangkalan di Jl. Poros Samboja RT 15 jual ke orang luar desa pake pick up, warga sini kehabisan tiap minggu. @kukarkab",
    ),
    _E(
        "web",
        "perekonomian",
        "Surat pembaca: Pertalite Langka di Kembang Janggut\n\nSudah tiga minggu APMS satu-satunya di kecamatan kami tutup karena pasokan terlambat. Warga terpaksa membeli BBM eceran Rp20.000 per liter. Petani dan ojek paling terpukul. Kami mohon Pemkab berkoordinasi dengan Pertamina agar pasokan BBM ke Kembang Janggut kembali lancar.",
    ),
    _E(
        "web",
        "perekonomian",
        "Sebagai warga pembayar pajak, saya ingin mengetahui kinerja Perusda milik Pemkab Kukar. Berapa laba dan dividen yang disetor ke kas daerah tiga tahun terakhir? Beberapa Perusda tampaknya hanya menghabiskan penyertaan modal. Mohon laporan kinerjanya dibuka untuk publik.",
    ),
    _E(
        "email",
        "perekonomian",
        "Kepada Yth.\nSekretaris Daerah Kabupaten Kutai Kartanegara\ndi Tenggarong\n\nPerihal: Kelangkaan dan lonjakan harga gula pasir menjelang Natal dan Tahun Baru\n\nDengan hormat,\nKami Asosiasi Pedagang Sembako Tenggarong melaporkan bahwa sejak pekan terakhir November pasokan gula pasir dari distributor di Samarinda dibatasi, dan harga di tingkat pengecer naik dari Rp17.500 menjadi Rp21.000 per kg. Kami memohon Pemkab melalui Tim Pengendalian Inflasi Daerah segera berkoordinasi dengan distributor serta menggelar pasar murah.\n\nDemikian kami sampaikan.\n\nHormat kami,\nKetua Asosiasi,\nLiem Hok Siong",
    ),
    _E(
        "email",
        "perekonomian",
        "Fwd: Pengurangan kuota LPG 3 kg pangkalan Kenohan\n\nYth. Pemkab Kukar,\nKami pemilik pangkalan di Kecamatan Kenohan meneruskan pesan dari agen di bawah. Kuota kami dipotong dari 560 menjadi 320 tabung per bulan, padahal jumlah KK tidak berubah. Mohon penjelasan dasar alokasi kuota dan peninjauan ulang.\n\n---------- Pesan terusan ----------\nDari: PT Agen Gas Mahakam Lestari\n> Sehubungan dengan penyesuaian alokasi, kuota pangkalan wilayah Kenohan\n> dikurangi mulai Desember 2026. Untuk keberatan silakan ke pemerintah daerah.\n\nHormat kami,\nPangkalan LPG Hj. Norhayati, Desa Kahala",
    ),
    _E(
        "email",
        "perekonomian",
        "Kepada Yth.\nBapak Bupati Kutai Kartanegara\n\nDengan hormat,\nKami Forum UMKM Kukar menyampaikan bahwa program pembinaan UMKM di daerah ini berjalan sendiri-sendiri: Dinas Koperasi, Dinas Perindustrian dan Dinas Pariwisata masing-masing mendata ulang pelaku usaha yang sama, sementara bantuan peralatan kerap jatuh ke penerima yang sama setiap tahun. Kami memohon agar dukungan bagi UMKM dikoordinasikan dalam satu data dan satu jadwal.\n\nDemikian, terima kasih.\n\nHormat kami,\nDewi Anggraini\nKetua Forum UMKM Kutai Kartanegara",
    ),
    _E(
        "email",
        "perekonomian",
        "Subjek: Harga ayam dan telur di Muara Kaman\n\nAssalamualaikum,\n\nTerima kasih, permohonan peminjaman aula kantor bupati untuk kegiatan kami bulan lalu sudah dikabulkan dan acara berjalan lancar.\n\nKami sekarang ingin menyampaikan keluhan ibu-ibu di Muara Kaman: harga daging ayam ras naik dari Rp38.000 menjadi Rp52.000/kg dan telur sering kosong di pasar kecamatan karena kapal pengangkut dari Tenggarong hanya seminggu sekali. Mohon Pemkab membantu menstabilkan pasokan dan harga.\n\nWassalam,\nTP PKK Kecamatan Muara Kaman",
    ),
]

_SDA = [
    _E(
        "sms",
        "sda",
        "lubang bekas tambang di belakang SD 012 Loa Kulu gk dipagar, anak2 mandi di situ tiap sore. TOLONG SBLM ADA KORBAN LG",
    ),
    _E(
        "sms",
        "sda",
        "sungai di desa kami kembang janggut keruh item & ikan2 mati, diduga limbah pabrik sawit. mhn dicek segera",
    ),
    _E(
        "whatsapp",
        "sda",
        "Assalamualaikum pak, kelompok tani 'Maju Bersama' Desa Manunggal Jaya udh ajukan bantuan hand traktor & pompa air dr thn lalu. katanya lewat pemkab dikoordinasikan. Kapan realisasinya ya? musim tanam udh dekat 🌾",
    ),
    _E(
        "whatsapp",
        "sda",
        "Bukan soal CSR ya pak. Ini debu batubara dr truk hauling yg lewat tengah kampung Desa Batuah, Loa Janan tiap malam. Anak2 batuk pilek terus, rumah item semua. Mohon izin jalur haulingnya ditinjau, suruh lewat jalan khusus",
    ),
    _E(
        "whatsapp",
        "sda",
        "asap tebal dr pembakaran lahan di dkt cagar alam Muara Kaman udh 3 hari 😷 siapa yg bisa cek? apinya kyk sengaja, lahannya mau dibuka buat kebun",
    ),
    _E(
        "telegram",
        "sda",
        "Nelayan Desa Muara Pantuan, Anggana minta bantuan mesin ketinting & jaring. Pengajuan lewat kelompok udh 2x ditolak tanpa alasan. Bukan minta solar ya, solar itu urusan lain. Yg kami butuh alat tangkapnya.",
    ),
    _E(
        "telegram",
        "sda",
        "Laporan: alat berat perusahaan sawit buka lahan di pinggir Danau Semayang, Kenohan, yg setau kami kawasan hutan. Pohon2 ditumbang, kayu dihanyutkan. Apakah ada izinnya? Mohon dicek ke lapangan.",
    ),
    _E(
        "twitter",
        "sda",
        "@kukarkab tambang dekat pemukiman RT 21 Sangasanga bikin rumah retak2 & tanah amblas. izinnya siapa yg kasih?? pemkab jgn diem aja #SaveSangasanga",
    ),
    _E(
        "twitter",
        "sda",
        "Air Mahakam depan Tenggarong item & bau minyak sejak kmrn sore 🤢 ada tongkang bocor? warga yg msh ambil air sungai gimana nih. Mohon dicek @kukarkab",
    ),
    _E(
        "web",
        "sda",
        "Judul: Kolam Bekas Tambang di Desa Kami Tak Pernah Direklamasi\n\nDi pinggir Jalan Poros Tenggarong–Samarinda, Desa Bukit Pariaman, ada tiga kolam bekas galian batu bara yang ditinggalkan perusahaan sejak 2019. Jalannya sendiri tidak bermasalah. Yang kami tuntut adalah janji reklamasi. Kami minta Pemkab menagih kewajiban reklamasi dan menutup kolam tersebut.",
    ),
    _E(
        "web",
        "sda",
        "Sejumlah petani karet di Desa Muara Muntai Ulu mengeluhkan pembagian bantuan bibit karet unggul dan pupuk dari pemerintah. Menurut Ketua Kelompok Tani Harapan, Masrani (55), bantuan hanya diterima oleh anggota keluarga pengurus gapoktan, sementara anggota lain tidak kebagian. Petani meminta Pemkab meninjau ulang pendataan dan penyaluran bantuan pertanian tersebut.",
    ),
    _E(
        "email",
        "sda",
        "Kepada Yth.\nBapak Sekretaris Daerah Kab. Kutai Kartanegara\ndi Tenggarong\n\nPerihal: Aktivitas tambang di sekitar intake air baku\n\nDengan hormat,\nKami warga Kelurahan Loa Kulu Kota menyampaikan keresahan atas aktivitas penambangan batu bara yang kini berjarak kurang dari 300 meter dari intake air baku PDAM di tepi Sungai Mahakam. Sejak November, air PDAM di rumah kami keruh kecokelatan. Bukan soal pelayanan PDAM yang kami keluhkan, melainkan sumber pencemarannya. Kami memohon Pemkab meninjau izin dan dampak tambang tersebut serta menghentikan kegiatan yang mencemari sumber air.\n\nDemikian kami sampaikan, atas perhatiannya diucapkan terima kasih.\n\nHormat kami,\nPerwakilan warga,\nSyahrani\nNIK 6402031009680002",
    ),
    _E(
        "email",
        "sda",
        "Re: Pencemaran Sungai Santan\n\nYth. Pemkab Kukar,\nSudah tiga minggu sejak jawaban di bawah, tetapi belum ada petugas yang turun. Air Sungai Santan di Desa Santan Ilir masih berwarna jingga setelah hujan dan udang tambak kami mati. Mohon tindak lanjut nyata.\n\nPada Rab, 12 Nov 2026 pukul 14.03, DLH Kukar menulis:\n> Terima kasih atas laporannya. Laporan sudah kami catat dan akan\n> dijadwalkan verifikasi lapangan bersama instansi terkait.\n\nSalam,\nBudi Setiawan\nPetambak, Desa Santan Ilir, Marangkayu",
    ),
    _E(
        "email",
        "sda",
        "Yth. Bapak Bupati Kukar,\n\nDengan hormat, kami masyarakat adat di Kecamatan Tabang melaporkan penebangan kayu liar di hulu Sungai Belayan. Setiap minggu rakit kayu ulin dan meranti dihanyutkan ke hilir pada malam hari. Hutan tempat kami berburu dan mengambil rotan makin habis. Kami memohon Pemkab berkoordinasi dengan pihak kehutanan untuk menghentikan penebangan tersebut.\n\nDemikian surat ini kami sampaikan.\n\nHormat kami,\nPetrus Ajang\nKepala Adat, Desa Tukung Ritan",
    ),
    _E(
        "email",
        "sda",
        "Subjek: Keramba rusak diterjang banjir, mohon bantuan\n\nSelamat sore Bapak/Ibu,\n\nDulu kami pernah mengadu soal kepala desa yang jarang di kantor. Itu sudah selesai, kepala desanya sudah diganti dan pelayanan desa lancar.\n\nSekarang kami, Kelompok Pembudidaya Ikan 'Sumber Rezeki' di Desa Liang Ulu, Kota Bangun, mengalami musibah: 18 keramba ikan nila hanyut dan rusak saat banjir Mahakam pertengahan November. Kami memohon bantuan sarana budidaya perikanan (jaring keramba, benih, pakan) melalui program Pemkab.\n\nTerima kasih,\nRahmat Hidayat, Ketua Pokdakan",
    ),
]

_ADPEM = [
    _E(
        "sms",
        "adpem",
        "jln semenisasi RT 03 desa loa duri ilir baru 2 bln udh retak2 & pecah2. papannya APBD kukar 2026. kualitasnya parah tlg dicek",
    ),
    _E(
        "sms",
        "adpem",
        "jembatan di kec kenohan dikerjain dr april smp skrg baru tiang doang, papan proyek udh ilang, tukang gk ada. mangkrak kah ini?",
    ),
    _E(
        "whatsapp",
        "adpem",
        "Pembangunan gedung SD baru di Muara Badak Ulu (papan proyek APBD Kukar 2025) berhenti, tukang udh gk datang 2 bulan. Anak2 masih belajar numpang di balai desa 😔 Proyek ini lanjut gk?",
    ),
    _E(
        "whatsapp",
        "adpem",
        "drainase baru di Jl. Panjaitan Tenggarong dibangun lebih tinggi dr jalan, skrg air malah masuk rumah warga tiap hujan!! siapa yg ngawasin proyek ini?? 😤",
    ),
    _E(
        "whatsapp",
        "adpem",
        "Pak, pembangunan pasar baru di Kota Bangun kapan dilanjut? Bangunannya udh 2 thn berhenti, rangka baja udh karatan. Pedagang masih jualan di bahu jalan.",
    ),
    _E(
        "telegram",
        "adpem",
        "Proyek peningkatan jalan poros Sebulu–Muara Kaman: aspal baru sdh mengelupas di 3 titik (KM 12, 17, 21). Tebalnya kelihatan tidak sampai 5 cm. Mohon diuji dan kontraktor diminta perbaiki sebelum serah terima.",
    ),
    _E(
        "telegram",
        "adpem",
        "Gedung serbaguna Kecamatan Muara Wis yg dibangun 2024 sudah retak di dinding & plafon jebol. Bukan soal pelayanan camatnya ya, pelayanannya bagus. Ini murni kualitas bangunan yg baru 2 tahun.",
    ),
    _E(
        "twitter",
        "adpem",
        "Turap sungai di Sangasanga ambruk padahal baru setahun dibangun 😡 duit rakyat miliaran. @kukarkab tolong periksa kualitas kerjaan kontraktornya",
    ),
    _E(
        "twitter",
        "adpem",
        "@kukarkab ada dashboard progres pembangunan gk? pengen tau proyek APBD di Kec. Loa Kulu thn ini udah berapa persen fisiknya. transparansi pls 🙏",
    ),
    _E(
        "web",
        "adpem",
        "Surat pembaca: Pustu yang Tak Kunjung Rampung\n\nPembangunan puskesmas pembantu di Desa Kembang Janggut dimulai Maret 2025 dengan anggaran daerah. Hingga Desember 2026 bangunan belum beratap, dan warga masih harus berobat ke kecamatan sebelah. Kami bertanya kepada Pemkab: kapan pembangunan pustu ini dilanjutkan dan siapa yang bertanggung jawab atas keterlambatannya?",
    ),
    _E(
        "web",
        "adpem",
        "Jembatan penghubung di Desa Kelekat, Kecamatan Tabang sudah selesai dibangun sejak Juni, tetapi jalan pendekat (oprit) di kedua sisi belum dikerjakan sehingga jembatan tidak bisa dilalui kendaraan. Mohon Pemkab memastikan pekerjaan oprit masuk tahap berikutnya.",
    ),
    _E(
        "email",
        "adpem",
        "Kepada Yth.\nBapak Bupati Kutai Kartanegara\nc.q. Sekretaris Daerah\n\nPerihal: Laporan kualitas pekerjaan jalan lingkungan RT 14\n\nDengan hormat,\nSaya Ketua RT 14 Kelurahan Baru, Tenggarong, melaporkan pekerjaan peningkatan jalan lingkungan yang dibiayai APBD 2026 di wilayah kami. Baru sebulan selesai, permukaan cor mulai retak dan di beberapa bagian besi tulangan terlihat. Warga menduga campuran semen tidak sesuai spesifikasi. Foto-foto kami lampirkan. Mohon dilakukan pemeriksaan sebelum masa pemeliharaan berakhir.\n\nDemikian laporan ini.\n\nHormat kami,\nKetua RT 14\nSugianto\n0812 5321 8870",
    ),
    _E(
        "email",
        "adpem",
        "Fwd: Re: Drainase Jl. Mulawarman Loa Janan\n\nKepada Tim Pengaduan Setda,\nBerikut jawaban dinas atas laporan kami. Masa pemeliharaan sudah lewat bulan lalu, tetapi saluran drainase yang ambrol belum juga diperbaiki. Kami mohon Setda memantau dan meminta penyelesaian proyek ini.\n\n-------- Pesan asli --------\nDari: Helpdesk Dinas PU Kukar\nTanggal: 2 Oktober 2026\n> Yth. Bapak, pekerjaan tersebut masih dalam masa pemeliharaan oleh penyedia.\n> Kerusakan akan diperbaiki sebelum masa pemeliharaan berakhir.\n\nHormat kami,\nHendra Gunawan\nRT 02 Desa Loa Janan Ulu",
    ),
    _E(
        "email",
        "adpem",
        "Yth. Bapak Bupati,\n\nKami Forum Pemuda Tenggarong Seberang menyampaikan keprihatinan atas Gedung Olahraga di kecamatan kami yang pembangunannya berhenti sejak 2023. Bangunan kini ditumbuhi semak dan menjadi tempat nongkrong yang rawan. Kami memohon Pemkab menjelaskan status proyek tersebut dan rencana penyelesaiannya.\n\nHormat kami,\nRizky Pratama\nKetua Forum Pemuda",
    ),
    _E(
        "email",
        "adpem",
        "Subjek: Keterlambatan pekerjaan jalan Desa Bakungan\n\nDengan hormat,\n\nPerlu kami tegaskan di awal bahwa kami tidak mempersoalkan proses lelang proyek ini. Pemenangnya sah dan kami menghormatinya.\n\nYang kami persoalkan adalah pelaksanaannya. Kontrak peningkatan jalan Desa Bakungan, Loa Janan, berakhir 30 November 2026, namun progres di lapangan menurut hitungan warga belum 50%. Alat berat sudah ditarik dan pekerja pulang. Jalan dibiarkan dalam kondisi digaruk sehingga lebih parah dari sebelumnya. Mohon Pemkab memantau proyek ini dan memastikan penyedia menyelesaikan kewajibannya.\n\nHormat kami,\nBPD Desa Bakungan",
    ),
]

_PBJ = [
    _E(
        "sms",
        "pbj",
        "LPSE kukar error pas upload dok penawaran, deadline jam 15.00 hari ini!! tlg diperpanjang atau dibantu 🙏",
    ),
    _E(
        "sms",
        "pbj",
        "sanggahan kami utk paket rehab kantor desa kode tender 10234567 blm dijawab pokja, udh lewat 5 hr kerja. mhn tindak lanjut",
    ),
    _E(
        "whatsapp",
        "pbj",
        "Sore pak, sy dr CV baru di Tenggarong mau daftar jadi penyedia di LPSE Kukar. Verifikasi berkasnya hrs dtg langsung atau bisa online? akun SPSE sy udh 10 hari blm aktif",
    ),
    _E(
        "whatsapp",
        "pbj",
        "paket alat tangkap nelayan thn ini di e-katalog kok yg dipilih penyedia dr luar Kaltim terus ya? penyedia lokal Kukar gk pernah dapet pesanan. Bukan soal bantuannya, soal cara belanjanya. Tolong transparan 🙏",
    ),
    _E(
        "whatsapp",
        "pbj",
        "Tender jalan di Muara Jawa pemenangnya udh ketahuan sblm pengumuman, di warung kopi udh pd ngomongin nama CV-nya. Ini diatur ya pak? 🙄",
    ),
    _E(
        "telegram",
        "pbj",
        "Kami penyedia lokal di Kukar. Produk kami di katalog elektronik lokal sudah diunggah sejak September tapi statusnya masih 'menunggu persetujuan'. Siapa yg bisa bantu memproses?",
    ),
    _E(
        "telegram",
        "pbj",
        "Lelang pengadaan ambulans desa tiba2 dibatalkan setelah tahap evaluasi, tanpa alasan di pengumuman. Kami peserta yg sudah keluar biaya jaminan penawaran. Minta penjelasan tertulis dari pokja.",
    ),
    _E(
        "twitter",
        "pbj",
        "@kukarkab server LPSE down lagi 🙄 udh 3x minggu ini, penyedia rugi waktu & tenaga. kapan diperbaiki? #LPSEKukar",
    ),
    _E(
        "twitter",
        "pbj",
        "Syarat tender konsultan pengawas di Kukar minta pengalaman 10 thn + SBU yg gk nyambung. Itu jelas ngunci penyedia tertentu. @kukarkab mohon dievaluasi",
    ),
    _E(
        "web",
        "pbj",
        "Perihal: Sanggahan atas hasil evaluasi paket pembangunan drainase Kelurahan Maluhu\n\nKami CV Bina Karya Mandiri, peserta tender paket tersebut, menyatakan keberatan atas hasil evaluasi kualifikasi yang menggugurkan kami dengan alasan SKK tenaga ahli tidak berlaku, padahal SKK tersebut berlaku sampai 2028 dan telah kami unggah. Mohon Pokja meninjau ulang evaluasi.",
    ),
    _E(
        "web",
        "pbj",
        "Mohon informasi jadwal pelatihan SPSE versi terbaru untuk penyedia di Kukar. Banyak penyedia kecil di Sebulu dan Muara Kaman belum paham cara unggah dokumen penawaran di sistem baru.",
    ),
    _E(
        "email",
        "pbj",
        "Kepada Yth.\nSekretaris Daerah Kabupaten Kutai Kartanegara\ndi Tenggarong\n\nPerihal: Pengaduan atas proses pemilihan paket Rehabilitasi Gedung Kantor Kecamatan Anggana\n\nDengan hormat,\nKami PT Samudra Borneo Konstruksi, peserta pemilihan paket tersebut di LPSE Kukar, melaporkan beberapa kejanggalan: (1) jadwal pemasukan penawaran diubah dua kali tanpa alasan; (2) tiga peserta memiliki alamat IP yang sama saat mengunggah penawaran; (3) sanggahan kami tidak dijawab dalam batas waktu. Kami memohon proses pemilihan ini ditinjau dan, bila perlu, diulang.\n\nDemikian pengaduan ini kami sampaikan.\n\nHormat kami,\nDirektur,\nIr. Hendrik Wijaya\nNIB 9120003456789",
    ),
    _E(
        "email",
        "pbj",
        "Yth. Admin,\nSaya teruskan balasan helpdesk di bawah. Akun penyedia kami terkunci sejak 24 November setelah salah memasukkan kata sandi, dan helpdesk pusat meminta kami menghubungi LPSE daerah. Telepon LPSE Kukar tidak pernah diangkat, padahal ada tender yang ditutup 10 Desember.\n\n-----Original Message-----\nFrom: Helpdesk LKPP\nSent: Wednesday, November 26, 2026 9:02 AM\nSubject: RE: Akun terkunci\n\nTerima kasih telah menghubungi kami. Untuk pembukaan akun SPSE silakan menghubungi admin agency LPSE tempat Bapak/Ibu mendaftar.\n\nSalam,\nNurul Aini\nCV Tiga Putri, Loa Kulu",
    ),
    _E(
        "email",
        "pbj",
        "Kepada Yth. Bapak Bupati Kutai Kartanegara\n\nDengan hormat,\nKami Asosiasi Kontraktor Lokal Kukar menyampaikan aspirasi terkait banyaknya paket pekerjaan kecil yang tahun ini digabung menjadi paket besar bernilai puluhan miliar. Akibatnya kontraktor kecil dan menengah di kecamatan tidak dapat ikut tender karena tidak memenuhi kualifikasi. Kami memohon kebijakan pemaketan pengadaan ditinjau agar pengusaha lokal mendapat kesempatan.\n\nDemikian, terima kasih.\n\nHormat kami,\nH. Saiful Anwar\nKetua Umum",
    ),
    _E(
        "email",
        "pbj",
        "Subjek: Digugurkan karena beda nama dokumen di LPSE\n\nSelamat siang,\n\nUntuk diketahui, pembayaran termin kontrak kami tahun lalu sudah lunas dan tidak ada masalah, terima kasih.\n\nMasalah kami sekarang ada di tender berikutnya: pada paket pengadaan meubelair sekolah, penawaran kami digugurkan karena nama file di LPSE tidak sesuai format, padahal isinya lengkap dan benar. Dokumen pemilihan sama sekali tidak mengatur format nama file. Kami mohon penjelasan dan peninjauan ulang evaluasi oleh pokja.\n\nSalam,\nUD Meubel Jati Borneo, Tenggarong Seberang",
    ),
]

_ORGANISASI = [
    _E(
        "sms",
        "organisasi",
        "bikin KTP el di disdukcapil tenggarong udh 2 bln blm jadi. tiap dtg disuruh balik minggu dpn, alesan blangko. kpn jadinya??",
    ),
    _E(
        "sms",
        "organisasi",
        "di kantor kecamatan sy dimintain 50rb utk surat ket tdk mampu, katanya 'uang administrasi'. emang resmi kah? gk ada kwitansi",
    ),
    _E(
        "whatsapp",
        "organisasi",
        "Mal Pelayanan Publik Kukar: nomor antrean habis jam 9 pagi, loket yg buka cuma 2 dari 8. Kami dr Muara Muntai jauh2 dtg gk dilayani 😭 standar pelayanannya gimana sih",
    ),
    _E(
        "whatsapp",
        "organisasi",
        "sy ngurus PBG di DPMPTSP udh 4 bulan, di brosur SOP 30 hari kerja. tiap nanya dilempar ke bidang lain, berkas katanya 'masih di meja'. tolong pak",
    ),
    _E(
        "whatsapp",
        "organisasi",
        "Survei kepuasan masyarakat (SKM) di kantor Disdukcapil itu formulirnya diisi petugas sendiri, warga cuma disuruh tanda tangan 😅 gimana hasilnya mau jujur. tolong dibenahi caranya",
    ),
    _E(
        "telegram",
        "organisasi",
        "Sy bingung harus lapor ke mana. Sudah ke kantor desa, ke kecamatan, ke polsek, semua bilang bukan wewenang mereka. Anjing peliharaan tetangga sudah 3x menggigit anak2 di gang kami dan pemiliknya tidak peduli. Tolong arahkan ke yg berwenang.",
    ),
    _E(
        "telegram",
        "organisasi",
        "Loket RSUD AM Parikesit: pasien BPJS disuruh bayar 'uang jasa' 100rb ke petugas biar berkas cepat diproses. Ini bukan soal programnya, programnya bagus. Ini pungli di loket, tolong ditindak.",
    ),
    _E(
        "twitter",
        "organisasi",
        "@kukarkab jam pelayanan di papan kantor kelurahan 08.00, jam 9 lewat pintu msh kekunci 🔒 pegawai baru nongol jam 10. reformasi birokrasi apa kabar?",
    ),
    _E(
        "twitter",
        "organisasi",
        "Ngurus akta kelahiran: katanya online 3 hari, kenyataan 3 minggu + disuruh fotokopi 7 rangkap. standar pelayanan cuma pajangan di dinding? #Kukar",
    ),
    _E(
        "web",
        "organisasi",
        "Mohon agar standar pelayanan dan maklumat pelayanan dipasang di kantor UPT Pendapatan di Muara Badak. Warga tidak tahu biaya resmi, syarat, dan berapa lama proses. Setiap petugas menyebut syarat yang berbeda.",
    ),
    _E(
        "web",
        "organisasi",
        "Sopir angkutan barang di Tenggarong, Jumadi (39), mengaku diminta 'uang koordinasi' Rp150.000 oleh oknum petugas saat uji KIR di Dinas Perhubungan agar kendaraannya dinyatakan lulus tanpa pemeriksaan. Ia meminta Pemkab menindak praktik tersebut dan memasang tarif resmi di loket.",
    ),
    _E(
        "email",
        "organisasi",
        "Kepada Yth.\nSekretaris Daerah Kabupaten Kutai Kartanegara\n\nPerihal: Pengaduan pelayanan rekomendasi izin praktik bidan\n\nDengan hormat,\nSaya bidan yang akan membuka praktik mandiri di Kecamatan Sebulu. Permohonan rekomendasi izin praktik saya ajukan ke Dinas Kesehatan pada 4 Agustus 2026. Sudah empat bulan tidak ada keputusan; persyaratan yang diminta berubah tiga kali dan setiap petugas memberi jawaban berbeda. Saya tidak mempersoalkan program kesehatan daerah, hanya kejelasan dan kepastian waktu layanan ini.\n\nMohon perhatian Bapak agar layanan ini diberikan sesuai standar pelayanan.\n\nHormat saya,\nBd. Ratna Sari, S.Tr.Keb\nNIK 6402054807920004\n0853 4788 2210",
    ),
    _E(
        "email",
        "organisasi",
        "Fw: Legalisir ijazah\n\nKepada Admin Pengaduan,\nSaya sudah tiga kali ke kantor dinas untuk legalisir ijazah SMP adik saya yang mau melamar kerja. Jawabannya selalu seperti di bawah. Pejabat yang tanda tangan katanya dinas luar terus. Apakah tidak ada pejabat pengganti? Ini sudah sebulan.\n\nPada Sen, 1 Des 2026 10.47, Layanan Disdikbud menulis:\n> Mohon bersabar, berkas sedang menunggu tanda tangan pejabat berwenang.\n\nTerima kasih,\nFajar Nugroho\nLoa Janan",
    ),
    _E(
        "email",
        "organisasi",
        "Kepada Yth. Bapak Bupati Kutai Kartanegara\n\nDengan hormat,\nSaya pensiunan guru yang sering mengurus keperluan keluarga di berbagai kantor pemerintah. Saya ingin menyampaikan pengamatan, bukan meminta bertemu. Di banyak kantor, pegawai tidak ada di meja pada jam layanan, informasi syarat tidak tersedia, dan warga disuruh bolak-balik. Saya berharap program reformasi birokrasi benar-benar menyentuh budaya pelayanan di tingkat loket, tidak berhenti di spanduk.\n\nHormat saya,\nDrs. Hamdani\nJl. Danau Semayang, Tenggarong",
    ),
    _E(
        "email",
        "organisasi",
        "Subjek: Pungutan di loket PBB\n\nAssalamualaikum,\n\nAudiensi kami dengan Bapak Bupati bulan lalu sudah terlaksana, terima kasih atas penerimaannya.\n\nPada kesempatan ini kami ingin melaporkan hal lain. Di loket pembayaran PBB kantor Bapenda, warga yang minta salinan SPPT dimintai Rp20.000 tanpa tanda terima. Petugas mengatakan itu 'biaya cetak'. Setahu kami layanan tersebut gratis. Mohon ditertibkan.\n\nWassalam,\nKetua LPM Kelurahan Panji",
    ),
]

_UMUM = [
    _E(
        "sms",
        "umum",
        "parkiran kantor bupati penuh mobil pribadi pegawai, tamu hrs parkir di bahu jalan & ditegur polisi. tlg diatur parkirnya",
    ),
    _E(
        "sms",
        "umum",
        "mobil dinas plat merah kantor bupati dipake antar jemput anak sekolah tiap pagi di tenggarong seberang. itu boleh kah?",
    ),
    _E(
        "whatsapp",
        "umum",
        "Assalamualaikum, kami panitia pelatihan karang taruna kecamatan mau pinjam ruang rapat di Kantor Bupati tgl 20 Des. Prosedurnya gimana & ada biaya sewa kah? 🙏",
    ),
    _E(
        "whatsapp",
        "umum",
        "kemarin sy ke kantor bupati utk audiensi (udh terlaksana, aman, terima kasih). Cuma WC di lantai dasar parah bgt, air gk ngalir, baunya sampai lobby 🤢 mohon dibersihkan",
    ),
    _E(
        "whatsapp",
        "umum",
        "satpam di pos depan kantor bupati kasar bgt sm ibu2 yg mau antar surat, dibentak2 disuruh pergi. mohon ditegur & dibina pak",
    ),
    _E(
        "telegram",
        "umum",
        "Surat undangan kami utk Bapak Bupati sdh diantar ke bagian persuratan kantor bupati 2 minggu lalu, ada tanda terimanya (No. 4471/SM/XI/2026). Skrg katanya tidak tercatat di agenda surat masuk. Ke mana surat kami? Mohon dilacak.",
    ),
    _E(
        "telegram",
        "umum",
        "Lampu penerangan di halaman & parkiran kantor bupati mati semua sejak sepekan. Malam gelap gulita, motor pegawai piket rawan dicuri. Mohon diperbaiki.",
    ),
    _E(
        "twitter",
        "umum",
        "Mobil dinas Setda Kukar nongkrong di pantai Tanah Merah hari Minggu 📸 ini kendaraan dinas atau kendaraan keluarga? @kukarkab",
    ),
    _E(
        "twitter",
        "umum",
        "Kantor Bupati Kukar: lift mati dari minggu lalu, lansia & difabel yg ada urusan harus naik tangga ke lt 3 😓 @kukarkab tolong dong",
    ),
    _E(
        "web",
        "umum",
        "Permohonan peminjaman aula kantor bupati\n\nYayasan Pendidikan Insan Mandiri bermaksud meminjam aula di lingkungan Kantor Bupati untuk acara penyerahan beasiswa yayasan kepada 80 siswa pada 10 Januari 2027. Beasiswanya dari dana yayasan sendiri, kami hanya memerlukan tempat. Mohon informasi ketersediaan tanggal dan syarat peminjaman.",
    ),
    _E(
        "web",
        "umum",
        "Sampah di belakang gedung kantor bupati menumpuk sudah dua minggu, baunya sampai ke rumah warga di belakang kompleks. Lalat banyak sekali. Mohon petugas kebersihan kantor segera mengangkutnya.",
    ),
    _E(
        "email",
        "umum",
        "Kepada Yth.\nBapak Bupati Kutai Kartanegara\ndi Tenggarong\n\nPerihal: Konfirmasi penerimaan surat\n\nDengan hormat,\nPada 3 November 2026 kami mengirimkan surat permohonan rekomendasi kegiatan Festival Budaya Kutai melalui pos tercatat (resi RR123456789ID) ke Kantor Bupati. Menurut pelacakan pos, surat telah diterima pada 6 November. Namun ketika kami menanyakan ke bagian penerimaan surat, surat tersebut tidak ditemukan dalam agenda. Kami mohon bantuan untuk memastikan surat kami tercatat dan didisposisikan.\n\nDemikian, terima kasih.\n\nHormat kami,\nSanggar Seni Lembuswana\nSekretaris, Indah Permatasari\n0822 5011 3434",
    ),
    _E(
        "email",
        "umum",
        "Fwd: Izin penggunaan halaman Kantor Bupati\n\nYth. Pengelola Kantor Bupati,\nIzin penggunaan halaman parkir timur Kantor Bupati untuk bazar UMKM kami tanggal 13–14 Desember sudah disetujui (lihat email di bawah), tenda sudah dipesan. Tiba-tiba kemarin kami ditelepon bahwa izin dibatalkan tanpa surat. Mohon penjelasan dan, bila mungkin, izin dipulihkan.\n\n> Pada 18 Nov 2026, Subbag Rumah Tangga menulis:\n> Permohonan penggunaan halaman parkir timur untuk tanggal 13-14 Desember 2026\n> dapat kami setujui dengan ketentuan menjaga kebersihan.\n\nSalam,\nKomunitas Wirausaha Muda Tenggarong",
    ),
    _E(
        "email",
        "umum",
        "Yth. Bapak Bupati,\n\nSaya warga yang setiap hari berjalan kaki melewati depan Kantor Bupati di Jalan Wolter Monginsidi. Setiap pagi trotoar di depan pagar kantor dipenuhi kendaraan dinas dan mobil tamu yang parkir, sehingga pejalan kaki, termasuk anak sekolah, terpaksa turun ke badan jalan. Mohon pengaturan parkir di lingkungan Kantor Bupati ditertibkan.\n\nTerima kasih.\nYuliani\nTenggarong",
    ),
    _E(
        "email",
        "umum",
        "Subjek: Ruang tunggu tamu Kantor Bupati\n\nSelamat siang,\n\nKami vendor katering yang rutin melayani rapat di Kantor Bupati. Keluhan kami soal tagihan yang terlambat sudah dibayar bulan lalu, jadi itu tidak perlu dibahas lagi.\n\nYang ingin kami sampaikan: ruang tunggu tamu di lantai 1 sudah sebulan AC-nya mati, kursi sobek, dan dispenser air kosong. Tamu, termasuk tokoh masyarakat dari kecamatan, menunggu berjam-jam dalam kondisi panas. Mohon ruang tunggu tersebut dibenahi.\n\nSalam hormat,\nCatering Dapur Mahakam",
    ),
]

_PROKOM = [
    _E(
        "sms",
        "prokom",
        "mhn info cara ajukan audiensi dgn pak bupati. kami perwakilan petani sawit dr sebulu mau sampaikan aspirasi langsung. syaratnya apa?",
    ),
    _E(
        "sms",
        "prokom",
        "ulun handak mengundang pak bupati ke peresmian masjid di desa kota bangun ulu tgl 14 jan. surat undangannya dikirim kemana kah? mksh",
    ),
    _E(
        "whatsapp",
        "prokom",
        "admin IG resmi bupati kok hapus2 komentar warga yg kritik soal jalan rusak? itu akun pimpinan daerah, harusnya terbuka sm kritik dong 😤",
    ),
    _E(
        "whatsapp",
        "prokom",
        "Sy wartawan media online di Tenggarong, mau minta rilis resmi & foto kegiatan Bupati di pembukaan Erau kemarin. Humas pimpinan yg mana ya kontaknya? dr kmrn telp gk diangkat",
    ),
    _E(
        "whatsapp",
        "prokom",
        "Selamat pagi, undangan utk Bapak Bupati sbg pembina upacara HUT ke-50 SMAN 1 Tenggarong sdh kami kirim. Mohon konfirmasi kehadiran beliau atau yg mewakili, acara Senin 15 Des jam 07.30",
    ),
    _E(
        "telegram",
        "prokom",
        "Mohon teks sambutan Bapak Bupati pada peringatan Hari Jadi Kota Tenggarong diunggah di website resmi. Kami mahasiswa ilmu komunikasi mau mengutipnya untuk tugas, takut salah kutip dr berita.",
    ),
    _E(
        "telegram",
        "prokom",
        "Surat kami sdh masuk ke persuratan kantor bupati & tercatat, itu aman. Yg kami mohon sekarang: jadwal audiensi dgn Pak Bupati bersama forum ketua RT se-Kelurahan Jahab. Mohon dikabari tanggalnya.",
    ),
    _E(
        "twitter",
        "prokom",
        "@Bupati_Kukar pak, unggahan di akun resmi kemarin salah tulis nama desa kami: 'Muara Kaman Ulu' jadi 'Muara Kaman Hulu' 😅 mohon dikoreksi ya min 🙏",
    ),
    _E(
        "twitter",
        "prokom",
        "Upacara HUT Kukar tadi pagi: tamu undangan dari masyarakat disuruh berdiri di luar tenda panas2an 2 jam, kursi VIP banyak kosong. protokolnya gimana sih 🥵 @kukarkab",
    ),
    _E(
        "web",
        "prokom",
        "Permohonan kehadiran Bupati sebagai pembicara kunci\n\nFakultas Ekonomi Universitas Kutai Kartanegara akan menyelenggarakan seminar nasional 'Ekonomi Kukar Pasca Batubara' pada 22 Januari 2027. Kami bermaksud mengundang Bapak Bupati sebagai pembicara kunci. Ini bukan pengajuan MoU atau kerja sama, murni undangan acara. Mohon informasi prosedur dan kontak yang dapat kami hubungi.",
    ),
    _E(
        "web",
        "prokom",
        "Berita di portal resmi Pemkab pada 2 Desember menyebut desa kami, Desa Perangat Baru, sudah menerima bantuan hibah rumah ibadah. Faktanya belum ada bantuan apa pun, dan warga kini menuduh pengurus masjid menggelapkan dana. Kami meminta ralat atas berita tersebut.",
    ),
    _E(
        "email",
        "prokom",
        "Nomor : 021/HNKK/XII/2026\nPerihal : Permohonan Audiensi\n\nKepada Yth.\nBapak Bupati Kutai Kartanegara\ndi Tenggarong\n\nDengan hormat,\nSehubungan dengan berbagai persoalan yang dihadapi nelayan di pesisir Kukar, antara lain pencemaran perairan dan berkurangnya wilayah tangkap, kami pengurus Himpunan Nelayan Kutai Kartanegara memohon kesediaan Bapak Bupati untuk menerima kami beraudiensi pada minggu ketiga Desember 2026. Kami akan hadir sebanyak 10 orang.\n\nDemikian permohonan ini, atas perkenan Bapak kami ucapkan terima kasih.\n\nHormat kami,\nKetua, H. Abdul Rasyid\nSekretaris, Marwan\nCP 0812 5409 7761",
    ),
    _E(
        "email",
        "prokom",
        "Fwd: Pembatasan liputan\n\nYth. Pemkab Kukar,\nKami teruskan jawaban staf di bawah. Dalam tiga acara resmi Bupati terakhir, wartawan dari media yang tidak 'bekerja sama' dilarang masuk area liputan. Kami tidak sedang meminta kontrak publikasi; kami meminta akses liputan yang setara untuk semua jurnalis pada acara resmi pimpinan.\n\n> Mohon maaf, untuk acara hari ini area liputan hanya untuk media\n> yang sudah bekerja sama dengan Pemkab.\n\nSalam,\nKoordinator Forum Jurnalis Tenggarong",
    ),
    _E(
        "email",
        "prokom",
        "Kepada Yth.\nBapak Bupati Kutai Kartanegara\ndi Tempat\n\nPerihal: Undangan\n\nDengan hormat,\nDalam rangka Festival Pesut Mahakam ke-7 di Kecamatan Kota Bangun, kami mengharap kehadiran Bapak Bupati untuk membuka festival sekaligus memberikan sambutan pada:\nHari/Tanggal : Sabtu, 24 Januari 2027\nPukul : 09.00 WITA\nTempat : Dermaga Wisata Kota Bangun\n\nAtas kehadiran Bapak kami ucapkan terima kasih.\n\nKetua Panitia,\nSyamsul Bahri",
    ),
    _E(
        "email",
        "prokom",
        "Subjek: Mohon Bupati buka Pekan Olahraga Desa\n\nSelamat pagi,\n\nSebelumnya, keluhan kami soal gas 3 kg yang mahal di Kecamatan Loa Kulu sudah tidak relevan, harga sudah normal lagi.\n\nKami panitia Pekan Olahraga Desa (PORDES) se-Kecamatan Loa Kulu berharap Bapak Bupati berkenan membuka PORDES pada 7 Februari 2027 di Lapangan Loa Kulu Kota dan menyampaikan sambutan di hadapan kontingen 15 desa. Mohon informasi bagaimana undangan resmi harus kami sampaikan dan apakah tanggalnya perlu menyesuaikan jadwal beliau.\n\nHormat kami,\nKetua Panitia PORDES Loa Kulu",
    ),
]

_PERENCANAAN_KEUANGAN = [
    _E(
        "sms",
        "perencanaan_keuangan",
        "tagihan katering rapat di setda kukar bln sept blm dibayar smp skrg. kami UMKM kecil, modal udh abis. tlg pak",
    ),
    _E(
        "sms",
        "perencanaan_keuangan",
        "honor narasumber sy di bimtek penyusunan perbup yg diadakan setda bln okt blm ditransfer. kwitansi udh sy tandatangani dr lama",
    ),
    _E(
        "whatsapp",
        "perencanaan_keuangan",
        "Pak, kami pegawai di lingkungan Setda. TPP bulan November blm masuk, OPD lain udh terima. ada kendala apa di keuangan setda ya? 🙏",
    ),
    _E(
        "whatsapp",
        "perencanaan_keuangan",
        "klaim SPPD perjalanan dinas sy ke Jakarta bln Agustus blm diganti, udh 4 bln 😩 sy staf Bagian Umum Setda, tiket & hotel pake duit pribadi",
    ),
    _E(
        "whatsapp",
        "perencanaan_keuangan",
        "CV kami pemasok ATK utk Sekretariat Daerah. Invoice Oktober sdh lengkap tp pembayarannya blm diproses. Bukan soal tender ya, e-katalognya sdh clear. Mohon info jadwal pembayaran.",
    ),
    _E(
        "telegram",
        "perencanaan_keuangan",
        "SPJ kegiatan bagian kami dikembalikan 3x oleh verifikator keuangan Setda, alasannya beda2 tiap kali. Tolong kejelasan format dan kelengkapan yg benar biar gk bolak-balik.",
    ),
    _E(
        "telegram",
        "perencanaan_keuangan",
        "Saya MC di acara pelantikan pejabat di Kantor Bupati bulan lalu. Honor belum dibayar, panitia protokol bilang tunggu keuangan Setda. Mohon dicek.",
    ),
    _E(
        "twitter",
        "perencanaan_keuangan",
        "Vendor sewa tenda & sound acara Setda Kukar 17 Agustus msh nunggu pelunasan smp Desember 🙃 tagihan udh masuk dr september @kukarkab",
    ),
    _E(
        "twitter",
        "perencanaan_keuangan",
        "Pegawai Setda Kukar gajinya telat lagi bulan ini? katanya nunggu SP2D. Ini Setda loh bukan desa terpencil 😑",
    ),
    _E(
        "web",
        "perencanaan_keuangan",
        "Perihal: Tagihan sewa kendaraan operasional\n\nKami penyedia rental kendaraan yang melayani sewa 4 unit mobil operasional untuk Sekretariat Daerah sejak Juli 2026. Tagihan bulan Oktober dan November belum dibayar meski berita acara serah terima sudah ditandatangani. Mohon kepastian jadwal pembayaran.",
    ),
    _E(
        "web",
        "perencanaan_keuangan",
        "Mohon penjelasan: uang harian perjalanan dinas staf Setda tahun 2026 apakah ada perubahan tarif? Klaim SPPD kami dipotong hampir setengah tanpa pemberitahuan resmi.",
    ),
    _E(
        "email",
        "perencanaan_keuangan",
        "Nomor : 112/PM/XI/2026\nPerihal : Permohonan pembayaran tagihan percetakan\n\nKepada Yth.\nPejabat Penatausahaan Keuangan\nSekretariat Daerah Kabupaten Kutai Kartanegara\ndi Tenggarong\n\nDengan hormat,\nBersama ini kami sampaikan bahwa tagihan pekerjaan pencetakan buku profil daerah dan kalender 2027 untuk Sekretariat Daerah sebesar Rp87.450.000 yang diserahkan 2 Oktober 2026 hingga kini belum dibayarkan. Seluruh dokumen (kontrak, BAST, faktur pajak) telah kami lengkapi. Mengingat akhir tahun anggaran sudah dekat, kami mohon pembayaran dapat direalisasikan sebelum tutup buku.\n\nDemikian, atas perhatiannya kami ucapkan terima kasih.\n\nHormat kami,\nCV Percetakan Mahakam\nDirektur, Agus Salim",
    ),
    _E(
        "email",
        "perencanaan_keuangan",
        "Yth. Pengaduan Setda,\nSaya teruskan percakapan dengan staf di bawah. Sudah tiga minggu sejak berkas dinyatakan ada di bagian keuangan, tetapi pembayaran jasa servis AC gedung Kantor Bupati yang kami kerjakan bulan Oktober belum juga masuk. Mohon kepastian.\n\n-----Original Message-----\nFrom: Staf Subbag Rumah Tangga Setda\nSent: Thursday, November 13, 2026 3:15 PM\nTo: CV Sejuk Abadi\nSubject: RE: Tagihan servis AC\n\nBerkas tagihan Bapak sudah lengkap dan sudah kami serahkan ke bagian keuangan. Pembayaran menunggu proses SPM.\n\nSalam,\nCV Sejuk Abadi, Tenggarong",
    ),
    _E(
        "email",
        "perencanaan_keuangan",
        "Kepada Yth. Bapak Bupati Kutai Kartanegara\n\nDengan hormat,\nKami anggota tim penyusun naskah akademik dan rancangan Perda yang dibentuk dengan SK Sekretaris Daerah pada April 2026. Pekerjaan telah selesai dan diserahkan pada Agustus, namun honorarium tim untuk bulan Mei sampai Agustus belum dibayarkan oleh Sekretariat Daerah. Kami tidak mempersoalkan isi rancangan Perda; kami hanya memohon hak honorarium kami diselesaikan.\n\nHormat kami,\na.n. Tim Penyusun,\nDr. Rudi Hartono, S.H., M.H.",
    ),
    _E(
        "email",
        "perencanaan_keuangan",
        "Subjek: TPP staf Setda dipotong tanpa penjelasan\n\nSelamat pagi,\n\nLaporan kami minggu lalu tentang AC ruang kerja yang mati sudah ditangani, terima kasih.\n\nSekarang kami menyampaikan hal yang lebih penting bagi kami. TPP bulan Oktober untuk sebagian staf pelaksana di lingkungan Sekretariat Daerah dipotong 40% dengan alasan 'penyesuaian kinerja', padahal absensi dan laporan kinerja kami lengkap. Kami mohon rincian perhitungan pemotongan TPP tersebut dan pembayaran kekurangannya.\n\nHormat kami,\nPerwakilan staf pelaksana Setda Kukar",
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
