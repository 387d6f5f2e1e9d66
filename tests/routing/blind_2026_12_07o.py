# ruff: noqa: E501
"""Blind set written 2026-12-07 (fifteenth of the day) for issue 16: complaints as they appear in the wild, the way real ones are quoted in regional news, readers' letters, Facebook groups of Kukar residents and X replies to the regency's account. Farmers, fishermen, drivers, honorary teachers, students, traders, RT and village heads, contractors and vendors, staff of other agencies, journalists, activists, retirees, writers from outside Kukar; from ten-word SMS in chat spelling to letters of 150-300 words with letterhead, subject, signature, replies and forwards; a third long with other sections' matters around the one request, a fifth short, vague, angry or sarcastic with Kutai/Banjar words. 15 cases per section; per section 5 email, 3 whatsapp, 2 web, 2 sms, 1 telegram, 2 twitter (60 email, 36 whatsapp, 24 each of web, sms and twitter, 12 telegram). Written by two helper sessions, six sections each, with the same instructions, and joined into this file unread.

Written without reading config.yaml, routing/ or tests/routing/; each case is labelled only from
the mandates in docs/sections.md.

Scored ONCE, blind, with the rules of main e6c0931 (this file committed unread in 0bcf6a4), on
2026-12-07, after the dismissed-matter and subject-line changes tuned on 2026-12-07n: 164/180
correct = 91.1% (Wilson 95% interval 86.0%-94.5%), 0 fallbacks. Per channel: email 52/60 =
86.7%, sms 24/24, telegram 9/12, twitter 22/24, web 24/24, whatsapp 33/36. The rules of 1ca627b,
before those changes, place 160/180 (email 48/60 = 80.0%): the changes gained #46, #79, #135 and
#139 and lost none.
The errors (index in CASES, label -> got): #13 pemerintahan -> perencanaan_keuangan, #42 hukum ->
pbj, #52 kerjasama -> sda, #57 kerjasama -> prokom, #58 kerjasama -> sda, #62 perekonomian ->
sda, #78 sda -> pemerintahan, #97 adpem -> perekonomian, #120 organisasi -> pemerintahan, #124
organisasi -> adpem, #127 organisasi -> pemerintahan, #132 organisasi -> kesra, #137 umum ->
prokom, #138 umum -> sda, #150 prokom -> sda, #166 perencanaan_keuangan -> perekonomian.
"""

from __future__ import annotations

from tests.routing.case import Case

_E = Case

_PEMERINTAHAN = [
    _E(
        "email",
        "pemerintahan",
        "Kepada Yth.\nSekretaris Daerah Kabupaten Kutai Kartanegara\ndi Tenggarong\n\nPerihal: Mohon pembinaan dan evaluasi terhadap Kepala Desa Sabintulung\n\nDengan hormat,\nKami yang bertanda tangan di bawah ini, Ketua dan anggota Badan Permusyawaratan Desa (BPD) Desa Sabintulung, Kecamatan Muara Kaman, menyampaikan keadaan pemerintahan desa kami sejak awal tahun 2025.\n\nKepala desa hampir tidak pernah masuk kantor sejak Januari. Musyawarah desa untuk RKPDes belum juga diadakan walaupun sudah dua kali kami surati. APBDes tidak pernah diumumkan ke warga, perangkat desa bingung karena tidak ada arahan, dan surat-surat warga (pengantar nikah, keterangan usaha) sering tertahan berhari-hari menunggu tanda tangan.\n\nSoal jalan usaha tani di RT 04 yang mangkrak sudah kami sampaikan lewat musrenbang kecamatan, dan soal bantuan sosial yang salah sasaran biarlah ditangani dinas terkait. Surat ini kami tujukan khusus agar Pemerintah Kabupaten melalui Camat Muara Kaman melakukan pembinaan dan evaluasi terhadap kinerja Kepala Desa Sabintulung, serta memfasilitasi pertemuan antara BPD, perangkat desa dan kepala desa.\n\nDemikian surat ini kami sampaikan, atas perhatian Bapak kami ucapkan terima kasih.\n\nHormat kami,\nKetua BPD Desa Sabintulung\nHP 0813-4621-7785",
    ),
    _E(
        "email",
        "pemerintahan",
        "Terima kasih atas balasannya, Pak.\n\nNamun sampai hari ini belum ada jadwal turun lapangan dari tim penegasan batas. Warga RT 12 sekarang bingung mau mengurus surat keterangan domisili dan segel tanah ke desa mana, karena Desa Bhuana Jaya dan Desa Kerta Buana sama-sama mengklaim wilayah itu. Perusahaan tambang yang mau membayar tali asih lahan juga menunda pembayaran karena tidak tahu harus lewat desa yang mana, sehingga warga menyalahkan kami.\n\nKami mohon kepastian kapan tim kabupaten turun untuk meninjau dan menetapkan titik batas kedua desa, supaya pelayanan ke warga tidak terus tumpang tindih.\n\nSalam,\nSekretaris Desa Kerta Buana\nKec. Tenggarong Seberang\n0852-5090-3317\n\nPada Sen, 3 Jun 2024 pukul 09.14, Kasi Pemerintahan Kec. Tenggarong Seberang menulis:\n> Yth. Bapak Sekdes,\n> Surat permohonan penegasan batas desa sudah kami teruskan ke kabupaten.\n> Mohon bersabar menunggu jadwal dari tim.\n> Salam.",
    ),
    _E(
        "email",
        "pemerintahan",
        "Mohon izin meneruskan surat di bawah ke pihak yang menangani pilkades serentak di kabupaten, karena surat yang sama ke panitia tingkat desa tidak pernah dijawab.\n\n---------- Forwarded message ---------\nDari: Rusdiansyah <rusdi.jonggon@gmail.com>\nDate: Kam, 14 Nov 2024 pukul 20.41\nSubject: Keberatan hasil verifikasi bakal calon kepala desa Jonggon Jaya\nTo: panitia.pilkades.jonggonjaya@gmail.com\n\nDengan hormat,\nSaya Rusdiansyah, bakal calon kepala desa Jonggon Jaya, Kec. Loa Kulu, menyatakan keberatan atas keputusan panitia yang menyatakan saya tidak memenuhi syarat dengan alasan fotokopi ijazah belum dilegalisir. Ijazah saya sudah dilegalisir oleh sekolah asal dan tanda terimanya ada pada saya. Sementara itu bakal calon lain yang berkasnya juga belum lengkap tetap diloloskan.\n\nSaya memohon panitia kabupaten meninjau ulang hasil verifikasi ini sebelum penetapan calon dan pengundian nomor urut tanggal 25 November.\n\nHormat saya,\nRusdiansyah\n0821-5377-1402",
    ),
    _E(
        "email",
        "pemerintahan",
        "Yth. Pimpinan Sekretariat Daerah Kab. Kutai Kartanegara\n\nPerihal: Tindak lanjut usulan pembentukan desa persiapan di wilayah Kecamatan Muara Badak\n\nDengan hormat,\nMenindaklanjuti hasil musyawarah desa Saliki pada bulan Agustus 2024, warga Dusun Sungai Bawang Hilir dan Dusun Tanjung Berukang telah sepakat mengusulkan pemekaran kedua dusun tersebut menjadi desa persiapan. Jumlah penduduk kedua dusun sudah lebih dari 3.000 jiwa, dan jarak ke kantor desa induk sekitar 25 km lewat jalur sungai.\n\nBerkas usulan (berita acara musdes, peta wilayah sementara, daftar penduduk, persetujuan BPD) sudah kami kirim bulan Oktober. Sampai sekarang kami belum menerima informasi apakah usulan tersebut sudah dikaji, apa saja kekurangan berkasnya, dan bagaimana tahapan selanjutnya sampai penetapan desa persiapan.\n\nMohon arahan dan jadwal verifikasi lapangan, agar kami dapat menjelaskan kepada warga yang setiap minggu menanyakan kelanjutannya.\n\nDemikian, atas perhatian dan kerja samanya kami ucapkan terima kasih.\n\nKasi Tata Pemerintahan\nKantor Kecamatan Muara Badak\nTelp. 0541-69xxxx / 0811-5410-228",
    ),
    _E(
        "email",
        "pemerintahan",
        "Selamat siang Bapak/Ibu,\n\nSaya pensiunan guru yang sekarang tinggal di Balikpapan. Sejak 1998 saya memiliki kebun seluas kurang lebih 2 hektare di daerah perbatasan Desa Teluk Dalam dan Desa Tani Baru, Kecamatan Anggana. Dulu segel tanah saya dibuat di Desa Teluk Dalam.\n\nTahun lalu saya kaget karena ada orang lain yang mengaku memiliki lahan yang sama dengan surat keterangan dari Desa Tani Baru. Saya sudah menemui kedua kepala desa. Masing-masing bilang lahan itu masuk wilayahnya dan surat yang dikeluarkan desanya yang sah. Pengacara keluarga menyarankan langsung menggugat, tetapi saya tidak mau ribut di pengadilan dengan tetangga sekampung.\n\nYang saya mohon, Pemkab dapat mempertemukan kedua pemerintah desa, memastikan lahan itu sebenarnya masuk wilayah desa mana, dan desa mana yang berwenang mengeluarkan surat keterangan tanahnya. Setelah itu jelas, urusan dengan pihak lain bisa kami selesaikan secara kekeluargaan.\n\nTerima kasih atas perhatiannya.\n\nHormat saya,\nH. Abdul Gani (pensiunan)\nJl. Mayjend Sutoyo, Balikpapan\n0812-5832-6610",
    ),
    _E(
        "whatsapp",
        "pemerintahan",
        "Assalamualaikum pak, sy ketua RT 23 Kel. Loa Ipuh Tenggarong. Mau tanya insentif ketua RT semester 1 th ini kok blm masuk ya. Kata kelurahan masih nunggu SK penetapan pengurus RT yg baru dr kabupaten. Kami tiap hari ngurus warga, surat pengantar, kerja bakti, data warga. Mohon infonya kapan SK nya keluar 🙏",
    ),
    _E(
        "whatsapp",
        "pemerintahan",
        "Pak mohon maaf mengganggu. Kades kami di Desa Lamin Telihan (Kenohan) sdh 4 bulan tinggal di Samarinda, ke desa cuma kalau ada acara. Surat2 warga harus dibawa perangkat ke Samarinda buat ditandatangani. Apa tdk ada aturan kades wajib tinggal di desa? Mohon ditegur dari kabupaten, warga sdh capek.",
    ),
    _E(
        "whatsapp",
        "pemerintahan",
        "pian, pemilihan ketua RT di gang kami kemarin kada pakai musyawarah, langsung ditunjuk haja lawan lurah. warga kada terima 😤 ulun handak betakun, sah kah kaitu?",
    ),
    _E(
        "web",
        "pemerintahan",
        "Desa kami, Desa Segihan Kecamatan Sebulu, sudah hampir dua tahun dipimpin Penjabat Kepala Desa sejak kades sebelumnya mengundurkan diri. Pj-nya ASN dari kecamatan yang hanya datang hari Senin dan Kamis. Kami dengar pemilihan kepala desa antar waktu bisa dilaksanakan lewat musyawarah desa, tapi sampai sekarang tidak ada kabar sama sekali. Mohon penjelasan kapan pemilihan kades antar waktu di Desa Segihan bisa dilaksanakan, dan siapa yang harus mengusulkannya, BPD atau kecamatan?",
    ),
    _E(
        "web",
        "pemerintahan",
        "Kami warga Perumahan Griya Mahakam Asri di Desa Loa Duri Ilir, Loa Janan. Perumahan ini sudah dihuni hampir 300 KK sejak 2021 tetapi sampai sekarang belum punya RT sendiri. Kami masih 'dititipkan' di RT 08 yang letaknya 2 km dari perumahan, ketua RT-nya sendiri kewalahan dan tidak kenal warga kami. Akibatnya data warga kacau, ada yang tidak tercatat waktu pendataan bantuan sosial, surat pengantar harus antre ke kampung sebelah.\n\nSoal bansos yang salah data itu urusan lain. Yang kami minta sederhana: pemerintah desa segera membentuk RT baru untuk perumahan kami. Waktu kami tanya ke desa, jawabannya harus menunggu aturan penataan RT dari kabupaten. Mohon kabupaten memberi kejelasan ke desa supaya pembentukan RT bisa jalan tahun ini.",
    ),
    _E(
        "sms",
        "pemerintahan",
        "sy warga muara jawa pesisir, kades kami meninggal udh 8 bln blm ada pengganti jg. kpn pemilihannya gmn nih",
    ),
    _E(
        "sms",
        "pemerintahan",
        "patok batas desa sungai payang sm jembayan dicabut org kmrn, skrg saling klaim. tlg pemkab turun",
    ),
    _E(
        "telegram",
        "pemerintahan",
        "Selamat siang. Saya Kaur Keuangan Desa Kersik, Marangkayu. Saya bersama 3 perangkat desa lain diberhentikan oleh kades yang baru dilantik, tanpa rekomendasi camat, lalu posisi kami diisi tim sukses beliau waktu pilkades. SK pemberhentian tidak pernah kami terima, cuma diberitahu lisan. Sudah lapor ke kecamatan tapi disuruh sabar. Mohon petunjuk, apa pemberhentian perangkat desa seperti ini dibenarkan, dan ke mana kami harus mengadu?",
    ),
    _E(
        "twitter",
        "pemerintahan",
        "@PemkabKukar min, rumah sy di perbatasan Loa Janan sama Samarinda. KTP Kukar, tagihan PBB dari Samarinda, ketua RT nya dari Kukar 🙃 jadi sy ini warga mana sih? tolong batasnya dipastikan",
    ),
    _E(
        "twitter",
        "pemerintahan",
        "Satu dusun dua kepala dusun 👏👏 yg satu SK kades lama, yg satu SK kades baru. Warga bingung mau minta tanda tangan ke siapa. Mantap Kukar. Mohon ditertibkan lah pak @PemkabKukar",
    ),
]

