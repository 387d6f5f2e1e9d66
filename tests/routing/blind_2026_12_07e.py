# ruff: noqa: E501
"""Blind set written 2026-12-07 (fifth of the day) for issue 16: 180 cases, 15 per section, each case drafted by hand from the section mandates alone. Roughly a third come from government units and officials (Nota Dinas and numbered official letters from dinas, camat, lurah, kepala desa, school principals, puskesmas heads and Setda staff, with NIP, pangkat and tembusan), the rest from citizens, vendors, companies, associations, universities and journalists in their own voices: phone Indonesian abbreviations, Kutai/Banjar words, emoji, tweets tagging @kukarkab or @bupatikukar, web posts with a Judul line, and e-mails with letterheads, quoted earlier replies, Outlook header blocks, forwarded messages, signatures and disclaimers. About a third are hard: another section's words used as background, address, building or programme name, a settled matter or thank-you first, a quoted thread about a different matter, a paraphrase instead of the usual term, or the wrong office addressed. Channels per section: 5 email, 3 whatsapp, 2 sms, 2 telegram, 1 twitter, 2 web (email 60, whatsapp 36, sms 24, telegram 24, twitter 12, web 24).

Written without reading config.yaml, routing/ or tests/routing/; each case is labelled only from
the mandates in docs/sections.md.

Scored ONCE, blind, with the rules of main 9da7dad (this file committed in that commit, unread by
the rules' authors), on 2026-12-07: 165/180 correct = 91.7% (Wilson 95% interval 86.7%-94.9%),
0 fallbacks. Per channel: email 55/60 (91.7%), sms 23/24, telegram 20/24, twitter 10/12,
web 22/24, whatsapp 35/36. (The rules of 303ab4f, the session's start: 165/180, email 54/60.)
The errors (index in CASES, label -> got):
- a reply whose subject names the earlier, settled matter: #3 pemerintahan -> umum ("Subject:
  Re: Peminjaman ruang rapat"), #64 perekonomian -> prokom ("RE: Undangan Bupati ... sudah
  dikonfirmasi"), #138 umum -> prokom ("RE: Konfirmasi kehadiran Bupati");
- a Nota Dinas whose "Dari :" line names the sender: #167 perencanaan_keuangan -> prokom, #75
  sda -> pemerintahan (from a camat);
- the writer's own unit named: #172 perencanaan_keuangan -> kesra ("Bendahara ... Bagian
  Kesra"), #175 perencanaan_keuangan -> umum ("sopir ... di Bagian Umum"), #176
  perencanaan_keuangan -> kesra ("Kami dari Bagian Kesra ... pagu ... RKA");
- #160 prokom -> adpem (comments deleted on the Bupati's Instagram, "tanya soal jalan rusak");
- #179 perencanaan_keuangan -> hukum (the honor of a Ranperda's drafting team);
- #177 perencanaan_keuangan -> perekonomian (Setda "ngutang" to a catering UMKM);
- #57 kerjasama -> sda (where coal companies' CSR goes, beside coal dust);
- #9 pemerintahan -> organisasi (a village boundary moved, the neighbour levies "pungutan");
- #70 perekonomian -> adpem (a village market left empty); #163 prokom -> pemerintahan (an
  audience of village heads about their pay).
"""

from __future__ import annotations

from tests.routing.case import Case

_E = Case

_PEMERINTAHAN = [
    _E(
        "email",
        "pemerintahan",
        "NOTA DINAS\nKepada : Yth. Sekretaris Daerah Kabupaten Kutai Kartanegara\n          c.q. Asisten Pemerintahan dan Kesejahteraan Rakyat\nDari : Camat Muara Kaman\nNomor : 100.3/412/MK/XI/2026\nPerihal : Permohonan fasilitasi penegasan batas Desa Sedulang dan Desa Liang Buaya\n\nSehubungan dengan belum adanya kesepakatan batas antara Desa Sedulang dan Desa Liang Buaya, bersama ini kami sampaikan hal-hal sebagai berikut:\n1. Kedua desa mengklaim wilayah seluas kurang lebih 600 ha di sekitar Sungai Kedang Rantau sebagai bagian wilayahnya;\n2. Musyawarah di tingkat kecamatan tanggal 14 Oktober 2026 belum menghasilkan kesepakatan;\n3. Perbedaan klaim menghambat penetapan titik koordinat dalam peta desa.\n\nMohon kiranya Tim Penegasan Batas Desa tingkat kabupaten dapat turun melakukan verifikasi lapangan dan memfasilitasi kesepakatan kedua kepala desa.\n\nDemikian disampaikan, atas perhatian Bapak diucapkan terima kasih.\n\nCamat Muara Kaman,\n\nDrs. H. Syahrani, M.Si\nPembina Tk. I (IV/b)\nNIP 19690814 199003 1 006\n\nTembusan:\n1. Bupati Kutai Kartanegara (sebagai laporan);\n2. Kepala Desa Sedulang dan Kepala Desa Liang Buaya.",
    ),
    _E(
        "email",
        "pemerintahan",
        "Subject: Mohon arahan pengisian jabatan Sekretaris Desa\n\nYth. Bapak/Ibu di Setda Kukar,\n\nDengan hormat, saya Kepala Desa Teluk Bingkai Kecamatan Kenohan. Sekretaris desa kami mengundurkan diri per 1 November 2026 karena lulus PPPK. Kami mohon arahan:\n1. Apakah boleh kami tunjuk langsung salah satu kaur sebagai Plt Sekdes?\n2. Untuk penjaringan sekdes definitif, apakah harus ada rekomendasi camat lebih dulu?\n3. Berapa lama batas waktu pengisian sesuai ketentuan?\n\nKami tidak ingin salah langkah karena tahun lalu ada desa tetangga yang pengangkatan perangkatnya dibatalkan.\n\nTerima kasih.\n\nHormat kami,\nMuhammad Aspiansyah\nKepala Desa Teluk Bingkai",
    ),
    _E(
        "email",
        "pemerintahan",
        "Kepada Yth. Bupati Kukar\n\nKami warga Desa Loa Duri Ilir, Kec. Loa Janan. Kepala desa kami sejak Juni tidak pernah lagi masuk kantor desa, informasinya sudah pindah ke Balikpapan karena masalah pribadi. Musyawarah desa tidak jalan, APBDes 2027 belum dibahas, BPD juga bingung mau rapat dengan siapa.\n\nKami mohon pemkab segera menunjuk pejabat sementara kepala desa atau mengambil langkah sesuai aturan supaya pemerintahan desa kami tidak vakum. Surat BPD ke camat sudah dikirim bulan Agustus.\n\nAtas nama warga RT 05 dan RT 07,\nSupriadi\n0812 5544 1907",
    ),
    _E(
        "email",
        "pemerintahan",
        "Subject: Re: Peminjaman ruang rapat\n\nSelamat siang Pak,\n\nMaaf saya pakai email yang kemarin saja. Urusan ruang rapat sudah beres, terima kasih. Sekarang saya mau mengadu soal lain.\n\nSaya bakal calon kepala desa Sumber Sari, Kec. Loa Kulu, untuk pilkades serentak 2027. Berkas saya dinyatakan tidak memenuhi syarat oleh panitia pemilihan di desa dengan alasan ijazah SMA saya dari luar provinsi belum dilegalisir, padahal legalisir sudah saya lampirkan. Masa sanggah hanya 2 hari dan panitia tidak mau menerima keberatan saya.\n\nMohon panitia pilkades tingkat kabupaten meninjau keputusan panitia desa ini sebelum penetapan calon tanggal 15 Desember.\n\nHormat saya,\nRusdiansyah\n\nPada Sen, 2 Nov 2026 pukul 09.14, Subbag TU Bagian Umum <umum.setda@kukarkab.go.id> menulis:\n> Yth. Bapak Rusdiansyah,\n> Permohonan peminjaman Ruang Rapat Lt. 3 untuk tanggal 6 November 2026 dapat kami setujui.\n> Mohon koordinasi dengan petugas jaga pada hari H.\n> Salam, Bagian Umum",
    ),
    _E(
        "email",
        "pemerintahan",
        "Assalamualaikum wr wb.\n\nPertama kami ucapkan terima kasih, jalan semenisasi di Perumahan Griya Maluhu Permai sudah selesai dan rapi.\n\nYang ingin kami tanyakan: perumahan kami sekarang sudah 140 KK tapi masih ikut RT 18 Kelurahan Maluhu yang rumah ketuanya jauh di seberang jalan poros. Warga sepakat ingin membentuk RT sendiri. Bagaimana prosedur pembentukan RT baru, apakah cukup usulan ke lurah atau harus ada SK dari camat? Notulen rapat warga sudah ada.\n\nWassalam,\nIr. Hendra Gunawan\nKoordinator warga Griya Maluhu Permai\n\nSent from my iPhone",
    ),
    _E(
        "whatsapp",
        "pemerintahan",
        "pak mhn info, ktua RT kami di Kel. Loa Ipuh Darat udh meninggal 3 bln lalu, smp skrg blm ada pengganti. lurah blm ngadain pemilihan. kami warga mau ngadain pemilihan RT sendiri boleh gk? aturannya gmn? mksh 🙏",
    ),
    _E(
        "whatsapp",
        "pemerintahan",
        "Assalamualaikum pian. ulun warga Desa Muara Muntai Ilir handak bepadah, kepala desa kami kada pernah ada di desa sudah 4 bulan, bubuhan warga kada tahu handak betakon ka siapa. ada kabar inya sudah mundur tapi kada ada surat. tolong pian cek lah status kepala desa kami ni, masih menjabat kah kada 🙏",
    ),
    _E(
        "whatsapp",
        "pemerintahan",
        "Selamat pagi Bapak/Ibu, izin, saya Lurah Jahab Kec. Tenggarong. Batas wilayah kami dengan Desa Bukit Pariaman (Kec. Tenggarong Seberang) di sekitar km 12 belum ditetapkan, sehingga ada 23 KK yang didata oleh dua pihak sekaligus. Mohon arahan apakah kami ajukan surat permohonan penegasan batas langsung ke Setda atau melalui camat dulu. Terima kasih 🙏",
    ),
    _E(
        "sms",
        "pemerintahan",
        "Sy warga Ds Beloro Kec Sebulu. Mhn info jadwal pilkades serentak 2027, kpn pendaftaran bakal calon kades dibuka & syaratnya apa aja? Trims",
    ),
    _E(
        "sms",
        "pemerintahan",
        "Pak tlg, patok batas antara desa kami Pela dgn desa Liang (Kota Bangun) digeser ke arah kebun sawit warga kami. Skrg desa sebelah tarik pungutan di wilayah itu. Mhn pemkab tetapkan batas desanya. -Warga Pela",
    ),
    _E(
        "telegram",
        "pemerintahan",
        "Selamat siang. Desa kami sudah hampir 2 tahun dipimpin Pj kepala desa dari kecamatan, padahal desa lain sudah pilkades. Kapan desa kami dijadwalkan pemilihan kepala desa definitif? Warga bertanya terus ke BPD.\n\nWarga Desa Perdana, Kec. Kembang Janggut",
    ),
    _E(
        "telegram",
        "pemerintahan",
        "Izin Bapak/Ibu, saya Kasi Pemerintahan Kecamatan Tabang. Warga Dusun Sungai Batu, Desa Umaq Dian sudah 310 KK dan mengusulkan pemekaran menjadi desa persiapan. Mohon arahan persyaratan administratif dan tahapan yang harus kami siapkan di tingkat kecamatan sebelum diusulkan ke Bupati. Terima kasih.\nBudi Santoso, S.IP\nNIP 19850322 201001 1 012",
    ),
    _E(
        "twitter",
        "pemerintahan",
        "@kukarkab @bupatikukar Pilkades di desa kami di Anggana udh selesai dr September tp kades terpilih blm dilantik jg sampe skrg. Kapan pelantikannya pak? Desa jalan tanpa kepala 🙏 #Kukar",
    ),
    _E(
        "web",
        "pemerintahan",
        "Judul: Warga Dusun Sumber Rejo bingung masuk Kecamatan Samboja atau Muara Jawa\n\nKami warga di perbatasan. KTP kami tercatat di Kecamatan Samboja, tapi petugas dari Kecamatan Muara Jawa juga mendata kami dan memasang plang batas yang berbeda. Pembinaan RT jadi tumpang tindih dan warga bingung harus ikut kecamatan mana. Mohon pemkab menegaskan batas kedua kecamatan di wilayah kami dan menyosialisasikannya ke warga.\n\nNama: Sri Wahyuni\nAlamat: RT 09, Dusun Sumber Rejo",
    ),
    _E(
        "web",
        "pemerintahan",
        "Judul: Pemberhentian perangkat desa secara sepihak\n\nSaya Kaur Keuangan Desa Sungai Payang, Kec. Loa Kulu. Tanggal 20 Oktober saya diberhentikan kepala desa hanya lewat pesan WhatsApp, tanpa rekomendasi camat dan tanpa alasan tertulis. Posisi saya langsung diisi keponakan beliau. Saya mohon Pemkab melalui bagian yang membina pemerintahan desa meninjau pemberhentian ini dan meminta kepala desa mengikuti prosedur pemberhentian perangkat desa.\n\nHormat saya,\nNorhayati",
    ),
]