_KESRA = [
    _E(
        "email",
        "kesra",
        'Yth. Pengelola Beasiswa Kukar Idaman\nPemerintah Kabupaten Kutai Kartanegara\n\nPerihal: Pencairan beasiswa semester genap belum diterima\n\nDengan hormat,\nSaya Nur Aisyah, mahasiswi semester 6 Program Studi D-III Keperawatan Poltekkes Kaltim, asal Desa Rapak Lambur, Tenggarong. Saya dinyatakan lolos seleksi beasiswa dan sudah mengikuti verifikasi berkas pada Oktober 2024.\n\nTeman-teman satu angkatan yang lolos bersama saya sudah menerima pencairan pada bulan Februari, tetapi sampai hari ini saya belum menerima apa pun. Di aplikasi tertulis "berkas ditolak - rekening tidak sesuai", padahal rekening sudah saya ganti ke Bank Kaltimtara sesuai arahan petugas di grup WhatsApp, dan buku tabungan baru sudah saya unggah ulang tanggal 12 Februari. Tidak ada pemberitahuan apakah unggahan itu sudah diperiksa.\n\nUntuk membayar UKT semester ini sebesar Rp 4.200.000 orang tua saya terpaksa meminjam uang. Saya mohon status berkas saya dicek kembali dan diberi tahu apa yang masih kurang, supaya beasiswa dapat dicairkan.\n\nDemikian permohonan ini saya sampaikan. Atas perhatian Bapak/Ibu saya ucapkan terima kasih.\n\nHormat saya,\nNur Aisyah\nNIK 6402xxxxxxxxxxxx\nHP 0822-5513-0948',
    ),
    _E(
        "email",
        "kesra",
        "Assalamualaikum wr. wb.\n\nYth. Bapak/Ibu di Sekretariat Daerah Kukar\n\nKami pengurus Masjid Nurul Yaqin RT 07 Desa Tani Harapan, Kecamatan Loa Janan. Pada Februari 2023 kami sudah memasukkan proposal bantuan pembangunan masjid (penggantian atap dan tempat wudu) dengan RAB Rp 185.000.000, lengkap dengan rekomendasi kepala desa dan camat. Dua kali kami datang ke kantor bupati, jawabannya proposal sudah masuk daftar tetapi belum dianggarkan.\n\nJalan menuju masjid memang rusak berat dan perusahaan batu bara di sebelah pernah berjanji membantu semen, tapi itu lain cerita dan tidak kami mintakan ke Bapak/Ibu. Yang kami tanyakan hanya: bagaimana status proposal bantuan masjid kami, apakah bisa masuk anggaran 2025, dan jika ada kekurangan berkas mohon diberi tahu supaya segera kami lengkapi. Atap masjid sekarang bocor di banyak titik dan jamaah salat Jumat sering kehujanan.\n\nWassalamualaikum wr. wb.\n\nKetua Takmir Masjid Nurul Yaqin\nTani Harapan, Loa Janan\n0853-4610-2271",
    ),
    _E(
        "email",
        "kesra",
        "Pak, ini saya teruskan email dari ketua sanggar di kampung kami, mohon dibantu jawab ya. Terima kasih.\n- Lurah Timbau\n\n---------- Forwarded message ---------\nFrom: Sanggar Seni Jepen Etam <sanggarjepenetam@gmail.com>\nDate: Sel, 7 Jan 2025 pukul 10.02\nSubject: Tanya cara pengajuan hibah untuk kelompok seni\nTo: kel.timbau@gmail.com\n\nSelamat pagi Pak Lurah,\nSanggar kami sudah aktif sejak 2016, anggota 40 orang anak dan remaja, sering tampil di Erau dan acara kecamatan. Kostum dan gamelan kami sudah rusak. Tahun lalu kami dengar kelompok masyarakat bisa mengajukan hibah ke pemkab, tapi waktu kami tanya katanya harus lewat aplikasi dan sudah tutup.\n\nKami mohon dibantu menanyakan: kapan jadwal pengajuan hibah/bansos untuk kelompok masyarakat tahun ini, syaratnya apa saja (apakah harus punya akta notaris), dan kepada siapa proposal diserahkan.\n\nTerima kasih,\nKetua Sanggar Seni Jepen Etam\n0813-5094-8812",
    ),
    _E(
        "email",
        "kesra",
        "Kepada Yth.\nPemerintah Kabupaten Kutai Kartanegara\nc.q. Sekretariat Daerah\n\nPerihal: Insentif guru TPA/TPQ triwulan III dan IV tahun 2024\n\nAssalamualaikum wr. wb.\n\nKami Forum Komunikasi Guru TPA/TPQ Kecamatan Kota Bangun menyampaikan bahwa insentif guru mengaji triwulan III dan IV tahun 2024 untuk 47 orang guru di wilayah kami belum diterima sampai akhir Januari 2025. Insentif marbot masjid di desa yang sama sudah cair bulan Desember, sehingga guru-guru bertanya mengapa insentif mereka tertinggal.\n\nSelain itu, ada 9 nama guru yang tahun lalu menerima tetapi tidak muncul lagi di daftar tahun ini, padahal mereka masih aktif mengajar dan data sudah diperbarui melalui KUA dan kecamatan.\n\nKami mohon penjelasan jadwal pencairan dan pengecekan ulang data penerima. Daftar nama dan lembaga kami lampirkan.\n\nWassalamualaikum wr. wb.\n\nKetua FKG TPA/TPQ Kec. Kota Bangun\nUstadz M. Ridwan\n0852-4720-6318",
    ),
    _E(
        "email",
        "kesra",
        "Mohon maaf saya balas lagi, Bu.\n\nSudah lewat dua bulan sejak MTQ tingkat kabupaten selesai, tapi uang pembinaan untuk para juara dari kafilah Kecamatan Tabang belum kami terima. Anak-anak kami yang juara 1 tilawah remaja dan juara 2 hifzil 10 juz sudah melengkapi fotokopi rekening dan KTP orang tua pada hari yang sama dengan email Ibu sebelumnya, dan sudah kami kirim ulang lewat pos. Mereka menempuh perjalanan dua hari lewat sungai untuk ikut lomba, orang tuanya bukan orang berada.\n\nMohon dicek apakah berkas kami sudah diterima dan kapan pembayarannya.\n\nSalam,\nPembina Kafilah MTQ Kecamatan Tabang\n0811-5855-0471\n\nPada Rab, 9 Okt 2024 pukul 14.20, Panitia MTQ menulis:\n> Yth. Pembina Kafilah,\n> Uang pembinaan akan ditransfer setelah berkas rekening para juara lengkap.\n> Terima kasih.",
    ),
    _E(
        "whatsapp",
        "kesra",
        "Selamat pagi pak/bu. Anak sy lulus beasiswa Kukar Idaman tahap 1, tp di pengumuman tahap 2 namanya hilang. Padahal IPK nya 3,6 dan berkas lengkap. Anak sy kuliah di Unmul Fakultas Teknik. Mohon dicek kenapa bisa hilang 🙏 terima kasih",
    ),
    _E(
        "whatsapp",
        "kesra",
        "Shalom, selamat sore bapak/ibu. Kami majelis jemaat GKII di Kota Bangun. Bulan lalu kami diminta melengkapi proposal bantuan renovasi gedung gereja, sudah kami antar lengkap ke kantor bupati. Pembangunan sekarang berhenti karena dana jemaat habis, atap baru setengah. Mohon info apakah proposal kami sdh diproses dan kapan ada verifikasi ke lapangan. Terima kasih, Tuhan memberkati.",
    ),
    _E(
        "whatsapp",
        "kesra",
        "Assalamualaikum, sy calon jemaah haji thn ini dr Sebulu, umur 67. Tahun2 lalu katanya pemkab bantu bus ke asrama haji Balikpapan. Thn ini bagaimana? Kami dr kecamatan jauh bingung harus kumpul dmn & jam brp, manasik terakhir jg blm ada info. Trims",
    ),
    _E(
        "web",
        "kesra",
        "Saya guru honorer SD di Desa Perangat Selatan, Marangkayu, sudah mengajar 9 tahun tetapi ijazah saya masih SMA. Honor kami Rp 750 ribu dan sering telat tiga bulan, itu sudah biasa dan tidak saya keluhkan di sini.\n\nYang ingin saya tanyakan: tahun lalu ada program beasiswa kuliah S1 PGSD untuk guru honorer dari pemkab, tetapi informasinya hanya beredar di grup tertentu dan tiba-tiba pendaftaran sudah tutup. Apakah tahun ini dibuka lagi, apa syaratnya, dan di mana pengumuman resminya? Mohon informasinya disebarkan sampai ke sekolah-sekolah di pelosok, jangan cuma di kota.",
    ),
    _E(
        "web",
        "kesra",
        "Kami Perkumpulan Penyandang Disabilitas Kecamatan Samboja, anggota 62 orang. Pada pertemuan di kecamatan bulan Mei, kami diberi tahu bisa mengajukan bantuan untuk usaha bersama (jahit dan servis elektronik). Proposal sudah kami masukkan, tetapi bulan lalu dikabarkan tidak bisa diproses karena organisasi kami belum berbadan hukum tiga tahun. Padahal waktu sosialisasi syarat itu tidak disebut. Mohon penjelasan syarat lengkap bantuan untuk kelompok masyarakat, dan apakah ada jalan lain bagi kelompok seperti kami.",
    ),
    _E("sms", "kesra", "beasiswa kukar idaman kpn cair ya, sy udh smt 5 blm prnh cair2. tlg pak"),
    _E(
        "sms",
        "kesra",
        "insentif marbot masjid di desa kami blm cair 2 triwulan. gmn ini pak, tolong",
    ),
    _E(
        "telegram",
        "kesra",
        "Permisi, sy warga Loa Janan Ilir. Kartu BPJS ibu sy yg iurannya dibayar pemda tiba2 nonaktif waktu mau cuci darah di RSUD AM Parikesit. Kata petugas kuota pemda dikurangi. Ibu sy lansia, kami tdk mampu bayar mandiri. Tolong dibantu diaktifkan lagi, katanya Kukar berobat gratis kok begini.",
    ),
    _E(
        "twitter",
        "kesra",
        'Proposal rumah ibadah kami katanya "sudah di meja" sejak 2022. Mejanya jauh kah pak? 🙃 masjid masih pakai terpal #Kukar',
    ),
    _E(
        "twitter",
        "kesra",
        "beasiswa kukar idaman tuh beneran ada ga sih min? daftar dari juli, verifikasi aja gak kelar2. keburu wisuda 🙃",
    ),
]

_HUKUM = [
    _E(
        "email",
        "hukum",
        "Nomor  : 551/0873/Dishub-Kukar/2025\nLamp.  : 1 (satu) berkas\nPerihal: Permohonan fasilitasi harmonisasi Rancangan Peraturan Bupati\n\nKepada Yth.\nSekretaris Daerah Kabupaten Kutai Kartanegara\ndi Tenggarong\n\nDengan hormat,\nBersama ini kami sampaikan Rancangan Peraturan Bupati tentang Tarif Retribusi Parkir di Tepi Jalan Umum beserta naskah penjelasannya. Rancangan ini disusun karena banyak keluhan juru parkir liar dan tarif yang berbeda-beda di Tenggarong dan Loa Janan.\n\nSebelum diproses lebih lanjut, kami memohon:\n1. jadwal rapat harmonisasi rancangan tersebut;\n2. pendapat hukum apakah besaran tarif masih dapat diatur dalam Peraturan Bupati setelah berlakunya Perda Pajak Daerah dan Retribusi Daerah yang baru, atau cukup merujuk lampiran Perda;\n3. koreksi atas format dan teknik penyusunan yang belum sesuai.\n\nPerlu kami sampaikan bahwa rancangan ini tidak mengatur parkir di lingkungan kantor bupati.\n\nDemikian, atas perhatian dan kerja samanya kami ucapkan terima kasih.\n\na.n. Kepala Dinas Perhubungan\nSekretaris,\nNIP 1975xxxxxxxxxxxxx\nKontak: Subbag Umum 0541-66xxxx",
    ),
    _E(
        "email",
        "hukum",
        "Yth. Pemerintah Kabupaten Kutai Kartanegara\n\nPerihal: Permintaan salinan Perda RTRW beserta lampiran peta\n\nDengan hormat,\nKami dari Simpul Warga Peduli Mahakam, jaringan masyarakat sipil yang selama ini memantau dampak pertambangan di Kukar. Banyak anak yang sudah meninggal di lubang bekas tambang di Kalimantan Timur, dan sebagian lubang itu berada dekat permukiman. Namun surat ini bukan untuk melaporkan lubang tambang.\n\nUntuk menyusun kajian tentang kesesuaian lokasi tambang dengan tata ruang, kami membutuhkan salinan lengkap Peraturan Daerah Kabupaten Kutai Kartanegara tentang Rencana Tata Ruang Wilayah yang berlaku, termasuk lampiran peta pola ruang dan struktur ruang, serta Peraturan Bupati pelaksananya bila ada. Di situs JDIH Kukar hanya muncul judul dan abstraknya, file PDF-nya tidak dapat diunduh, sedangkan lampiran peta tidak tersedia sama sekali.\n\nKami mohon dokumen tersebut dapat diunggah lengkap di JDIH atau dikirimkan ke alamat email kami. Sebagai informasi publik, kami kira dokumen ini memang wajib tersedia.\n\nTerima kasih.\n\nSalam,\nKoordinator Simpul Warga Peduli Mahakam\nJl. Gunung Belah, Tenggarong\n0813-4782-5590",
    ),
    _E(
        "email",
        "hukum",
        "Assalamualaikum Bapak/Ibu,\n\nSaya ibu rumah tangga di Kelurahan Muara Jawa Ulu. Anak saya laki-laki umur 19 tahun ditahan di Polsek sejak seminggu lalu karena dituduh mencuri HP teman kerjanya di kapal. Kata anak saya dia tidak mencuri, HP itu dititipkan ke dia. Kami keluarga tidak mampu, suami saya buruh harian, kami tidak sanggup membayar pengacara yang minta Rp 15 juta.\n\nSaya dengar dari tetangga pemkab punya program bantuan hukum gratis untuk warga miskin lewat lembaga bantuan hukum yang bekerja sama. Saya sudah punya surat keterangan tidak mampu dari kelurahan. Mohon diberi tahu bagaimana caranya mendaftar, ke mana saya harus datang, dan apakah anak saya bisa didampingi sebelum berkasnya dikirim ke kejaksaan.\n\nTerima kasih banyak, saya mohon sekali bantuannya.\n\nWassalam,\nIbu Hasnah\n0852-5034-7716",
    ),
    _E(
        "email",
        "hukum",
        'Yth. Pemerintah Kabupaten Kutai Kartanegara,\n\nMenanggapi balasan Bapak di bawah, kami perlu mengingatkan bahwa putusan Pengadilan Negeri Tenggarong dalam perkara gugatan ahli waris almarhum H. Darmansyah atas tanah yang sekarang digunakan sebagai kantor UPT di Kelurahan Loa Ipuh telah berkekuatan hukum tetap sejak Mahkamah Agung menolak kasasi pada Maret 2024. Amar putusan menghukum Tergugat membayar ganti kerugian sebesar Rp 2.350.000.000.\n\nSudah hampir setahun "sedang dikaji" dan belum ada satu pun undangan pertemuan. Klien kami sudah lanjut usia. Kami meminta kepastian jadwal pelaksanaan putusan secara sukarela; bila tidak ada tanggapan dalam 30 hari, kami akan mengajukan permohonan eksekusi ke pengadilan.\n\nHormat kami,\nKuasa Hukum Ahli Waris\nKantor Advokat Rahman & Rekan, Samarinda\n0811-5520-394\n\nPada Jum, 16 Agu 2024 pukul 11.05 menulis:\n> Terima kasih atas surat Saudara.\n> Permohonan pelaksanaan putusan sedang dikaji bersama perangkat daerah terkait.\n> Kami akan menghubungi Saudara.',
    ),
    _E(
        "email",
        "hukum",
        "Mohon bantuannya, surat ini juga sudah kami kirim ke DPRD.\n\n---------- Forwarded message ---------\nFrom: Paguyuban Pedagang Pasar Tangga Arung <paguyuban.ptatgr@gmail.com>\nDate: Sen, 10 Feb 2025 pukul 08.37\nSubject: Permintaan draf Raperda Pasar Rakyat dan undangan uji publik\n\nYth. Bapak/Ibu,\n\nKami mendengar Pemkab dan DPRD sedang membahas Rancangan Peraturan Daerah tentang Penataan dan Pembinaan Pasar Rakyat. Harga sewa kios, pasar yang makin sepi, dan stok minyak goreng yang naik turun memang masalah kami sehari-hari, tapi kali ini kami tidak mengeluhkan itu.\n\nKami hanya meminta dua hal:\n1. salinan draf Raperda tersebut (versi terakhir) beserta naskah akademiknya;\n2. kesempatan bagi perwakilan pedagang untuk memberi masukan dalam uji publik atau rapat dengar pendapat sebelum Raperda disahkan, terutama pasal tentang zonasi dan sanksi bagi pedagang.\n\nTerima kasih atas perhatiannya.\n\nSekretaris Paguyuban\n0821-5400-7713",
    ),
    _E(
        "whatsapp",
        "hukum",
        "Pagi pak, izin tanya. Sy cari Perbup Kukar ttg tata cara penganggaran dan pemberian hibah yg terbaru (perubahan 2024) di website JDIH, tp yg muncul cuma versi 2019, file perubahannya gak bisa didownload. Sy pendamping desa, butuh utk sosialisasi ke kelompok masyarakat minggu depan. Bisa dikirimkan PDF nya? 🙏",
    ),
    _E(
        "whatsapp",
        "hukum",
        "Assalamualaikum. Tanah kebun almarhum bapak sy di Sebulu digugat org yg ngaku punya sertifikat. Sidang pertama bulan depan di PN Tenggarong. Kami gak ngerti hukum & gak punya uang buat pengacara. Ada gak pendampingan hukum gratis dr pemkab buat warga spt kami? Mohon infonya",
    ),
    _E(
        "whatsapp",
        "hukum",
        "Bang mau nanya aja. Di Tenggarong Seberang ada kafe buka sampe jam 2 malam jual miras. Warga mau protes tapi katanya gak ada aturannya di Kukar. Perda ttg pengawasan minuman beralkohol masih berlaku gak? nomor berapa? biar kami punya pegangan waktu rapat sama pemilik kafe",
    ),
    _E(
        "web",
        "hukum",
        "Saya mahasiswa Fakultas Hukum Universitas Kutai Kartanegara yang sedang menyusun skripsi tentang pengakuan masyarakat hukum adat di Kukar. Di JDIH saya hanya menemukan teks Perda-nya. Saya membutuhkan naskah akademik dan, bila memungkinkan, risalah pembahasan Raperda tersebut. Bagaimana prosedur permohonannya, apakah cukup surat pengantar dari fakultas, dan ke mana surat ditujukan? Terima kasih.",
    ),
    _E(
        "web",
        "hukum",
        "Kami forum warga di sepanjang jalan poros Tenggarong - Loa Kulu. Debu dan kemacetan akibat truk batu bara sudah bertahun-tahun kami rasakan, itu sudah sering dilaporkan. Yang ingin kami persoalkan sekarang adalah aturannya. Peraturan Bupati yang terbit tahun lalu tentang jam operasional angkutan di jalan umum memberi pengecualian bagi angkutan hasil tambang pada malam hari. Menurut kami ketentuan itu bertentangan dengan Perda Provinsi Kaltim yang melarang angkutan batu bara melintas di jalan umum. Kami meminta Perbup tersebut dikaji ulang dan direvisi, dan meminta diberi kesempatan menyampaikan pendapat dalam proses perubahannya.",
    ),
    _E(
        "sms",
        "hukum",
        "sy korban kdrt mau gugat cerai tp gak ada biaya pengacara. bs dpt bantuan hukum gratis dr pemkab kah? sy di loa kulu",
    ),
    _E("sms", "hukum", "link jdih kukar mati trs, perda pajak daerah yg baru dmn dpt nya ya"),
    _E(
        "telegram",
        "hukum",
        "Selamat malam. Kami 14 KK di RT 09 Kelurahan Sukarame, Tenggarong, menerima surat teguran dari Pemkab untuk mengosongkan lahan dalam 30 hari karena disebut aset pemda. Kami tinggal di sini sejak 1985 dan punya segel dari lurah waktu itu. Kami ingin menyanggah secara hukum. Ke mana kami harus mengajukan keberatan, dan apakah ada mediasi dulu sebelum masalah ini dibawa ke pengadilan?",
    ),
    _E(
        "twitter",
        "hukum",
        "Raperda nya tiba2 udah paripurna aja, drafnya gak pernah dibuka ke publik 🙃 uji publiknya di grup WA kah? tolong upload lah ke JDIH min @PemkabKukar",
    ),
    _E(
        "twitter",
        "hukum",
        "@PemkabKukar JDIH nya 404 terus min 🙏 mau cari perbup ttg desa wisata buat tugas kuliah, udah 3 hari gak bisa dibuka",
    ),
]

_KERJASAMA = [
    _E(
        "email",
        "kerjasama",
        "Nomor   : 214/UNM/KS/I/2025\nPerihal : Permohonan perpanjangan Nota Kesepahaman\n\nKepada Yth.\nBupati Kutai Kartanegara\nc.q. Sekretaris Daerah\ndi Tenggarong\n\nDengan hormat,\nUniversitas Nusantara Mandiri Yogyakarta dan Pemerintah Kabupaten Kutai Kartanegara telah menandatangani Nota Kesepahaman pada tahun 2020 di bidang pendidikan, penelitian dan pengabdian kepada masyarakat, yang berakhir pada 31 Desember 2024. Selama masa berlakunya, kami telah mengirimkan mahasiswa KKN tematik ke 12 desa di Kecamatan Tabang dan Kembang Janggut, serta melaksanakan penelitian bersama tentang budidaya ikan air tawar.\n\nKami bermaksud memperpanjang Nota Kesepahaman tersebut untuk lima tahun ke depan dan menindaklanjutinya dengan perjanjian kerja sama teknis dengan beberapa perangkat daerah. Bersama ini kami lampirkan draf naskah perpanjangan. Kami mohon koreksi dan masukan atas draf tersebut serta informasi mengenai jadwal penandatanganan.\n\nDemikian permohonan ini, atas perhatian dan kerja samanya kami ucapkan terima kasih.\n\nWakil Rektor Bidang Kerja Sama\nUniversitas Nusantara Mandiri\nTelp. 0274-55xxxx / 0812-2710-5531",
    ),
    _E(
        "email",
        "kerjasama",
        "Kepada Yth.\nPemerintah Kabupaten Kutai Kartanegara\ndi Tenggarong\n\nPerihal: Penyaluran program TJSL PT Mahakam Bara Lestari di Desa Separi\n\nDengan hormat,\nKami Pemerintah Desa Separi, Kecamatan Tenggarong Seberang. Soal debu dan kerusakan jalan akibat angkutan batu bara sudah kami laporkan ke dinas lingkungan hidup; surat ini khusus menyangkut program tanggung jawab sosial perusahaan.\n\nSepanjang 2024, PT Mahakam Bara Lestari menyalurkan program air bersih (sumur bor dan tandon) yang menurut laporan perusahaan bernilai Rp 1,2 miliar untuk Desa Separi. Kenyataannya sumur bor hanya dibangun di 2 dari 6 RT, dan RT yang paling dekat dengan lokasi tambang justru tidak mendapat apa-apa. Rencana program juga tidak pernah dimusyawarahkan dengan pemerintah desa maupun BPD.\n\nKami mohon Pemkab, selaku koordinator forum TJSL, meminta perusahaan memaparkan rencana dan realisasi programnya di Desa Separi, serta memastikan penyaluran tahun 2025 direncanakan bersama desa dan merata.\n\nDemikian, atas perhatiannya kami ucapkan terima kasih.\n\nKepala Desa Separi\n0813-4670-1284",
    ),
    _E(
        "email",
        "kerjasama",
        "Yth. Sekretariat Daerah Kabupaten Kutai Kartanegara\n\nPerihal: Tindak lanjut draf Kesepakatan Bersama penyediaan air baku\n\nDengan hormat,\nMenindaklanjuti pertemuan kedua pemerintah daerah di Tenggarong pada 22 Oktober 2024, Pemerintah Kota Bontang telah mengirimkan draf Kesepakatan Bersama tentang pemanfaatan sumber air baku di wilayah Kecamatan Marangkayu untuk kebutuhan Perumda Air Minum Kota Bontang, melalui surat nomor 180/1124/Setda tanggal 4 November 2024.\n\nHingga saat ini kami belum menerima tanggapan atau koreksi atas draf tersebut. Mengingat proses ini juga perlu dilaporkan kepada Gubernur dan DPRD masing-masing, kami mohon informasi mengenai tanggapan Pemkab Kutai Kartanegara, jadwal rapat pembahasan bersama, dan rencana penandatanganan.\n\nAtas perhatian dan kerja samanya kami ucapkan terima kasih.\n\nSekretariat Daerah Kota Bontang\nAnalis Kebijakan Ahli Muda\n0548-2xxxxx / 0821-5520-6614",
    ),
    _E(
        "email",
        "kerjasama",
        "Pak, ini email dari perusahaan yang kemarin telepon ke kantor kecamatan. Kami teruskan karena yang ditanyakan bukan kewenangan kecamatan.\n\n---------- Forwarded message ---------\nFrom: CSR Officer PT Sawit Tunas Borneo <csr@sawittunasborneo.co.id>\nDate: Rab, 22 Jan 2025 pukul 15.48\nSubject: Pendaftaran rencana program TJSL 2025 di Kukar\nTo: kec.kembangjanggut@gmail.com\n\nYth. Bapak/Ibu,\nPerusahaan kami mengelola kebun kelapa sawit di wilayah Kembang Janggut dan Tabang. Untuk tahun 2025 kami menyiapkan anggaran program tanggung jawab sosial sekitar Rp 850 juta untuk 9 desa sekitar kebun. Agar tidak tumpang tindih dengan program pemerintah daerah, kami ingin mendaftarkan rencana program tersebut ke Pemkab.\n\nMohon informasi: melalui forum atau mekanisme apa rencana program perusahaan dilaporkan, format laporan realisasi yang diminta, dan apakah ada daftar prioritas desa dari Pemkab.\n\nTerima kasih,\nCSR Officer\n0811-5400-2290",
    ),
    _E(
        "email",
        "kerjasama",
        'Terima kasih Pak atas jawabannya, tetapi jawaban di bawah belum menjawab pertanyaan kami.\n\nKami tidak sedang membahas reklamasi lubang tambang atau izin perusahaan. Kami meminta data yang semestinya ada di Pemkab sebagai koordinator: daftar perusahaan yang menyalurkan program CSR/TJSL di Kukar tahun 2023 dan 2024, desa penerima, jenis program dan nilainya. Beberapa desa di Loa Kulu dan Muara Jawa mengaku tidak pernah menerima apa pun, padahal di baliho perusahaan ditulis telah membantu "puluhan desa".\n\nJika data itu memang ada di masing-masing perusahaan, mohon Pemkab meminta perusahaan menyampaikannya dan mengumumkan rekapnya kepada publik.\n\nSalam,\nLembaga Kajian Transparansi Etam\n0852-4611-9035\n\nPada Kam, 30 Jan 2025 pukul 09.12 menulis:\n> Terima kasih atas perhatian Saudara.\n> Data program TJSL dikelola oleh masing-masing perusahaan.\n> Salam.',
    ),
    _E(
        "whatsapp",
        "kerjasama",
        "Assalamualaikum pak. Sy warga Desa Sepatin, Anggana. Bantuan dari perusahaan migas thn lalu berupa tandon air & genset cuma dibagi ke keluarga kades & aparat desa. Warga nelayan yg lain gak dapat apa2. Bisa gak pemkab minta perusahaan data ulang penerimanya & umumkan ke warga?",
    ),
    _E(
        "whatsapp",
        "kerjasama",
        "Kak, sy dr BEM Politeknik Pertanian Samarinda. Kampus kami mau kirim 30 mhs magang ke beberapa dinas di Kukar, tp kata dinas harus ada perjanjian kerja sama dgn pemkab dulu. Gimana prosedurnya ya, dokumen apa aja yg hrs disiapkan kampus? Makasih kak 🙏",
    ),
    _E(
        "whatsapp",
        "kerjasama",
        "Sy ketua RT 05 Desa Batuah, Loa Janan. Perusahaan tambang janji bantuan lampu jalan tenaga surya 20 titik di RT kami, baru 8 yg dipasang, 3 udh mati. Kami tanya ke humas perusahaan katanya sdh dilaporkan ke pemkab selesai 100%. Mohon dicek ke lapangan pak 🙏",
    ),
    _E(
        "web",
        "kerjasama",
        "Kami startup dari Jakarta yang mengembangkan aplikasi pemasaran produk desa dan wisata. Kami sudah bekerja sama dengan dua kabupaten di Jawa Tengah dan ingin menjalin kerja sama resmi dengan Pemkab Kutai Kartanegara tanpa biaya dari APBD, misalnya untuk membantu produk UMKM dan desa wisata di Kukar tampil di platform kami. Mohon informasi prosedur pengajuan kerja sama dengan pihak swasta: surat ditujukan kepada siapa, dokumen apa yang dibutuhkan (profil perusahaan, draf MoU, dsb.), dan kira-kira berapa lama prosesnya.",
    ),
    _E(
        "web",
        "kerjasama",
        'Saya warga Kelurahan Sungai Merdeka, Samboja. Di kelurahan kami ada tiga perusahaan batu bara. Lubang bekas tambangnya masih ada dan harga gas melon juga lagi mahal, tapi yang mau saya sampaikan di sini soal program CSR.\n\nTahun lalu salah satu perusahaan mengadakan "pelatihan menjahit dan bantuan mesin jahit" untuk ibu-ibu. Pelatihannya cuma satu hari, mesin jahit yang dibagikan 10 unit untuk 3 RT, dan tidak ada pendampingan. Tetapi di laporan tahunan yang dipajang di kantor kelurahan, nilainya ditulis ratusan juta. Warga tidak pernah diajak merencanakan.\n\nSaya mohon Pemkab memeriksa kesesuaian laporan CSR perusahaan-perusahaan di Samboja dengan kenyataan di lapangan, dan ke depan melibatkan warga dalam menentukan program.',
    ),
    _E(
        "sms",
        "kerjasama",
        "dana csr prsh sawit di desa kami kmn aja, tdk prnh ada laporan ke warga. tlg pemkab tanyain",
    ),
    _E(
        "sms",
        "kerjasama",
        "kpn mou pemkab dgn kampus kami diperpanjang? udh habis bln lalu, mhs kkn gak bs brgkt",
    ),
    _E(
        "telegram",
        "kerjasama",
        "Selamat siang, izin bertanya. Kami dari Dinas Pariwisata Kukar berencana kerja sama dengan Pemkab Berau untuk paket wisata bersama (Festival Erau - Derawan). Draf perjanjiannya apakah harus dikoordinasikan lewat Setda dulu sebelum dikirim ke Berau? Dan apakah kerja sama seperti ini perlu persetujuan DPRD? Terima kasih.",
    ),
    _E(
        "twitter",
        "kerjasama",
        "CSR nya dibagi ke siapa sih? Desa ring 1 tambang malah gak kebagian apa2, yg dapet desa jauh yg gak kena debu 🤡 @PemkabKukar",
    ),
    _E(
        "twitter",
        "kerjasama",
        "MoU sama kampus luar negeri kemarin cuma sesi foto tanda tangan ya? 2 thn gak ada kelanjutannya 📸 #Kukar",
    ),
]