_KESRA = [
    _E(
        "email",
        "kesra",
        "Nomor : 400.8/215/Kec-MB/XI/2026\nLampiran : -\nPerihal : Permohonan juknis MTQ ke-47 Tingkat Kabupaten\n\nKepada Yth.\nKepala Bagian Kesejahteraan Rakyat Setda Kab. Kutai Kartanegara\ndi Tenggarong\n\nSehubungan dengan rencana pelaksanaan MTQ ke-47 Tingkat Kabupaten Kutai Kartanegara tahun 2027, bersama ini kami Kecamatan Muara Badak bermaksud mempersiapkan kafilah sejak dini. Untuk itu kami mohon:\n1. Petunjuk teknis cabang dan golongan yang dilombakan;\n2. Batas usia peserta dan ketentuan domisili;\n3. Jadwal technical meeting dan pendaftaran kafilah.\n\nDemikian, atas perhatiannya kami ucapkan terima kasih.\n\nCamat Muara Badak,\nAndi Baso Rahman, S.Sos, M.AP\nPembina (IV/a)\nNIP 19760103 199803 1 005",
    ),
    _E(
        "email",
        "kesra",
        "Subject: Beasiswa Kukar Idaman semester ganjil belum cair\n\nSelamat siang,\n\nSaya penerima beasiswa Kukar Idaman kategori prestasi akademik, mahasiswa Universitas Mulawarman angkatan 2024, asal Kecamatan Muara Jawa. Pengumuman penerima sudah keluar Agustus dan nama saya tercantum di nomor 1.284, tetapi sampai sekarang dana semester ganjil belum masuk rekening, sementara teman-teman di daftar yang sama sudah menerima.\n\nMohon dicek apakah ada masalah dengan nomor rekening atau berkas saya. Bukti pengumuman dan buku tabungan saya lampirkan.\n\nTerima kasih,\nNur Aisyah Putri\nNIM 2411015123",
    ),
    _E(
        "email",
        "kesra",
        "From: Takmir Masjid Al-Ikhlas Bukit Raya <masjidalikhlas.bukitraya@gmail.com>\nSent: Tuesday, November 24, 2026 8:02 AM\nTo: kesra.setda@kukarkab.go.id\nSubject: Menanyakan proposal bantuan rumah ibadah\n\nAssalamualaikum warahmatullahi wabarakatuh.\n\nKami pengurus Masjid Al-Ikhlas, Desa Bukit Raya, Kecamatan Tenggarong Seberang. Atap masjid kami bocor parah dan kuda-kudanya sudah lapuk, sehingga kami mengajukan proposal bantuan rumah ibadah untuk renovasi pada Februari 2026 (tanda terima nomor 112/Kesra/II/2026). Sampai sekarang belum ada kabar apakah proposal kami masuk daftar penerima tahun 2027.\n\nMohon informasi status proposal kami dan apakah ada kekurangan berkas.\n\nWassalam,\nH. Abdul Gafur\nKetua Takmir\n0813 4788 2210",
    ),
    _E(
        "email",
        "kesra",
        "Yth. Bapak/Ibu di Setda Kukar\n\nKami dari Forum Komunikasi Guru TPA/TPQ Kecamatan Loa Janan, beranggotakan 186 guru ngaji. Insentif guru ngaji triwulan III tahun 2026 sampai akhir November belum diterima oleh anggota kami, sedangkan kecamatan lain kabarnya sudah. Ketika kami tanyakan ke kecamatan, dijawab data kami masih diverifikasi di kabupaten.\n\nMohon penjelasan kapan insentif tersebut disalurkan dan apakah ada data yang perlu kami perbaiki.\n\nHormat kami,\nUstadz Ahmad Fauzi\nKetua FKGT Kec. Loa Janan",
    ),
    _E(
        "email",
        "kesra",
        "Subject: keberangkatan jamaah haji 2027 dari Kukar\n\nAssalamualaikum,\n\nSaya calon jamaah haji tahun 2027 dari Kecamatan Kota Bangun, usia 71 tahun. Tahun lalu ibu saya berangkat dan dari Tenggarong ke embarkasi Balikpapan difasilitasi bus pemkab. Apakah tahun depan pemkab masih mengoordinasikan transportasi jamaah dari Tenggarong ke asrama haji? Kami dari kecamatan hulu harus berangkat sehari sebelumnya sehingga perlu tahu jadwal kumpulnya.\n\nTerima kasih.\nHj. Siti Rahmah\n\nDikirim dari Yahoo Mail di Android",
    ),
    _E(
        "whatsapp",
        "kesra",
        "Slmt siang bu, sy Kades Sambera Baru Kec. Marangkayu. Proposal hibah utk kelompok posyandu lansia & majelis taklim di desa kami udh masuk sejak Maret, blm ada kabar. Mhn info apakah masuk penerima hibah 2027 atau hrs diperbaiki? Mksh bu 🙏",
    ),
    _E(
        "whatsapp",
        "kesra",
        "assalamualaikum, ulun pengurus langgar Nurul Huda di Desa Separi, Tenggarong Seberang. handak betakon, bantuan rumah ibadah tahun 2027 kapan dibuka proposalnya? langgar kami handak diganti lantainya, kayunya sudah rapuh. persyaratannya apa haja? makasih pian",
    ),
    _E(
        "whatsapp",
        "kesra",
        "Selamat pagi Bapak/Ibu, mohon maaf mengganggu. Saya Kepala SMA Negeri 1 Kembang Janggut. Dua siswa kami dinyatakan lolos seleksi beasiswa kabupaten kategori siswa kurang mampu (sudah ada pengumuman di kecamatan), tetapi nama keduanya tidak tercantum di SK penerima yang terbit bulan ini. Mohon dicek kembali datanya, berkas lengkap ada pada kami. Terima kasih.\nSumarno, S.Pd, M.Pd",
    ),
    _E(
        "sms",
        "kesra",
        "Ass. sy mhsw asal Tabang kuliah di Samarinda, mhn info pendaftaran beasiswa Kukar thn 2027 kpn dibuka? syarat domisili brp thn? trims",
    ),
    _E(
        "sms",
        "kesra",
        "Pak sy guru ngaji di Desa Loa Kulu Kota, insentif guru ngaji sy thn ini baru masuk 1x. Katanya diurus Setda, tp sy bukan pegawai Setda. Mhn dicek nama sy Rahmawati.",
    ),
    _E(
        "telegram",
        "kesra",
        "Selamat siang. Saya juara 2 cabang tilawah remaja MTQ tingkat kabupaten bulan Juni lalu, mewakili Kecamatan Sangasanga. Sampai sekarang uang pembinaan untuk para juara belum kami terima, padahal dijanjikan sebulan setelah penutupan. Mohon info kapan disalurkan. Terima kasih. - Muhammad Rizky",
    ),
    _E(
        "telegram",
        "kesra",
        "Shalom Bapak/Ibu. Kami majelis Gereja Kemah Injil Indonesia Jemaat Tabang Lama, Kec. Tabang. Gedung gereja kami sudah terlalu kecil untuk 140 jemaat. Mohon informasi persyaratan dan jadwal pengajuan proposal bantuan rumah ibadah dari Pemkab untuk perluasan gedung. Apakah rekomendasi FKUB wajib dilampirkan? Terima kasih. Pdt. Markus Lenjau",
    ),
    _E(
        "twitter",
        "kesra",
        "@bupatikukar pak beasiswa S1 kukar idaman semester ini kapan cair?? udh telat 3 bulan, bnyk temen yg akhirnya bayar UKT sendiri pake pinjol 😭 #kukaridaman",
    ),
    _E(
        "web",
        "kesra",
        "Judul: Bantuan hibah untuk kegiatan Karang Taruna\n\nKarang Taruna Desa Jembayan Kec. Loa Kulu ingin mengajukan hibah untuk program bank sampah dan santunan anak yatim di desa. Kami sudah terdaftar di Dinas Sosial dan punya SK kepengurusan dari desa. Bagaimana mekanisme pengajuan hibah ke Pemkab untuk tahun anggaran 2027, kapan batas proposal, dan apakah organisasi kami perlu berbadan hukum?\n\nKetua Karang Taruna, Dimas Prasetyo",
    ),
    _E(
        "web",
        "kesra",
        "Judul: Bantuan biaya kuliah dari Pemkab untuk anak petani\n\nAnak saya diterima di Politeknik Negeri Samarinda. Kami dengar ada uang bantuan kuliah dari pemerintah kabupaten untuk anak dari keluarga kurang mampu. Saya sudah tanya ke Dinas Pendidikan di Tenggarong, katanya bukan di sana yang urus. Mohon info ke mana harus mendaftar dan apa persyaratannya. Kami tinggal di Desa Muara Siran, Muara Kaman.\n\nSalam, Pak Jumransyah",
    ),
]