_PEREKONOMIAN = [
    _E(
        "email",
        "perekonomian",
        "Yth. Bapak/Ibu Pemerintah Kabupaten Kutai Kartanegara\n\nPerihal: Pasar sepi karena pedagang di luar pasar\n\nDengan hormat,\nKami pedagang sayur dan ikan di lantai dasar Pasar Tangga Arung, Tenggarong. Sejak setahun terakhir, di sepanjang jalan depan pasar dan di lahan parkir berdiri puluhan lapak pedagang kaki lima mulai subuh sampai jam 10 pagi. Pembeli cukup belanja di pinggir jalan, tidak mau masuk ke dalam. Pendapatan kami turun lebih dari separuh, padahal kami tetap membayar sewa kios dan retribusi setiap hari. Lantai atas sudah hampir kosong karena pedagangnya pindah ke luar.\n\nAtap yang bocor sudah diperbaiki tahun lalu, terima kasih, jadi itu bukan masalah lagi. Yang kami mohon sekarang adalah penataan pedagang: pedagang di luar diajak masuk dan diberi tempat di dalam pasar, jam bongkar muat diatur, dan pengelola pasar benar-benar mengawasi. Kami tidak menolak pedagang baru, kami hanya ingin pasar ini hidup lagi.\n\nDemikian surat kami. Atas perhatian Bapak/Ibu kami ucapkan terima kasih.\n\nHormat kami,\nPerwakilan Pedagang Lantai Dasar Pasar Tangga Arung\nHj. Rusmini\n0852-5033-1847",
    ),
    _E(
        "email",
        "perekonomian",
        "Kepada Yth.\nPemerintah Kabupaten Kutai Kartanegara\n\nPerihal: Kelangkaan LPG 3 kg di Kelurahan Muara Jawa Ulu\n\nDengan hormat,\nSaya Ketua RT 14 Kelurahan Muara Jawa Ulu menyampaikan keluhan warga mengenai sulitnya mendapatkan gas elpiji 3 kg sejak akhir Desember. Pangkalan di wilayah kami hanya menerima kiriman dua kali sebulan dan habis dalam beberapa jam. Di pengecer harganya Rp 45.000 sampai Rp 50.000 per tabung, jauh di atas HET. Banyak warga terutama yang berjualan gorengan dan kue kembali memakai kayu bakar.\n\nBantuan sembako dari pemerintah bulan lalu juga belum merata ke warga kami, tetapi yang paling mendesak sekarang adalah gas.\n\nKami memohon agar Pemkab berkoordinasi dengan Pertamina dan agen untuk menambah pasokan ke Muara Jawa, mengadakan operasi pasar LPG, dan memeriksa pangkalan yang menjual ke pengecer dalam jumlah besar.\n\nDemikian, terima kasih atas perhatiannya.\n\nKetua RT 14 Kel. Muara Jawa Ulu\n0813-5087-4429",
    ),
    _E(
        "email",
        "perekonomian",
        "Maaf Pak, jawaban ini sama persis dengan jawaban tahun lalu.\n\nYang saya tanyakan sederhana: Perusda Kukar Agro Sejahtera sudah menerima penyertaan modal dari APBD sekitar Rp 20 miliar dalam lima tahun, tetapi laporan keuangan dan kinerjanya tidak pernah diumumkan. Unit usaha penggilingan padi di Sebulu sudah tutup, kebun yang dikelola katanya tidak produktif. Sampai sekarang tidak jelas apakah perusahaan ini pernah menyetor dividen ke kas daerah.\n\nSaya meminta Pemkab selaku pemilik melakukan evaluasi terbuka terhadap Perusda tersebut dan mengumumkan laporan kinerjanya kepada publik sebelum ada tambahan modal lagi.\n\nSalam,\nWarga Tenggarong, pemerhati anggaran daerah\n0812-5411-0392\n\nPada Sel, 4 Mar 2025 pukul 16.30 menulis:\n> Terima kasih atas masukan Saudara.\n> Masukan akan kami sampaikan kepada direksi dan dewan pengawas.\n> Salam.",
    ),
    _E(
        "email",
        "perekonomian",
        'Yth. Bapak/Ibu Pemerintah Kabupaten Kutai Kartanegara\n\nDengan hormat,\nKami Kelompok Usaha Bersama "Manik Lekaq" di Desa Lekaq Kidau, Kecamatan Sebulu, beranggotakan 18 ibu rumah tangga yang membuat tas, gelang dan hiasan dari manik dan anyaman rotan. Dulu ada perusahaan yang berjanji memberi bantuan mesin dan modal lewat program sosialnya, tetapi sampai sekarang tidak terealisasi, dan kami tidak ingin terus bergantung pada janji itu.\n\nYang kami butuhkan adalah pendampingan usaha dari pemerintah: cara mengurus izin usaha dan sertifikat halal untuk produk makanan kami, kesempatan ikut pameran produk daerah, dan informasi akses Kredit Usaha Rakyat. Selama ini informasi pelatihan UMKM biasanya hanya sampai ke pelaku usaha di Tenggarong.\n\nKami mohon informasi program pembinaan UMKM tahun 2025 dan bagaimana kelompok dari desa bisa ikut.\n\nDemikian, terima kasih.\n\nKetua KUB Manik Lekaq\nIbu Martina\n0853-4710-6628',
    ),
    _E(
        "email",
        "perekonomian",
        "Yth. Bapak/Ibu,\nMohon izin saya teruskan surat dari asosiasi sopir di wilayah kami, kondisinya memang seperti ini setiap hari.\n- Staf Kantor Kecamatan Kota Bangun\n\n---------- Forwarded message ---------\nFrom: Ketua Paguyuban Sopir Angkutan Kota Bangun\nDate: Jum, 21 Feb 2025 pukul 06.55\nSubject: Antrean solar di SPBU Kota Bangun\n\nPak Camat,\nSetiap hari solar di SPBU Kota Bangun habis sebelum jam 10 pagi. Sopir truk sembako dan material antre sejak subuh, bahkan ada yang menginap. Kami melihat ada kendaraan dengan tangki yang sudah dimodifikasi bolak-balik mengisi, lalu solarnya dijual lagi Rp 12.000 per liter di pinggir jalan. Nelayan yang perlu solar untuk perahu juga tidak kebagian.\n\nKami mohon diteruskan ke kabupaten agar distribusi solar bersubsidi diawasi, pelangsir ditertibkan dan kuota untuk Kota Bangun ditambah.\n\nTerima kasih.",
    ),
    _E(
        "whatsapp",
        "perekonomian",
        "Pak, harga cabe rawit di pasar Loa Kulu sdh 120rb sekilo, bawang merah 60rb. Pedagang kecil kyk sy gak berani stok banyak. Kapan ada operasi pasar atau pasar murah di Loa Kulu? 🙏",
    ),
    _E(
        "whatsapp",
        "perekonomian",
        "Bang sy ojol di Tenggarong. Pertalite di SPBU dkt jembatan habis terus dr siang, eceran botolan 15rb. Seharian narik cuma cukup buat bensin doang. Tolong pemkab koordinasi sm pertamina lah 🙏",
    ),
    _E(
        "whatsapp",
        "perekonomian",
        "pian, gas melon kada ada haja di pangkalan Loa Janan Ilir sudah saminggu. ulun bejualan wadai kada kawa masak. pangkalannya bilang kiriman kada datang. tulung lah 😭",
    ),
    _E(
        "web",
        "perekonomian",
        "Di Kelurahan Sangasanga Dalam, pangkalan gas 3 kg menjual sebagian besar tabungnya ke rumah makan dan pengecer dalam jumlah banyak, sementara warga yang datang membawa KTP sering diberi tahu sudah habis. Beberapa jam kemudian gas yang sama dijual di kios Rp 40.000. Mohon pengawasan distribusi gas bersubsidi di Sangasanga diperketat dan pangkalan yang nakal diberi sanksi.",
    ),
    _E(
        "web",
        "perekonomian",
        "Harga beras medium di Kota Bangun sekarang Rp 16.000 per kilo, premium hampir Rp 18.000. Beras murah program pemerintah (SPHP) yang katanya ada di toko-toko tidak pernah kami lihat di sini. Ironis, daerah kami termasuk penghasil padi, petani di sini malah menjual gabah murah ke tengkulak dari luar. Tapi yang saya minta sekarang untuk kami sebagai pembeli: mohon diadakan pasar murah atau operasi pasar beras di Kota Bangun dan pastikan beras SPHP sampai ke kecamatan hulu.",
    ),
    _E("sms", "perekonomian", "gas 3kg di anggana 50rb skrg, pangkalan tutup trs. tlg ditindak"),
    _E(
        "sms",
        "perekonomian",
        "minyak goreng kita kosong di pasar sebulu, ada jg mahal bgt 22rb. gmn ini",
    ),
    _E(
        "telegram",
        "perekonomian",
        "Selamat siang, sy pelaku UMKM keripik pisang di Loa Janan. Tahun lalu ada pelatihan & bantuan kemasan dari pemkab, thn ini ada lagi kah? Cara daftarnya gimana? Sy juga pengen produk sy masuk toko oleh-oleh & bandara tp gak tau jalurnya. Terima kasih.",
    ),
    _E(
        "twitter",
        "perekonomian",
        "Tabung melon sekarang kayak emas, dicari susah, sekali dapat 40rb 😭 @PemkabKukar tolong lah",
    ),
    _E("twitter", "perekonomian", "Bensin eceran di Tabang 20rb seliter. Merdeka 🇮🇩🙂"),
]

_SDA = [
    _E(
        "email",
        "sda",
        "Kepada Yth.\nPemerintah Kabupaten Kutai Kartanegara\n\nPerihal: Lubang bekas tambang dekat SD di Desa Sumber Sari\n\nDengan hormat,\nSaya guru honorer di SD Negeri di Desa Sumber Sari, Kecamatan Loa Kulu. Sekitar 200 meter di belakang sekolah kami ada lubang bekas galian batu bara seluas kira-kira dua lapangan bola yang sekarang sudah penuh air. Tidak ada pagar, tidak ada papan peringatan, dan perusahaannya sudah tidak beroperasi sejak 2019.\n\nSetiap pulang sekolah, terutama musim kemarau, anak-anak kelas 4 sampai 6 pergi berenang dan memancing di sana. Kami guru sudah berkali-kali melarang, tetapi kami tidak bisa mengawasi setelah jam sekolah. Kita semua tahu sudah banyak anak di Kaltim yang meninggal tenggelam di lubang tambang seperti ini.\n\nAtap dua ruang kelas kami juga bocor, tetapi itu masih bisa menunggu. Yang tidak bisa menunggu adalah lubang ini. Kami mohon Pemkab berkoordinasi dengan instansi yang berwenang agar perusahaan pemilik izin segera memagari dan mereklamasi lubang tersebut, atau setidaknya dipasang pagar dan papan larangan secepatnya.\n\nDemikian, atas perhatiannya kami ucapkan terima kasih.\n\nHormat saya,\nGuru SD, Desa Sumber Sari\n0821-5580-3376",
    ),
    _E(
        "email",
        "sda",
        'Yth. Bapak/Ibu di Pemkab Kukar\n\nPerihal: Pembagian bantuan alat pertanian di Desa Liang Ilir\n\nDengan hormat,\nKami Kelompok Tani "Sumber Rezeki" Desa Liang Ilir, Kecamatan Kota Bangun, beranggotakan 26 petani sawah dengan luas garapan 41 hektare. Sejak 2023 kami sudah diusulkan lewat penyuluh sebagai calon penerima bantuan hand tractor dan pompa air. Nama kelompok kami sudah tercatat di daftar calon penerima.\n\nBulan lalu bantuan datang ke desa, tetapi diberikan kepada dua kelompok yang baru dibentuk tahun ini, yang anggotanya sebagian besar keluarga aparat desa. Harga gabah musim ini juga anjlok dan petani sudah susah, jadi kami sangat kecewa.\n\nKami memohon Pemkab meminta dinas terkait memeriksa kembali data calon penerima bantuan alat pertanian di Desa Liang Ilir dan menjelaskan kepada kami mengapa kelompok kami dilewati.\n\nTerima kasih.\n\nKetua Poktan Sumber Rezeki\n0852-5014-7723',
    ),
    _E(
        "email",
        "sda",
        "Yth. Bapak/Ibu,\n\nMenindaklanjuti email kami bulan lalu: sampai hari ini belum ada petugas yang datang mengambil sampel air di tambak kami.\n\nSejak kebocoran pipa di area perusahaan migas di dekat Desa Saliki pada 3 Februari, air di saluran tambak berwarna kehitaman dan berbau minyak. Udang windu di sekitar 17 hektare tambak milik 11 petambak mati dalam tiga hari. Perwakilan perusahaan datang menawarkan bantuan CSR berupa sembako, tetapi kami tidak meminta CSR. Kami meminta pencemaran ini diuji di laboratorium, sumbernya diusut, dan perusahaan bertanggung jawab memulihkan lingkungan tambak.\n\nMohon segera ditindaklanjuti sebelum buktinya hilang terbawa pasang surut.\n\nSalam,\nKetua Kelompok Petambak Saliki Jaya, Muara Badak\n0813-4790-2254\n\nPada Sen, 10 Feb 2025 pukul 13.02 menulis:\n> Laporan Bapak sudah kami terima dan akan dikoordinasikan dengan instansi terkait.\n> Terima kasih.",
    ),
    _E(
        "email",
        "sda",
        "Mohon ditindaklanjuti. Surat ini sudah kami kirim ke perusahaan dua kali tanpa jawaban.\n\n---------- Forwarded message ---------\nFrom: Pemerintah Desa Loa Sakoh <desaloasakoh@gmail.com>\nDate: Kam, 16 Jan 2025 pukul 09.40\nSubject: Kebun sawit melewati batas HGU dan plasma 20 persen\nTo: humas@ptsawitmahakamraya.co.id\n\nDengan hormat,\nBerdasarkan pengukuran bersama warga, PT Sawit Mahakam Raya telah menanam kelapa sawit sekitar 180 hektare di luar areal HGU-nya, termasuk di atas kebun karet warga Desa Loa Sakoh, Kecamatan Kembang Janggut. Selain itu kebun plasma 20 persen yang dijanjikan sejak 2014 belum terealisasi sama sekali. Gara-gara kebun inti itu, batas kami dengan desa tetangga juga ikut kacau.\n\nKami meminta perusahaan menghentikan penanaman di luar HGU dan merealisasikan plasma, dan meminta Pemkab mengevaluasi izin usaha perkebunan perusahaan serta memfasilitasi penyelesaian dengan warga.\n\nKepala Desa Loa Sakoh\n0852-5077-3109",
    ),
    _E(
        "email",
        "sda",
        'Kepada Yth.\nPemerintah Kabupaten Kutai Kartanegara\n\nPerihal: Laporan dugaan pembalakan liar di hulu Sungai Belayan\n\nDengan hormat,\nKami Yayasan Hutan Lestari Borneo, lembaga yang mendampingi masyarakat adat di Kecamatan Tabang. Dalam tiga bulan terakhir, warga melaporkan kayu ulin dan meranti gelondongan diangkut dengan rakit pada malam hari dari arah hulu Sungai Belayan. Hasil pengecekan kami menunjukkan penebangan terjadi di kawasan hutan, bukan di lahan warga, dan jalan logging baru sudah dibuka sekitar 6 km.\n\nWarga takut melapor langsung karena yang terlibat disebut-sebut punya "orang dalam". Kami memohon Pemkab berkoordinasi dengan KPH, dinas kehutanan provinsi dan penegak hukum kehutanan untuk memeriksa lokasi dan menghentikan penebangan. Titik koordinat dan foto kami lampirkan.\n\nDemikian laporan kami, atas perhatiannya diucapkan terima kasih.\n\nDirektur Yayasan Hutan Lestari Borneo\n0811-5873-4402',
    ),
    _E(
        "whatsapp",
        "sda",
        "Assalamualaikum. Sy nelayan Desa Muara Pantuan, Anggana. Nama sy ada di daftar penerima bantuan mesin ketinting & jaring thn 2024, tp waktu pembagian nama sy dicoret, diganti org yg bukan nelayan. Mohon dicek datanya pak 🙏",
    ),
    _E(
        "whatsapp",
        "sda",
        "Pak, debu batu hitam dr jalan hauling di Desa Embalut masuk ke rumah tiap hari. Anak sy batuk2 terus. Truk lewat 24 jam, jalannya gak pernah disiram. Tolong perusahaan tambangnya ditegur 😷",
    ),
    _E(
        "whatsapp",
        "sda",
        "pian, sungai di kampung ulun di Muhuran keruh wan bau, iwak banyak mati mengambang. urang bilang limbah pabrik sawit di hulu. tulung dicek lah, kami mandi wan nyuci di situ 😢",
    ),
    _E(
        "web",
        "sda",
        "Di belakang permukiman RT 12 Kelurahan Sangasanga Dalam ada penggalian batu bara yang menurut warga tidak punya izin. Alat berat bekerja malam hari, truk keluar masuk lewat jalan kampung. Tebing galian sudah longsor dua kali dan enam rumah warga retak dindingnya. Kami mohon Pemkab berkoordinasi dengan aparat dan instansi pertambangan untuk menghentikan kegiatan itu sebelum ada rumah yang ambruk.",
    ),
    _E(
        "web",
        "sda",
        "Kami petani sawah di Desa Tani Baru, Anggana. Gas melon memang lagi susah juga, tapi itu lain cerita. Yang mau kami tanyakan, tahun lalu ada bantuan benih padi unggul dan pinjaman combine harvester untuk kelompok tani dari pemerintah. Tahun ini kelompok kami sudah terdaftar di SIMLUHTAN dan sudah mengusulkan lewat penyuluh, tetapi belum ada kabar, padahal musim tanam mulai Oktober. Mohon informasi jadwal dan cara mendapatkan bantuan tersebut.",
    ),
    _E(
        "sms",
        "sda",
        "lubang tambang di blkg sd kami blm ditutup2, anak2 suka berenang dsitu. tlg pak sblm ada korban",
    ),
    _E(
        "sms",
        "sda",
        "bantuan bibit sawit utk kelompok tani kami di tabang blm dtg2 pdhl udh diverifikasi thn lalu",
    ),
    _E(
        "telegram",
        "sda",
        "Selamat pagi. Asap kebakaran lahan di sekitar Desa Sabintulung, Muara Kaman sudah 3 hari, siang pun jarak pandang pendek, banyak anak sesak napas. Katanya lahan dibakar untuk buka kebun. Mohon pemadaman segera dan pembakarnya ditindak.",
    ),
    _E(
        "twitter",
        "sda",
        "Selamat datang di Kukar, kabupaten seribu danau 🏞️… danau bekas tambang maksudnya 🙂 kapan direklamasi min? @PemkabKukar",
    ),
    _E(
        "twitter",
        "sda",
        "Jalan desa jadi jalur hauling, sungai keruh, sawah gagal panen. Yg kaya perusahaan, yg sengsara warga 🙃 @PemkabKukar",
    ),
]