_HUKUM = [
    _E(
        "email",
        "hukum",
        "NOTA DINAS\nNomor : 500.11/1187/Dishub/XI/2026\nKepada : Yth. Kepala Bagian Hukum Setda Kab. Kutai Kartanegara\nDari : Kepala Dinas Perhubungan\nSifat : Segera\nLampiran : 1 (satu) berkas\nHal : Permohonan harmonisasi Rancangan Perbup tentang Tarif Parkir Tepi Jalan Umum\n\n1. Berdasarkan hasil evaluasi retribusi parkir tahun 2026, Dinas Perhubungan telah menyusun Rancangan Peraturan Bupati tentang Penyesuaian Tarif Parkir Tepi Jalan Umum.\n2. Bersama ini kami sampaikan draf beserta naskah penjelasannya untuk dilakukan pembahasan dan harmonisasi.\n3. Mohon kiranya dapat dijadwalkan rapat pembahasan pada minggu kedua Desember 2026.\n\nDemikian disampaikan untuk menjadi maklum.\n\nKepala Dinas Perhubungan,\nIr. Ahmad Taufik Hidayat, M.T\nPembina Utama Muda (IV/c)\nNIP 19710921 199703 1 003",
    ),
    _E(
        "email",
        "hukum",
        "Yth. Kabag Hukum,\n\nBersama ini kami sampaikan bahwa Dinas Kesehatan telah menerima relaas panggilan sidang dari PTUN Samarinda atas gugatan mantan tenaga kontrak puskesmas terhadap Keputusan Kepala Dinas tentang pemutusan hubungan kerja. Sidang pertama dijadwalkan 10 Desember 2026.\n\nSehubungan dengan itu kami mohon:\n1. Pendampingan dan penunjukan kuasa hukum dari Bagian Hukum;\n2. Arahan dokumen yang perlu kami siapkan untuk jawaban gugatan.\n\nBerkas gugatan terlampir.\n\nSekretaris Dinas Kesehatan Kab. Kutai Kartanegara\ndr. Lestari Wulandari, M.Kes\nNIP 19800417 200701 2 009\n\n--\nEmail ini dan lampirannya bersifat rahasia dan hanya ditujukan kepada penerima yang dituju.",
    ),
    _E(
        "email",
        "hukum",
        "Subject: Permohonan bantuan hukum untuk warga tidak mampu\n\nSelamat sore,\n\nSaya ibu rumah tangga dari Desa Bakungan, Loa Janan. Anak saya (19 th) saat ini menjadi terdakwa kasus perkelahian dan akan disidang di PN Tenggarong bulan depan. Kami tidak sanggup membayar pengacara. Saya dengar Pemkab punya program bantuan hukum gratis bagi warga miskin. Bagaimana caranya mengajukan? Kami punya SKTM dari desa dan kartu KIS.\n\nMohon bantuannya.\nSalmiah\n0852 4601 7732",
    ),
    _E(
        "email",
        "hukum",
        "Subject: Re: Permohonan data\n\nTerima kasih atas rilis yang Bapak kirimkan minggu lalu, sudah saya kutip di tulisan saya.\n\nSekarang saya memerlukan naskah lengkap Perda Kabupaten Kutai Kartanegara tentang Pajak Daerah dan Retribusi Daerah yang terbaru beserta lampirannya. Laman JDIH sejak seminggu ini tidak bisa dibuka (error 502). Apakah naskahnya bisa dikirimkan melalui email atau ada tautan alternatif?\n\nSalam,\nDr. Rina Marlina\nDosen Fakultas Hukum, Universitas Kutai Kartanegara\n\nPada Kam, 19 Nov 2026 pukul 14.02 Humas Setda Kukar <prokom@kukarkab.go.id> menulis:\n> Selamat siang Ibu Rina,\n> Terlampir siaran pers Rapat Paripurna penyampaian Nota Keuangan RAPBD 2027.\n> Silakan dikutip dengan mencantumkan sumber.\n> Salam, Tim Publikasi",
    ),
    _E(
        "email",
        "hukum",
        "KANTOR HUKUM HARIS & REKAN\nJl. Pahlawan No. 27, Samarinda\n\nNomor : 081/HR-SOM/XI/2026\nPerihal : Somasi\n\nKepada Yth.\nBupati Kutai Kartanegara\nc.q. Kepala Bagian Hukum Sekretariat Daerah\n\nBertindak untuk dan atas nama klien kami, Sdr. H. Darmansyah, pemilik sah sebidang tanah seluas 4.200 m2 berdasarkan SHM No. 1022 di Kelurahan Rapak Lambur, Tenggarong, kami menyampaikan bahwa di atas tanah tersebut sejak 2025 telah dibangun gedung UPT milik Pemerintah Kabupaten tanpa pembebasan lahan maupun ganti rugi.\n\nDengan ini kami meminta Pemerintah Kabupaten dalam waktu 14 hari kerja menyelesaikan ganti rugi atau mengosongkan lahan, sebelum klien kami mengajukan gugatan perbuatan melawan hukum ke Pengadilan Negeri Tenggarong.\n\nHormat kami,\nHaris Munandar, S.H., M.H.\nAdvokat",
    ),
    _E(
        "whatsapp",
        "hukum",
        "pak sy mau tanya perbup ttg jam operasional tempat hiburan malam di kukar itu nomor brp thn brp ya? sy cari di jdih gk ketemu. mau sy bawa ke rapat RT krn ada karaoke buka smp subuh dkt rmh",
    ),
    _E(
        "whatsapp",
        "hukum",
        "Izin Bu Kabag, kami dari Bidang Bina Marga Dinas PUPR. Ada penyedia yang sudah 3x diberi surat peringatan tapi progres tetap di bawah target. Sebelum PPK memutus kontrak, kami mohon pendapat hukum (legal opinion) dari Bagian Hukum apakah langkah pemutusan sudah cukup dasar dan bagaimana risikonya kalau penyedia menggugat. Berkas kronologis bisa kami antar hari ini. Terima kasih 🙏",
    ),
    _E(
        "whatsapp",
        "hukum",
        "assalamualaikum, ulun kena tipu jual beli tanah di Loa Kulu, duit sudah dibayar 80 juta tapi sertifikatnya palsu. ulun kada punya duit gasan bayar pengacara. pian bisa kah bantu bantuan hukum gratis dari pemkab? ulun kd tahu handak ka mana lagi",
    ),
    _E(
        "sms",
        "hukum",
        "Mhn info, raperda ttg pengakuan & perlindungan masyarakat adat Kukar udh disahkan blm? kpn naskahnya bs dibaca publik? Trims. -Lembaga Adat Kutai Kec Kenohan",
    ),
    _E(
        "sms",
        "hukum",
        "Sy warga Samboja, digugat perusahaan di PN soal lahan kebun sy sendiri. Sy org tdk mampu, ada SKTM. Mhn pendampingan hukum dr pemkab.",
    ),
    _E(
        "telegram",
        "hukum",
        "Selamat siang Bapak/Ibu Bagian Hukum. Kami dari Dinas Pendidikan menyampaikan Rancangan Perbup tentang Pedoman Pemberian Bantuan Pendidikan (beasiswa) tahun 2027 untuk telaahan hukum sebelum diajukan ke Bupati. Draf sudah kami kirim melalui SRIKANDI tadi pagi. Mohon dapat difasilitasi rapat harmonisasinya. Terima kasih.\nKasubbag Umum dan Kepegawaian Disdik",
    ),
    _E(
        "telegram",
        "hukum",
        "Halo, kami Komunitas Peduli Sungai Mahakam Tenggarong. Kapan uji publik Raperda tentang Pengelolaan Sampah dijadwalkan? Kami ingin menyampaikan masukan tertulis atas drafnya. Mohon juga naskah akademiknya dibagikan. Terima kasih.",
    ),
    _E(
        "twitter",
        "hukum",
        "@kukarkab min JDIH Kukar error terus, mau download Perbup soal TPP ASN buat bahan skripsi gk bisa dibuka dr minggu lalu 🙏 tolong dong",
    ),
    _E(
        "web",
        "hukum",
        "Judul: Pemkab belum melaksanakan putusan pengadilan atas tanah SD\n\nKeluarga kami menang gugatan atas tanah yang dipakai SD Negeri 005 Sebulu, putusan sudah berkekuatan hukum tetap sejak 2024. Sampai sekarang Pemkab belum membayar ganti rugi sesuai amar putusan dan surat kami tidak dijawab. Mohon kejelasan dari Pemkab kapan putusan ini dilaksanakan.\n\nAhli waris almarhum H. Ismail, Desa Sebulu Ulu",
    ),
    _E(
        "web",
        "hukum",
        "Judul: Sanksi dalam Perbup Kawasan Tanpa Rokok\n\nApakah Perbup Kawasan Tanpa Rokok di Kukar sudah berlaku dan memuat sanksi bagi pelanggar? Di kantor-kantor pemerintah di Tenggarong masih banyak yang merokok di ruang tunggu. Saya ingin membaca pasal sanksinya. Mohon dikirim tautan naskahnya atau nomornya.\n\nTerima kasih, dr. Fitriani",
    ),
]

_KERJASAMA = [
    _E(
        "email",
        "kerjasama",
        "NOTA DINAS\nKepada : Yth. Kepala Bagian Kerja Sama Setda Kab. Kutai Kartanegara\nDari : Kepala Dinas Pertanian dan Peternakan\nTanggal : 23 November 2026\nNomor : 000.7/2231/Distanak/XI/2026\nHal : Fasilitasi Nota Kesepahaman dengan Universitas Mulawarman\n\nSehubungan dengan rencana program pendampingan petani milenial dan pengembangan varietas padi lokal di Kecamatan Tenggarong Seberang dan Sebulu, bersama ini kami sampaikan:\n1. Fakultas Pertanian Universitas Mulawarman telah menyatakan kesediaan bekerja sama;\n2. Draf nota kesepahaman dan rancangan perjanjian kerja sama terlampir;\n3. Mohon fasilitasi penelaahan draf dan proses penandatanganan nota kesepahaman tersebut.\n\nDemikian, atas kerja samanya diucapkan terima kasih.\n\nKepala Dinas,\nIr. Sugiyanto, M.P\nNIP 19700605 199603 1 007",
    ),
    _E(
        "email",
        "kerjasama",
        "UNIVERSITAS KUTAI KARTANEGARA\nLembaga Penelitian dan Pengabdian kepada Masyarakat\nJl. Gunung Kombeng No. 27 Tenggarong\n\nNomor : 312/LPPM-UNIKARTA/XI/2026\nPerihal : Permohonan Perjanjian Kerja Sama KKN Tematik\n\nYth. Sekretaris Daerah Kabupaten Kutai Kartanegara\n\nDengan hormat, dalam rangka pelaksanaan KKN Tematik Desa Membangun tahun 2027 yang akan menempatkan 640 mahasiswa di 32 desa, kami bermaksud menyusun perjanjian kerja sama dengan Pemerintah Kabupaten Kutai Kartanegara sebagai tindak lanjut nota kesepahaman tahun 2023 yang berakhir Maret 2027. Kami mohon kesediaan Bapak menunjuk unit yang membahas draf perjanjian tersebut bersama tim kami.\n\nKetua LPPM,\nDr. Hj. Sitti Nurhayati, M.Pd",
    ),
    _E(
        "email",
        "kerjasama",
        "Subject: Penyelarasan program TJSL 2027 PT Bara Mahakam Lestari\n\nYth. Bapak/Ibu Setda Kukar,\n\nKami dari Departemen Community Development PT Bara Mahakam Lestari (IUP operasi produksi di Kecamatan Loa Kulu dan Loa Janan). Sesuai arahan pada Forum TJSL tahun lalu, kami ingin menyelaraskan rencana program TJSL 2027 dengan prioritas pembangunan Pemkab agar tidak tumpang tindih dengan program dinas.\n\nMohon kami dapat dijadwalkan rapat koordinasi sebelum 15 Desember, serta diberikan format pelaporan realisasi TJSL terbaru.\n\nSalam,\nAgus Permana\nSuperintendent CSR\nPT Bara Mahakam Lestari\n\nThis e-mail may contain confidential information. If you are not the intended recipient, please delete it.",
    ),
    _E(
        "email",
        "kerjasama",
        "Yth. Kepala Bagian Kerja Sama Setda Kabupaten Kutai Kartanegara\n\nDengan hormat,\nKami dari Bagian Kerja Sama Setda Kabupaten Kutai Barat. Perjanjian kerja sama antardaerah antara Kabupaten Kutai Barat dan Kabupaten Kutai Kartanegara tentang pelayanan rujukan kesehatan bagi warga perbatasan (Kecamatan Muara Muntai dan Kenohan) akan berakhir pada 31 Desember 2026. Kami mengusulkan perpanjangan dengan beberapa perubahan klausul pembiayaan. Draf adendum kami lampirkan; mohon tanggapan dan usulan jadwal pembahasan bersama.\n\nHormat kami,\nKepala Bagian Kerja Sama Setda Kab. Kutai Barat\nMuhammad Yusran, S.STP, M.Si\nNIP 19840710 200212 1 002",
    ),
    _E(
        "email",
        "kerjasama",
        "Pak, surat di bawah sudah kami kirim ke camat dua minggu lalu tapi belum ada jawaban, jadi kami teruskan ke Setda. Mohon bagian yang mengurus CSR memeriksa penyaluran program TJSL perusahaan di desa kami supaya tepat sasaran dan diumumkan daftar penerimanya.\n\nTerima kasih,\nForum Warga Sungai Meriam\n\n---------- Forwarded message ---------\nFrom: Forum Warga Sungai Meriam <forumwargasm@gmail.com>\nDate: Sen, 16 Nov 2026 pukul 20.11\nSubject: Penyaluran bantuan CSR tidak merata\nTo: <kec.anggana@kukarkab.go.id>\n\nYth. Bapak Camat Anggana,\nKami warga Desa Sungai Meriam menyampaikan bahwa bantuan CSR dari perusahaan migas yang beroperasi di Delta Mahakam berupa paket sembako dan mesin jahit hanya diterima oleh keluarga dan orang dekat kepala desa. Warga RT 11 sampai RT 14 tidak pernah tercatat sebagai penerima.",
    ),
    _E(
        "whatsapp",
        "kerjasama",
        "pak, CSR dr perusahaan tambang yg di dkt desa kami (Bhuana Jaya, Tenggarong Seberang) janjinya tiap thn ada program utk warga, tp 2 thn ini gk ada lg. gmn caranya desa kami bs ngajuin program CSR? lewat pemkab atau lgsg ke perusahaan? 🙏",
    ),
    _E(
        "whatsapp",
        "kerjasama",
        "Assalamualaikum pak, izin sy Kades Sebulu Ilir. Ada perusahaan sawit mau salurkan dana CSR utk bangun jembatan kayu penghubung RT 3 dan RT 5. Mohon arahan pak, apakah program CSR ini perlu dicatat/dikoordinasikan lewat Forum TJSL kabupaten dan perlu ada perjanjian tertulis antara desa, perusahaan dan pemkab? Terima kasih 🙏",
    ),
    _E(
        "whatsapp",
        "kerjasama",
        "Selamat siang kak, kami dari Yayasan Literasi Digital Etam. Kami mau ajukan kerja sama dgn Pemkab Kukar utk pelatihan coding gratis bagi pemuda di 5 kecamatan, pendanaan dr donor kami. Mekanismenya gmn ya, hrs MoU dulu? dokumen apa aja yg disiapin?",
    ),
    _E(
        "sms",
        "kerjasama",
        "Mhn info, dana CSR/TJSL perusahaan migas utk pemberdayaan warga Muara Badak thn ini disalurkan lewat siapa? Klp ibu2 kami blm pernah dpt. Trims",
    ),
    _E(
        "sms",
        "kerjasama",
        "Sy mhsw Unikarta, kampus kami sdh ada perjanjian kerja sama dgn pemkab utk magang mahasiswa di OPD atau blm? Kalau blm, prodi kami mau ajukan. Mhn info prosedurnya",
    ),
    _E(
        "telegram",
        "kerjasama",
        "Selamat pagi, kami dari Dinas Pariwisata. Mohon fasilitasi penyusunan perjanjian kerja sama dengan Pemkab Kutai Timur tentang paket wisata bersama Kukar-Kutim. Draf dari pihak Kutim sudah kami terima, mohon ditelaah sebelum diparaf kedua pihak. Terima kasih. (Kabid Destinasi Dispar Kukar)",
    ),
    _E(
        "telegram",
        "kerjasama",
        "Selamat siang. Kami dari PT Sanga Energi Nusantara di Sangasanga berencana menyerahkan bantuan TJSL berupa 2 unit ambulans untuk Desa Sarijaya dan Kelurahan Sangasanga Muara. Mohon arahan mekanisme penyalurannya: apakah harus dicatat sebagai program CSR melalui forum kabupaten dan dokumen apa yang diperlukan?",
    ),
    _E(
        "twitter",
        "kerjasama",
        "@kukarkab CSR perusahaan2 batubara di Kukar itu disalurkan ke mana sih? Desa kami di Tenggarong Seberang yg paling kena debu gk pernah kebagian program. Mohon transparansi penyaluran CSR-nya 🙏",
    ),
    _E(
        "web",
        "kerjasama",
        "Judul: Permohonan kerja sama penelitian\n\nKami Pusat Studi Lingkungan dan Kebencanaan sebuah universitas di Yogyakarta berencana melakukan penelitian pemetaan risiko banjir di Tenggarong dan Loa Kulu selama 2027 bersama Pemkab. Kami ingin menyusun nota kesepahaman dan perjanjian kerja sama terkait berbagi data dan publikasi. Kepada siapa surat resmi ditujukan dan apakah ada template PKS dari Pemkab?\n\nDr. Bambang Sutejo",
    ),
    _E(
        "web",
        "kerjasama",
        "Judul: Perjanjian pemanfaatan lahan Pemkab untuk menara telekomunikasi\n\nKami PT Menara Borneo Telekomindo ingin membangun menara BTS di atas lahan milik Pemkab di Desa Tuana Tuha, Kecamatan Kenohan, untuk mengatasi blank spot. Kami mengusulkan perjanjian kerja sama pemanfaatan lahan dengan skema sewa 10 tahun. Mohon informasi prosedur dan unit yang menangani penyusunan perjanjian dengan pihak ketiga ini.\n\nHormat kami, Divisi Site Acquisition",
    ),
]

_PEREKONOMIAN = [
    _E(
        "email",
        "perekonomian",
        "Nomor : 500.2/388/KB/XI/2026\nSifat : Penting\nPerihal : Kelangkaan LPG 3 kg di Kecamatan Kota Bangun\n\nKepada Yth. Asisten Perekonomian dan Pembangunan Setda Kab. Kutai Kartanegara\ndi Tenggarong\n\nBersama ini kami laporkan bahwa sejak tiga minggu terakhir terjadi kelangkaan LPG 3 kg di wilayah Kecamatan Kota Bangun, terutama di desa-desa seberang (Kota Bangun Seberang, Liang Ulu, Sangkuliman). Harga di tingkat pengecer mencapai Rp 45.000 s.d. Rp 50.000 per tabung, jauh di atas HET.\n\nSehubungan dengan hal tersebut kami mohon:\n1. Koordinasi dengan Pertamina dan agen untuk penambahan alokasi (extra dropping);\n2. Pengawasan distribusi di pangkalan bersama tim kecamatan.\n\nCamat Kota Bangun,\nMuhammad Rifani, S.Sos\nPembina (IV/a)\nNIP 19750211 199603 1 004\n\nTembusan:\n1. Bupati Kutai Kartanegara;\n2. Kepala Dinas Perindustrian dan Perdagangan.",
    ),
    _E(
        "email",
        "perekonomian",
        "Subject: Pembagian los di gedung Pasar Tangga Arung yang baru\n\nSelamat pagi Bapak/Ibu,\n\nGedung baru Pasar Tangga Arung sudah selesai dibangun dan kabarnya mulai dipakai awal tahun. Kami paguyuban pedagang ikan (47 orang) yang sejak relokasi sementara berjualan di Jl. Kartini meminta kejelasan pembagian los: sampai hari ini belum ada daftar, sementara beredar informasi los sudah diberikan kepada orang yang bukan pedagang lama.\n\nMohon Pemkab menata pembagian los secara terbuka dan mengutamakan pedagang lama.\n\nHormat kami,\nH. Baharuddin\nKetua Paguyuban Pedagang Ikan Pasar Tangga Arung",
    ),
    _E(
        "email",
        "perekonomian",
        "Kepada Yth.\nBagian Perekonomian Setda Kab. Kutai Kartanegara\n\nKami perwakilan karyawan PT Tunggang Parangan (Perseroda) menyampaikan bahwa gaji karyawan sudah tiga bulan belum dibayarkan, sementara direksi tidak memberikan penjelasan. Beberapa unit usaha perusahaan juga berhenti beroperasi sejak pertengahan tahun.\n\nSebagai pemilik dan pembina BUMD, kami mohon Pemkab memanggil direksi dan mengevaluasi kondisi keuangan perusahaan.\n\nTerlampir daftar tanda tangan 38 karyawan.\n\nHormat kami,\nSerikat Karyawan PT Tunggang Parangan",
    ),
    _E(
        "email",
        "perekonomian",
        "Yth. Kabag Perekonomian,\n\nBerdasarkan pemantauan harga harian Dinas Ketahanan Pangan, harga beras medium di Pasar Tenggarong, Loa Kulu dan Muara Badak naik 9% dalam dua minggu terakhir, dan cabai rawit naik di atas 40%. Sehubungan dengan itu kami mengusulkan agar Tim Pengendalian Inflasi Daerah (TPID) segera menggelar rapat koordinasi dan menyiapkan operasi pasar murah sebelum Natal dan Tahun Baru.\n\nData pemantauan terlampir.\n\nKepala Dinas Ketahanan Pangan\nKab. Kutai Kartanegara\n\n_____\nDikirim dari Outlook untuk Android",
    ),
    _E(
        "email",
        "perekonomian",
        "Subject: RE: Undangan Bupati pada Gelar Produk UMKM\n\nYth. Bapak/Ibu,\n\nTerima kasih, undangan untuk Bupati sudah dikonfirmasi oleh protokol. Itu urusan yang sudah selesai.\n\nYang ingin kami ajukan sekarang: anggota Asosiasi UMKM Kukar Bangkit (212 usaha, mayoritas di Tenggarong dan Loa Janan) kesulitan memperoleh sertifikat halal dan akses permodalan. Kami mohon Pemkab mengoordinasikan program pendampingan UMKM lintas dinas, yaitu sertifikasi halal, pelatihan pengemasan, dan kemitraan dengan bank daerah, agar tidak berjalan sendiri-sendiri.\n\nSalam,\nWindi Astuti\nKetua Asosiasi UMKM Kukar Bangkit\n\n-----Original Message-----\nFrom: Protokol Setda Kukar\nSent: Monday, November 30, 2026 10:15 AM\nTo: Asosiasi UMKM Kukar Bangkit\nSubject: Undangan Bupati pada Gelar Produk UMKM\n\nBapak Bupati berkenan hadir pada Gelar Produk UMKM tanggal 12 Desember 2026 pukul 09.00 WITA.",
    ),
    _E(
        "whatsapp",
        "perekonomian",
        "bu harga cabe rawit di pasar Loa Kulu udh 120rb/kg, bawang merah jg naik trs 😭 mhn pemda adain operasi pasar atau pasar murah di kecamatan kami",
    ),
    _E(
        "whatsapp",
        "perekonomian",
        "gas elpiji 3 kilo kada ada di pangkalan di Muara Jawa Ulu sudah saminggu, ulun bejalan ka mana-mana. pangkalan bilang habis, tapi di warung pengecer ada haja dijual 50 ribu. tolong pian cek lah distribusinya 🙏",
    ),
    _E(
        "whatsapp",
        "perekonomian",
        "Izin Pak, saya Lurah Sangasanga Dalam. Antrean solar di SPBU Sangasanga sudah 3 hari mengular sampai 1 km, bercampur truk dan nelayan yang beli pakai jeriken. Solar habis sebelum siang dan jalan jadi macet. Mohon Setda berkoordinasi dengan Pertamina terkait kuota dan pengaturan distribusi BBM di SPBU tersebut. Terima kasih.",
    ),
    _E(
        "sms",
        "perekonomian",
        "Pak, minyak goreng Minyakita di toko2 Sebulu dijual 20rb/liter, di atas HET. Mhn ditertibkan & dicek distributornya.",
    ),
    _E(
        "sms",
        "perekonomian",
        "Pertalite di SPBU Tabang sering kosong 3 hari sekali, warga terpaksa beli eceran 15rb/ltr. Mhn kuota BBM utk Tabang ditambah.",
    ),
    _E(
        "telegram",
        "perekonomian",
        "Selamat sore. Pasar desa di Muara Wis sepi karena pedagang pindah jualan ke pinggir jalan dermaga, pasar yang dibangun pemkab kosong dan jadi tempat kambing tidur. Mohon pemkab menata ulang pasar ini supaya pedagang mau kembali, misalnya dengan hari pasar yang jelas.",
    ),
    _E(
        "telegram",
        "perekonomian",
        "Halo admin, sy pelaku UMKM amplang & keripik pisang di Loa Janan Ulu. Produk sy udh ada PIRT tp susah masuk toko modern. Ada program pendampingan atau kurasi produk lokal dr pemkab utk bantu pemasaran? Mhn infonya 🙏",
    ),
    _E(
        "twitter",
        "perekonomian",
        "@bupatikukar harga beras premium di Tenggarong tembus 17rb/kg pak. Tolong pengendalian inflasinya jgn cuma rapat, gelar pasar murah di kecamatan2 sebelum nataru 🙏",
    ),
    _E(
        "web",
        "perekonomian",
        "Judul: Transparansi kinerja Perusda\n\nSebagai warga Kukar saya ingin tahu laporan kinerja dan setoran dividen BUMD/Perusda milik Pemkab untuk tahun 2025. Beberapa perusda sering diberitakan merugi tapi terus menerima penyertaan modal. Mohon Pemkab mempublikasikan laporan kinerjanya dan menjelaskan langkah penyehatannya.\n\nAndi Saputra, Tenggarong",
    ),
    _E(
        "web",
        "perekonomian",
        "Judul: Pangkalan LPG di depan Kantor Desa Loa Kulu Kota jual ke rumah makan\n\nPangkalan gas melon yang letaknya di depan kantor desa kami, setiap datang kiriman langsung diangkut mobil bak ke rumah makan dan laundry di Tenggarong. Warga biasa kebagian 1-2 tabung saja. Mohon Pemkab menertibkan penyaluran LPG 3 kg bersubsidi di pangkalan ini.\n\nWarga RT 04",
    ),
]