_ADPEM = [
    _E(
        "email",
        "adpem",
        "PEMERINTAH DESA JEMBAYAN TENGAH\nKECAMATAN LOA KULU - KABUPATEN KUTAI KARTANEGARA\nJl. Poros Jembayan RT 04, Loa Kulu\n\nNomor : 140/27/JT/III/2025\nLamp. : 6 lembar foto\nPerihal : Penyelesaian Jembatan Penghubung RT 05 - RT 07\n\nYth. Sekretaris Daerah Kab. Kutai Kartanegara\ndi Tenggarong\n\nDengan hormat,\nBersama ini kami sampaikan bahwa pembangunan jembatan beton penghubung RT 05 dan RT 07 Desa Jembayan Tengah yang bersumber dari APBD Kabupaten Tahun Anggaran 2024 sampai hari ini belum selesai. Menurut papan proyek, pekerjaan seharusnya rampung 20 Desember 2024. Sejak akhir November pekerja sudah tidak datang lagi, besi tulangan dibiarkan terbuka dan sekarang berkarat, dan warga terpaksa kembali memakai titian kayu lama yang sudah lapuk. Bulan lalu seorang murid SD jatuh ke parit saat hujan.\n\nSebagai informasi, persoalan tapal batas dengan desa tetangga yang dulu kami laporkan sudah diselesaikan di tingkat kecamatan, dan jalan hauling yang diperbaiki lewat CSR perusahaan juga sudah bisa dilalui. Jadi yang kami mohonkan kali ini hanya satu: agar pekerjaan jembatan tersebut dipantau dan dipastikan dilanjutkan, termasuk kejelasan apakah kontraktornya akan diputus kontrak atau diberi perpanjangan waktu.\n\nDemikian surat ini kami sampaikan, atas perhatian Bapak/Ibu kami ucapkan terima kasih.\n\nHormat kami,\na.n. Kepala Desa Jembayan Tengah\nSekretaris Desa\n\nttd\n\nSuparman\nHP 0812-5530-1147",
    ),
    _E(
        "email",
        "adpem",
        "Yth. Admin Aduan Setda Kukar,\n\nSaya teruskan balasan dinas di bawah ini karena menurut saya tidak menjawab masalah. Jalan poros RT 12 Desa Bukit Raya, Tenggarong Seberang, yang diaspal bulan November kemarin sekarang sudah bolong di belasan titik. Lapisan aspalnya tipis sekali, pinggirnya bisa dicungkil pakai tangan. Katanya masih masa pemeliharaan, tapi sampai sekarang tidak ada satu pun yang datang menambal. Mohon ada yang turun mengecek apakah pekerjaannya sesuai spesifikasi, dan kontraktornya ditagih kewajiban pemeliharaannya sebelum masa itu habis.\n\nSalam,\nRudi Hartono\nWarga RT 12 Bukit Raya\n0853-4712-9034\n\nPada Sen, 10 Mar 2025 pukul 14.05, Layanan Pengaduan menulis:\n> Terima kasih atas laporan Bapak. Pekerjaan dimaksud saat ini masih\n> dalam masa pemeliharaan oleh penyedia. Laporan Bapak akan kami\n> teruskan kepada pihak terkait.\n>\n>> Jalan yg baru diaspal di RT 12 Bukit Raya sudah rusak lagi, mohon ditindaklanjuti.",
    ),
    _E(
        "email",
        "adpem",
        "Mohon dibantu Pak/Bu, email kami di bawah belum ada balasan sejak Februari. - Aisyah\n\n---------- Forwarded message ---------\nDari: Sekretariat Forum Warga Peduli Anggaran Kukar <fwpak.kukar@gmail.com>\nDate: Rab, 5 Feb 2025 09.40\nSubject: Permohonan data capaian fisik proyek tahun jamak\nTo: Pengaduan Setda Kukar\n\nYth. Pengelola Aduan Sekretariat Daerah Kukar,\n\nDengan hormat, kami dari Forum Warga Peduli Anggaran Kukar sedang menyusun catatan akhir tahun tentang pembangunan infrastruktur di Kukar. Dokumen lelang dan nama pemenang paket sudah kami peroleh dari situs pengadaan, jadi itu tidak perlu lagi. Yang kami butuhkan adalah laporan perkembangan fisik per triwulan tahun 2024 untuk paket-paket besar: peningkatan jalan Kota Bangun - Muara Muntai, jembatan di Muara Kaman, dan gedung pelayanan terpadu di Tenggarong. Di lapangan kami melihat beberapa paket masih jauh dari selesai padahal tahun anggaran sudah lewat, sementara keterangan yang disampaikan ke publik hanya 'on progress'.\n\nMohon kiranya kami dapat diberikan data pemantauan tersebut atau diarahkan ke pihak yang memegangnya.\n\nDemikian, terima kasih.\n\nHormat kami,\nNur Aisyah\nKoordinator Riset FWPAK\n0821-5019-7763",
    ),
    _E(
        "email",
        "adpem",
        "Perihal: Rehab ruang kelas SDN 014 Muara Badak sudah rusak lagi\n\nYth. Bapak/Ibu di Sekretariat Daerah Kukar,\n\nSaya guru honorer di SDN 014 Muara Badak, Desa Badak Baru. Tiga ruang kelas kami direhab pakai APBD tahun lalu dan selesai bulan Oktober. Baru lewat tiga bulan, plafon kelas 4 sudah jebol kena rembesan hujan, dinding retak memanjang, dan kusen pintunya dimakan rayap karena kayunya kayu muda. Anak-anak sekarang belajar di musala sekolah.\n\nHonor kami memang juga sering telat, tapi itu urusan lain, bukan itu yang saya adukan sekarang. Mohon pekerjaan rehab itu diperiksa, apakah sesuai RAB, dan kontraktornya diminta memperbaiki.\n\nTerima kasih.\nWassalam,\nSri Wahyuni, S.Pd.\n0813-4622-0918",
    ),
    _E(
        "email",
        "adpem",
        "Yth. Pemerintah Kabupaten Kutai Kartanegara\nc.q. Sekretariat Daerah\n\nDengan hormat,\nSaya pensiunan guru, tinggal di RT 08 Desa Kota Bangun Ilir. Saluran drainase beton di sepanjang jalan depan rumah kami dikerjakan Agustus sampai November 2024. Sejak selesai, justru halaman dan rumah warga tergenang setiap hujan, karena bibir saluran dibuat lebih tinggi dari badan jalan sehingga air tidak bisa masuk. Di ujung gang salurannya juga buntu, tidak tersambung ke sungai. Dulu sebelum ada proyek, air masih bisa mengalir ke parit tanah.\n\nKami mohon pekerjaan tersebut dievaluasi dan diperbaiki sebelum puncak musim hujan.\n\nDemikian, atas perhatiannya saya ucapkan terima kasih.\n\nHormat saya,\nH. Abdul Karim\n0811-5844-207",
    ),
    _E(
        "whatsapp",
        "adpem",
        "Assalamualaikum pak. Ulun nelayan di Desa Sepatin, Anggana. Bantuan mesin ces dari dinas perikanan tahun lalu sudah kami terima, alhamdulillah, itu kada masalah. Yg mau ulun sampaikan soal dermaga tambatan perahu di ujung kampung. Dibangun pemkab 2023, baru tiang2nya haja yg berdiri, lantai papan belum dipasang, sekarang tiang ulin sebagian miring kena arus. Sudah 2 tahun begitu haja, mangkrak. Kami masih nambat perahu di batang kayu. Tolong pian sampaikan ke yg berwenang kapan dilanjutkan 🙏",
    ),
    _E(
        "whatsapp",
        "adpem",
        "Pak jalan di Loa Janan Ulu yg baru diaspal bulan lalu udh bolong2 lagi 😡😡 ini aspal apa kerupuk?? tolong kontraktornya dicek",
    ),
    _E(
        "whatsapp",
        "adpem",
        "Selamat siang, sy pedagang sayur di pasar Sebulu. Harga cabe skrg gila2an tp bukan itu yg mau sy sampaikan. Pembangunan gedung pasar baru di sebelah terminal itu udh setahun lebih berhenti, atap baru separo, tiangnya mulai berlumut. Kami dijanjikan pindah ke situ awal 2025 tp skrg masih jualan di tenda terpal, kalo hujan becek. Kapan dilanjut pembangunannya pak? Ada yg ngawasi gak sih?",
    ),
    _E(
        "web",
        "adpem",
        "Nama: Fajar Ramadhan\nPekerjaan: Mahasiswa Teknik Sipil, Tenggarong\nIsi: Saya sedang menyusun skripsi tentang keterlambatan proyek jalan dan jembatan yang dibiayai APBD Kukar. Saya sudah datang ke kantor dinas teknis tapi diminta bersurat dan belum ada jawaban. Mohon informasi apakah laporan pemantauan dan evaluasi pelaksanaan pembangunan (realisasi fisik per paket) tahun 2022-2024 bisa diakses publik, dan bagaimana caranya. Terima kasih.",
    ),
    _E(
        "web",
        "adpem",
        "Lokasi: Kelurahan Sungai Seluang, Kec. Samboja\nGedung serbaguna yang dibangun di dekat lapangan bola sejak 2022 tidak pernah selesai. Dindingnya sudah berdiri tapi tanpa atap dan pintu, sekarang jadi tempat nongkrong anak muda malam-malam, banyak botol miras dan bekas lem. Rumput sudah setinggi pinggang. Warga tanya ke kelurahan katanya itu proyek kabupaten. Kami minta kejelasan: dilanjutkan atau tidak? Kalau dibiarkan begini uang rakyat terbuang percuma.",
    ),
    _E(
        "sms",
        "adpem",
        "gmn kbr jembatan di muara kaman ilir tu pak udh 2thn kada selesai2 warga nyebrang pake ces lg",
    ),
    _E(
        "sms",
        "adpem",
        "semenisasi gang di sangasanga dalam rt 9 baru 2mgg udh retak2 n ngelupas kyknya tdk sesuai spek mhn dicek",
    ),
    _E(
        "telegram",
        "adpem",
        "Selamat malam admin. Saya driver ojol di Tenggarong. Pekerjaan pelebaran jalan dan galian saluran di Jl. Panjaitan sudah sebulan berhenti, lubang galian dibiarkan terbuka tanpa rambu dan tanpa lampu. Kemarin malam teman saya sesama ojol masuk galian, motornya rusak, kakinya luka. Saya sudah lapor lewat aplikasi dinas tapi cuma dibalas 'terima kasih atas laporannya'. Ini proyek siapa yang mengawasi? Tolong minimal dipasang pengaman dan kerjaannya dilanjutkan.",
    ),
    _E(
        "twitter",
        "adpem",
        "@pemkabkukar proyek turap tepian Mahakam di Tenggarong itu kapan kelarnya ya? udah lewat tahun anggaran masih dipagerin seng doang. jangan2 mangkrak lagi 🙃",
    ),
    _E(
        "twitter",
        "adpem",
        "@kukarkab coba deh sesekali lewat jalan poros Tabang pas hujan. katanya 'sudah ditingkatkan' 2024, kenyataannya lumpur semata kaki, aspalnya ilang ditelan tanah. siapa yg ngawasin kerjaan kontraktornya? #KukarIdaman",
    ),
]