_SDA = [
    _E(
        "email",
        "sda",
        "NOTA DINAS\nKepada : Yth. Asisten Perekonomian dan Pembangunan\nDari : Camat Loa Kulu\nNomor : 600.4/519/LK/XI/2026\nPerihal : Lubang bekas tambang di Desa Jembayan Tengah\n\n1. Di RT 08 Desa Jembayan Tengah terdapat lubang bekas tambang batu bara seluas kurang lebih 3 ha yang berjarak kurang dari 200 meter dari permukiman dan SD, tanpa pagar maupun papan peringatan.\n2. Pada 17 November 2026 dua anak hampir tenggelam ketika berenang di lubang tersebut.\n3. Perusahaan pemegang izin sudah tidak beraktivitas sejak 2023.\n\nMohon fasilitasi koordinasi dengan Dinas ESDM Provinsi dan Inspektur Tambang untuk penutupan atau reklamasi lubang serta pemasangan pengaman darurat.\n\nCamat Loa Kulu,\nRakhmat Hidayat, S.STP, M.Si\nNIP 19830904 200112 1 001\n\nTembusan: Kepala Desa Jembayan Tengah.",
    ),
    _E(
        "email",
        "sda",
        "Subject: Menanyakan usulan bantuan hand traktor Kelompok Tani Sumber Rejeki\n\nDengan hormat,\n\nKelompok Tani Sumber Rejeki, Desa Sabintulung, Kecamatan Muara Kaman, beranggotakan 32 petani padi sawah. Kami mengajukan usulan bantuan 2 unit hand traktor dan 1 unit pompa air pada musrenbang 2025. Kami dengar bantuan alsintan tahun ini sudah dibagikan ke beberapa desa tetangga, tetapi kelompok kami tidak ada dalam daftar.\n\nMohon informasi apakah usulan kami masih dalam daftar tunggu dan apakah kami perlu melengkapi proposal.\n\nHormat kami,\nSlamet Riyadi\nKetua Poktan Sumber Rejeki",
    ),
    _E(
        "email",
        "sda",
        "Yth. Setda Kukar,\n\nSungai Belayan di sekitar Desa Kembang Janggut sejak dua minggu berwarna hitam dan berbau. Ratusan ikan mati mengapung, warga tidak berani lagi memakai air sungai untuk mandi dan mencuci. Kami menduga asalnya dari kolam limbah pabrik kelapa sawit di hulu yang jebol saat hujan deras. Mohon segera dilakukan pengecekan dan pengambilan sampel air, dan perusahaan diminta menghentikan pembuangan limbah.\n\nFoto dan video terlampir.\n\nRahmadi, warga RT 02\n\n---------- Forwarded message ---------\nDari: Humas PT Sawit Belayan Makmur\nTanggal: Jum, 13 Nov 2026\nSubjek: Laporan penyaluran CSR triwulan III\n\nBerikut kami sampaikan laporan penyaluran program CSR triwulan III berupa paket sembako untuk 5 desa di Kecamatan Kembang Janggut.",
    ),
    _E(
        "email",
        "sda",
        "Kepada Yth. Kepala Bagian Sumber Daya Alam Setda Kab. Kutai Kartanegara\n\nPerihal: Usulan bantuan sarana penangkapan ikan bagi nelayan Desa Muara Pantuan\n\nDengan hormat,\nBersama ini kami sampaikan bahwa 64 nelayan tradisional di Desa Muara Pantuan, Kecamatan Anggana, sebagian besar masih menggunakan perahu kayu dengan mesin tempel yang sudah rusak. Kami telah mengusulkan bantuan mesin perahu, jaring dan cool box melalui Dinas Perikanan pada 2025, namun belum terealisasi. Mohon kiranya dapat dibantu koordinasi agar usulan tersebut masuk prioritas bantuan 2027.\n\nKepala Desa Muara Pantuan,\nSyamsul Bahri\n\nLampiran: daftar nama nelayan dan foto kondisi perahu",
    ),
    _E(
        "email",
        "sda",
        "Selamat sore,\n\nKami warga Desa Kupang Baru, Kecamatan Muara Kaman. Perusahaan perkebunan kelapa sawit di desa kami sudah panen sejak 2019, tetapi kebun plasma 20% yang dijanjikan untuk masyarakat sampai sekarang belum diserahkan. Koperasi yang dibentuk juga tidak pernah menerima hasil. Kami mohon Pemkab memanggil perusahaan dan mengevaluasi kewajiban plasma mereka sesuai izin usaha perkebunan.\n\nHormat kami,\nPerwakilan warga Desa Kupang Baru\n\nSent from my iPhone",
    ),
    _E(
        "whatsapp",
        "sda",
        "pak tiap malam truk batubara lewat jalan desa kami di Sebulu, debu bgt, rumah warga item semua, anak2 batuk. katanya dr tambang yg gk ada izinnya. mhn dicek & ditindak tambangnya 🙏",
    ),
    _E(
        "whatsapp",
        "sda",
        "assalamualaikum, banyu sungai di Kenohan keruh bahinip sudah dua minggu, iwak banyak mati. bubuhan nelayan kada dapat iwak lagi. rancak buhannya bilang limbah tambang di hulu. tolong pian suruh cek lah 🙏",
    ),
    _E(
        "whatsapp",
        "sda",
        "Selamat siang, izin melaporkan. Saya Kepala UPT Puskesmas Muara Jawa. Dalam 10 hari terakhir kunjungan pasien ISPA naik tiga kali lipat. Asap berasal dari pembakaran lahan untuk pembukaan kebun di wilayah Desa Tama Pole dan Dondang. Mohon Setda membantu koordinasi penanganan pembakaran lahan dengan pihak terkait agar segera dihentikan. Terima kasih.\ndr. Hendrik Saputra",
    ),
    _E(
        "sms",
        "sda",
        "Mhn info bantuan bibit padi & pupuk utk klp tani di Marangkayu thn ini, proposal diajukan kemana? Poktan Tunas Harapan Ds Sebuntal",
    ),
    _E(
        "sms",
        "sda",
        "Ada penebangan kayu di hutan desa Tabang Lama, truk kayu keluar tiap hari tanpa dokumen. Warga curiga ilegal. Mhn dicek.",
    ),
    _E(
        "telegram",
        "sda",
        "Selamat pagi. Kami kelompok pembudidaya ikan keramba di Sungai Mahakam, Desa Rempanga, Loa Kulu. Banyak keramba rusak dihantam arus waktu banjir kemarin. Kami mohon bantuan bibit ikan, pakan dan jaring keramba untuk 18 anggota. Ke mana proposal kami ajukan?",
    ),
    _E(
        "telegram",
        "sda",
        "Lapor, dari Kantor Kecamatan Samboja. Titik api terpantau di kawasan Tahura Bukit Soeharto berbatasan dengan Kelurahan Sungai Merdeka sejak kemarin sore, luas sementara sekitar 12 ha. Tim kecamatan dan MPA sudah di lokasi tapi peralatan terbatas. Mohon koordinasi Setda dengan pengelola Tahura dan instansi kehutanan untuk bantuan pemadaman. (Sekcam Samboja)",
    ),
    _E(
        "twitter",
        "sda",
        "@kukarkab @bupatikukar lubang tambang di Tenggarong Seberang makan korban lagi? Sampai kapan dibiarkan menganga tanpa reklamasi pak?? #KukarDaruratLubangTambang",
    ),
    _E(
        "web",
        "sda",
        "Judul: Perusahaan sawit membuka lahan di kebun karet warga\n\nSebuah perusahaan perkebunan sawit di Kecamatan Kenohan menggusur kebun karet dan hutan adat warga Desa Teluk Muda. Alat berat masuk sejak Oktober tanpa pemberitahuan. Mohon Pemkab menghentikan pembukaan lahan tersebut dan meninjau izin lokasi perusahaan.\n\nAmbo Tang",
    ),
    _E(
        "web",
        "sda",
        "Judul: Bantuan mesin perahu nelayan belum diterima\n\nTerima kasih sebelumnya atas bantuan jaring tahun lalu. Tahun ini kelompok nelayan kami di Desa Sepatin (Anggana) tercatat sebagai penerima mesin perahu 15 PK, tapi sampai Desember belum ada kiriman. Mohon dicek kapan bantuan alat tangkap tersebut disalurkan.\n\nKetua KUB Nelayan Sepatin Jaya",
    ),
]

_ADPEM = [
    _E(
        "email",
        "adpem",
        "Nomor : 600.1/276/MM/XI/2026\nPerihal : Laporan pekerjaan jembatan ulin yang terhenti\n\nKepada Yth. Kepala Bagian Administrasi Pembangunan Setda Kab. Kutai Kartanegara\n\nBersama ini kami laporkan bahwa pekerjaan pembangunan jembatan ulin penghubung Desa Muara Muntai Ulu dan Desa Jantur Selatan yang bersumber dari APBD Kabupaten Tahun Anggaran 2026 telah terhenti sejak September dengan progres fisik kurang lebih 40%. Material kayu ditinggalkan di lokasi dan pekerja tidak lagi datang, sementara masa kontrak berakhir 20 Desember 2026.\n\nMohon Tim Monitoring dan Evaluasi Pembangunan dapat meninjau lokasi dan menindaklanjuti dengan dinas teknis terkait.\n\nCamat Muara Muntai,\nH. Muhammad Yamin, S.Sos\nNIP 19720808 199303 1 010",
    ),
    _E(
        "email",
        "adpem",
        "Subject: Laporan kerusakan Ruang Kelas Baru SDN 012 Loa Janan\n\nYth. Bapak/Ibu Bagian Administrasi Pembangunan,\n\nSehubungan dengan pembangunan 3 ruang kelas baru di SD Negeri 012 Loa Janan yang dibiayai APBD 2026 dan selesai pada Agustus, bersama ini kami sampaikan bahwa:\n1. Dinding dua kelas retak memanjang;\n2. Atap bocor di beberapa titik saat hujan;\n3. Keramik lantai terangkat.\nKelas tersebut belum tiga bulan digunakan. Mohon kualitas pekerjaan diperiksa dan penyedia diminta memperbaiki dalam masa pemeliharaan.\n\nKepala SDN 012 Loa Janan,\nSiti Khadijah, S.Pd\nNIP 19790312 200501 2 014",
    ),
    _E(
        "email",
        "adpem",
        "Yth. Admin e-Monev Setda Kukar,\n\nKami dari Dinas Pekerjaan Umum dan Penataan Ruang ingin menanyakan batas akhir penginputan laporan realisasi fisik dan keuangan kegiatan pembangunan triwulan IV TA 2026 pada aplikasi monev, serta apakah formatnya berubah dari triwulan III. Beberapa paket kami masih dalam proses adendum waktu sehingga persentase progresnya belum final.\n\nTerima kasih.\nSubbag Perencanaan dan Pelaporan Dinas PUPR",
    ),
    _E(
        "email",
        "adpem",
        "Subject: Re: Pertanyaan pemenang tender jalan Purwajaya\n\nTerima kasih infonya kemarin soal pemenang tender.\n\nSekarang saya mau melaporkan hasil pekerjaannya. Peningkatan jalan Desa Purwajaya, Loa Janan yang baru selesai diaspal bulan lalu sekarang sudah mengelupas dan berlubang sepanjang kurang lebih 300 meter. Lapisan aspalnya terlihat tipis sekali. Mohon kualitas pekerjaan ini diperiksa dan kontraktor diminta memperbaiki.\n\nSalam,\nYudi Hartono\n\n> Pada 3 Nov 2026, LPSE Kukar <lpse@kukarkab.go.id> menulis:\n> Pemenang paket Peningkatan Jalan Desa Purwajaya TA 2026 dapat dilihat pada laman SPSE, menu Pengumuman.\n> Terima kasih.",
    ),
    _E(
        "email",
        "adpem",
        "Yth. Kabag Administrasi Pembangunan,\n\nBersama ini kami sampaikan bahwa gedung Puskesmas Pembantu Desa Perangat Baru, Kecamatan Marangkayu, yang dibangun dari APBD 2026, telah dinyatakan selesai 100% oleh konsultan pengawas dan kami diminta menandatangani berita acara serah terima. Namun di lapangan instalasi listrik belum tersambung, sumur bor belum berfungsi, dan plafon ruang tindakan belum terpasang.\n\nKami mohon sebelum serah terima dilakukan, tim monitoring meninjau kesesuaian pekerjaan dengan kontrak.\n\nKepala UPT Puskesmas Marangkayu,\ndrg. Anita Rahayu\nNIP 19840506 201001 2 021",
    ),
    _E(
        "whatsapp",
        "adpem",
        "pak jalan poros Kota Bangun-Muara Muntai yg dikerjain thn lalu udh ancur lg, baru 6 bln. lubangnya dalem2, kualitasnya parah 😡 mhn dicek kontraktornya",
    ),
    _E(
        "whatsapp",
        "adpem",
        "assalamualaikum pian, drainase di Jl. Gunung Belah Tenggarong dikerjakan kada tuntas, galian dibiarkan tebuka sudah 3 bulan. malam kada ada lampu, kemarin motor tecebur. kapan dituntaskan proyeknya ni?",
    ),
    _E(
        "whatsapp",
        "adpem",
        "Selamat siang Bapak, izin saya Kades Jongkang Kec. Loa Kulu. Proyek peningkatan jalan lingkungan APBD kabupaten di desa kami sudah 5 bulan mangkrak, baru pemadatan tanah, kontraktor tidak pernah kembali. Warga sering tanya ke desa. Mohon dibantu pemantauan dan tindak lanjut ke dinas teknis. Terima kasih 🙏",
    ),
    _E(
        "sms",
        "adpem",
        "Pembangunan GOR di Kec. Samboja mangkrak sejak 2024, rangka baja udh karatan & ditumbuhi semak. Kapan dilanjutkan? Sayang uang APBD.",
    ),
    _E(
        "sms",
        "adpem",
        "Jembatan di Desa Lebak Mantan Muara Wis baru diresmikan bln lalu tp lantainya udh goyang & ada baut lepas. Mhn dicek kualitasnya sblm ada korban.",
    ),
    _E(
        "telegram",
        "adpem",
        "Selamat sore. Turap tepian Sungai Mahakam di Desa Loa Janan Ulu yang baru dibangun tahun 2025 ambruk sebagian sepanjang 25 meter. Rumah warga di belakangnya terancam. Mohon pekerjaan itu diperiksa dan diperbaiki penyedianya, bukankah masih masa pemeliharaan?",
    ),
    _E(
        "telegram",
        "adpem",
        "Izin melapor, pembangunan gedung baru Kantor Camat Kenohan di Desa Kahala berhenti sejak Agustus. Baru rangka beton lantai 1, besi tulangan dibiarkan berkarat. Staf kecamatan masih berkantor di gedung lama yang sempit. Mohon dicek kenapa proyeknya berhenti dan kapan dilanjutkan. Warga Kahala",
    ),
    _E(
        "twitter",
        "adpem",
        "@kukarkab proyek jalan Tabang-Kembang Janggut udh 2 tahun gk kelar2, mobil terperosok tiap hujan. Progresnya sampai mana sih? #APBDKukar",
    ),
    _E(
        "web",
        "adpem",
        "Judul: Pembangunan gedung Pasar Induk Kota Bangun mangkrak\n\nKonstruksi gedung pasar dua lantai di Kota Bangun Ulu berhenti sejak awal tahun dengan atap belum terpasang. Papan proyek sudah hilang dan lokasi dipagari seng seadanya. Kami minta Pemkab memantau dan memastikan pembangunannya dilanjutkan sampai selesai, jangan jadi bangunan terbengkalai.\n\nForum Warga Kota Bangun",
    ),
    _E(
        "web",
        "adpem",
        "Judul: Permintaan data progres proyek APBD 2026 di Kecamatan Sebulu\n\nKami LSM Pemantau Pembangunan Mahakam meminta data progres fisik paket-paket konstruksi APBD 2026 di Kecamatan Sebulu (jalan, drainase, gedung). Data ini untuk pemantauan partisipatif. Apakah laporan monitoring pembangunan dapat kami akses langsung atau harus melalui permohonan informasi publik?\n\nKoordinator, Ridwan Saleh",
    ),
]