_PBJ = [
    _E(
        "email",
        "pbj",
        "CV. MAHAKAM JAYA KONSTRUKSI\nJl. Pahlawan No. 17, Tenggarong - Kutai Kartanegara\n\nTenggarong, 18 Maret 2025\n\nNomor : 021/MJK/III/2025\nPerihal : Sanggahan yang tidak dijawab\n\nYth. Sekretaris Daerah Kabupaten Kutai Kartanegara\ndi -\nTenggarong\n\nDengan hormat,\nKami adalah peserta tender paket Peningkatan Jalan Lingkungan Desa Rempanga, Kec. Loa Kulu (HPS Rp 2.314.000.000). Pada tanggal 4 Maret 2025 kami menyampaikan sanggahan melalui SPSE atas hasil evaluasi yang menggugurkan penawaran kami dengan alasan personel manajerial tidak memenuhi, padahal SKK yang kami unggah masih berlaku sampai 2026. Sampai batas waktu jawaban, sanggahan kami tidak dijawab oleh Pokja, dan pada 12 Maret pemenang sudah ditetapkan.\n\nSebagai tambahan, pembayaran termin terakhir pekerjaan kami di salah satu dinas tahun lalu juga belum tuntas, namun hal itu sedang kami urus sendiri dengan dinas bersangkutan. Surat ini khusus mengenai sanggahan di atas. Kami mohon proses pemilihan tersebut ditinjau kembali dan kami memperoleh jawaban tertulis atas sanggahan kami.\n\nDemikian kami sampaikan, atas perhatiannya diucapkan terima kasih.\n\nHormat kami,\nCV. Mahakam Jaya Konstruksi\n\nIr. Hendra Saputra\nDirektur\nHP 0812-5108-3321",
    ),
    _E(
        "email",
        "pbj",
        "Selamat pagi,\n\nMohon maaf saya tanyakan lagi. Semua dokumen sudah saya unggah ulang tanggal 4 Maret sesuai petunjuk di bawah, tapi status akun perusahaan kami di SIKaP masih 'belum terverifikasi' sampai hari ini (25 Maret). Akibatnya kami tidak bisa ikut dua paket pengadaan alat kesehatan yang sedang tayang. Kami perusahaan baru di Loa Janan. Apakah masih ada kekurangan? Kalau harus datang verifikasi langsung, tolong diberi jadwal.\n\nTerima kasih,\nDewi Lestari\nPT Borneo Medika Sejahtera\n0852-5099-4410\n\nPada Sen, 3 Mar 2025 pukul 09.12 Helpdesk menulis:\n> Yth. Penyedia,\n> Mohon melengkapi dokumen akta pendirian, NIB, dan NPWP badan\n> dalam format PDF, kemudian ajukan verifikasi ulang.\n> Salam, Helpdesk",
    ),
    _E(
        "email",
        "pbj",
        "Yth. Pemkab Kukar,\n\nBersama ini saya teruskan keluhan salah satu anggota kami. Mohon bisa ditindaklanjuti sebelum masa pendaftaran paket tersebut berakhir.\n\nSalam,\nDrs. Mulyono\nSekretaris Asosiasi Kontraktor Lokal Kukar\n0813-5011-2288\n\n---------- Forwarded message ---------\nFrom: Haris Munandar\nDate: Kam, 13 Feb 2025 pukul 21.17\nSubject: Syarat tender Muara Jawa\nTo: Sekretariat Asosiasi Kontraktor Lokal Kukar\n\nBapak Ketua,\n\nSaya mau menyampaikan keluhan soal tiga paket jalan dan drainase di Kecamatan Muara Jawa yang diumumkan bulan ini. Syarat kualifikasinya aneh: harus punya pengalaman pekerjaan sejenis di kecamatan yang sama dalam 2 tahun terakhir dan punya AMP sendiri dalam radius 30 km. Praktis yang memenuhi cuma satu perusahaan, yang itu-itu juga yang menang tiap tahun. Pantas saja proyeknya sering molor dan kualitasnya begitu, tapi yang saya persoalkan sekarang syarat tendernya. Kalau tender sudah diatur dari dokumen pemilihan, buat apa kami kontraktor lokal lain ikut daftar.\n\nSalam,\nHaris\nCV Sanga Karya",
    ),
    _E(
        "email",
        "pbj",
        "Perihal: Cara masuk katalog elektronik lokal\n\nYth. Pemkab Kukar,\n\nSaya pemilik usaha mebel kayu di Kelurahan Loa Ipuh, Tenggarong. Tahun lalu kami ikut pelatihan UMKM dari dinas koperasi dan sekarang sudah punya NIB. Kata teman, sekolah dan kantor pemerintah sekarang membeli meja kursi lewat katalog elektronik, dan produk lokal harus diutamakan. Saya sudah mendaftarkan produk ke katalog lokal Kukar sejak Desember, tapi produk kami tidak pernah tayang dan tidak ada pemberitahuan apa yang kurang.\n\nMohon penjelasan syarat dan langkahnya, dan siapa yang bisa dihubungi. Kami ingin ikut jadi penyedia, bukan minta bantuan.\n\nHormat saya,\nSlamet Riyadi\nMebel Jati Mandiri\n0812-5544-7001",
    ),
    _E(
        "email",
        "pbj",
        "Yth. Pemkab Kukar,\n\nSaya wartawan media daring di Tenggarong. Ini bukan permintaan wawancara atau rilis; saya ingin klarifikasi tertulis soal proses pengadaan. Dari data yang tayang di katalog elektronik, pembelian 250 unit laptop untuk sekolah dasar tahun 2024 dilakukan lewat e-purchasing dengan harga satuan Rp 14,7 juta, padahal spesifikasi yang sama di etalase penyedia lain sekitar Rp 9 juta. Mengapa dipilih penyedia dan harga tersebut, apakah dilakukan negosiasi atau mini-kompetisi, dan bagaimana proses pemilihannya? Mohon penjelasan resmi supaya berita kami berimbang.\n\nSalam,\nAndi Prasetyo\nRedaksi Mahakam Pos Online\n0857-5120-3348",
    ),
    _E(
        "whatsapp",
        "pbj",
        "Pak, LPSE Kukar down dari jam 10 pagi. Batas upload penawaran paket rehab SD di Muara Muntai jam 15.00 hari ini. Sudah coba berkali2 gagal terus 'gateway timeout'. Mohon info apa jadwalnya bisa diperpanjang? Jangan sampai kami gugur gara2 server 🙏",
    ),
    _E(
        "whatsapp",
        "pbj",
        "Tender di kukar tu kaya arisan haja, bagiliran. Yg menang itu2 jua. kami kontraktor lokal kecil cuma jadi penonton 😂😂 percuma daftar",
    ),
    _E(
        "whatsapp",
        "pbj",
        "Pak sy bendahara BUMDes di Desa Sebuntal, Marangkayu. Kami ada usaha suplai batu & pasir. Mau tanya caranya BUMDes bisa jadi penyedia utk pekerjaan pemkab? Kata org harus bikin akun di LPSE dulu ya, syaratnya apa aja? Kami gak ngerti sama sekali 🙏",
    ),
    _E(
        "web",
        "pbj",
        "Nama perusahaan: PT Karya Teluk Balikpapan\nPaket: Pembangunan Gedung Kantor Kecamatan Marangkayu (tender)\nKeluhan: Kami diundang pembuktian kualifikasi dengan pemberitahuan lewat SPSE hanya 1 hari sebelumnya dan diminta membawa seluruh dokumen asli ke Tenggarong. Kantor kami di Balikpapan, jadi tidak terkejar. Ketika kami minta penjadwalan ulang melalui fitur pesan, tidak dijawab dan kami digugurkan. Jadwal tahapan di aplikasi juga diubah dua kali tanpa alasan. Mohon ditinjau karena ini merugikan peserta dari luar daerah.",
    ),
    _E(
        "web",
        "pbj",
        "Kami peserta tender paket rehabilitasi puskesmas pembantu di Kembang Janggut. Tender dinyatakan gagal tanggal 20 Januari dengan keterangan 'tidak ada penawaran yang memenuhi', padahal penawaran kami terendah dan dokumen lengkap. Tidak ada berita acara hasil evaluasi yang bisa kami lihat. Besoknya langsung tender ulang dengan HPS dinaikkan. Mohon penjelasan dasar penggagalan tender tersebut.",
    ),
    _E(
        "sms",
        "pbj",
        "pak knp tender paket drainase loa janan dibatalkan tdk ada alasan di lpse mhn penjelasan",
    ),
    _E("sms", "pbj", "sy udh daftar akun lpse 2 mgg blm diverifikasi jg gmn ini mau ikut lelang"),
    _E(
        "telegram",
        "pbj",
        "Selamat siang. Kami penyedia ATK & komputer di Tenggarong yang tayang di katalog elektronik. Tanggal 7 Februari masuk paket pesanan dari salah satu dinas, sudah kami setujui dan barang sudah kami siapkan. Tanggal 10 pesanan dibatalkan sepihak oleh PPK tanpa alasan, lalu pesanan yang sama muncul ke penyedia lain dengan harga lebih tinggi. Apakah ini dibenarkan? Mohon kejelasannya, kami merasa dipermainkan.",
    ),
    _E(
        "twitter",
        "pbj",
        "@pemkabkukar pemenang tender gedung puskesmas di Tabang kok alamat kantornya ternyata rumah kosong? pokja ga cek lapangan ya? 🤔 #LelangKukar",
    ),
    _E(
        "twitter",
        "pbj",
        "Min @kukarkab tender diumumin Jumat sore, tutup Senin pagi. yg bisa siapin dokumen penawaran secepat itu cuma yg udah dapet bocoran duluan ya? 🙄",
    ),
]

_ORGANISASI = [
    _E(
        "email",
        "organisasi",
        "Perihal: Pengurusan surat keterangan ahli waris tanpa kejelasan\n\nYth. Sekretariat Daerah Kutai Kartanegara\n\nDengan hormat,\nSaya warga Desa Muara Badak Ulu. Sejak 6 Januari 2025 saya mengurus surat keterangan ahli waris untuk tanah peninggalan orang tua. Syarat sudah saya lengkapi di kantor desa, lalu berkas dinaikkan ke kecamatan. Sudah lebih dari dua bulan, setiap saya datang jawabannya 'belum ditandatangani' atau 'nanti dikabari'. Tiga kali pula saya diminta syarat tambahan yang berbeda-beda, padahal di papan informasi tidak tertulis apa-apa soal syarat maupun lama penyelesaian.\n\nMemang ada sedikit persoalan batas dengan tanah yang masuk wilayah desa sebelah, tapi itu akan kami selesaikan secara kekeluargaan. Yang saya keluhkan adalah pelayanannya: tidak jelas syaratnya, tidak jelas berapa lama, tidak jelas siapa yang bertanggung jawab. Mohon ada pembenahan dan kepastian.\n\nDemikian, terima kasih.\n\nHormat saya,\nMuhammad Yusuf\n0813-4700-2291",
    ),
    _E(
        "email",
        "organisasi",
        "Kepada Yth.\nSekretariat Daerah Kab. Kutai Kartanegara\ndi Tenggarong\n\nPerihal: Permohonan pendampingan penyusunan Standar Pelayanan dan pelaksanaan SKM\n\nDengan hormat,\nSehubungan dengan hasil penilaian kepatuhan pelayanan publik oleh Ombudsman tahun lalu, unit layanan kami mendapat nilai zona kuning karena standar pelayanan belum dipajang dan survei kepuasan masyarakat tidak dilakukan berkala. Tahun ini kami juga sedang pindah gedung dan menunggu pengadaan rak koleksi, sehingga staf sangat terbatas.\n\nKami mohon pendampingan, atau setidaknya contoh format standar pelayanan dan kuesioner survei kepuasan yang berlaku di lingkungan Pemkab, serta jadwal bimbingan teknis apabila ada.\n\nDemikian permohonan ini, atas perhatiannya kami ucapkan terima kasih.\n\nSubbag Umum dan Kepegawaian\nDinas Perpustakaan dan Kearsipan Kab. Kukar\nNarahubung: Rina, 0852-4690-1133",
    ),
    _E(
        "email",
        "organisasi",
        "Yth. Pemerintah Kabupaten Kutai Kartanegara,\n\nSaya warga Desa Batuah, Loa Janan. Minggu lalu saya mengurus surat keterangan usaha untuk syarat pinjaman KUR di bank. Di kantor desa saya diminta membayar Rp 350.000 'uang administrasi', tanpa kuitansi. Ketika saya tanya dasar aturannya, petugas bilang 'semua orang juga bayar'. Tetangga saya yang mengurus surat domisili bayar Rp 150.000.\n\nKepala desa kami baru dilantik setelah pilkades kemarin, saya tidak tahu apakah beliau tahu praktik ini. Saya mohon pungutan seperti ini dihentikan dan diumumkan secara resmi bahwa layanan surat di desa tidak dipungut biaya. Mohon identitas saya dirahasiakan.\n\nTerima kasih.\nWarga Batuah (nama dan nomor HP ada pada admin)",
    ),
    _E(
        "email",
        "organisasi",
        "Yth. Admin pengaduan Pemkab Kukar,\n\nSaya sudah 3 bulan menunggu cetak KTP-el (perekaman 2 Desember 2024 di Kecamatan Sebulu). Balasan di bawah saya terima sejak Februari dan sampai sekarang statusnya sama. Setiap ke kantor dibilang blangko habis. Tapi anehnya ada orang yang menawarkan bisa jadi dalam 2 hari asal bayar Rp 300.000, dan tetangga saya sudah jadi lewat orang itu. Saya butuh KTP untuk melamar kerja. Mohon ini diperiksa.\n\nTerima kasih,\nAgus Salim\n0822-5101-8866\n\nPada 12 Februari 2025 09.30, Layanan Disdukcapil menulis:\n> Yth. Bapak Agus,\n> Permohonan Anda sedang dalam proses. Mohon menunggu informasi\n> selanjutnya.\n> Terima kasih.",
    ),
    _E(
        "email",
        "organisasi",
        "Yth. Bapak/Ibu Pengelola Pengaduan\nSekretariat Daerah Kukar\n\nDengan hormat,\nSaya pensiunan PNS, tinggal di Kelurahan Melayu, Tenggarong. Saya mengajukan Persetujuan Bangunan Gedung (PBG) untuk ruko anak saya pada bulan Oktober 2024. Di standar pelayanan yang ditempel di kantor perizinan tertulis waktu penyelesaian 28 hari kerja. Nyatanya sudah lima bulan belum terbit. Waktu saya datang menanyakan, ada oknum yang menyarankan memakai 'jasa konsultan' kenalannya dengan biaya Rp 7 juta supaya cepat.\n\nJalan di depan rumah saya juga tidak pernah selesai disemenisasi sejak 2023, tetapi itu sudah saya laporkan tersendiri. Kali ini saya hanya memohon agar pelayanan PBG ditertibkan sesuai standar yang mereka pasang sendiri, dan praktik menawarkan jasa perantara dihentikan.\n\nDemikian, atas perhatiannya saya ucapkan terima kasih.\n\nHormat saya,\nH. Darmansyah\nHP 0811-5830-442",
    ),
    _E(
        "whatsapp",
        "organisasi",
        "Ngurus KK di capil dari jam 8 pagi sampe jam 3 sore kada tuntas2, nomor antrian dipanggil acak, ujung2nya disuruh balik besok. Pelayanan apa ini 😤",
    ),
    _E(
        "whatsapp",
        "organisasi",
        "Pak mau lapor. Di loket kantor Kecamatan Tenggarong Seberang tiap selesai dilayani kami disuruh isi survei kepuasan di tablet, tapi petugasnya berdiri di samping bilang 'pilih yang sangat puas ya pak biar nilai kita bagus'. Padahal pelayanannya lambat. Itu kan sama aja manipulasi survei 🙏",
    ),
    _E(
        "whatsapp",
        "organisasi",
        "Assalamualaikum pak, sy mau ngadu tp bingung ke mana. Anak sy lulusan SMK udh 2 thn nganggur, dengar2 ada program pelatihan kerja dr pemkab tp tiap tanya ke kantor desa, kecamatan, dinas, dilempar2 terus gak ada yg tau. Tolong arahkan sy hrs ke mana 🙏",
    ),
    _E(
        "web",
        "organisasi",
        "Lokasi: Mal Pelayanan Publik, Tenggarong\nWaktu: Senin, 17 Maret 2025 pukul 10.00\nKronologi: Saya driver ojol, datang untuk mengurus izin usaha kecil. Di papan tertulis jam layanan 08.00-15.00, tetapi 3 dari 5 loket kosong, petugasnya tidak ada. Petugas yang ada sibuk dengan HP dan menyuruh saya 'tunggu saja'. Tidak ada nomor antrean dan tidak ada informasi kapan petugas kembali. Saya menunggu 2 jam lalu pulang tanpa dilayani.\nHarapan: Mohon ditegur dan ada pengawasan kepatuhan standar pelayanan.",
    ),
    _E(
        "web",
        "organisasi",
        "Saya guru honorer di Kecamatan Tabang. Honor kami triwulan lalu belum cair, tapi bukan itu yang mau saya laporkan. Minggu lalu saya melegalisir ijazah dan akta mengajar di kantor dinas pendidikan di Tenggarong untuk syarat seleksi PPPK. Petugas di loket meminta Rp 25.000 per lembar, total saya bayar Rp 250.000 tanpa kuitansi. Setahu saya legalisir itu gratis. Kami yang dari hulu sudah keluar ongkos besar untuk turun ke Tenggarong. Mohon pungutan ini dihentikan.",
    ),
    _E(
        "sms",
        "organisasi",
        "pak di kntr desa sy ngurus surat pindah dimintai 200rb katanya uang rokok. itu resmi kah? sy di kembang janggut",
    ),
    _E(
        "sms",
        "organisasi",
        "ngurus izin usaha di kecamatan udh sebulan blm jd2 tdk ada kabar tdk ada yg bs ditanya",
    ),
    _E(
        "telegram",
        "organisasi",
        "Halo min. Saya mahasiswa, mau daftar beasiswa kabupaten, salah satu syaratnya surat keterangan tidak mampu dari kelurahan. Udah 4x bolak-balik ke kantor Kelurahan Loa Kulu Kota karena syaratnya beda2 tiap ketemu petugas: pertama cuma KK, terus disuruh bawa pengantar RT, terus foto rumah, terus surat dari kampus. Gak ada daftar syarat yg ditempel. Deadline beasiswa tinggal 5 hari 😭 Tolong dong syaratnya dibikin jelas dan sama.",
    ),
    _E(
        "twitter",
        "organisasi",
        "@pemkabkukar standar pelayanan yg dipajang di kantor2 itu buat hiasan dinding ya? tertulis 3 hari kerja, kenyataannya 3 minggu. mantap 👍👍",
    ),
    _E(
        "twitter",
        "organisasi",
        "@kukarkab lapor min, bayar PBB di loket Bapenda Tenggarong dimintai 'uang map' 50rb sama petugas. resmi kah itu? 🤨",
    ),
]