_PBJ = [
    _E(
        "email",
        "pbj",
        "CV. MANDIRI JAYA KONSTRUKSI\nJl. Panjaitan No. 14, Tenggarong\n\nNomor : 017/MJK/XII/2026\nPerihal : Sanggahan atas hasil pemilihan\n\nKepada Yth.\nPokja Pemilihan 12 UKPBJ Kabupaten Kutai Kartanegara\n\nDengan hormat,\nMenanggapi pengumuman hasil pemilihan paket Pembangunan Drainase Lingkungan Kelurahan Mangkurawang TA 2027 tanggal 2 Desember 2026, kami menyampaikan sanggahan sebagai berikut:\n1. Penawaran kami digugurkan dengan alasan SKK tenaga ahli tidak sesuai, padahal SKK yang kami unggah sesuai dengan persyaratan dalam dokumen pemilihan;\n2. Pemenang yang ditetapkan menawar lebih tinggi Rp 312 juta dari penawaran kami.\nKami mohon Pokja melakukan evaluasi ulang.\n\nHormat kami,\nIr. Dedi Kurniawan\nDirektur",
    ),
    _E(
        "email",
        "pbj",
        "Subject: Verifikasi akun SPSE belum diproses\n\nSelamat siang tim LPSE,\n\nKami PT Sinar Etam Teknik sudah melakukan pendaftaran akun penyedia di SPSE Kukar pada 16 November dan sudah datang membawa dokumen asli untuk verifikasi pada 18 November. Namun sampai hari ini status akun masih belum aktif sehingga kami tidak bisa mengikuti tender yang penutupannya minggu depan.\n\nMohon bantuan percepatan aktivasi. NPWP perusahaan: 01.234.567.8-721.000.\n\nTerima kasih,\nLina Marlina\nAdmin Tender",
    ),
    _E(
        "email",
        "pbj",
        "NOTA DINAS\nKepada : Kepala Bagian Pengadaan Barang dan Jasa\nDari : Kepala Dinas Pendidikan dan Kebudayaan\nHal : Konsultasi metode pengadaan laptop sekolah\n\nSehubungan dengan rencana pengadaan 450 unit laptop untuk SMP negeri TA 2027 dengan pagu Rp 4,5 miliar, kami mohon arahan:\n1. Apakah pengadaan dapat dilakukan melalui e-purchasing katalog elektronik atau wajib tender;\n2. Apakah boleh dibagi per wilayah kecamatan;\n3. Ketentuan mini kompetisi di katalog.\n\nDemikian untuk menjadi perhatian.\n\nKepala Dinas,\nDrs. Hermanto, M.Pd\nNIP 19680101 199203 1 011",
    ),
    _E(
        "email",
        "pbj",
        "Subject: FW: Jadwal tender paket rehabilitasi rumah jabatan diundur?\n\nYth. Bagian Pengadaan,\n\nJadwal paket Rehabilitasi Rumah Jabatan Camat Anggana di SPSE tiba-tiba diubah: pembukaan penawaran yang semula 4 Desember menjadi 18 Desember tanpa alasan di kolom perubahan jadwal. Kami sudah menyiapkan jaminan penawaran yang masa berlakunya terbatas. Mohon penjelasan alasan perubahan jadwal tender ini.\n\nRegards,\nFahmi Rizal\nCV Karya Anggana\n\nFrom: Fahmi Rizal\nSent: Friday, November 20, 2026 4:41 PM\nTo: keuangan.setda@kukarkab.go.id\nSubject: Tagihan pekerjaan pengecatan Ruang Rapat Setda\n\nSelamat sore, kami menanyakan termin kedua pekerjaan pengecatan yang belum dibayar sejak Oktober.",
    ),
    _E(
        "email",
        "pbj",
        "Yth. Bagian Pengadaan Barang dan Jasa Setda Kukar\n\nKami UPT Puskesmas Tenggarong Seberang sedang melakukan e-purchasing alat kesehatan (USG portable dan autoclave) melalui katalog elektronik. Paket sudah kami buat sejak 10 November, tetapi penyedia tidak merespons negosiasi dan status paket tertahan. Anggaran harus terealisasi sebelum 20 Desember. Mohon arahan apakah kami boleh membatalkan paket dan memilih penyedia lain di katalog.\n\nHormat kami,\nKepala UPT Puskesmas Tenggarong Seberang\ndr. Ratna Sari Dewi\nNIP 19870214 201403 2 003",
    ),
    _E(
        "whatsapp",
        "pbj",
        "min website lpse kukar gk bs diakses dr td pagi, sy mau upload dokumen penawaran batas waktunya jam 15.00 hari ini 😭😭 tlg dong, bisa diperpanjang gk?",
    ),
    _E(
        "whatsapp",
        "pbj",
        "assalamualaikum, ulun handak mendaftar jadi penyedia di LPSE Kukar, usaha ulun bengkel las di Tenggarong Seberang. betul kah harus datang ka kantor LPSE gasan verifikasi berkas? di mana alamatnya, bawa apa haja?",
    ),
    _E(
        "whatsapp",
        "pbj",
        "pak tender jalan di Muara Kaman tiap thn pemenangnya perusahaan itu2 aja, pdhl penawaran kami lbh murah & lengkap. kyk udh diatur dr awal. mhn proses lelangnya diperiksa",
    ),
    _E(
        "sms",
        "pbj",
        "Sy dr CV Bumi Kenohan, kpn pengumuman pemenang tender paket rehab SDN 003 Kota Bangun? Sdh lewat jadwal 5 hari di SPSE.",
    ),
    _E(
        "sms",
        "pbj",
        "Mhn info cara daftar produk lokal di katalog elektronik daerah Kukar. Sy produsen meubel kayu ulin di Tenggarong, mau jd penyedia utk sekolah2.",
    ),
    _E(
        "telegram",
        "pbj",
        "Selamat pagi. Kami PPK pada Dinas Perkebunan. Tender paket pengadaan bibit sawit unggul untuk peremajaan kebun rakyat dinyatakan gagal karena tidak ada peserta yang lulus evaluasi teknis. Mohon arahan apakah bisa langsung tender ulang dengan persyaratan yang sama atau harus reviu dokumen pemilihan dulu, mengingat waktu tanam. Terima kasih.",
    ),
    _E(
        "telegram",
        "pbj",
        "Selamat siang, kami CV Tirta Sebulu sudah menyampaikan sanggahan melalui SPSE atas paket pengadaan pipa air bersih tanggal 25 November. Sampai hari ini lewat 5 hari kerja belum ada jawaban dari Pokja, tapi tahapan tender tetap lanjut ke penetapan pemenang. Mohon penjelasan.",
    ),
    _E(
        "twitter",
        "pbj",
        "@kukarkab LPSE Kukar lemot parah tiap jam2 terakhir upload penawaran. Vendor lokal dirugikan, tolong servernya dibenahi 🙏 #LPSEKukar",
    ),
    _E(
        "web",
        "pbj",
        "Judul: Penawaran digugurkan karena alasan administratif sepele\n\nPenawaran kami pada paket jasa konsultansi perencanaan gedung Kantor Kelurahan Loa Ipuh digugurkan karena surat penawaran tidak mencantumkan masa berlaku, padahal masa berlaku sudah ada di formulir isian SPSE. Kami menilai evaluasi Pokja terlalu kaku. Apakah masih bisa ditinjau ulang meskipun masa sanggah sudah lewat 1 hari?\n\nPT Cipta Mahakam Konsultan",
    ),
    _E(
        "web",
        "pbj",
        "Judul: Cara ikut pengadaan mobil dinas\n\nKami dealer resmi kendaraan di Samarinda dan mendengar Pemkab Kukar akan membeli kendaraan dinas operasional untuk kecamatan tahun 2027. Apakah pembeliannya lewat tender atau e-katalog? Produk kami sudah tayang di katalog nasional; apakah ada langkah tambahan agar bisa dipilih oleh Pemkab?\n\nSales Fleet, PT Borneo Motor Sejahtera",
    ),
]

_ORGANISASI = [
    _E(
        "email",
        "organisasi",
        "Nomor : 000.8/904/DPMPTSP/XI/2026\nPerihal : Permohonan pendampingan reviu Standar Pelayanan\n\nKepada Yth. Kepala Bagian Organisasi Setda Kab. Kutai Kartanegara\n\nSehubungan dengan penambahan 14 jenis layanan perizinan berusaha berbasis risiko di Mal Pelayanan Publik, bersama ini kami sampaikan bahwa Standar Pelayanan kami perlu direviu dan ditetapkan ulang. Kami mohon pendampingan dalam:\n1. Penyusunan komponen standar pelayanan untuk layanan baru;\n2. Forum konsultasi publik;\n3. Penyesuaian kuesioner Survei Kepuasan Masyarakat.\n\nKepala DPMPTSP,\nH. Rudiansyah, S.E., M.M\nPembina Utama Muda (IV/c)\nNIP 19700330 199503 1 002",
    ),
    _E(
        "email",
        "organisasi",
        "Subject: Laporan pungli pengurusan KK dan akta\n\nSelamat malam,\n\nSaya warga Kelurahan Sukarame, Tenggarong. Tanggal 25 November saya mengurus perubahan KK dan akta kelahiran anak di kantor Disdukcapil. Petugas di loket mengatakan berkas bisa jadi hari itu juga kalau membayar Rp 200.000, kalau tidak harus menunggu 2 minggu. Setahu saya layanan adminduk gratis. Saya terpaksa membayar karena butuh untuk pendaftaran sekolah, dan kuitansinya tidak diberikan.\n\nMohon ditindaklanjuti agar tidak terjadi pada warga lain.\n\nTerima kasih,\nDewi Anggraini",
    ),
    _E(
        "email",
        "organisasi",
        "NOTA DINAS\nKepada : Yth. Kepala Bagian Organisasi Setda Kab. Kutai Kartanegara\nDari : Sekretaris Dinas Lingkungan Hidup\nHal : Permohonan kajian penataan kelembagaan UPTD\n\nSehubungan dengan program reformasi birokrasi dan penyederhanaan struktur, bersama ini kami sampaikan:\n1. Dinas Lingkungan Hidup berencana menggabungkan UPTD Laboratorium Lingkungan dan UPTD Pengelolaan Sampah menjadi satu UPTD;\n2. Rancangan struktur dan analisis beban kerja terlampir;\n3. Mohon fasilitasi kajian kelembagaan dan pembahasan usulan perubahan struktur organisasi tersebut.\n\nSekretaris,\nIr. Nuraini Hasanah, M.Si\nNIP 19780925 200312 2 006",
    ),
    _E(
        "email",
        "organisasi",
        "Assalamualaikum,\n\nTerima kasih sebelumnya, pengaduan saya soal lampu jalan bulan lalu sudah ditindaklanjuti.\n\nKali ini saya ingin menyampaikan keluhan pelayanan di Mal Pelayanan Publik Tenggarong. Saya mengajukan izin usaha mikro sejak 2 Oktober; menurut papan standar pelayanan di loket, selesai 3 hari kerja, tetapi sampai sekarang belum terbit. Setiap saya datang petugas hanya bilang masih proses dan tidak bisa menjelaskan di meja siapa berkas saya tertahan. Petugas juga sering meninggalkan loket.\n\nMohon pelayanan di sana dibenahi dan berkas saya diberi kepastian.\n\nWassalam,\nMarlina Sari\nUsaha kue kering, Loa Ipuh",
    ),
    _E(
        "email",
        "organisasi",
        "Subject: Surat keberatan tidak dijawab dan syarat layanan berubah-ubah\n\nYth. Sekretariat Daerah,\n\nSaya mengurus rekomendasi teknis di Dinas Perhubungan untuk izin trayek angkutan desa Tenggarong-Loa Kulu. Dalam 2 bulan persyaratannya sudah tiga kali berubah: petugas pertama minta surat domisili usaha, petugas kedua bilang tidak perlu, lalu kepala seksi minta rekomendasi dari kecamatan yang tidak tercantum di mana pun. Surat keberatan saya tertanggal 1 Oktober tidak pernah dijawab.\n\nSaya mohon ada kejelasan standar pelayanan di dinas tersebut.\n\nHormat saya,\nH. Syamsuddin\n\nSent from my Galaxy",
    ),
    _E(
        "whatsapp",
        "organisasi",
        "pak loket pendaftaran RSUD AM Parikesit lama bgt, antre dr jam 7 baru dipanggil jam 11, petugasnya malah main hp. antrean onlinenya jg gk jalan. tlg dibenahi pelayanannya 🙏",
    ),
    _E(
        "whatsapp",
        "organisasi",
        "ulun handak bepadah, di UPT Disdukcapil Kota Bangun ulun disuruh bayar 100 ribu gasan cetak KTP, bilangnya duit blangko. padahal gratis kan? kada dibari kuitansi. tolong pian tindak lah petugasnya",
    ),
    _E(
        "whatsapp",
        "organisasi",
        "Selamat siang, izin Bapak/Ibu Bagian Organisasi. Saya Kepala UPT Puskesmas Sebulu 1. Kami diminta melaksanakan Survei Kepuasan Masyarakat semester II, tapi petugas kami belum paham cara menghitung IKM dan format laporannya. Mohon pendampingan atau bimtek singkat, bisa daring. Terima kasih.\ndr. Aditya Pratama",
    ),
    _E(
        "sms",
        "organisasi",
        "Urus izin PBG di dinas udh 4 bln gk ada kabar, tiap tanya disuruh nunggu. Di standar pelayanannya brp hari sih? Rumah sy mau dibangun ketunda trs.",
    ),
    _E(
        "sms",
        "organisasi",
        "Petugas loket MPP Tenggarong minta uang tambahan 50rb biar berkas cepat diproses. Tolong ditindak, kami warga kecil.",
    ),
    _E(
        "telegram",
        "organisasi",
        "Selamat sore. Kenapa hasil Survei Kepuasan Masyarakat tiap OPD di Kukar tidak pernah dipublikasikan? Kami forum warga ingin tahu nilai IKM layanan publik tahun 2026 dan apa tindak lanjut dari keluhan yang masuk lewat survei itu.",
    ),
    _E(
        "telegram",
        "organisasi",
        "Selamat pagi Bagian Organisasi. Kami dari Sekretariat Dinas Kesehatan, tahun 2027 akan mengusulkan UPT Laboratorium Kesehatan Daerah sebagai unit pembangunan Zona Integritas menuju WBK. Mohon informasi jadwal desk evaluasi internal dan template LKE terbaru. Terima kasih.",
    ),
    _E(
        "twitter",
        "organisasi",
        "@kukarkab pelayanan di kantor Disdukcapil Kukar lambat bgt, antre dr subuh cuma dilayani 50 org, sisanya disuruh balik besok. Standar pelayanannya mana? 😤",
    ),
    _E(
        "web",
        "organisasi",
        "Judul: Petugas uji KIR tidak ada di tempat pada jam pelayanan\n\nSaya sopir truk angkutan barang. Tiga kali datang ke UPT Pengujian Kendaraan Bermotor di Tenggarong pada jam 09.00-11.00 sesuai jam layanan yang tertulis, petugas penguji tidak ada dan loket tutup tanpa pengumuman. Kendaraan saya jadi tidak bisa jalan karena KIR mati. Mohon jam pelayanan di UPT tersebut ditegakkan.\n\nSugianto, Loa Janan",
    ),
    _E(
        "web",
        "organisasi",
        "Judul: Legalisir ijazah dimintai bayaran\n\nAnak saya alhamdulillah lolos beasiswa kabupaten tahun ini, terima kasih Pemkab. Tapi waktu mengurus berkasnya, legalisir fotokopi ijazah SMP di Dinas Pendidikan dimintai Rp 10.000 per lembar tanpa kuitansi, padahal di papan tertulis tidak dipungut biaya. Mohon pungutan itu dihentikan.\n\nHasnah, Muara Kaman",
    ),
]