_UMUM = [
    _E(
        "email",
        "umum",
        "FORUM PEMUDA KECAMATAN TENGGARONG\nSekretariat: Jl. Diponegoro No. 5, Tenggarong\n\nNomor : 012/FPKT/II/2025\nPerihal : Keberatan atas batalnya peminjaman ruang rapat\n\nYth. Sekretaris Daerah Kabupaten Kutai Kartanegara\ndi Tenggarong\n\nDengan hormat,\nPada tanggal 27 Januari 2025 kami mengajukan surat peminjaman ruang rapat besar di gedung Kantor Bupati untuk kegiatan dialog kepemudaan pada Sabtu, 15 Februari 2025, dan pada 3 Februari kami sudah mendapat konfirmasi lisan bahwa ruangan dapat dipakai. Pada hari pelaksanaan, ketika sekitar 120 peserta sudah datang, ruangan ternyata dipakai kegiatan lain dan kami tidak diberi tahu sebelumnya. Acara terpaksa dipindah ke teras masjid.\n\nUndangan kami kepada Bupati untuk membuka acara memang tidak mendapat jawaban, dan itu kami maklumi. Namun soal ruangan, kami mohon penjelasan mengapa konfirmasi dibatalkan sepihak, serta agar prosedur peminjaman dibuat jelas dan tertulis, misalnya dengan surat balasan resmi dan jadwal pemakaian yang bisa dicek.\n\nDemikian, atas perhatiannya kami ucapkan terima kasih.\n\nHormat kami,\nKetua\n\nRizky Aditya\n0821-5566-3390",
    ),
    _E(
        "email",
        "umum",
        "Yth. Bagian Umum Setda Kukar,\n\nMenindaklanjuti percakapan di bawah, kami sampaikan kembali bahwa surat Kepala Dinas Pertanian dan Peternakan Nomor 500.7/214/Distanak/I/2025 perihal laporan kesiapan penyaluran bantuan alat pertanian telah kami antar langsung ke meja penerimaan surat di lantai 1 Kantor Bupati pada 21 Januari 2025 dan diterima petugas (tanda terima terlampir). Namun menurut staf TU Pimpinan, surat tersebut tidak tercatat di agenda surat masuk dan tidak pernah didisposisikan. Mohon bantuan penelusuran keberadaan surat tersebut, dan ke depan mohon diberikan nomor agenda saat surat diterima.\n\nTerima kasih.\n\nSalam,\nYulianti\nSubbag Umum dan Kepegawaian, Distanak Kukar\n0812-5340-7715\n\n-----Pesan Asli-----\nDari: TU Pimpinan\nTerkirim: Senin, 17 Februari 2025 10.22\n> Mohon maaf Bu, surat dengan nomor tersebut belum kami terima / tidak ada\n> di agenda kami. Silakan dicek kembali ke petugas penerimaan surat.",
    ),
    _E(
        "email",
        "umum",
        "Mohon maaf Pak, saya teruskan email dari sekdes kami. Ini sudah kali ketiga terjadi.\n\nKepala Desa Tani Baru, Kec. Anggana\n\n---------- Forwarded message ---------\nDari: Sekretaris Desa Tani Baru\nTanggal: Sel, 4 Mar 2025 16.02\nSubjek: Undangan rapat dari kantor bupati terlambat lagi\nKepada: Kepala Desa Tani Baru\n\nPak Kades,\nUndangan rapat koordinasi di Kantor Bupati untuk tanggal 27 Februari baru sampai ke kantor desa kita tanggal 1 Maret, dititip lewat kecamatan. Amplopnya masih dialamatkan ke kantor desa yang lama dan atas nama kades sebelumnya. Bulan Januari juga begitu, kita jadi tidak hadir dan dianggap tidak peduli. Apa tidak bisa surat dari kantor bupati dikirim juga lewat email resmi, dan daftar alamat kantor desa di sana diperbarui?\n\nSalam,\nSekdes",
    ),
    _E(
        "email",
        "umum",
        "Yth. Pengelola layanan pengaduan Setda Kukar,\n\nSaya warga Muara Kaman yang pada Kamis, 6 Maret 2025 datang ke Kantor Bupati bersama perwakilan petani sawit untuk audiensi. Pertemuannya sendiri berjalan baik, tidak ada keluhan soal itu. Masalahnya, sepeda motor saya (Honda Beat, KT 2841 ZA) yang saya parkir di parkiran samping gedung hilang antara pukul 10.00-13.00. Saat saya lapor ke pos jaga, petugas bilang CCTV di area itu sudah lama rusak, dan tidak ada pencatatan kendaraan tamu. Laporan polisi sudah saya buat.\n\nSaya mohon CCTV diperbaiki, penjagaan di parkiran ditambah, dan ada penjelasan atas kejadian ini. Kantor pemerintahan seharusnya tempat yang aman bagi tamu.\n\nHormat saya,\nSamsul Bahri\n0853-4620-1195",
    ),
    _E(
        "email",
        "umum",
        "Perihal: Kondisi ruang rapat lantai 3 Kantor Bupati\n\nYth. Sekretariat Daerah Kukar,\n\nKami dari Dinas Pariwisata, Selasa kemarin memakai ruang rapat lantai 3 Kantor Bupati untuk rapat persiapan kerja sama promosi wisata dengan tamu dari Pemprov dan dua kabupaten tetangga. Sangat memalukan: dua dari tiga AC mati, mikrofon meja hanya separuh yang berfungsi, proyektor berkedip, dan toilet di lantai yang sama tidak ada air serta berbau. Tamu kami sampai bertanya apakah gedungnya sedang direnovasi. Naskah kerja samanya sudah beres, tapi kesan tamu terhadap kantor kita buruk.\n\nMohon ruangan dan fasilitas tersebut diperbaiki dan dirawat rutin, karena minggu depan kami akan memakai ruangan yang sama lagi.\n\nTerima kasih.\nSalam,\nBambang Wicaksono\nSubbag Program, Dispar Kukar\n0812-5870-3352",
    ),
    _E(
        "whatsapp",
        "umum",
        "Pak mau tanya, mobil dinas plat merah yg biasa parkir di kantor bupati (Innova hitam KT 1027 A) hari Minggu kmrn dipake ke pantai di Samboja bawa keluarga, ada anak2 kecil, pulangnya mampir belanja. Emang boleh ya mobil dinas dipake liburan? Mohon ditertibkan 🙏",
    ),
    _E(
        "whatsapp",
        "umum",
        "parkiran kantor bupati semrawut bgt, mobil2 parkir sembarangan sampe nutup jalan keluar. kami tamu 1 jam gak bisa keluar 😡 ga ada yg ngatur",
    ),
    _E(
        "whatsapp",
        "umum",
        "Pak sy driver ojol. Tiap antar makanan pesanan pegawai di kantor bupati kami gak boleh masuk gerbang, disuruh nunggu di pinggir jalan, panas2, pegawainya lama turun. Kadang satpamnya ngomong kasar. Mohon dibikinin titik antar jemput yg jelas di dalam halaman, kayak di kantor2 lain. Soal BBM antre minggu ini kami juga susah, tp itu lain cerita 😅",
    ),
    _E(
        "web",
        "umum",
        "Lokasi: gedung Kantor Bupati Kukar, lantai 1 sayap kiri (dekat ruang tunggu tamu)\nKeluhan: Toilet umum untuk tamu tidak ada air sejak pagi, dua pintu biliknya rusak tidak bisa dikunci, lantainya becek dan bau pesing sampai ke ruang tunggu. Tempat sampah di koridor penuh dan tidak diangkat. Saya menunggu hampir 3 jam dan tidak ada petugas kebersihan yang terlihat. Mohon diperhatikan.",
    ),
    _E(
        "web",
        "umum",
        "Nama: Paguyuban Senam Lansia Tenggarong\nIsi: Kami ingin meminjam halaman Kantor Bupati untuk jalan sehat dan senam bersama pada 18 Mei 2025 (sekitar 500 peserta). Surat permohonan sudah kami masukkan 3 minggu lalu tetapi belum ada jawaban boleh atau tidak. Kami juga tidak tahu syaratnya apa saja, apakah perlu membayar kebersihan atau keamanan, dan jam berapa boleh mulai. Mohon informasi dan kepastian supaya kami bisa menyebar undangan ke peserta.",
    ),
    _E(
        "sms",
        "umum",
        "pak sy antar surat ke bupati minggu lalu lwt meja depan kntr bupati, gmn cara cek udh sampe blm? gak dikasih no agenda",
    ),
    _E(
        "sms",
        "umum",
        "lampu parkiran kntr bupati mati smua, malam gelap bgt rawan maling. tlg diperbaiki",
    ),
    _E(
        "telegram",
        "umum",
        "Izin lapor pak. Kendaraan operasional pengantar surat di lingkungan kantor bupati (Avanza abu2) sudah 3 bulan di bengkel karena rem dan kopling, permohonan servis sudah diajukan tapi belum ada tindak lanjut. Sementara ini staf antar surat ke OPD pakai motor pribadi, kehujanan, bensin keluar sendiri. Mohon kendaraannya segera diperbaiki atau disediakan pengganti.",
    ),
    _E(
        "twitter",
        "umum",
        "@pemkabkukar kantor bupati megah tapi sampahnya numpuk di belakang gedung, baunya sampai ke jalan. malu sama tamu 🤢",
    ),
    _E(
        "twitter",
        "umum",
        "@kukarkab satpam di gerbang kantor bupati galak amat sih, nanya doang dibentak. kami rakyat bukan maling 😒",
    ),
]