_UMUM = [
    _E(
        "email",
        "umum",
        "Nomor : 000.1/733/Bappeda/XI/2026\nPerihal : Permohonan peminjaman Ruang Rapat Eksekutif\n\nKepada Yth. Kepala Bagian Umum Setda Kab. Kutai Kartanegara\ndi Tenggarong\n\nSehubungan dengan pelaksanaan Rapat Koordinasi Penyusunan RKPD 2028 yang akan diikuti oleh 60 peserta dari seluruh OPD dan kecamatan, bersama ini kami mohon peminjaman Ruang Rapat Eksekutif Lantai 2 Kantor Bupati pada:\nhari/tanggal : Rabu, 16 Desember 2026\npukul : 08.00 - 16.00 WITA\nbeserta fasilitas pengeras suara dan proyektor.\n\nDemikian, atas bantuannya kami ucapkan terima kasih.\n\na.n. Kepala Bappeda\nSekretaris,\nDr. Eko Prasetyo, M.Si\nNIP 19790520 200501 1 008",
    ),
    _E(
        "email",
        "umum",
        "Subject: AC dan toilet ruang Bagian Kerja Sama\n\nYth. Subbag Rumah Tangga,\n\nMohon maaf mengirim ulang. Dua unit AC di ruang staf Bagian Kerja Sama (Lantai 3 Gedung Setda) sudah tidak dingin sejak awal November, dan toilet di ujung lorong lantai 3 airnya tidak mengalir. Laporan lisan ke petugas sudah kami sampaikan dua kali. Mohon dapat segera diperbaiki karena ruangan sering dipakai menerima tamu.\n\nTerima kasih.\n\nRatna Juwita, S.E.\nPengelola Administrasi Bagian Kerja Sama\nNIP 19900714 201502 2 002",
    ),
    _E(
        "email",
        "umum",
        "Subject: Menanyakan surat kami ke Bupati\n\nSelamat siang,\n\nPada 9 November 2026 kami mengantarkan surat dari Ikatan Pelajar Mahasiswa Kutai Kartanegara Yogyakarta yang ditujukan kepada Bupati, perihal data mahasiswa asal Kukar di Yogyakarta penerima beasiswa. Surat kami serahkan di meja penerimaan surat Kantor Bupati, tetapi kami tidak mendapat tanda terima.\n\nMohon dicek apakah surat tersebut sudah tercatat di agenda surat masuk, nomor agendanya berapa, dan sudah diteruskan ke mana, supaya kami bisa menindaklanjuti.\n\nSalam,\nFajar Ramadhan\nSekretaris IPMKK Yogyakarta",
    ),
    _E(
        "email",
        "umum",
        "Subject: RE: Konfirmasi kehadiran Bupati pada Rapat Paripurna\n\nYth. Bagian Umum,\n\nMenyambung surat di bawah (yang sudah beres dengan Protokol), kami ingin menyampaikan hal lain. Setiap Senin dan Kamis pelataran parkir depan Kantor Bupati penuh oleh kendaraan pegawai sejak pukul 07.00, sehingga tamu dari kecamatan dan masyarakat harus parkir di bahu jalan. Mohon ada pengaturan parkir: area khusus tamu di depan dan kendaraan pegawai diarahkan ke parkiran belakang.\n\nSalam,\nSekretariat DPRD Kab. Kutai Kartanegara\n\n________________________________\nFrom: Protokol Setda Kukar\nSent: Tuesday, November 24, 2026 3:12 PM\nTo: Sekretariat DPRD\nSubject: Konfirmasi kehadiran Bupati pada Rapat Paripurna\n\nBapak Bupati dijadwalkan hadir pada Rapat Paripurna tanggal 27 November 2026 pukul 10.00 WITA.",
    ),
    _E(
        "email",
        "umum",
        "NOTA DINAS\nKepada : Kepala Bagian Umum\nDari : Kepala Bagian Perekonomian\nHal : Kerusakan kendaraan dinas operasional\n\nBersama ini kami sampaikan bahwa kendaraan dinas operasional Bagian Perekonomian (Toyota Innova, nomor polisi KT 1154 D) mengalami kerusakan transmisi sejak 20 November dan saat ini berada di bengkel tanpa kepastian perbaikan. Sementara itu bagian kami harus melaksanakan pemantauan harga dan distribusi LPG ke 6 kecamatan pada bulan Desember. Mohon kendaraan tersebut segera diperbaiki atau dipinjamkan kendaraan pengganti dari pool.\n\nKepala Bagian Perekonomian,\nH. Arianto, S.E., M.Si\nNIP 19760411 200003 1 005",
    ),
    _E(
        "whatsapp",
        "umum",
        "pak toilet di lobi kantor bupati kotor bgt, air mati, tisu gk ada, bau. malu sama tamu dr luar daerah. tlg petugas kebersihannya dicek 🙏",
    ),
    _E(
        "whatsapp",
        "umum",
        "assalamualaikum, ulun pengurus organisasi kepemudaan di Tenggarong, handak minjam ruang rapat di kantor bupati gasan rapat pengurus tanggal 19. kayapa caranya, surat ditujukan ka siapa? bayar kah kada?",
    ),
    _E(
        "whatsapp",
        "umum",
        "Izin bu, sy staf Bagian Hukum lt 2 Gedung Setda. Lampu lorong lt 2 mati semua sejak kemarin, jam 4 sore udh gelap, dan pintu ruang arsip kami kuncinya rusak gk bisa dikunci. Mohon dibantu perbaikan ya bu 🙏",
    ),
    _E(
        "sms",
        "umum",
        "Pak, surat pemberitahuan dr perusahaan kami utk Sekda sdh diantar ke bagian penerimaan surat kantor bupati tgl 3 Des, tp tdk dpt tanda terima. Mhn dicek sdh teregister di agenda surat masuk blm.",
    ),
    _E(
        "sms",
        "umum",
        "Lampu parkiran belakang Kantor Bupati Tenggarong mati semua, malam gelap bgt & rawan. Tolong diperbaiki.",
    ),
    _E(
        "telegram",
        "umum",
        "Lapor, pagar belakang kompleks Kantor Bupati sisi tepian sungai jebol sepanjang 5 meter sejak hujan deras tadi malam. Kambing dan sapi warga masuk ke taman, dan malam hari siapa saja bisa keluar masuk. Mohon perbaikan pagar dan penambahan petugas jaga. (Satpam pos 3)",
    ),
    _E(
        "telegram",
        "umum",
        "Selamat siang, kami dari Paguyuban Kerukunan Keluarga Sulawesi Kukar mau mengantar surat resmi untuk Bupati dan Sekda. Diantar ke loket mana di Kantor Bupati dan jam berapa penerimaan surat buka? Apakah bisa juga dikirim lewat email resmi?",
    ),
    _E(
        "twitter",
        "umum",
        "@kukarkab semalam lewat kantor bupati jam 1 pagi, gerbang samping kebuka lebar & pos satpam kosong. Keamanan kantor pemerintah kok gini 🤔",
    ),
    _E(
        "web",
        "umum",
        "Judul: Peminjaman Ruang Serbaguna Kantor Bupati untuk pelantikan pengurus organisasi profesi\n\nIkatan Bidan Indonesia Cabang Kukar ingin meminjam Ruang Serbaguna Kantor Bupati pada Sabtu, 9 Januari 2027 untuk pelantikan pengurus. Mohon informasi prosedur peminjaman ruangan, ketersediaan tanggal, dan apakah ada biaya kebersihan.",
    ),
    _E(
        "web",
        "umum",
        "Judul: Sampah sisa acara di halaman Kantor Bupati belum dibersihkan\n\nAcara peringatan HUT Kota Tenggarong sudah selesai 3 hari lalu, tetapi sampah plastik, bekas tenda dan kabel masih berserakan di halaman depan Kantor Bupati. Kalau hujan bau dan airnya menggenang. Mohon petugas kebersihan kantor segera membersihkan.\n\nWarga sekitar Kantor Bupati",
    ),
]