_PROKOM = [
    _E(
        "email",
        "prokom",
        "BADAN EKSEKUTIF MAHASISWA\nFAKULTAS PERTANIAN UNIVERSITAS KUTAI KARTANEGARA\nTenggarong\n\nNomor : 034/BEM-FAPERTA/III/2025\nLampiran : 1 berkas kajian\nPerihal : Permohonan Audiensi\n\nYth. Bupati Kutai Kartanegara\nmelalui Sekretariat Daerah\ndi Tenggarong\n\nDengan hormat,\nSehubungan dengan kembali jatuhnya korban anak di lubang bekas tambang batu bara di Kecamatan Tenggarong Seberang bulan lalu, kami telah menyusun kajian mengenai lubang tambang yang belum direklamasi di Kukar. Kajian itu juga sudah kami serahkan ke DPRD. Kami memandang perlu menyampaikannya langsung kepada Bupati.\n\nOleh karena itu, kami memohon kesediaan Bapak Bupati menerima audiensi perwakilan mahasiswa (maksimal 15 orang) pada minggu kedua atau ketiga April 2025, waktu menyesuaikan agenda beliau. Surat serupa sudah kami kirim bulan Februari namun belum ada kabar jadwal.\n\nDemikian permohonan ini, atas perhatian dan kesediaannya kami ucapkan terima kasih.\n\nHormat kami,\nKetua BEM\n\nAhmad Fauzan\nHP 0822-5407-6631",
    ),
    _E(
        "email",
        "prokom",
        "PEMERINTAH DESA KOTA BANGUN ULU\nKECAMATAN KOTA BANGUN\n\nNomor : 005/112/KBU/IV/2025\nPerihal : Undangan Pembukaan Festival Danau Semayang\n\nYth. Bapak Bupati Kutai Kartanegara\ndi Tenggarong\n\nDengan hormat,\nDalam rangka mempromosikan wisata danau dan hasil perikanan warga, kami akan menyelenggarakan Festival Danau Semayang ke-3 pada hari Sabtu, 24 Mei 2025 pukul 08.00 WITA di dermaga wisata desa. Kegiatan ini didukung dana desa dan sebagian dari program CSR perusahaan di wilayah kami.\n\nKami mengharapkan kesediaan Bapak Bupati untuk hadir dan membuka acara secara resmi. Mohon kiranya kami dapat diberi kabar kehadiran paling lambat dua minggu sebelumnya, serta arahan apabila ada ketentuan susunan acara, tempat duduk, atau sambutan yang perlu kami siapkan.\n\nDemikian undangan ini kami sampaikan, atas perhatian Bapak kami ucapkan terima kasih.\n\nKepala Desa Kota Bangun Ulu\n\nttd\n\nNarahubung: Sekretaris Desa, 0813-4690-5520",
    ),
    _E(
        "email",
        "prokom",
        "Selamat siang,\n\nSaya kembali menanyakan hal yang sama karena sejak balasan di bawah (Januari) media kami tetap tidak pernah menerima undangan peliputan maupun rilis kegiatan Bupati. Rekan-rekan media lain di Tenggarong selalu dapat info agenda harian lewat grup WhatsApp, sementara kami baru tahu ada kegiatan setelah beritanya tayang di media lain. Minggu lalu wartawan kami bahkan tidak diizinkan ikut doorstop setelah rapat paripurna karena 'tidak terdaftar'.\n\nKami media terverifikasi dengan kantor di Tenggarong. Mohon kami dimasukkan dalam daftar distribusi rilis dan undangan liputan, serta dijelaskan kriteria media yang dilibatkan.\n\nSalam,\nLina Marlina\nPemimpin Redaksi Etam Kukar News\n0856-5012-7740\n\nPada Kam, 16 Jan 2025 pukul 11.20, Humas menulis:\n> Terima kasih, data media Anda sudah kami catat dan akan kami\n> masukkan dalam daftar mitra media.\n> Salam.",
    ),
    _E(
        "email",
        "prokom",
        "Assalamualaikum wr. wb.\nMohon maaf Pak, saya teruskan surat dari pengurus masjid kami, mohon dibantu disampaikan ke yang mengatur jadwal Bupati. Terima kasih.\nWassalam,\nJamaluddin, imam masjid\n0812-5660-3021\n\n---------- Forwarded message ---------\nFrom: Pengurus Masjid Al-Ikhlas Desa Sidomulyo\nDate: Sen, 10 Mar 2025 08.15\nSubject: Undangan peresmian masjid\n\nYth. Bapak Bupati Kukar,\nAlhamdulillah, berkat bantuan hibah rehab masjid dari Pemkab tahun lalu, masjid kami di Desa Sidomulyo, Anggana, sudah selesai direnovasi. Sebagai rasa syukur, kami akan mengadakan tabligh akbar sekaligus peresmian masjid pada Minggu, 13 April 2025 ba'da Isya. Kami sangat berharap Bapak Bupati berkenan hadir meresmikan dan memberikan sambutan. Mohon informasi kesediaan beliau atau pejabat yang mewakili.\n\nHormat kami,\nKetua Pengurus\n0852-5013-8876",
    ),
    _E(
        "email",
        "prokom",
        "Perihal: Komentar warga dihapus dan akun diblokir di media sosial resmi Bupati\n\nYth. Pemerintah Kabupaten Kutai Kartanegara,\n\nKami dari Lembaga Advokasi Warga Mahakam. Sejak akhir Januari banyak anggota kami mengeluhkan kelangkaan gas melon di Loa Kulu dan Tenggarong Seberang dan menuliskannya di kolom komentar unggahan akun Instagram resmi Bupati. Persoalan gasnya sudah kami laporkan terpisah. Yang kami adukan di sini: komentar-komentar itu dihapus dalam hitungan jam, dan setidaknya 14 akun warga diblokir, padahal bahasanya sopan dan tidak mengandung SARA. Kolom komentar juga dimatikan di beberapa unggahan.\n\nAkun resmi pimpinan daerah dikelola dengan uang publik dan semestinya menjadi saluran dua arah. Kami meminta blokir akun-akun tersebut dibuka, pedoman moderasi komentar diumumkan, dan admin merespons keluhan warga, bukan menghapusnya.\n\nHormat kami,\nYohanes Sitorus\nKoordinator Advokasi LAWM\n0811-5590-2214",
    ),
    _E(
        "whatsapp",
        "prokom",
        "Pak kami dari komunitas ojol Tenggarong mau audiensi sama pak bupati soal tarif dan titik pangkalan. Surat udh kami masukin 2 minggu lalu tp blm ada kabar jadwalnya kapan bisa ketemu. Kami cuma minta 30 menit aja pak, perwakilan 10 org 🙏",
    ),
    _E(
        "whatsapp",
        "prokom",
        "Min, yg pegang IG pak bupati itu kerjaannya cuma posting foto seremonial ya? info banjir di Kota Bangun kmrn gak ada sama sekali, warga nyari info malah dari grup FB 🙃",
    ),
    _E(
        "whatsapp",
        "prokom",
        "Pak sy guru SD di Tenggarong Seberang. Kemarin murid2 kami disuruh ikut penyambutan kunjungan bupati di lapangan kecamatan, kumpul jam 7 pagi, bupati datang jam 10 lewat, anak2 berdiri kepanasan, 2 org pingsan. Tolong ke depan kalau ada acara penyambutan jangan libatkan anak sekolah, atau jadwalnya diatur yg bener 🙏",
    ),
    _E(
        "web",
        "prokom",
        "Judul: Mohon ralat berita rilis Pemkab\nIsi: Di situs resmi Pemkab dan akun medsos tanggal 3 Maret ada berita bahwa jembatan penghubung Desa Liang Ulu 'telah rampung dan dapat dilalui warga'. Itu tidak benar, jembatan belum tersambung dan warga masih menyeberang pakai perahu. Warga jadi bertanya-tanya, ada yang mengira kami mengada-ada soal kondisi lapangan. Soal kapan jembatannya selesai biar nanti kami tanyakan ke dinas; yang kami minta sekarang berita itu diralat supaya informasi ke publik benar. Foto lokasi terlampir.",
    ),
    _E(
        "web",
        "prokom",
        "Saya kepala sekolah SMP swasta di Loa Janan. Sekolah kami akan merayakan ulang tahun ke-25 pada bulan Juni dan menerbitkan buku kenangan. Kami ingin memohon kata sambutan tertulis dari Bupati beserta foto resmi beliau untuk dimuat di halaman depan buku. Ke mana permohonan ini harus ditujukan dan berapa lama biasanya prosesnya?",
    ),
    _E(
        "sms",
        "prokom",
        "pak mau tnya undangan kami utk bupati acara panen raya di sebulu tgl 20 beliau bs hadir kah? mhn kabar biar kami siapkan",
    ),
    _E(
        "sms",
        "prokom",
        "kmrn wartawan kami dilarang masuk ruang jumpa pers bupati pdhl ada id pers. knp ya",
    ),
    _E(
        "telegram",
        "prokom",
        "Selamat sore. Kami pengurus Paguyuban Warga Jawa Loa Kulu akan melantik pengurus baru bulan Juli. Kami ingin Bupati atau yang mewakili hadir memberi sambutan. Bagaimana prosedurnya: surat ditujukan ke siapa, berapa lama sebelumnya harus masuk, dan apakah perlu datang langsung untuk koordinasi susunan acara?",
    ),
    _E(
        "twitter",
        "prokom",
        "@pemkabkukar acara pak bupati isinya seremonial terus, potong pita, foto2. warga mau ketemu langsung susahnya minta ampun. kapan ada sesi dengar pendapat terbuka sama warga?",
    ),
    _E(
        "twitter",
        "prokom",
        "@kukarkab akun resmi kok nge-like & share postingan hoaks soal bansos? adminnya tolong lebih hati2 ya, jadi rame di grup FB warga Loa Janan 🤦",
    ),
]

_PERENCANAAN_KEUANGAN = [
    _E(
        "email",
        "perencanaan_keuangan",
        "CV. TENGGARONG PRIMA MANDIRI\nPengadaan ATK, Percetakan & Perlengkapan Kantor\nJl. S. Parman No. 41, Tenggarong\n\nTenggarong, 10 Maret 2025\nNomor : 033/TPM/III/2025\nLampiran : 3 (tiga) berkas\nPerihal : Permohonan pembayaran tagihan\n\nYth. Sekretaris Daerah Kabupaten Kutai Kartanegara\ndi Tenggarong\n\nDengan hormat,\nKami telah menyelesaikan penyediaan alat tulis kantor dan barang cetakan untuk Sekretariat Daerah periode Oktober-Desember 2024 sesuai surat pesanan. Pemesanannya melalui katalog elektronik berjalan lancar dan barang telah diterima lengkap dengan Berita Acara Serah Terima tanggal 18 Desember 2024. Namun hingga surat ini kami buat, tagihan sebesar Rp 87.450.000 (delapan puluh tujuh juta empat ratus lima puluh ribu rupiah) belum dibayarkan.\n\nSebagai usaha kecil, keterlambatan ini sangat memberatkan karena kami harus membayar pemasok dan gaji karyawan. Kami mohon informasi kapan pembayaran dapat direalisasikan dan apakah ada kelengkapan dokumen yang masih kurang dari pihak kami.\n\nDemikian, atas perhatiannya kami ucapkan terima kasih.\n\nHormat kami,\nCV. Tenggarong Prima Mandiri\n\nLusiana\nDirektur\n0812-5301-6649",
    ),
    _E(
        "email",
        "perencanaan_keuangan",
        "Selamat pagi Pak/Bu,\n\nMaaf saya tanya lagi. Sudah empat bulan sejak pesanan nasi kotak dan kue untuk rapat-rapat di kantor bupati bulan Oktober-November 2024 (total Rp 23.600.000, nota dan daftar pesanan sudah saya serahkan ke staf yang memesan). Jawaban di bawah saya terima bulan Januari, sampai sekarang belum ada kabar. Saya usaha katering rumahan di Timbau, modal pinjam dari koperasi, bunganya jalan terus. Kalau memang ada kekurangan berkas dari saya tolong dikabari, akan saya lengkapi. Kalau bisa saya minta nomor orang bagian keuangan yang bisa saya hubungi langsung.\n\nTerima kasih,\nHj. Nurhayati\nKatering Dapur Etam\n0852-5019-3307\n\nPada Rab, 15 Jan 2025 pukul 13.44, staf menulis:\n> Mohon bersabar bu, SPJ-nya masih diproses, nanti kalau sudah\n> cair kami kabari.",
    ),
    _E(
        "email",
        "perencanaan_keuangan",
        "Mohon izin meneruskan pertanyaan rekan-rekan di unit kami, mohon dibantu jawabannya.\n\nSalam,\nDian\nStaf Sekretariat Daerah\n\n---------- Forwarded message ---------\nFrom: Andri Kurniawan\nDate: Jum, 21 Mar 2025 16.40\nSubject: TPP Januari-Februari\nTo: Dian\n\nMbak, teman-teman menanyakan TPP bulan Januari dan Februari 2025 yang belum masuk. Pegawai di dinas-dinas lain katanya sudah terima sejak awal Maret. Kemarin ada yang bilang karena rekap absensi elektronik error, tapi absensi kami sudah diverifikasi manual dan ditandatangani atasan masing-masing. Ada juga yang bilang masih menunggu perbup baru. Kami minta kejelasan penyebabnya dan jadwal pembayarannya, karena banyak teman yang cicilannya jalan terus.\n\nTerima kasih,\nAndri",
    ),
    _E(
        "email",
        "perencanaan_keuangan",
        "Yth. Sekretariat Daerah Kabupaten Kutai Kartanegara,\n\nDengan hormat,\nSaya dosen di salah satu perguruan tinggi di Samarinda. Pada 14-15 Januari 2025 saya diundang sebagai narasumber bimbingan teknis penyusunan laporan kinerja yang diselenggarakan Sekretariat Daerah di Tenggarong. Acaranya tertata rapi dan saya diterima dengan baik oleh panitia. Saat itu saya diminta menandatangani daftar penerimaan honorarium dan kuitansi transport, dengan keterangan dana akan ditransfer paling lambat dua minggu. Sudah lebih dari dua bulan, honorarium dan penggantian transport belum saya terima, dan nomor panitia yang saya hubungi tidak lagi merespons.\n\nMohon bantuan mengecek status pembayarannya. Data rekening dan NPWP sudah saya serahkan kepada panitia.\n\nDemikian, terima kasih.\n\nHormat saya,\nDr. Rahmawati, M.Si.\n0813-4777-2016",
    ),
    _E(
        "email",
        "perencanaan_keuangan",
        "Perihal: Penggantian biaya perjalanan dinas ke Jakarta\n\nYth. Pengelola keuangan Setda Kukar,\n\nSaya staf pelaksana di lingkungan Setda. Pada 9-12 Desember 2024 saya ditugaskan mendampingi pimpinan rapat koordinasi di Jakarta dengan surat tugas resmi. Karena uang muka belum bisa dicairkan saat itu, tiket pesawat dan hotel saya talangi sendiri sebesar Rp 6.840.000. Berkas pertanggungjawaban perjalanan (tiket, boarding pass, bill hotel, laporan perjalanan) sudah saya serahkan 16 Desember. Sejak itu berkas dikembalikan tiga kali dengan alasan berbeda-beda: format laporan, lalu tanda tangan, lalu bukti bayar hotel harus atas nama pribadi. Semua sudah saya perbaiki, tapi sampai akhir Maret belum diganti. Mohon kepastian.\n\nTerima kasih.\nHormat saya,\nFebri Ananda\n0821-5340-9910",
    ),
    _E(
        "whatsapp",
        "perencanaan_keuangan",
        "Pak, gaji kami tenaga kontrak sopir di kantor bupati bulan ini blm masuk, udh tgl 15. Biasanya tgl 5 sdh ada. Anak mau bayar uang sekolah 🙏 mohon infonya kapan",
    ),
    _E(
        "whatsapp",
        "perencanaan_keuangan",
        "Kerja di setda tp honor kegiatan bulan Agustus belum cair sampe skrg. Mantap, tetap semangat kerja walau dompet kosong 🙏😅",
    ),
    _E(
        "whatsapp",
        "perencanaan_keuangan",
        "Siang pak, sy pemilik rental sound system & tenda di Tenggarong. Bulan September kmrn kami isi sound, panggung, tenda utk acara peringatan hari jadi di halaman kantor bupati, pesanan dr setda. Acaranya lancar, pak bupati jg puas katanya. Tp tagihan kami Rp 18.500.000 sampe skrg blm dibayar, tiap tanya dijawab 'anggaran belum turun'. Kami usaha kecil pak, alat jg sebagian sewa ke org lain. Mohon dibantu kapan dibayar 🙏",
    ),
    _E(
        "web",
        "perencanaan_keuangan",
        "Saya guru honorer SMA di Tenggarong. Bulan November lalu saya diminta menjadi juri lomba pidato pelajar tingkat kabupaten yang diselenggarakan Sekretariat Daerah. Kata panitia honor juri Rp 1.500.000 dan akan ditransfer. Dua juri lain sudah menerima bulan Desember, tetapi saya belum, padahal nomor rekening sudah saya kirim dua kali. Mohon dicek.",
    ),
    _E(
        "web",
        "perencanaan_keuangan",
        "Saya tenaga kontrak (non-ASN) di Sekretariat Daerah. Sejak Januari gaji yang masuk ke rekening saya berkurang Rp 412.000 dari biasanya, tanpa penjelasan. Kami tidak pernah diberi slip gaji. Ada yang bilang potongan BPJS dan pajak baru, ada yang bilang iuran. Saya minta rincian potongan dan dasar aturannya.",
    ),
    _E(
        "sms",
        "perencanaan_keuangan",
        "pak tagihan kami catering rapat di setda bln november blm dibyr smp skrg mhn info kpn cair",
    ),
    _E(
        "sms",
        "perencanaan_keuangan",
        "sppd dinas luar kmrn kpn diganti pak udh 2 bln pake uang pribadi",
    ),
    _E(
        "telegram",
        "perencanaan_keuangan",
        "Pak izin, kami pengelola kegiatan di salah satu unit di Setda. SPJ kegiatan rapat koordinasi bulan Februari ditolak verifikator keuangan karena harus pakai format baru, padahal format itu tidak pernah disosialisasikan dan tidak ada contohnya. Akibatnya kegiatan belum bisa dipertanggungjawabkan, honor narasumber dan uang makan peserta tertahan. Mohon dibagikan format terbaru dan petunjuknya.",
    ),
    _E(
        "twitter",
        "perencanaan_keuangan",
        "@pemkabkukar vendor kecil disuruh kerja kilat, bayarnya disuruh sabar 5 bulan. tagihan cetak spanduk & backdrop acara di kantor bupati kapan dibayar min? 🙃 #UMKMKukar",
    ),
    _E(
        "twitter",
        "perencanaan_keuangan",
        "Min @kukarkab, TPP pegawai setda triwulan ini kapan cair? pegawai OPD lain udah, kita doang yg nunggu. lelah 🥲",
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