_PROKOM = [
    _E(
        "email",
        "prokom",
        "Nomor : 556/1420/Dispar/XI/2026\nSifat : Penting\nLampiran : 1 (satu) lembar\nPerihal : Permohonan kehadiran Bupati\n\nKepada Yth.\nBupati Kutai Kartanegara\nu.p. Kepala Bagian Protokol dan Komunikasi Pimpinan\ndi Tenggarong\n\nSehubungan dengan pelaksanaan Festival Budaya Pesisir Muara Badak tanggal 19-21 Desember 2026, bersama ini kami mohon kesediaan Bapak Bupati untuk membuka festival secara resmi dan memberikan sambutan pada Sabtu, 19 Desember 2026 pukul 19.30 WITA di Lapangan Desa Muara Badak Ulu. Bahan sambutan dan susunan acara terlampir.\n\nKepala Dinas Pariwisata,\nSlamet Hadiraharjo, S.Sos., M.M\nNIP 19740816 199903 1 006",
    ),
    _E(
        "email",
        "prokom",
        "Subject: Permohonan audiensi dengan Bupati\n\nYth. Bupati Kutai Kartanegara,\n\nKami pengurus Asosiasi Kontraktor Tambang Lokal Kutai Kartanegara memohon waktu audiensi dengan Bapak Bupati untuk menyampaikan pandangan anggota mengenai pemanfaatan tenaga kerja lokal dan kondisi usaha pertambangan di Kukar. Rombongan berjumlah 8 orang. Kami dapat menyesuaikan dengan jadwal Bapak pada minggu kedua atau ketiga Desember.\n\nHormat kami,\nH. Rusli Effendi\nKetua\n\nSent from my iPhone",
    ),
    _E(
        "email",
        "prokom",
        "Subject: Permohonan wawancara khusus Bupati\n\nSelamat pagi Tim Komunikasi Pimpinan,\n\nSaya Agustina, jurnalis harian daerah biro Tenggarong. Redaksi kami menyiapkan liputan khusus akhir tahun tentang capaian program Kukar Idaman 2026 dan rencana 2027. Kami memohon kesempatan wawancara khusus dengan Bapak Bupati selama 30 menit, bisa di kantor atau di sela kegiatan, antara 14-23 Desember. Daftar pertanyaan dapat kami kirim lebih dulu.\n\nTerima kasih.\n\nAgustina Rahmawati\n0811 5832 4467",
    ),
    _E(
        "email",
        "prokom",
        "Yth. Bapak Bupati Kutai Kartanegara\nc.q. Bagian Protokol\n\nDengan hormat,\nGedung baru SMP Negeri 3 Tenggarong Seberang (6 ruang kelas, laboratorium dan perpustakaan) telah selesai dibangun dan mulai digunakan semester ini. Kami bermaksud mengundang Bapak Bupati untuk meresmikan gedung tersebut sekaligus menghadiri pentas seni siswa pada Senin, 11 Januari 2027 pukul 09.00 WITA. Mohon informasi kesediaan Bapak dan ketentuan protokoler yang perlu kami siapkan.\n\nKepala SMP Negeri 3 Tenggarong Seberang,\nDrs. Bambang Sutrisno\nNIP 19680223 199412 1 003",
    ),
    _E(
        "email",
        "prokom",
        "Subject: Koreksi keterangan foto di akun Instagram resmi Pemkab\n\nSelamat siang,\n\nTerima kasih atas kunjungan kerja Bapak Bupati ke desa kami minggu lalu, warga sangat senang.\n\nNamun pada unggahan akun Instagram resmi Pemkab dan akun Bupati tanggal 26 November, keterangan foto menyebut kegiatan tersebut di Desa Loa Lepu, padahal lokasinya Desa Bangun Rejo, Kecamatan Tenggarong Seberang. Sudah banyak komentar warga yang bingung. Mohon admin media sosial pimpinan memperbaiki keterangannya.\n\nSalam,\nHeru Santoso\nSekretaris Desa Bangun Rejo",
    ),
    _E(
        "whatsapp",
        "prokom",
        "pak sy ketua Gapoktan Karya Tani di Desa Bukit Raya. kami mau ngundang pak bupati hadir panen raya padi tgl 20 Januari. undangannya ditujukan ke siapa & brp lama sblmnya hrs dikirim? mksh 🙏",
    ),
    _E(
        "whatsapp",
        "prokom",
        "assalamualaikum pian, bubuhan nelayan Muara Badak handak audiensi lawan pian bupati, handak menyampaikan masalah kami langsung. kayapa caranya minta jadwal ketemu? dulu sudah minta lewat kecamatan tapi kada jadi",
    ),
    _E(
        "whatsapp",
        "prokom",
        "Selamat pagi Bapak/Ibu Protokol, izin. Kami dari Kecamatan Muara Badak mohon konfirmasi apakah Bapak Bupati jadi melaksanakan kunjungan kerja ke Muara Badak tanggal 14 Desember, dan mohon koordinasi susunan acara penyambutan serta siapa yang memberi sambutan dari pihak kecamatan. Terima kasih 🙏 (Sekcam Muara Badak)",
    ),
    _E(
        "sms",
        "prokom",
        "Sy wartawan media online Kukar, mhn jadwal kegiatan Bupati besok utk liputan. Siaran pers acara kemarin jg blm dikirim ke grup media.",
    ),
    _E(
        "sms",
        "prokom",
        "Mhn info, apakah Bupati bisa hadir di resepsi pernikahan anak sy tgl 27 Des di Loa Kulu? Undangan sdh sy titip. Kalau diwakilkan siapa?",
    ),
    _E(
        "telegram",
        "prokom",
        "Kenapa komentar warga di akun IG resmi Bupati dihapus terus kalau isinya kritik? Saya cuma tanya soal jalan rusak, komentarnya hilang. Mohon admin medsos pimpinan lebih terbuka dan menjawab, bukan menghapus.",
    ),
    _E(
        "telegram",
        "prokom",
        "Izin Bagian Prokom, kami dari Bagian Organisasi. Untuk acara launching Mal Pelayanan Publik Kecamatan Sebulu tanggal 15 Desember, mohon bantuan penyusunan naskah sambutan Bupati. Data capaian layanan sudah kami kirim via email tadi. Terima kasih.",
    ),
    _E(
        "twitter",
        "prokom",
        "@bupatikukar pak kami mahasiswa KKN di Muara Wis mau minta waktu audiensi 15 menit aja sblm penarikan KKN, DM gk dibales 🙏",
    ),
    _E(
        "web",
        "prokom",
        "Judul: Permohonan audiensi Forum Kepala Desa se-Kecamatan Muara Kaman\n\nForum Kepala Desa se-Kecamatan Muara Kaman (20 desa) memohon waktu audiensi dengan Bapak Bupati untuk menyampaikan aspirasi terkait pembangunan desa dan penghasilan tetap perangkat desa. Kami mohon dijadwalkan pada Januari 2027 di Kantor Bupati atau Pendopo. Kontak: Ketua Forum, 0812 5311 0946.",
    ),
    _E(
        "web",
        "prokom",
        "Judul: Foto anak saya dipakai di baliho dan video Pemkab tanpa izin\n\nFoto anak saya saat lomba di sekolah dipakai dalam video profil dan baliho program Pemkab yang juga diunggah di kanal YouTube resmi. Kami tidak pernah dimintai izin. Mohon foto tersebut diturunkan dari publikasi dan tidak dipakai lagi.\n\nIbu Nurul, Tenggarong",
    ),
]

_PERENCANAAN_KEUANGAN = [
    _E(
        "email",
        "perencanaan_keuangan",
        "Subject: Tagihan katering rapat Setda bulan Agustus-September belum dibayar\n\nYth. Setda Kukar,\n\nKami Dapur Bu Ijah Catering, penyedia konsumsi rapat-rapat di Ruang Rapat Lantai 2 dan 3 Kantor Bupati berdasarkan SPK dari Sekretariat Daerah. Tagihan kami untuk bulan Agustus dan September 2026 senilai Rp 48.750.000 sudah kami serahkan lengkap dengan kuitansi dan faktur sejak 5 Oktober, tetapi sampai sekarang belum dibayar. Kami usaha kecil dan harus membayar pemasok.\n\nMohon informasi kapan pembayaran dapat dilakukan.\n\nHormat kami,\nHj. Khadijah\nPemilik Dapur Bu Ijah Catering\n0813 5040 2211",
    ),
    _E(
        "email",
        "perencanaan_keuangan",
        "Subject: TPP Oktober belum diterima\n\nYth. Kasubbag Keuangan,\n\nSaya staf pelaksana pada Bagian Hukum Setda. TPP bulan Oktober 2026 saya belum masuk ke rekening, sementara rekan-rekan satu bagian sudah menerima pada 15 November. Absensi dan laporan kinerja harian saya di aplikasi sudah lengkap dan sudah diverifikasi atasan.\n\nMohon dicek apakah ada kesalahan data atau nomor rekening.\n\nTerima kasih,\nAndi Firmansyah, S.H.\nPenata Muda Tk. I (III/b)\nNIP 19930605 201903 1 004",
    ),
    _E(
        "email",
        "perencanaan_keuangan",
        "NOTA DINAS\nKepada : Yth. Kepala Bagian Perencanaan dan Keuangan\nDari : Kepala Bagian Protokol dan Komunikasi Pimpinan\nNomor : 000.9/311/Prokom/XI/2026\nHal : Usulan pergeseran anggaran\n\n1. Sehubungan dengan bertambahnya agenda kegiatan pimpinan pada bulan Desember, anggaran belanja jasa publikasi pada DPA Bagian Prokom tidak mencukupi.\n2. Bersama ini kami usulkan pergeseran anggaran sebesar Rp 275.000.000 dari belanja perjalanan dinas ke belanja jasa publikasi dan dokumentasi.\n3. Rincian usulan terlampir, mohon diproses dalam perubahan penjabaran APBD.\n\nDemikian, atas perhatiannya diucapkan terima kasih.\n\nKepala Bagian,\nHendra Wijaya, S.Sos., M.Si\nNIP 19780101 200212 1 009",
    ),
    _E(
        "email",
        "perencanaan_keuangan",
        "Subject: Re: SPPD Jakarta tanggal 12-15 Oktober\n\nBu, mohon maaf menanyakan lagi. Sudah tiga minggu sejak Ibu menyampaikan berkas saya lengkap, tetapi uang penggantian tiket dan uang harian perjalanan dinas ke Jakarta belum cair. Saya menalangi tiket pesawat dengan dana pribadi Rp 6,4 juta.\n\nTerima kasih.\nM. Ridwan\nBagian Pengadaan Barang dan Jasa\n\nPada Rab, 11 Nov 2026 pukul 10.21, Keuangan Setda Kukar <keuangan.setda@kukarkab.go.id> menulis:\n> Pak Ridwan, berkas SPJ perjalanan dinas Bapak sudah kami terima dan lengkap.\n> Akan diproses bersama pengajuan LS berikutnya.\n> Salam.",
    ),
    _E(
        "email",
        "perencanaan_keuangan",
        "From: CV Tenggarong Digital Printing <tdprinting@gmail.com>\nSent: Monday, November 30, 2026 9:05 AM\nTo: Keuangan Setda Kukar\nCc: Bagian Prokom Setda Kukar\nSubject: Konfirmasi pembayaran cetak baliho HUT Kukar\n\nSelamat pagi,\n\nBerdasarkan pesanan Setda untuk kebutuhan HUT Kabupaten Kutai Kartanegara bulan September, kami telah mencetak dan memasang 120 baliho dan 40 umbul-umbul. Invoice No. INV/TDP/09/117 senilai Rp 86.400.000 telah kami serahkan 2 Oktober. Sampai saat ini pembayaran belum kami terima. Mohon konfirmasi jadwal pembayarannya.\n\nTerima kasih,\nIrwan\nCV Tenggarong Digital Printing",
    ),
    _E(
        "whatsapp",
        "perencanaan_keuangan",
        "slmt siang bu, sy narasumber di bimtek penyusunan SOP yg diadakan Setda tgl 28 Okt. honor narasumber sy kok blm masuk ya bu? NPWP & rekening udh sy kirim ke panitia. mksh 🙏",
    ),
    _E(
        "whatsapp",
        "perencanaan_keuangan",
        "assalamualaikum, ulun PPPK paruh waktu di Sekretariat Daerah. gaji ulun bulan November kada masuk-masuk, kawan-kawan sudah. ulun kada tahu handak betakon ka siapa. tolong pian cekkan lah 🙏",
    ),
    _E(
        "whatsapp",
        "perencanaan_keuangan",
        "Izin bu, sy Bendahara Pengeluaran Pembantu Bagian Kesra. SPJ GU bulan Oktober kami dikembalikan verifikator karena bukti setor pajak belum diunggah dan ada nota tanpa stempel. Mohon arahan apakah cukup diperbaiki lalu diajukan ulang minggu ini supaya GU November tidak tertahan. Terima kasih bu 🙏",
    ),
    _E(
        "sms",
        "perencanaan_keuangan",
        "Pak, tagihan fotokopi & ATK toko kami utk Setda Kukar sejak Agustus blm dibayar, sdh 4 bln. Total 17 jt. Mhn kepastian. Toko Sumber Ilmu Tenggarong",
    ),
    _E(
        "sms",
        "perencanaan_keuangan",
        "Sy staf Setda, uang harian SPPD ke Balikpapan bln Okt blm cair pdhl SPJ sdh lengkap & diparaf Kabag. Mhn dicek.",
    ),
    _E(
        "telegram",
        "perencanaan_keuangan",
        "Selamat pagi. Saya sopir kendaraan dinas pimpinan di Bagian Umum Setda. Uang lembur dan honor pengemudi bulan September sampai November belum dibayarkan. Mohon informasi kapan dicairkan. Terima kasih. (Jumadi)",
    ),
    _E(
        "telegram",
        "perencanaan_keuangan",
        "Selamat siang Bagian Perencanaan dan Keuangan. Kami dari Bagian Kesra mohon informasi pagu indikatif Bagian Kesra untuk TA 2027 dan batas waktu input RKA di SIPD, karena kami harus menyesuaikan rencana kegiatan MTQ dan insentif guru ngaji. Terima kasih.",
    ),
    _E(
        "twitter",
        "perencanaan_keuangan",
        "@kukarkab Setda Kukar ngutang ke UMKM katering 3 bulan blm dibayar. Kami usaha kecil pak, modal habis buat nalangin 😢 @bupatikukar",
    ),
    _E(
        "web",
        "perencanaan_keuangan",
        "Judul: TPP staf Setda dipotong tanpa penjelasan\n\nTPP kami di Bagian Administrasi Pembangunan untuk bulan Oktober dipotong antara 15-30% tanpa penjelasan, padahal tidak ada keterlambatan absen. Kami mohon rincian perhitungan potongan TPP dari pengelola keuangan Setda.\n\nStaf Bagian Adpem (nama disamarkan)",
    ),
    _E(
        "web",
        "perencanaan_keuangan",
        "Judul: Honor tim penyusun Ranperda belum dibayar\n\nSaya staf Setda yang tergabung dalam tim penyusun Ranperda tentang Penyelenggaraan Bantuan Hukum sejak April 2026 berdasarkan SK Sekda. Honor tim untuk triwulan II dan III belum diterima, padahal kegiatan penyusunannya sudah selesai. Mohon penjelasan kapan honor dibayarkan.\n\nTerima kasih.",
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
