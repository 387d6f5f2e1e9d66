# ruff: noqa: E501
"""Blind set written 2026-12-08 (sixth of the day) for issue 16: complaints as Indonesian news, readers' letters and social media tell them, then sent to the service: a local news item pasted whole (headline, dateline, residents' and officials' quotes, background), a reader's letter with name and address, a residents' group Facebook post with comments, an Instagram caption with hashtags, a transcribed TikTok or YouTube video, an X thread replying to the regency's account, a WhatsApp broadcast forwarded many times with the sender's own line under it; where it was read, heard or seen is not what is asked. 15 cases per section; per section 2 email, 3 whatsapp, 3 web, 1 sms, 2 telegram, 4 twitter (24 email, 36 whatsapp, 36 web, 12 sms, 24 telegram, 48 twitter).. Written by two helper sessions, six sections each, with the same instructions, and joined into this file unread.

Written without reading config.yaml, routing/ or tests/routing/; each case is labelled only from
the mandates in docs/sections.md.

Scored ONCE, blind, with the rules of main 9212b71 (this file committed unread in that commit;
after the tuning on 2026-12-08a to 08e), on 2026-12-08 at 03:03 UTC: 176/180 correct = 97.8%
(Wilson 95% interval 94.4%-99.1%), 2 fallbacks (1.1%). Per channel: email 24/24, sms 11/12,
telegram 24/24, twitter 45/48, web 36/36, whatsapp 36/36.
The errors (index in CASES, label -> got): #8 pemerintahan -> fallback, #57 kerjasama ->
organisasi, #102 adpem -> fallback, #132 organisasi -> sda.
"""

from __future__ import annotations

from tests.routing.case import Case

_PEMERINTAHAN = [
    Case(
        "email",
        "pemerintahan",
        "Subject: Fwd: Berita protes hasil pilkades Sumber Sari\n\nYth. Bapak/Ibu di Sekretariat Daerah Kukar,\n\nBersama ini saya teruskan berita yang dimuat salah satu media online lokal minggu lalu. Kami warga Desa Sumber Sari sangat berharap pemerintah kabupaten turun tangan.\n\n---------- Forwarded message ----------\n\nHASIL PILKADES SUMBER SARI DIPERSOALKAN, CALON NOMOR 2 TOLAK TEKEN BERITA ACARA\n\nSEBULU – Penghitungan suara pemilihan kepala desa di Desa Sumber Sari, Kecamatan Sebulu, berujung protes. Calon nomor urut 2, Hasanuddin, menolak menandatangani berita acara karena menilai ada 41 surat suara yang dinyatakan sah padahal coblosannya tembus ke dua kolom.\n\n“Kami minta surat suara dibuka ulang di depan saksi semua calon. Selisihnya cuma 23 suara,” kata Hasanuddin saat ditemui di rumahnya, Rabu (12/6).\n\nKetua panitia tingkat desa, Suparno, menyebut penghitungan sudah sesuai tata tertib. “Keberatan silakan disampaikan ke panitia kabupaten sesuai jadwal,” ujarnya singkat. Camat Sebulu mengaku sudah menerima laporan dan akan meneruskannya.\n\n----------\n\nKami sudah mengirim surat keberatan ke panitia tingkat kabupaten tanggal 14 Juni, tetapi sampai hari ini belum ada undangan klarifikasi, sementara kabarnya pelantikan kades terpilih sudah mau dijadwalkan. Mohon keberatan kami diperiksa dulu sebelum pelantikan dan kami diberi kesempatan menghadirkan saksi.\n\nAtas perhatiannya kami ucapkan terima kasih.\n\nHormat kami,\nMuhammad Yusuf\nKoordinator saksi calon no. 2\nRT 07 Desa Sumber Sari, Kec. Sebulu\nHP 0812-5xxx-xxxx",
    ),
    Case(
        "email",
        "pemerintahan",
        "Perihal: Pemberhentian perangkat desa secara sepihak\n\nKepada Yth.\nBapak Sekretaris Daerah Kabupaten Kutai Kartanegara\ndi Tenggarong\n\nDengan hormat,\n\nSurat ini sebelumnya sudah saya kirim ke rubrik Surat Pembaca salah satu harian di Samarinda, namun saya rasa perlu juga saya sampaikan langsung.\n\nSaya, Rusdiansyah, sudah 9 tahun menjadi Kepala Dusun II di Desa Jantur, Kecamatan Muara Muntai. Pada tanggal 3 bulan ini saya menerima surat keputusan kepala desa yang memberhentikan saya tanpa teguran, tanpa rekomendasi camat, dan tanpa alasan yang jelas. Posisi saya langsung diisi oleh keponakan kades sendiri. Hal serupa dialami Kaur Keuangan dan dua orang ketua RT yang dulu tidak mendukung beliau saat pemilihan.\n\nSepengetahuan saya, pemberhentian perangkat desa harus melalui konsultasi dengan camat lebih dulu. Kami sudah melapor ke kantor kecamatan, tetapi disarankan bersurat ke kabupaten.\n\nMelalui surat ini saya mohon pemerintah kabupaten meninjau SK tersebut dan membina kepala desa kami agar pemerintahan desa tidak dijalankan atas dasar suka dan tidak suka.\n\nDemikian, terima kasih.\n\nHormat saya,\nRusdiansyah\nDusun II, Desa Jantur, Kec. Muara Muntai",
    ),
    Case(
        "whatsapp",
        "pemerintahan",
        "*Diteruskan berkali-kali*\n\n⚠️ INFO UTK WARGA RT 12 & 13 ⚠️\nAssalamualaikum wr wb. Diberitahukan kpd seluruh warga, patok batas yg dipasang kemarin oleh tim dr desa sebelah masuk sampai ke belakang SD kita. Kl patok itu yg dipakai, RT 12 dan RT 13 pindah masuk wilayah Kec. Muara Badak!! Warga diminta JANGAN mencabut patok, kita tempuh jalur resmi. Mohon sebarkan.\n\nPak/Bu, ini pesan yg beredar di kampung kami Desa Bunga Putih, Marangkayu. Warga sdh panas, ada yg mau cabut patok malam2. Kami minta pemkab segera turun menengahi dan menetapkan garis batas yg benar antara desa kami dan desa tetangga sblm jadi ribut. Terima kasih. (Darto, ketua RT 12)",
    ),
    Case(
        "whatsapp",
        "pemerintahan",
        'Ini sy ketik ulang isi video tiktok yg lg rame dr akun @anakhulu.tabang :\n\n"Halo guys, ini kantor desa kami di Tabang ya. Liat, dikunci. Ini hari Selasa jam 10 pagi. Kades kami udah hampir 3 bulan gak pernah keliatan di kampung, katanya tinggal di Samarinda. Mau minta tanda tangan aja harus nunggu beliau pulang, kadang sebulan sekali. Sekdes bilang gak berani ambil keputusan. Tolong pak camat, pak bupati, liat desa kami."\n\nKomentarnya ratusan, banyak yg bilang desanya jg sama. Itu desa kami, Muara Pedohon kec. Tabang. Mohon pemkab tegur dan bina kades kami, kl perlu diperiksa krn meninggalkan desa berbulan2. Trims',
    ),
    Case(
        "whatsapp",
        "pemerintahan",
        "Assalamualaikum. Mau tanya, masa jabatan kades Desa Kedang Ipil Kota Bangun sdh habis dr bln lalu, tp sampai skrg blm ada Pj kades yg ditunjuk. Surat2 desa jd gk ada yg teken, rapat desa jg gk bisa jalan. Kapan Pj nya dilantik ya? Mohon info, sy sekretaris BPD",
    ),
    Case(
        "web",
        "pemerintahan",
        "[Salinan postingan grup FB WARGA SEDULANG PEDULI]\n\nBismillah. Dulur2 semua, tgl 20 kemarin genap 4 tahun sejak berkas usulan Dusun Rantau Laut jadi desa sendiri kita serahkan lewat kecamatan. Syarat jumlah KK sdh lebih, peta wilayah sdh dibuat, musyawarah desa induk sdh setuju, berita acara lengkap. Tapi sampai skrg statusnya gak jelas, ditanya ke kecamatan katanya masih di kabupaten. Warga kita tiap mau urus surat harus nyebrang sungai 1,5 jam ke kantor desa induk.\n\nKomentar:\nIbu Sarinah: betul min, kemarin sy urus surat pindah sampai 2x bolak balik 😭\nRahmat Hidayat: coba tanya langsung ke Setda aja min\nAdmin: @Rahmat sdh diketik ke pengaduan online ya\n\nMohon penjelasan sampai di mana proses usulan pemekaran Dusun Rantau Laut dari Desa Sedulang, Kec. Muara Kaman, dan apa yang masih kurang dari pihak kami.",
    ),
    Case(
        "web",
        "pemerintahan",
        "SURAT PEMBACA\n\nSatu Lahan, Dua Surat dari Dua Desa\n\nSaya warga Desa Jembayan Tengah, Kecamatan Loa Kulu. Sejak tahun lalu kebun milik sekitar 30 keluarga kami diklaim masuk wilayah Desa Jembayan Dalam. Kades Jembayan Dalam bahkan sudah menerbitkan surat keterangan tanah baru di atas lahan yang kami garap sejak 1990-an dengan SKT dari desa kami. Akibatnya satu bidang tanah punya dua surat dari dua desa berbeda, dan warga kedua desa sudah mulai saling pasang pagar.\n\nKami minta pemerintah kabupaten memanggil kedua kepala desa, menelusuri peta wilayah desa yang sah, dan menyelesaikan tumpang tindih ini sebelum terjadi bentrok antarwarga.\n\nH. Abdul Karim\nRT 04 Desa Jembayan Tengah, Loa Kulu",
    ),
    Case(
        "web",
        "pemerintahan",
        "Selamat siang. Saya wartawan sebuah media daring di Tenggarong. Banyak pembaca kami bertanya soal jadwal pemilihan kades serentak berikutnya, karena di beberapa desa di Kembang Janggut dan Kenohan kursi kades sudah dijabat Pj lebih dari setahun. Di grup WA beredar kabar pemilihannya ditunda sampai tahun depan, ada juga yang bilang batal. Mohon penjelasan resmi: desa mana saja yang ikut, kapan pendaftaran calon dibuka, dan apakah benar ditunda. Terima kasih.\n\nFitriani\nJurnalis",
    ),
    Case(
        "sms",
        "pemerintahan",
        "Pak perumahan kami di Loa Ipuh Darat sdh 60an KK tp blm ada RT, kelurahan blm mau bentuk. urus surat pengantar jd susah. Mohon dibantu. Budi",
    ),
    Case(
        "telegram",
        "pemerintahan",
        "Selamat malam admin. Sy mau lapor soal pengisian anggota BPD di Desa Sebuntal, Marangkayu. Musyawarah wakil wilayah dusun 3 tdk pernah diadakan, tiba2 nama anggota BPD baru sdh keluar dan katanya minggu dpn mau dilantik. Warga dusun 3 gk ada yg diundang, sy pegang foto daftar hadirnya cuma 8 org. Mohon pelantikan ditunda dan pemilihan wakil dusun 3 diulang. Dokumennya bisa sy kirim kemana?",
    ),
    Case(
        "telegram",
        "pemerintahan",
        "Forwarded from Info Samboja Terkini\n\"Warga di ujung Jl. Sultan Hasanuddin mengeluh: KTP tercatat di Kelurahan Karya Jaya, tapi tagihan PBB atas nama Kelurahan Sungai Seluang. Kalau ada kegiatan dari kelurahan A tidak diundang, dari kelurahan B juga tidak. 'Kami ini warga mana sebenarnya?' kata seorang ketua RT.\"\n\nSaya salah satu warga yg dimaksud. Tolong pemkab pastikan garis batas kedua kelurahan ini dan tetapkan kami masuk yang mana, supaya urusan kami jelas. Terima kasih.",
    ),
    Case(
        "twitter",
        "pemerintahan",
        "@kukarkab pilkades desa kami Loa Lepu jadi diulang gk sih? Katanya keberatan calon blm diputus panitia kab, warga udh terbelah 2 kubu, tiap malam ribut di pos ronda. tolong segera diputuskan 🙏",
    ),
    Case(
        "twitter",
        "pemerintahan",
        "@kukarkab Min ini desa kami Tani Harapan Loa Janan udah 8 bln kades sama BPD gak akur, APBDes gak disahkan2, musdes batal terus. Pembangunan desa mandek total. (1/2)\n\nMohon kabupaten panggil kedua pihak & turun mediasi. Jgn cuma diem liat desa kami begini. (2/2)",
    ),
    Case(
        "twitter",
        "pemerintahan",
        "Kampung kami di perbatasan Kec. Kota Bangun dan Kec. Muara Wis, tiap ada urusan dua kecamatan saling lempar. Tolong @kukarkab tetapkan kami ini masuk kecamatan mana #KukarIdaman",
    ),
    Case(
        "twitter",
        "pemerintahan",
        "@kukarkab Kades Teluk Muda (Kenohan) ditahan polisi sejak sebulan lalu, tp sampai skrg desa gk ada pelaksana tugas. Siapa yg tanda tangan surat warga? Tolong segera tunjuk Plt kadesnya",
    ),
]

_KESRA = [
    Case(
        "email",
        "kesra",
        'Subject: Pencairan bantuan kuliah belum masuk\n\nAssalamualaikum Bapak/Ibu,\n\nSaya mahasiswa semester 5 di salah satu kampus di Samarinda, penerima bantuan pendidikan dari Pemkab Kukar tahun lalu. Saya kutip berita yang beredar:\n\n> RIBUAN MAHASISWA KUKAR MENUNGGU KEPASTIAN BEASISWA\n> TENGGARONG – Hingga pertengahan November, bantuan pendidikan bagi mahasiswa asal Kukar tahap kedua belum juga cair. “Kami sudah verifikasi berkas sejak Agustus, tapi sampai sekarang belum ada kabar,” ujar Dinda, mahasiswi asal Loa Janan.\n> Pengelola menyebut keterlambatan karena verifikasi ulang data ganda.\n\nStatus saya di laman pendaftaran masih tertulis "terverifikasi" sejak 21 Agustus. UKT saya jatuh tempo akhir bulan ini dan orang tua saya petani di Muara Kaman, tidak sanggup membayar kalau bantuan tidak cair. Mohon informasi jadwal pencairan yang pasti dan apakah ada berkas saya yang masih kurang.\n\nNama: Nur Aisyah\nNIM: 2109xxxxxx\nAsal: Desa Cipari Makmur, Muara Kaman\n\nTerima kasih.\nWassalam',
    ),
    Case(
        "email",
        "kesra",
        "Perihal: Tindak lanjut proposal rehab atap Masjid Nurul Huda\n\n> ----- Pesan asli -----\n> Dari: Takmir Masjid Nurul Huda\n> Tanggal: 4 Maret\n> Bersama ini kami sampaikan proposal permohonan bantuan rehab atap masjid beserta RAB dan foto kondisi...\n\nYth. Bapak/Ibu pengelola pengaduan,\n\nMenindaklanjuti email kami di atas yang belum berbalas, kami pengurus Masjid Nurul Huda, Desa Handil Baru, Kecamatan Samboja, kembali menanyakan nasib proposal bantuan rehab atap masjid yang kami serahkan bulan Maret. Atap sudah bocor di banyak titik dan saat salat Jumat jamaah di saf belakang terpaksa pindah kalau hujan.\n\nKami juga membaca di media bahwa bantuan tahun ini sudah disalurkan ke ratusan masjid, langgar dan gereja se-Kukar. Kami ingin tahu apakah proposal kami masuk daftar, dan bila belum, apa yang harus kami lengkapi.\n\nWassalamualaikum wr. wb.\n\nH. Syamsuddin\nKetua Takmir Masjid Nurul Huda\nHandil Baru, Samboja\n0853-xxxx-xxxx",
    ),
    Case(
        "whatsapp",
        "kesra",
        "*PESAN BERANTAI - MOHON DISEBAR*\nKepada seluruh guru ngaji, imam, marbot, penjaga makam se Kec. Kota Bangun. Insentif triwulan 3 sampai skrg belum cair. Yg sudah kumpul berkas ulang ke desa tgl 10 kemarin jg belum ada kabar. Mari kita tanyakan bersama2.\n\nSaya guru TPA di Desa Liang Ulu, sdh ngajar 12 tahun. Mohon info pak kapan insentif guru ngaji cair, kami disuruh kumpul berkas terus tp uangnya gk ada. Trims",
    ),
    Case(
        "whatsapp",
        "kesra",
        "Asslm pak. anak sy juara 1 tilawah anak2 MTQ tingkat kec Anggana bln lalu, ada piagamnya. tp pas daftar kafilah kecamatan buat MTQ kabupaten namanya gk ada, diganti anak lain yg juara 3. kata panitia kecamatan itu keputusan dr atas. tlg dicek pak, anak sy udah latihan tiap malam 😢",
    ),
    Case(
        "whatsapp",
        "kesra",
        "Selamat siang pak/bu. Ibu saya calon jemaah haji tahun ini dari Tabang, umur 78. Manasik di Tenggarong ada 4x, sekali jalan 8 jam lewat darat. Apakah ada keringanan atau manasik bisa diikuti di kecamatan saja? Terus transport dr Tenggarong ke embarkasi Balikpapan apa masih ditanggung pemkab spt tahun lalu? Terima kasih, Rina (anak)",
    ),
    Case(
        "web",
        "kesra",
        "[dari grup FB Majelis Taklim Se-Kukar]\n\nIbu2 Majelis Taklim Al Hidayah Desa Sidomulyo Anggana sdh 2 tahun mengajukan proposal bantuan perlengkapan (terpal, sound system, rebana). Katanya tahun lalu sdh lolos verifikasi, tapi waktu pencairan nama kami hilang. Majelis taklim di desa sebelah dapat 2 tahun berturut2.\n\nKomentar:\n- Hj. Rosmini: sama bu, kami jg gitu\n- Nurhayati: harus ada org dalam katanya 🙄\n- Admin: sabar bu, coba lapor resmi\n\nMohon penjelasan Pemkab Kukar kenapa nama kelompok kami hilang dari daftar penerima hibah dan bagaimana cara mengajukan lagi tahun ini.\n\nIbu Salmah, Ketua Majelis Taklim Al Hidayah",
    ),
    Case(
        "web",
        "kesra",
        "SURAT PEMBACA\nGereja di Pedalaman Jangan Dilupakan\n\nKami jemaat gereja di Desa Long Beleh Modang, Kecamatan Kembang Janggut. Gedung gereja kami masih berdinding papan dan tiangnya sudah dimakan rayap. Proposal bantuan pembangunan sudah kami ajukan dua kali melalui kecamatan, terakhir tahun lalu, tetapi tidak ada jawaban. Kami lihat bantuan semacam ini lebih banyak diberikan di kota kecamatan yang mudah dijangkau.\n\nKami mohon pemerintah kabupaten memverifikasi langsung ke lapangan dan mempertimbangkan gereja kami dalam penyaluran bantuan tahun ini.\n\nPdt. Yohanes Lawing\nDesa Long Beleh Modang",
    ),
    Case(
        "web",
        "kesra",
        'Transkrip video YouTube kanal "Suara Warga Samboja":\n\n"...jadi ini Pak Slamet, umur 63, tinggal di Desa Beringin Agung. Kemarin mau cuci darah di rumah sakit, ternyata kartu BPJS yang dulu ditanggung pemkab sudah tidak aktif. Katanya nama beliau tercoret waktu pemutakhiran data. Beliau tidak mampu bayar mandiri, istrinya cuma jualan gorengan..."\n\nSaya yang merekam video itu. Mohon pemkab mengaktifkan kembali jaminan berobat gratis Pak Slamet dan menjelaskan kenapa warga miskin bisa tercoret dari program berobat gratis Kukar. Kontak keluarga: Wati 0821xxxxxxx',
    ),
    Case(
        "sms",
        "kesra",
        "Pak beasiswa utk S2 dr pemkab tahun ini dibuka kapan ya? sy lulusan Unmul asal Loa Kulu. trims",
    ),
    Case(
        "telegram",
        "kesra",
        'Forwarded from Kanal Info Muara Jawa:\n"Kafilah Kecamatan Muara Jawa pulang dari MTQ tingkat kabupaten dengan membawa 3 juara. Namun sejumlah peserta mengeluh uang pembinaan juara belum diterima."\n\nSy ayah salah satu peserta yg juara 2 cabang hifzil quran 5 juz. Sdh 3 bln blm ada kabar soal hadiahnya. Mohon dicek ke panitia MTQ kab ya, anak2 ini sdh berjuang.',
    ),
    Case(
        "telegram",
        "kesra",
        "Selamat siang. Kami pengurus Panti Asuhan Al Ikhlas, Desa Manunggal Jaya, Tenggarong Seberang. Sesuai NPHD yang ditandatangani bulan Mei, hibah untuk panti kami tahun ini mestinya cair triwulan 3. Sampai sekarang belum masuk rekening, sementara kebutuhan makan 40 anak asuh jalan terus. Mohon info kapan cair dan apakah ada dokumen yang kurang. Terima kasih. - Ust. Hamzah",
    ),
    Case(
        "twitter",
        "kesra",
        "@kukarkab min beasiswa kukar idaman utk mhs yg kuliah di luar kalimantan kapan diumumin? udh lewat 2 minggu dr jadwal di pengumuman 🙃 anak rantau butuh kepastian, UKT udh ditagih",
    ),
    Case(
        "twitter",
        "kesra",
        "Thread 🧵 (1) Kami pengurus TPA Nurul Iman, Muara Badak Ulu. Guru ngaji di kampung kami honornya cuma dari infaq jamaah. Dulu ada insentif dr pemkab, sejak tahun lalu nama guru2 kami gak masuk lagi.\n\n(2) Mohon @kukarkab cek data penerima insentif guru ngaji Muara Badak, berkas kami sdh lengkap dan diserahkan lewat desa.",
    ),
    Case(
        "twitter",
        "kesra",
        "@kukarkab Pura di Desa Kerta Buana (Tenggarong Seberang) atapnya roboh sejak angin kencang bulan lalu. Umat di sana mohon bantuan perbaikan dari pemkab, proposal sudah masuk lewat desa 🙏 #KukarIdaman",
    ),
    Case(
        "twitter",
        "kesra",
        "@kukarkab Karang taruna Desa Tuana Tuha sdh 3x ajukan proposal bantuan utk kegiatan sosial pemuda tp gk pernah ada jawaban. Gmn caranya biar proposal hibah kelompok bisa diproses? Kami di Kenohan jauh kl hrs bolak balik Tenggarong",
    ),
]

_HUKUM = [
    Case(
        "email",
        "hukum",
        "Subject: Permohonan salinan draf dan keterlibatan dalam pembahasan raperda masyarakat adat\n\nYth. Pemerintah Kabupaten Kutai Kartanegara,\n\nKami membaca pemberitaan berikut di media lokal:\n\n\"PEMKAB KUKAR SIAPKAN RAPERDA MASYARAKAT HUKUM ADAT\nTENGGARONG – Pemkab Kukar tengah menyusun rancangan peraturan daerah tentang pengakuan dan perlindungan masyarakat hukum adat. Draf ditargetkan masuk ke DPRD tahun ini. 'Kami masih menyempurnakan naskah akademiknya,' ujar seorang pejabat.\"\n\nLembaga kami sudah enam tahun mendampingi komunitas Dayak di hulu Mahakam, termasuk di Kecamatan Tabang dan Kembang Janggut. Sehubungan dengan itu kami memohon:\n1. salinan draf raperda beserta naskah akademiknya;\n2. agar kami dan perwakilan komunitas dilibatkan dalam konsultasi publik sebelum draf diajukan ke DPRD;\n3. agar konsultasi publik juga diadakan di kecamatan hulu, tidak hanya di Tenggarong.\n\nAtas perhatiannya kami ucapkan terima kasih.\n\nHormat kami,\nMaria Ulan\nKoordinator Program\nPerkumpulan Lingkar Hulu Mahakam\nTenggarong",
    ),
    Case(
        "email",
        "hukum",
        "Perihal: Pelaksanaan putusan perkara ganti rugi lahan\n\nKepada Yth.\nBupati Kutai Kartanegara\nc.q. Sekretaris Daerah\ndi Tenggarong\n\nDengan hormat,\n\nKami selaku kuasa hukum dari 7 (tujuh) warga Kelurahan Loa Ipuh, Kecamatan Tenggarong, dalam perkara gugatan ganti rugi atas lahan yang terkena pelebaran jalan, dengan ini menyampaikan bahwa putusan perkara tersebut telah berkekuatan hukum tetap sejak putusan kasasi diberitahukan kepada para pihak pada bulan Januari lalu.\n\nNamun sampai saat ini Pemerintah Kabupaten selaku pihak Tergugat belum melaksanakan isi putusan berupa pembayaran ganti rugi kepada klien kami. Kami telah dua kali bersurat, namun belum mendapat tanggapan. Sebagian klien kami sudah lanjut usia dan persoalan ini telah berlangsung lebih dari lima tahun.\n\nBersama ini kami mohon kejelasan sikap Pemerintah Kabupaten atas pelaksanaan putusan tersebut dan kesediaan untuk mengadakan pertemuan guna membahas mekanismenya, sebelum kami menempuh permohonan eksekusi ke pengadilan.\n\nHormat kami,\nRahmad Hidayat, S.H.\nAdvokat\nJl. Pesut, Tenggarong",
    ),
    Case(
        "whatsapp",
        "hukum",
        "Assalamualaikum pak bu, sy ibu rumah tangga di Loa Janan Ulu. anak sy umur 19 ditahan polsek krn dituduh ikut tawuran, minggu dpn sidang. kami gk punya uang buat bayar pengacara. dengar2 pemkab ada program bantuan pengacara gratis buat warga gk mampu ya? gmn caranya daftar? sy punya SKTM dr desa. mohon bantuannya 🙏",
    ),
    Case(
        "whatsapp",
        "hukum",
        'Beredar di grup2 WA:\n"MULAI 1 BULAN DEPAN SESUAI PERBUP BARU, WARUNG & CAFE DI KUKAR WAJIB TUTUP JAM 10 MALAM, YANG MELANGGAR DIDENDA 5 JUTA. SEBARKAN!!"\n\nSaya pemilik warung kopi di Tenggarong Seberang. Ini bener gk ada Perbup nya? Nomor berapa, bisa sy baca isinya dimana? Kl gk ada aturannya tolong dijelaskan, pelanggan sy udah pada nanya2.',
    ),
    Case(
        "whatsapp",
        "hukum",
        "Selamat pagi. Kami dari sekretariat Kecamatan Muara Jawa. Kecamatan menerima somasi dari kuasa hukum sebuah perusahaan terkait surat camat yang meminta penghentian sementara kegiatan penimbunan lahan di dekat permukiman. Mereka minta surat itu dicabut dalam 7 hari atau akan digugat. Mohon arahan dan pendampingan sebelum kami menjawab somasi tsb. Terima kasih.",
    ),
    Case(
        "web",
        "hukum",
        "Saya mahasiswa hukum Unikarta yang sedang menulis skripsi tentang retribusi daerah di Kukar. Di website JDIH kabupaten, file perda tentang retribusi yang terbaru tidak bisa diunduh (muncul error 404), dan beberapa Perbup tahun 2022-2023 hanya ada judulnya tanpa lampiran. Mohon diperbaiki, atau salinannya dikirim ke email saya andi.firmansyah@xxxx.com. Terima kasih.\n\nAndi Firmansyah, Tenggarong",
    ),
    Case(
        "web",
        "hukum",
        "[Postingan FB grup PKL TEPIAN TENGGARONG]\n\nKawan2 PKL, sy dapat fotokopi draf raperda ketertiban umum yg lagi dibahas. Di pasal 14 ada larangan berjualan di sepanjang trotoar dan taman tepian Mahakam, sanksinya gerobak disita. Kita gak pernah diajak bicara!!\n\nKomentar:\nBu Ijah: trus kami jualan dmn? 25 thn sy disini\nAgus Pentol: hrs kompak kita\nRina: tag aja pemkab nya\n\nKami Paguyuban PKL Tepian minta pasal itu ditinjau ulang dan kami diundang dalam pembahasan draf sebelum disahkan. - Hamdani, ketua paguyuban",
    ),
    Case(
        "web",
        "hukum",
        "SURAT PEMBACA\n\nKami Digugat, Kami Minta Diajak Bicara\n\nSaya Siti Rahmah, warga Kelurahan Sangasanga Dalam. Bulan lalu saya bersama 12 KK lain menerima panggilan sidang karena digugat Pemkab Kukar atas tanah yang kami tempati sejak tahun 1970-an dan sebagian sudah bersertifikat. Sebelumnya tidak pernah ada pemberitahuan atau pertemuan apa pun.\n\nKami warga kecil, bukan mau melawan pemerintah. Kami hanya mohon Pemkab membuka ruang mediasi di luar pengadilan dan menunjukkan dasar klaimnya kepada kami secara terbuka.\n\nSiti Rahmah\nSangasanga Dalam",
    ),
    Case(
        "sms",
        "hukum",
        "Mhn info nomor perbup ttg insentif RT yg terbaru & dmn bs unduh naskahnya. Trm ksh. Ketua RT 5 Kel Jawa Sangasanga",
    ),
    Case(
        "telegram",
        "hukum",
        "Halo admin, sy pendamping dari LSM perempuan di Kota Bangun. Kami dampingi korban KDRT (ibu 2 anak) yg mau ajukan cerai & melapor pidana, tp gk mampu bayar advokat. Apakah program bantuan hukum dari pemkab bisa menanggung advokat utk korban? Syarat & alurnya gmn? Trims.",
    ),
    Case(
        "telegram",
        "hukum",
        'Forwarded from Grup Kepsek Kec. Muara Badak:\n"Info: salah satu SD negeri di Muara Badak digugat ahli waris pemilik lahan, sidang perdana tgl 18 di PN Tenggarong."\n\nSelamat sore, saya kepala sekolah yang dimaksud. Sekolah kami dipanggil hadir di sidang, tp kami tdk punya kuasa hukum dan surat hibah tanah tahun 1985 cuma fotokopi. Mohon pemkab menunjuk kuasa hukum dan memberi arahan apa saja yg harus kami siapkan. Terima kasih.',
    ),
    Case(
        "twitter",
        "hukum",
        "@kukarkab perbup ttg tarif air PDAM yg baru kok gk ada di JDIH ya min? mau baca dasar kenaikannya. tolong diupload",
    ),
    Case(
        "twitter",
        "hukum",
        "Min @kukarkab, perda larangan miras yg katanya lg direvisi itu drafnya bisa diakses publik gk? Kami ormas pemuda di Tenggarong mau kasih masukan sblm ketok palu.",
    ),
    Case(
        "twitter",
        "hukum",
        "1/ Tanah ortu sy di Bakungan, Loa Janan dipakai pemkab buat bangunan pemerintah sejak 2009, gk pernah dibayar sepeserpun.\n2/ Sdh mediasi 3x gk ada hasil. Kami siap gugat, tp mau tau dulu somasi resmi ditujukan ke siapa di pemkab? @kukarkab",
    ),
    Case(
        "twitter",
        "hukum",
        "@kukarkab apa benar ada layanan konsultasi hukum gratis utk warga di kantor bupati tiap kamis? sy mau tanya soal sengketa warisan keluarga. warga Sebulu",
    ),
]

_KERJASAMA = [
    Case(
        "email",
        "kerjasama",
        'Subject: Permohonan perpanjangan nota kesepahaman KKN Tematik\n\nYth. Bapak/Ibu Pemerintah Kabupaten Kutai Kartanegara,\n\nSalam hormat. Kami dari LPPM sebuah universitas negeri di Yogyakarta. Sejak 2019 kami mengirim mahasiswa KKN tematik ke desa-desa di Kecamatan Muara Muntai dan Kenohan berdasarkan nota kesepahaman dengan Pemkab Kukar. Kegiatan ini juga sempat diberitakan media lokal ("Mahasiswa KKN Bantu Desa Jantur Petakan Potensi Wisata Danau").\n\nNota kesepahaman tersebut berakhir bulan Desember lalu. Draf perpanjangan sudah kami kirimkan melalui pos pada bulan Februari, namun sampai sekarang kami belum menerima tanggapan, sedangkan pemberangkatan mahasiswa dijadwalkan bulan Juli.\n\nMohon informasi status draf perpanjangan tersebut dan siapa yang dapat kami hubungi untuk membahas isinya.\n\nHormat kami,\nDr. Bambang Setiawan\nSekretaris LPPM\nTelp. 0274-xxxxxx',
    ),
    Case(
        "email",
        "kerjasama",
        "Perihal: Pemerataan dana CSR untuk nelayan Desa Tanjung Limau\n\nYth. Bapak/Ibu,\n\nBerikut kami kutip berita yang terbit pekan lalu:\n\n\"NELAYAN TANJUNG LIMAU MERASA DIANAKTIRIKAN\nMUARA BADAK – Puluhan nelayan di Desa Tanjung Limau mengeluhkan program tanggung jawab sosial perusahaan migas yang beroperasi di perairan mereka. 'Alat tangkap kami sering rusak kena jalur kapal perusahaan, tapi program bantuannya justru ke desa lain,' kata Ketua Kelompok Nelayan Bina Bahari, Baharuddin.\"\n\nSebagai kepala desa, saya membenarkan isi berita tersebut. Tiga tahun terakhir desa kami hanya sekali menerima program dari perusahaan, padahal wilayah kami yang paling terdampak. Usulan kami lewat musrenbang dan langsung ke perusahaan juga tidak pernah dibalas.\n\nKami mohon Pemkab mempertemukan desa kami dengan perusahaan dalam forum CSR kabupaten dan meninjau pembagian program agar lebih adil.\n\nDemikian, atas perhatiannya kami ucapkan terima kasih.\n\nKepala Desa Tanjung Limau\nKecamatan Muara Badak",
    ),
    Case(
        "whatsapp",
        "kerjasama",
        '*Info dr grup tetangga, diteruskan*\n"PENDAFTARAN BEASISWA CSR PT XXX UTK ANAK DESA LINGKAR TAMBANG DIBUKA!! Khusus warga Desa Embalut, Bukit Raya & Separi. Berkas paling lambat Jumat."\n\nPak, desa kami Loa Ulung jaraknya cuma 2 km dr lokasi tambang, debunya kami jg yg hirup, tp gk pernah masuk daftar desa lingkar tambang. Tolong pemkab minta perusahaan itu buka dasar penentuan desa penerima program CSR nya dan desa kami dimasukkan. Terima kasih - Yanto, ketua RT 3',
    ),
    Case(
        "whatsapp",
        "kerjasama",
        "Selamat siang. Sy warga perumahan di Loa Duri Ilir, Loa Janan, yg nempel sama Samarinda. Pipa air dr Kukar gk sampe sini, pipa Samarinda cuma 500 m dr rumah kami. Dengar2 ada rencana kesepakatan Pemkab Kukar dgn Pemkot Samarinda soal layanan air di perbatasan. Itu sudah diteken blm ya? Kapan berlaku? Kami udah 4 thn beli air tandon.",
    ),
    Case(
        "whatsapp",
        "kerjasama",
        'td sy liat video tiktok akun @wargalokal.kukar, sy ketik ulang ya:\n\n"Ini jalan yang dijanjikan perusahaan waktu sosialisasi dulu. Katanya lewat program CSR bakal dicor 2 kilo sampai ke kebun warga. Liat, baru 200 meter, abis itu lumpur. Udah 2 tahun begini. Perusahaannya jalan terus, janjinya berhenti."\n\nItu di Desa Jonggon Jaya, Loa Kulu, kampung sy. Mohon pemkab tagih perusahaan itu supaya janji program CSR nya diselesaikan, kan pemkab yg ikut tanda tangan berita acara waktu itu.',
    ),
    Case(
        "web",
        "kerjasama",
        "SURAT PEMBACA\n\nRiset Bersama yang Menggantung\n\nSaya dosen di sebuah perguruan tinggi di Samarinda. Dua tahun lalu kampus kami dan Pemkab Kukar menandatangani nota kesepahaman tentang penelitian dan pengabdian masyarakat, dan diberitakan cukup luas. Namun sampai kini belum ada satu pun perjanjian kerja sama turunan yang ditandatangani, sehingga tim kami tidak bisa memakai MoU itu untuk mengajukan hibah riset. Surat kami tiga kali tidak berbalas.\n\nMohon Pemkab menunjuk kontak yang jelas dan menjadwalkan pembahasan perjanjian turunannya.\n\nDr. Sri Wahyuni\nSamarinda",
    ),
    Case(
        "web",
        "kerjasama",
        "[Disalin dr grup FB Warga Sangasanga Bersatu]\n\nKemarin perusahaan bagi paket sembako & beras program CSR lewat kantor kelurahan. Yg dapat kebanyakan keluarga & kenalan pengurus, warga yg bener2 susah malah gk kebagian. Pas ditanya ke perusahaan katanya daftar nama dr pihak kelurahan.\n\nKomentar:\nMbak Yuni: RT kami gk ada yg dapat sama sekali\nPak Hasan: tiap thn begini\n\nKami minta pemkab yg mengkoordinir program CSR perusahaan di Kukar meminta daftar penerima dibuka ke publik dan ke depan penyalurannya diawasi. Kel. Sangasanga Muara.",
    ),
    Case(
        "web",
        "kerjasama",
        "Selamat siang. Saya staf CSR di sebuah perusahaan perkebunan yang baru beroperasi di Kecamatan Kembang Janggut. Kami ingin program tanggung jawab sosial kami tahun depan (beasiswa anak karyawan lokal dan air bersih desa) tersinkron dengan program pemkab dan tidak tumpang tindih. Bagaimana prosedur mendaftarkan program dan menyampaikan laporan realisasi ke forum CSR kabupaten? Apakah ada format laporan tertentu? Terima kasih.\n\nDewi Anggraini\nCommunity Development Officer",
    ),
    Case(
        "sms",
        "kerjasama",
        "Pak desa kami Sepatin mau ajukan proposal program CSR ke perusahaan migas, harus lewat pemkab dulu atau bs langsung ke perusahaan? Tks, Sekdes Sepatin",
    ),
    Case(
        "telegram",
        "kerjasama",
        'Forwarded from Samboja Update:\n"Pemkab Kukar dan Otorita IKN tandatangani kesepakatan bersama terkait pembangunan wilayah penyangga."\n\nAdmin, kami warga Kel. Sungai Merdeka Samboja yg paling dekat dgn IKN. Boleh kami tau isi kesepakatan itu apa aja? Apa ada yg menyangkut kampung2 di Samboja dan kapan warga diajak bicara? Selama ini kami cuma baca dr berita.',
    ),
    Case(
        "telegram",
        "kerjasama",
        "Halo min, sy mahasiswa Polnes asal Tenggarong. Kampus bilang kerja sama magang dgn OPD2 Pemkab Kukar sdh habis masa berlakunya jd kami gk bisa magang disana semester ini. Apa benar begitu? Kl mau diperpanjang prosesnya di pemkab spt apa, biar sy sampaikan ke bagian kemahasiswaan kampus.",
    ),
    Case(
        "twitter",
        "kerjasama",
        "@kukarkab dana CSR perusahaan tambang di Loa Kulu itu sebenernya kemana aja sih? desa kami Rempanga yg paling deket malah gk pernah kebagian program apa2. minta dibuka datanya min",
    ),
    Case(
        "twitter",
        "kerjasama",
        "@kukarkab Katanya ada MoU Kukar dgn Kutai Barat soal layanan kesehatan warga perbatasan, warga Tabang kan lebih dekat ke RS di Kubar. Udah diteken blm? Kami masih disuruh bayar umum di sana",
    ),
    Case(
        "twitter",
        "kerjasama",
        "Program TJSL BUMN buat pelaku usaha di Anggana kok cuma dibagi ke kelompok itu2 aja tiap tahun. Yg baru mulai usaha gk pernah dilirik. @kukarkab tolong awasi penyalurannya biar merata",
    ),
    Case(
        "twitter",
        "kerjasama",
        "@kukarkab Kami dr kampus swasta di Balikpapan pengen jalin kerja sama riset & pengabdian masyarakat di Kukar. Draf MoU sebaiknya diajukan ke mana ya? Sdh kirim ke email umum 2 bln blm dibalas",
    ),
]

_PEREKONOMIAN = [
    Case(
        "email",
        "perekonomian",
        "Subject: Kelangkaan gas 3 kg di Kota Bangun\n\nYth. Bapak/Ibu,\n\nSaya teruskan berita dari portal lokal kemarin:\n\n\"GAS MELON LANGKA, WARGA KOTA BANGUN KEMBALI PAKAI KAYU BAKAR\nKOTA BANGUN – Sudah dua pekan tabung elpiji 3 kg sulit didapat di Kota Bangun. Di tingkat pengecer harganya tembus Rp50 ribu per tabung. 'Di pangkalan selalu bilang habis, padahal truk baru datang pagi,' ujar Marlina, warga Kota Bangun Ulu.\"\n\nSaya membenarkan berita itu. Saya pedagang gorengan dan setiap hari butuh dua tabung. Saya curiga ada pangkalan yang menjual ke pengecer dalam jumlah besar. Mohon Pemkab memeriksa pangkalan-pangkalan di kecamatan kami, mengadakan operasi pasar gas, dan memastikan harga sesuai HET.\n\nTerima kasih.\n\nSalam,\nIbu Marhamah\nKota Bangun Seberang",
    ),
    Case(
        "email",
        "perekonomian",
        "Perihal: Tagihan pasokan yang belum dibayar oleh Perusda\n\nKepada Yth. Pemerintah Kabupaten Kutai Kartanegara\nselaku pemilik Perusahaan Daerah\n\nDengan hormat,\n\nKami CV Mahakam Sejahtera, pemasok beras dan gula untuk unit usaha perdagangan salah satu Perusda milik Pemkab Kukar sejak tahun lalu. Sampai hari ini ada enam tagihan kami senilai total Rp412.500.000 yang sudah lewat jatuh tempo lebih dari 120 hari dan belum dibayar.\n\nDireksi Perusda hanya menyatakan keuangan sedang sulit tanpa kepastian jadwal. Kami usaha kecil dan modal kami tertahan. Kami juga membaca di media bahwa kinerja Perusda tersebut sedang menjadi sorotan DPRD.\n\nKami mohon Pemkab selaku pemilik membina Perusda agar menyelesaikan kewajibannya kepada pemasok, atau setidaknya memfasilitasi pertemuan untuk menyepakati jadwal pembayaran.\n\nHormat kami,\nH. Sulaiman\nDirektur CV Mahakam Sejahtera\nTenggarong",
    ),
    Case(
        "whatsapp",
        "perekonomian",
        "*FWD FWD FWD*\nINFO: SOLAR DI SPBU MUARA MUNTAI HABIS LAGI. PENGECER JUAL 15RB/LITER. NELAYAN & MOTORIS KLOTOK GK BISA JALAN. SEBARKAN SUPAYA PEMERINTAH TAU!!\n\nBenar pak, sy motoris klotok trayek Muara Muntai - Kota Bangun. Udah seminggu solar gk ada, kl beli eceran ongkos penumpang hrs naik. Tolong pemkab cek pasokan solar ke sini dan tertibkan pengecer yg jual kemahalan.",
    ),
    Case(
        "whatsapp",
        "perekonomian",
        "pak sy pedagang sayur yg dipindah dr pasar lama ke pasar baru Mangkurawang. udah 4 bln disini sepi bgt, pembeli tetep ke pinggir jalan pasar lama krn pedagang lain jualan disana lagi. kami yg ikut aturan malah rugi. tolong pemkab tata lagi pasarnya, pedagang yg diluar ditertibkan biar adil",
    ),
    Case(
        "whatsapp",
        "perekonomian",
        "Assalamualaikum. Sy ibu rumah tangga di Samboja. Cabe rawit skrg 120rb/kg, bawang merah 60rb, mau ramadan pasti naik lagi. Kapan ada pasar murah di Samboja pak? Tahun lalu cuma di Tenggarong. Kami jauh kl hrs kesana",
    ),
    Case(
        "web",
        "perekonomian",
        "[Dari grup FB INFO TABANG & SEKITARNYA]\n\nGas 3 kg di Tabang skrg 45-50 ribu satu tabung 😡 Pangkalan cuma jual ke org2 tertentu, kami warga biasa disuruh balik besok, besoknya habis lagi. Ini gas subsidi buat rakyat miskin loh.\n\nKomentar:\nUdin Tabang: di Sidomulyo jg sama bos\nMama Reza: sy udh 3 hari masak pake kayu\nAnonim: pangkalan X itu jual ke pengecer malam2\n\nMohon pemkab cek pangkalan gas di Tabang, pastikan dijual ke warga sesuai harga eceran tertinggi dan pangkalan yg nakal ditindak.",
    ),
    Case(
        "web",
        "perekonomian",
        "SURAT PEMBACA\n\nPerajin Amplang Butuh Pendampingan\n\nSaya perajin amplang dan kerupuk ikan rumahan di Kelurahan Timbau, Tenggarong. Kami sekitar 20 perajin sulit menembus toko oleh-oleh dan minimarket karena belum punya izin PIRT dan sertifikat halal, sementara informasi pendampingannya tersebar di banyak dinas dan tidak jelas harus mulai dari mana. Bazar produk lokal juga jarang mengajak perajin dari kampung.\n\nKami berharap Pemkab mengoordinasikan pendampingan usaha kecil secara terpadu, mulai dari perizinan, kemasan sampai pemasaran.\n\nIbu Nurlela\nTimbau, Tenggarong",
    ),
    Case(
        "web",
        "perekonomian",
        "Selamat siang. Saya pemilik warung sembako di Desa Sebulu Modern. Dua bulan ini minyak goreng kemasan sederhana yang harganya murah itu susah sekali didapat dari distributor, kalaupun ada harus beli paket dengan barang lain. Harga jual ke konsumen jadi di atas ketentuan dan warga menyalahkan kami. Mohon pemkab mengecek distribusi minyak goreng ke kecamatan kami dan menindak distributor yang mewajibkan beli paket. Terima kasih. - Sutrisno",
    ),
    Case(
        "sms",
        "perekonomian",
        "Gas melon di pangkalan Sebulu Ilir kosong 2 minggu, pengecer jual 50rb. Tolong ditindak pak",
    ),
    Case(
        "telegram",
        "perekonomian",
        "Forwarded from Kukar Update:\n[video] Antrean truk solar di SPBU Loa Janan mengular hingga 1 km sejak tengah malam.\n\nSaya sopir truk angkutan sawit, tiap hari begini pak, sehari cuma bisa 1 rit krn habis waktu antre. Sementara ada kendaraan yg isi berkali2 pakai tangki modifikasi. Mohon pemkab koordinasi soal kuota solar & awasi pembeli yg nimbun.",
    ),
    Case(
        "telegram",
        "perekonomian",
        "Selamat malam. Kami karyawan salah satu Perusda milik Pemkab Kukar. Gaji kami sudah 4 bulan belum dibayar, BPJS ketenagakerjaan juga menunggak. Direksi bilang menunggu penyertaan modal dari pemkab. Mohon pemkab selaku pemilik segera mengambil langkah menyehatkan Perusda dan memastikan hak karyawan dibayar. Kami ada 37 orang.",
    ),
    Case(
        "twitter",
        "perekonomian",
        "@kukarkab harga telur di Tenggarong 2 minggu ini naik terus, skrg 60rb/rak. tim pengendali inflasi ngapain aja? rakyat kecil menjerit",
    ),
    Case(
        "twitter",
        "perekonomian",
        "Antrean LPG 3kg di Muara Jawa Ulu dari subuh, dpt jatah cuma 1 tabung per KK. ini tiap minggu begini @kukarkab tolong tambah kuota buat kecamatan kami",
    ),
    Case(
        "twitter",
        "perekonomian",
        "@kukarkab bazar produk usaha kecil yg dijanjiin tiap bulan di Tenggarong udah 3 bulan gak ada. Kami pelaku usaha rumahan butuh tempat jualan & pembeli. Kapan lanjut?",
    ),
    Case(
        "twitter",
        "perekonomian",
        "Pasar Kota Bangun tiap hari Minggu pedagang dr luar daerah jualan di badan jalan depan pasar, pedagang yg sewa los di dalam sepi pembeli. Mohon pasarnya ditertibkan & ditata ulang @kukarkab",
    ),
]

_SDA = [
    Case(
        "email",
        "sda",
        "Subject: Korban lubang bekas tambang di Tenggarong Seberang\n\nKepada Yth. Pemerintah Kabupaten Kutai Kartanegara,\n\nKami meneruskan berita yang dimuat media lokal dua hari lalu:\n\n\"BOCAH 11 TAHUN TEWAS TENGGELAM DI BEKAS LUBANG TAMBANG\nTENGGARONG SEBERANG – Seorang bocah berinisial RA (11) ditemukan tewas tenggelam di kolam bekas galian batu bara di Desa Bukit Raya, Minggu sore. Menurut warga, korban berenang bersama tiga temannya. 'Lubang itu tidak dipagar, tidak ada papan peringatan,' kata Ketua RT setempat. Lokasi berjarak kurang dari 500 meter dari permukiman.\"\n\nIni bukan korban pertama di Kukar. Kami meminta Pemkab: (1) segera memasang pagar dan tanda bahaya di lubang tersebut dan lubang lain di dekat permukiman; (2) mendesak perusahaan pemegang izin melakukan reklamasi; (3) membuka daftar lubang bekas tambang yang belum direklamasi di Kukar.\n\nSalam,\nKoalisi Warga Peduli Lingkar Tambang\nTenggarong Seberang",
    ),
    Case(
        "email",
        "sda",
        "Perihal: Permohonan bantuan traktor tangan untuk Poktan Sri Rejeki\n\nYth. Bapak/Ibu,\n\nKami Kelompok Tani Sri Rejeki, Desa Sari Nadi, Kecamatan Kota Bangun, beranggotakan 28 petani dengan lahan sawah sekitar 40 hektare. Proposal bantuan dua unit traktor tangan dan satu pompa air sudah kami ajukan melalui penyuluh dan kecamatan sejak Oktober tahun lalu.\n\nMusim tanam sudah dekat, sementara kami masih menyewa traktor dari desa tetangga dengan biaya yang berat. Kami membaca di berita bahwa pemkab menyalurkan ratusan unit alat pertanian tahun ini.\n\nMohon informasi apakah kelompok kami termasuk penerima dan kapan alatnya bisa diterima.\n\nHormat kami,\nSuparman\nKetua Poktan Sri Rejeki\nDesa Sari Nadi, Kota Bangun",
    ),
    Case(
        "whatsapp",
        "sda",
        "*DITERUSKAN*\nWARGA MUARA KAMAN ULU JANGAN MINUM & MANDI AIR SUNGAI DULU!! AIR HITAM BERMINYAK & BAU, IKAN2 MATI NGAPUNG. DIDUGA LIMBAH PABRIK SAWIT DI HULU.\n\nIni benar pak, sy lihat sendiri tadi pagi. Ikan di keramba tetangga mati semua. Mohon pemkab segera turunkan tim ambil sampel air dan periksa pabrik sawit di hulu, kl terbukti buang limbah ditindak tegas.",
    ),
    Case(
        "whatsapp",
        "sda",
        "Asslmkm pak. Kami kelompok nelayan di Desa Muara Pantuan Anggana, 15 org. Mesin ketinting kami udah tua2, jaring banyak rusak. Bantuan alat tangkap dr pemkab itu gmn cara ngajuinnya pak? Kemarin katanya pendataan lewat desa tp kami gk dipanggil",
    ),
    Case(
        "whatsapp",
        "sda",
        'Sy transkrip video tiktok warga yg viral:\n\n"Liat ini jalan depan rumah kami di Loa Janan. Tiap 5 menit truk batu bara lewat, debunya masuk rumah, jemuran item, anak2 batuk pilek terus. Dulu perusahaan janji siram jalan 3x sehari, skrg boro2."\n\nItu di dekat rumah sy jg pak, Desa Purwajaya. Tolong pemkab periksa perusahaan tambangnya, suruh pindah jalur angkutan atau siram jalan, kesehatan warga terancam.',
    ),
    Case(
        "web",
        "sda",
        "[Postingan di grup FB Warga Kembang Janggut]\n\nSudah 9 tahun kebun sawit perusahaan berdiri di atas lahan yang dulu kami serahkan, dijanjikan kebun plasma 20%. Sampai hari ini plasma buat warga Desa Kelekat belum ada sejengkal pun. Tiap ditanya, manajemen bilang masih proses.\n\nKomentar:\nPak Amir: desa Hambau jg sama\nLisa: sekarang mereka malah mau perluasan\n\nKami minta pemkab memanggil perusahaan perkebunan itu dan mewajibkan pembangunan kebun plasma untuk warga sesuai janji izinnya, sebelum perluasan diizinkan.",
    ),
    Case(
        "web",
        "sda",
        "SURAT PEMBACA\n\nLahan Gambut Muara Wis Terbakar Lagi\n\nSaya guru di Desa Melintang, Kecamatan Muara Wis. Sejak dua minggu terakhir lahan gambut di sekitar Danau Melintang kembali terbakar. Asap masuk ke kelas dan anak-anak sesak. Kami melihat ada pembukaan lahan baru dengan cara dibakar dan pohon-pohon di kawasan hutan diangkut keluar malam hari.\n\nKami mohon pemkab segera memadamkan api, menyelidiki siapa yang membuka lahan dengan membakar, serta menghentikan penebangan kayu di kawasan hutan dekat desa kami.\n\nHasanah\nDesa Melintang, Muara Wis",
    ),
    Case(
        "web",
        "sda",
        "Selamat pagi. Kami warga RT 08 Desa Jembayan, Loa Kulu. Sejak perusahaan tambang di belakang kampung mengupas bukit, setiap hujan deras sedikit saja kampung kami banjir lumpur setinggi lutut, padahal dulu tidak pernah. Sawah dan kolam ikan warga tertimbun lumpur. Kami mohon pemkab memeriksa kegiatan tambang tersebut, memerintahkan perusahaan membuat kolam endapan yang layak, dan mengganti kerugian warga.",
    ),
    Case(
        "sms",
        "sda",
        "Pak bantuan bibit padi & pupuk utk kelompok tani kami di Desa Bukit Raya blm datang, musim tanam udah mulai. Mhn dicek. Tks",
    ),
    Case(
        "telegram",
        "sda",
        "Min, di Desa Bhuana Jaya Tenggarong Seberang ada tambang batu bara ilegal kerja malam2 pakai ekskavator, jaraknya gk sampai 100 m dr rumah warga. Truknya lewat jalan desa jam 2 pagi. Kami takut lapor terang2an. Tolong pemkab koordinasi dgn aparat buat hentikan. Foto & video ada, nama sy jgn disebut.",
    ),
    Case(
        "telegram",
        "sda",
        'Forwarded from Info Kota Bangun:\n"Ribuan ikan di keramba warga Desa Muhuran mati mendadak, diduga kualitas air Mahakam memburuk."\n\nSy salah satu pemilik keramba itu, rugi hampir 20 juta. Mohon dinas terkait diminta cek kualitas air sungai & cari sumber pencemarnya. Kami jg mohon bantuan bibit ikan biar bisa mulai lagi.',
    ),
    Case(
        "twitter",
        "sda",
        "@kukarkab lubang bekas tambang di dekat SD di Desa Separi masih terbuka tanpa pagar. Nunggu ada korban lagi?? #KukarDaruratLubangTambang",
    ),
    Case(
        "twitter",
        "sda",
        "Asap pembakaran lahan di sekitar Samboja bikin sesak, sekolah anak sy sdh 2 hari diliburkan. @kukarkab tindak pembakar lahannya! jangan tiap kemarau begini",
    ),
    Case(
        "twitter",
        "sda",
        "@kukarkab petani tambak di Muara Badak minta bantuan pompa & kincir yg dijanjikan pas kunjungan tahun lalu. Sampai skrg gk ada kabar. Mohon dicek datanya 🙏",
    ),
    Case(
        "twitter",
        "sda",
        "Sungai di Desa Jonggon Loa Kulu keruh kecoklatan sejak tambang di hulu buka lahan baru. Air sumur warga ikut keruh. @kukarkab kirim tim periksa dong",
    ),
]

_ADPEM = [
    Case(
        "email",
        "adpem",
        "Perihal: Surat Pembaca - Jembatan Baru di Desa Liang Ulu Sudah Retak\n\nYth. Bapak/Ibu Pengelola Layanan Pengaduan Setda Kukar,\n\nBersama ini saya teruskan surat pembaca saya yang dimuat di salah satu harian di Samarinda minggu lalu, karena sampai hari ini belum ada tanggapan dari pihak mana pun.\n\n--- kutipan ---\nSurat Pembaca: Jembatan Baru Kok Sudah Retak?\nSaya warga Desa Liang Ulu, Kecamatan Kota Bangun. Jembatan beton penghubung RT 05 dan RT 07 yang baru selesai dibangun akhir tahun lalu dengan APBD Kabupaten sekarang sudah retak memanjang di bagian lantai, dan oprit sebelah hulu mulai amblas. Padahal papan proyeknya masih berdiri. Anak-anak sekolah dan motor warga lewat setiap hari. Kami khawatir jembatan ini ambruk sebelum umurnya.\nHamdani, Desa Liang Ulu RT 05, Kota Bangun\n--- selesai ---\n\nKami mohon pekerjaan jembatan tersebut diperiksa ulang oleh tim teknis dan kontraktornya diminta memperbaiki selama masa pemeliharaan masih berlaku.\n\nHormat saya,\nHamdani\nDesa Liang Ulu, Kota Bangun\nHP 0812-5xxx-xxxx",
    ),
    Case(
        "email",
        "adpem",
        'Subject: Fwd: Proyek Drainase di Timbau Mangkrak, Warga Kebanjiran\n\nSelamat siang,\n\nSaya lampirkan berita dari portal lokal di bawah ini. Saya salah satu pemilik ruko yang disebut dalam berita. Sudah hampir empat bulan galian saluran di depan ruko kami dibiarkan terbuka, besi cornya berkarat, dan setiap hujan air masuk ke toko. Mohon Pemkab menjelaskan kapan pekerjaan ini dilanjutkan dan siapa yang bertanggung jawab.\n\nTerima kasih.\n\nSalam,\nLie Ching Wen (Koko Acen)\nToko Sumber Rejeki, Kel. Timbau, Tenggarong\n\n---------- Forwarded message ---------\nTENGGARONG - Proyek pembangunan saluran drainase di Kelurahan Timbau, Tenggarong, yang dikerjakan sejak Juni lalu kini terhenti. Pantauan di lapangan, galian sepanjang kurang lebih 200 meter dibiarkan terbuka tanpa pengaman.\n"Sudah dua kali anak kecil jatuh ke galian. Pekerjanya hilang sejak bulan sembilan," kata Rusdi (47), warga setempat.\nSaat dikonfirmasi, pihak kontraktor belum dapat dihubungi. Proyek senilai Rp2,1 miliar tersebut bersumber dari APBD Kukar tahun anggaran berjalan.',
    ),
    Case(
        "whatsapp",
        "adpem",
        "*INFO WARGA MUARA BADAK*\nJalan semenisasi di Desa Badak Baru yg baru selesai bulan lalu udah pecah2 dan bolong di bbrp titik, tebal cor nya kayaknya gk sampe 15 cm, bisa diliat pinggirnya tipis bgt. Ini pake uang rakyat lho. Tolong sebarkan biar sampai ke yg berwenang!!\n_Diteruskan berkali-kali_\n\nsaya terusin ke sini pak, itu betul depan rumah saya, tolong dicek kualitas kerjaannya sblm rusak semua",
    ),
    Case(
        "whatsapp",
        "adpem",
        'Assalamualaikum min, ini saya ketik ulang isi video tiktok yg lagi rame di kampung kami:\n"Halo guys, ini aku lagi di Desa Teluk Muda, Kenohan ya. Liat nih gedung serbaguna yg katanya dibangun kabupaten dari 2 tahun lalu, sampe sekarang cuma tiang sama atap setengah, rumput udah setinggi pinggang, kayak rumah hantu. Papan proyeknya aja udah copot. Ini mau dilanjut gak sih??"\nvideonya udh 80rb view. kami warga jg bertanya2 pak, tolong ada kejelasan ini bangunan mau diteruskan atau ditinggal gitu aja',
    ),
    Case(
        "whatsapp",
        "adpem",
        "Postingan di grup FB 'Info Loa Kulu Terkini':\n\nTurap sungai di Loa Kulu Kota yg dikerjakan tahun kemarin sekarang sebagian ambruk ke sungai. Baru setahun sudah longsor, batu2nya pada lepas. Rumah2 warga di belakangnya sdh mulai retak. Mohon pihak pemkab turun mengecek, dan kontraktornya dipanggil!\n\nKomentar:\n- Yusran Ali: kerjaan asal2an itu dulu sy liat semennya dikit bgt\n- Ina Marlina: rumah mamaku pas di belakang turap itu, takut bgt kalau hujan deras\n- Bang Ijal: tag aja akun pemkab biar dibaca\n\nSy kirim ke nomor pengaduan ini krn di FB gk ada yg jawab. Trims",
    ),
    Case(
        "web",
        "adpem",
        'PEMBANGUNAN GEDUNG KANTOR KECAMATAN MUARA MUNTAI BELUM RAMPUNG, PADAHAL KONTRAK SUDAH HABIS\n\nMUARA MUNTAI - Pembangunan gedung kantor Kecamatan Muara Muntai yang dibiayai APBD Kukar belum juga selesai meski masa kontrak telah berakhir Desember lalu. Bangunan dua lantai itu baru berdiri rangka dan dindingnya, sementara kusen dan atap belum terpasang.\n"Kami masih berkantor di gedung lama yang sudah lapuk. Kalau hujan, berkas-berkas harus diangkat," ujar salah seorang staf yang enggan disebut namanya.\nWarga Muara Muntai Ilir, Syahrani, berharap pemerintah tidak membiarkan bangunan itu terbengkalai. "Sayang uangnya, sudah separuh jadi," katanya.\n\n---\nSaya kirim berita ini lewat kanal pengaduan supaya ada jawaban resmi: berapa persen sebenarnya pekerjaan itu sudah jalan dan apakah akan dilanjutkan tahun ini. Terima kasih. (Syahrani, Muara Muntai Ilir)',
    ),
    Case(
        "web",
        "adpem",
        "Transkrip video YouTube channel 'Jelajah Hulu Mahakam' (menit 03.10-05.40):\n'...nah teman-teman, ini jembatan gantung yang menghubungkan Desa Sidomulyo ke kebun warga. Katanya direhab tahun lalu, tapi lihat, papan lantainya sudah banyak yang lapuk dan patah, kawat sling sebelah kiri kendor. Saya sendiri takut lewat. Tiap pagi ibu-ibu bawa hasil kebun lewat sini...'\n\nSaya pemilik channel tersebut, warga asli Tabang. Mohon pemkab mengecek hasil rehab jembatan itu karena kondisinya jauh dari nilai anggaran yang tertulis di papan proyek. Link video bisa saya kirim kalau diperlukan.\nRahmat H., Tabang",
    ),
    Case(
        "web",
        "adpem",
        "SURAT PEMBACA\nRuang Kelas Baru Sudah Bocor Sebelum Dipakai\n\nSaya guru di salah satu SD negeri di Desa Sebuntal, Kecamatan Marangkayu. Sekolah kami mendapat pembangunan dua ruang kelas baru dari kabupaten. Serah terima baru bulan lalu, tapi saat hujan kemarin plafonnya sudah jebol dan air menggenang di lantai. Keramik sebagian sudah kopong. Kami belum berani memindahkan murid ke ruang itu.\nSaya berharap pihak yang mengawasi pembangunan turun melihat langsung dan meminta rekanan memperbaiki, bukan kami yang disuruh tambal sendiri.\n\nNurhayati, S.Pd.\nDesa Sebuntal, Marangkayu",
    ),
    Case(
        "sms",
        "adpem",
        "Pak jln cor di Ds Sumber Sari Sebulu yg dikerjakan proyek kabupaten sdh retak2 padahal blm 3 bln, tlg dicek kontraktornya. Warga RT 9",
    ),
    Case(
        "telegram",
        "adpem",
        "Min, sy ketua RT 12 Kel. Jawa Sangasanga. Proyek jalan lingkungan + drainase di RT kami berhenti, material batu dan pasir ditinggal di pinggir jalan sdh 2 bulan, jalan jd sempit bgt. Kapan ini dilanjut? sdh sy tanya ke kelurahan katanya itu proyek kabupaten bukan urusan mereka",
    ),
    Case(
        "telegram",
        "adpem",
        "Diteruskan dari Kanal Info Samboja:\n[BERITA] Jalan penghubung Desa Bukit Merdeka - Tani Bhakti baru diaspal, tiga minggu kemudian aspal mengelupas. Warga menduga lapisan aspal terlalu tipis.\n\nsaya warga Bukit Merdeka, benar kondisinya begitu, tiap pagi krikilnya berserakan. Minta pemkab cek hasil pengaspalannya apa sesuai spek atau tidak",
    ),
    Case(
        "twitter",
        "adpem",
        "@pemkabkukar ini jembatan di Desa Sungai Meriam Anggana yg baru diresmikan, pagar pengamannya udah copot2, baut pada ilang. Pengawasnya kemana aja min? #KukarIdaman",
    ),
    Case(
        "twitter",
        "adpem",
        "@pemkabkukar gedung olahraga di Tenggarong Seberang itu lanjut gak sih? udah 2 thn cuma rangka baja karatan, jadi tempat nongkrong anak2 malem. Sayang duit APBD",
    ),
    Case(
        "twitter",
        "adpem",
        "Membalas @pemkabkukar\nMin, sekalian nanya. Jalan di Desa Tani Harapan Loa Janan yg katanya 'peningkatan jalan' kok berhenti di tengah, separuh digaruk separuh lagi nggak, udah 2 bulan. Motor sering jatuh. Kapan diselesaikan?",
    ),
    Case(
        "twitter",
        "adpem",
        "PAK BUPATI TITIAN ULIN DI DESA LEBAK CILONG MUARA WIS BARU DIBANGUN KABUPATEN SUDAH PATAH2, KAYUNYA BUKAN ULIN ASLI. TOLONG DICEK PEKERJAANNYA @pemkabkukar",
    ),
]

_PBJ = [
    Case(
        "email",
        "pbj",
        "Perihal: Sanggahan atas Hasil Evaluasi Paket Peningkatan Jalan Usaha Tani Desa Separi\n\nKepada Yth.\nPimpinan Sekretariat Daerah Kabupaten Kutai Kartanegara\ndi Tenggarong\n\nDengan hormat,\n\nKami CV Mahakam Jaya Konstruksi, peserta pada paket pekerjaan Peningkatan Jalan Usaha Tani Desa Separi, Kecamatan Tenggarong Seberang. Pada tanggal 12 bulan lalu kami telah mengajukan sanggahan melalui aplikasi terhadap hasil evaluasi yang menggugurkan penawaran kami dengan alasan dukungan peralatan tidak lengkap, padahal seluruh dokumen sewa alat telah kami unggah.\n\nSampai lewat batas waktu, sanggahan kami belum mendapat jawaban, namun pengumuman pemenang sudah keluar. Media lokal juga sudah memberitakan bahwa beberapa peserta lain mengalami hal serupa.\n\nKami mohon agar sanggahan kami diperiksa dan dijawab sesuai ketentuan sebelum kontrak ditandatangani.\n\nHormat kami,\nIr. Bambang Suprapto\nDirektur CV Mahakam Jaya Konstruksi\nTenggarong",
    ),
    Case(
        "email",
        "pbj",
        "Subject: Re: Pendaftaran Penyedia di Katalog Elektronik Lokal\n\nSelamat pagi Bapak/Ibu,\n\nMenindaklanjuti email saya sebelumnya (di bawah), sampai sekarang akun toko kami di katalog lokal Kukar masih berstatus 'menunggu verifikasi', sudah lebih dari sebulan. Kami membaca di berita bahwa Pemkab mendorong pelaku usaha lokal masuk e-katalog, tapi kami sendiri tertahan di tahap ini. Mohon info dokumen apa yang kurang atau kepada siapa kami harus datang.\n\nTerima kasih,\nSiti Rahmah\nUD Berkah Mebel, Loa Kulu\n\n> Pada 3 Okt, Siti Rahmah menulis:\n> Kami produsen meja kursi sekolah di Loa Kulu ingin mendaftar sebagai penyedia di etalase katalog lokal. Semua berkas NIB, NPWP, dan akta sudah kami unggah. Mohon dibantu verifikasinya.",
    ),
    Case(
        "whatsapp",
        "pbj",
        "Diteruskan:\n*Para rekanan Kukar harap waspada*, website LPSE Kukar dari kemarin sore susah diakses, upload dokumen penawaran gagal terus, padahal bbrp paket batas akhirnya hari ini jam 15.00. Kalau ada yg tau nomor helpdesk nya tolong share.\n\nIni sy alami sendiri pak, sy dari CV di Tenggarong Seberang. Mohon batas waktu paketnya diperpanjang atau servernya diperbaiki, kami gk bisa masukin penawaran",
    ),
    Case(
        "whatsapp",
        "pbj",
        "Berita tadi pagi di portal online, sy copas:\n\nPENGUSAHA LOKAL KELUHKAN LELANG DIDUGA SUDAH ADA 'PEMENANG TITIPAN'\nTENGGARONG - Sejumlah kontraktor lokal mengeluhkan proses lelang paket pekerjaan di lingkungan Pemkab Kukar yang dinilai tidak transparan. Persyaratan dinilai dibuat sangat spesifik sehingga hanya bisa dipenuhi satu perusahaan. \"Syaratnya harus punya alat merek tertentu dan pengalaman di lokasi tertentu, itu kan mengunci,\" kata H. Anwar, pengurus asosiasi kontraktor setempat.\n\nsaya salah satu peserta yg dimaksud. kami minta syarat di dokumen pemilihan itu ditinjau ulang dan paketnya diumumkan ulang biar semua bisa bersaing sehat",
    ),
    Case(
        "whatsapp",
        "pbj",
        "Ka, sy pelaku usaha katering di Muara Jawa, sdh tayang di katalog lokal sejak awal tahun tp blm pernah dpt pesanan sekalipun. Katanya instansi wajib belanja lewat katalog, tp yg sy liat pesanan nasi kotak kegiatan pemerintah masih ke orang yg itu2 aja tanpa lewat aplikasi. Tlg dong diperhatikan, kami yg kecil2 ini sdh ikut aturan",
    ),
    Case(
        "web",
        "pbj",
        "Surat Pembaca\nKe Mana Pengumuman Pemenang Pengadaan Seragam Sekolah?\n\nSaya mengikuti pemberitaan tentang pengadaan seragam sekolah gratis tahun ini. Di aplikasi pengadaan, paketnya tercantum, tetapi tahap pengumuman pemenang tidak pernah muncul dan tiba-tiba sudah ada kontrak. Sebagai warga yang peduli anggaran, saya meminta penjelasan: apakah paket itu ditenderkan, dibeli lewat e-katalog, atau penunjukan langsung, dan siapa penyedianya.\n\nAndi Firmansyah\nLSM Pemantau Anggaran Kukar, Tenggarong",
    ),
    Case(
        "web",
        "pbj",
        "Salinan postingan di grup Facebook 'Forum Rekanan Kukar':\n\nTeman2 rekanan dari hulu, ada yg sudah berhasil verifikasi akun penyedia baru gak? Sy dari Kembang Janggut, daftar online sudah, tapi disuruh datang bawa berkas asli ke Tenggarong utk verifikasi. Perjalanan sehari semalam, sampai sana dibilang sistem lagi gangguan suruh balik minggu depan. Apa gk bisa verifikasi online aja?\n\nKomentar:\nDedi Kurniawan: sama bang sy dari Tabang 2x bolak balik\nHj. Masnah: kmrn sy lancar2 aja tp memang harus bawa asli\n\nMohon ada solusi verifikasi penyedia untuk kami yg di kecamatan jauh.",
    ),
    Case(
        "web",
        "pbj",
        "Saya distributor perangkat komputer di Samboja dan sudah tayang di katalog elektronik dengan harga laptop yang wajar. Minggu lalu ramai diberitakan bahwa pembelian laptop untuk beberapa kantor di Kukar jatuh ke penyedia luar daerah dengan harga satuan jauh lebih mahal untuk spesifikasi yang sama. Kami tidak pernah dihubungi untuk negosiasi. Mohon dijelaskan bagaimana pemilihan penyedia di katalog itu dilakukan dan apakah bisa ditinjau kembali.\n\nBudi Santoso\nCV Samboja Komputindo",
    ),
    Case(
        "sms",
        "pbj",
        "Yth LPSE Kukar, sy peserta lelang paket rehab gedung SD di Anggana, jadwal pembukaan penawaran diundur 3x tanpa alasan di aplikasi. Mhn kejelasan jadwal. Trm ksh - CV Anggana Putra",
    ),
    Case(
        "telegram",
        "pbj",
        "Min, sy baca di grup kontraktor katanya evaluasi kualifikasi paket pengadaan alat berat diulang. Tp di aplikasi blm ada pengumuman apa2. Kami peserta, mohon info resmi dan apakah kami perlu upload ulang dokumen?",
    ),
    Case(
        "telegram",
        "pbj",
        "[Diteruskan dari Info Tender Kaltim]\nPengumuman: paket Pengadaan Perahu Ketinting Bantuan Nelayan Muara Badak - tender gagal, akan ditender ulang.\n\nsy penyedia perahu dr Anggana, sdh 2x ikut paket ini dan 2x gagal krn katanya 'tidak ada yg memenuhi syarat'. syaratnya mohon dibuat masuk akal, bengkel perahu lokal gk mungkin punya sertifikat ISO",
    ),
    Case(
        "twitter",
        "pbj",
        "@pemkabkukar udah 3 hari gak bisa login SPSE, reset password gak ada email masuk. Deadline penawaran besok. Helpdesk gak angkat telp. Gimana ini?",
    ),
    Case(
        "twitter",
        "pbj",
        "Nyimak berita soal tender proyek di Kukar yg pemenangnya itu2 aja. Min @pemkabkukar, kapan daftar pemenang tender & nilai kontraknya dibuka lengkap di web? Biar masyarakat bisa ikut ngawasin",
    ),
    Case(
        "twitter",
        "pbj",
        "Membalas @pemkabkukar\nsanggahan kami soal paket pengadaan mobil ambulans desa udh dikirim lewat aplikasi tgl 5, sampai skrg gak ada jawaban pokja. Aturannya kan ada batas waktu jawab sanggahan? #LelangKukar",
    ),
    Case(
        "twitter",
        "pbj",
        "KAMI PENGUSAHA LOKAL MUARA KAMAN CUMA MINTA DIKASIH KESEMPATAN IKUT PENGADAAN, JANGAN SEMUA PAKET DIBUAT BESAR2 BIAR YG MENANG PERUSAHAAN SAMARINDA TERUS. PECAH PAKETNYA UTK USAHA KECIL @pemkabkukar",
    ),
]

_ORGANISASI = [
    Case(
        "email",
        "organisasi",
        "Perihal: Pungutan di Luar Ketentuan di Loket Pelayanan\n\nYth. Tim Pengaduan Setda Kukar,\n\nSaya ingin melaporkan pengalaman saya minggu lalu saat mengurus rekomendasi teknis untuk usaha bengkel saya di salah satu dinas di Tenggarong. Petugas di loket meminta Rp300.000 'biar cepat', tanpa kuitansi. Saat saya tanya dasar tarifnya, dijawab 'sudah biasa begitu, Pak'.\n\nSeorang kawan saya yang menulis di kolom surat pembaca koran lokal bulan lalu juga mengalami hal yang sama di loket yang sama, tapi tidak ada perubahan. Saya mohon hal ini ditindaklanjuti dan di setiap loket dipasang informasi biaya resmi, kalau memang gratis tulis gratis.\n\nHormat saya,\nArifin Nur\nTenggarong Seberang",
    ),
    Case(
        "email",
        "organisasi",
        'Subject: Fwd: Warga Mengeluh Antre KTP Sejak Subuh di Tenggarong\n\nDengan hormat,\n\nSaya meneruskan berita di bawah ini karena saya mengalami sendiri kejadiannya. Nomor antrean dibatasi 50 per hari, yang datang jam 7 sudah tidak kebagian. Tidak ada kepastian kapan KTP selesai, dan tidak ada petugas informasi yang bisa ditanya. Saya mohon ada ketentuan waktu pelayanan yang jelas dan diumumkan, serta cara antre yang tidak menyiksa orang tua seperti saya.\n\nWassalam,\nDrs. H. Muhammad Yusuf (pensiunan guru)\nLoa Ipuh, Tenggarong\n\n----- Pesan diteruskan -----\nTENGGARONG - Puluhan warga dari berbagai kecamatan rela antre sejak pukul 05.00 di kantor pelayanan kependudukan. "Saya dari Muara Kaman berangkat jam tiga subuh, sampai sini nomor sudah habis," kata Erna (34). Sebagian warga mengaku sudah tiga kali datang tanpa hasil.',
    ),
    Case(
        "whatsapp",
        "organisasi",
        "*Pesan berantai sopir truk Kukar*\nKawan2 sopir hati2 kalau uji KIR di Dishub, disuruh bayar 'uang map' 50rb di luar retribusi, gk ada kwitansi. Kalau gk mau bayar, berkas ditaruh paling bawah.\n_Diteruskan berkali-kali_\n\nsy sopir dump truk dari Loa Janan, kmrn sy jg kena. tolong ditertibkan min, kami kerja cari makan",
    ),
    Case(
        "whatsapp",
        "organisasi",
        "Caption IG @kukarnyinyir: 'Ke MPP jam 10 pagi, loket kosong, petugas ngopi di belakang. Papan jam pelayanan tulisannya buka 08.00. Sampai jam 11 baru ada yg duduk 😤 #KukarBisa #PelayananPublik #MPPKukar'\n\nitu postingan sy sndiri kak. tolong dong jam layanannya ditaati, kami dtg dari Sebulu jauh2",
    ),
    Case(
        "whatsapp",
        "organisasi",
        "Pak, sy ketua RT di Kel. Mangkurawang. Kemarin ngurus berkas di salah satu dinas, pas selesai disodori kertas survei kepuasan tp petugasnya sendiri yg centang 'sangat puas' semua lalu sy disuruh tanda tangan aja. Gimana hasilnya mau jujur kalo begitu. Mohon diperhatikan cara surveinya",
    ),
    Case(
        "web",
        "organisasi",
        'PAPAN INFORMASI LAYANAN TAK TERPASANG, WARGA BINGUNG SYARAT DAN BIAYA\n\nKOTA BANGUN - Warga yang mengurus balik nama PBB di kantor UPT pajak daerah di Kota Bangun mengaku bingung karena persyaratan berbeda setiap kali bertemu petugas. "Minggu lalu katanya cukup fotokopi sertifikat, hari ini disuruh bawa surat dari desa juga," kata Jumiati, warga Kota Bangun Ulu. Di ruang tunggu tidak terlihat papan yang memuat syarat, waktu penyelesaian, maupun biaya.\n\n---\nSaya Jumiati yang dikutip di berita itu. Mohon kantor tersebut diminta memasang syarat, lama proses dan biaya secara tertulis dan semua petugas berpegang pada yang sama.',
    ),
    Case(
        "web",
        "organisasi",
        "Surat Pembaca\nDipingpong Antarkantor Hanya untuk Satu Rekomendasi\n\nSaya pedagang bahan bangunan di Samboja. Sudah sebulan saya bolak-balik Samboja - Tenggarong untuk mengurus izin toko. Di kantor perizinan saya disuruh minta rekomendasi ke dinas teknis, di dinas teknis dibilang itu sudah bukan kewenangan mereka dan disuruh kembali ke perizinan. Tidak ada yang mau menulis jawabannya di atas kertas.\nSaya mohon ada kejelasan alur layanan, siapa sebenarnya yang berwenang, supaya warga tidak habis waktu dan ongkos.\n\nHj. Rusminah\nSamboja",
    ),
    Case(
        "web",
        "organisasi",
        'ini transkrip tiktok saya yg kemarin viral, saya tulis ulang:\n"Guys ini udah ketiga kalinya aku datang ke Disnaker buat bikin kartu kuning, katanya jadi hari ini. Eh sekarang dibilang yg tanda tangan lagi dinas luar, balik lagi senin. Padahal buat syarat lamaran kerja yg tutupnya besok. Gak ada kejelasan berapa hari sebenernya bikin kartu ini."\n\nsaya mahasiswa dari Tenggarong Seberang. mohon pelayanannya dibuat jelas waktunya dan kalau pejabatnya gak ada ada yg gantiin',
    ),
    Case(
        "sms",
        "organisasi",
        "Pak sy urus KK di UPT capil Muara Kaman sdh 3 minggu blm jadi, tiap ditanya bilang blangko habis tp tetangga sy yg kasih uang lgsg jadi. Mohon ditindak",
    ),
    Case(
        "telegram",
        "organisasi",
        "Sy ASN, mohon nama dirahasiakan. Pengurusan berkas kenaikan pangkat di kantor kepegawaian masih ada 'uang terima kasih' ke petugas supaya berkas diproses duluan, kalau tdk kasih berkas bisa nyangkut berbulan2. Sdh jadi rahasia umum, bahkan pernah dibahas di akun gosip lokal. Mohon ditertibkan",
    ),
    Case(
        "telegram",
        "organisasi",
        'Diteruskan dari Kanal Info Kukar:\n"Layanan izin online sudah diluncurkan, warga tidak perlu lagi datang ke kantor."\n\nsy sdh coba daftar online dr Muara Badak, tetap disuruh datang bawa berkas fisik, petugas bilang online cuma formalitas. Jadi aturan pelayanannya yg mana yg benar? mohon diluruskan',
    ),
    Case(
        "twitter",
        "organisasi",
        "@pemkabkukar kantor pelayanan kok jam 2 siang udah tutup, di papan jam layanan sampai 15.30. Udah jauh2 dari Muara Badak sia2 😒",
    ),
    Case(
        "twitter",
        "organisasi",
        "Membalas @pemkabkukar\nkotak saran di kantor dinas isinya debu doang, gak pernah dibuka. Nomor pengaduan di banner juga gak aktif. Ke mana warga harus ngadu kalau layanannya lelet?",
    ),
    Case(
        "twitter",
        "organisasi",
        "🧵 Pengalaman ngurus PBG di Kukar 1/3: syarat berubah2 tiap ketemu petugas beda.\n2/3: udah 2 bulan, status di aplikasi 'diproses' terus, ditanya gak ada yg tau.\n3/3: @pemkabkukar tolong bikin daftar syarat & lama proses yg tertulis, sama buat semua orang.",
    ),
    Case(
        "twitter",
        "organisasi",
        "PETUGAS LOKET MINTA UANG TAMBAHAN 100RB BIAR SURAT CEPAT KELUAR, GAK ADA KWITANSI. INI PUNGLI KAN?? @pemkabkukar",
    ),
]

_UMUM = [
    Case(
        "email",
        "umum",
        "Perihal: Tindak Lanjut Permohonan Peminjaman Ruang Pertemuan di Kantor Bupati\n\nYth. Bapak/Ibu Pengelola Kantor Bupati Kutai Kartanegara,\n\nKami dari Himpunan Mahasiswa Kukar, sebagaimana sudah kami umumkan di akun Instagram organisasi, akan menyelenggarakan diskusi publik pada akhir bulan depan. Untuk itu pada tanggal 2 lalu kami sudah mengantar surat permohonan peminjaman salah satu ruang pertemuan di lingkungan kantor bupati.\n\nSampai hari ini kami belum mendapat jawaban apakah ruangan tersedia, dan saat kami tanyakan langsung, petugas menyarankan menunggu. Karena kami harus segera mencetak undangan, mohon informasi ketersediaan ruang dan persyaratan pemakaiannya.\n\nHormat kami,\nMuhammad Rizky\nKetua Panitia\n0853-xxxx-xxxx",
    ),
    Case(
        "email",
        "umum",
        "Subject: Re: Surat kami tidak tercatat\n\nSelamat siang Bapak/Ibu,\n\nTerima kasih atas balasannya. Tapi kami sudah cek ulang: surat kami tanggal 14 Agustus diantar langsung ke kantor bupati dan diterima petugas jaga, ada paraf di buku ekspedisi kami. Kalau di bagian persuratan tidak ada nomor agendanya, berarti surat itu hilang di tengah jalan. Mohon dicek lagi dan diberitahu surat kami sekarang ada di meja siapa.\n\nSalam,\nSurya Darma\nKetua Kelompok Nelayan Muara Pantuan, Anggana\n\n> Pada 20 Sep, Admin Pengaduan menulis:\n> Mohon maaf, surat Bapak belum kami temukan dalam catatan surat masuk. Mohon kirimkan nomor dan tanggal surat.",
    ),
    Case(
        "whatsapp",
        "umum",
        "Assalamualaikum, ini foto2 yg rame di grup 'Kukar Bersuara': mobil dinas plat merah yg ada stiker kantor bupati dipake mudik lebaran, terparkir di depan rumah makan di Balikpapan lengkap dgn barang bawaan di atap. Kendaraan kantor kok dipake liburan keluarga. Mohon ditertibkan pemakaian mobil dinasnya pak",
    ),
    Case(
        "whatsapp",
        "umum",
        "pak sy tadi ke kantor bupati antar berkas, parkiran penuh mobil pegawai smpe ke jalan, tamu gk dpt tempat, motor sy disuruh satpam parkir di luar pagar di pinggir jalan. panas2 hujan2 gitu. mbok ya dibikin tempat parkir buat tamu",
    ),
    Case(
        "whatsapp",
        "umum",
        "Copas status FB teman sy:\n\"Ikut rapat di kantor bupati Kukar hari ini, mau ke toilet lantai 1 airnya mati, bau pesing sampai lorong, tisu gak ada, pintu gak bisa dikunci. Ini kantor pimpinan daerah lho 😭\"\nKomentar: 'sama kmrn sy jg gitu', 'malu kalau ada tamu dr luar'\n\nmohon kebersihannya dijaga pak",
    ),
    Case(
        "web",
        "umum",
        'ATAP RUANG TUNGGU KANTOR BUPATI BOCOR, TAMU TERPAKSA GESER KURSI\n\nTENGGARONG - Hujan deras Senin sore membuat atap ruang tunggu tamu di gedung kantor bupati Kukar bocor di beberapa titik. Sejumlah warga yang menunggu terpaksa menggeser kursi dan menadah air dengan ember. "Sudah dari bulan lalu bocornya, belum juga diperbaiki," ujar seorang pengunjung.\n\n---\nSaya salah satu warga yang kehujanan di dalam itu. Mohon atapnya segera diperbaiki sebelum plafonnya runtuh. (Yuliana, Tenggarong)',
    ),
    Case(
        "web",
        "umum",
        "Surat Pembaca\nSatpam Kantor Bupati Membentak Tamu Lansia\n\nSaya mengantar ayah saya (72 tahun) ke kantor bupati untuk menyerahkan dokumen. Di pos penjagaan, kami dibentak karena dianggap masuk lewat pintu yang salah, padahal tidak ada papan petunjuk sama sekali. Ayah saya sampai gemetar. Saya berharap petugas keamanan di sana diberi arahan cara menerima tamu, dan dipasang penunjuk arah pintu masuk.\n\nFitriani\nKel. Sukarame, Tenggarong",
    ),
    Case(
        "web",
        "umum",
        'Caption Instagram @tenggarongmalam:\n"Halaman kantor bupati malam-malam gelap gulita, lampu taman mati semua, jadi tempat pacaran & balap liar 🙈 #Tenggarong #KukarMalam #InfoKukar"\n\nSaya warga sekitar, memang benar sudah sebulan lampunya mati. Mohon lampu halaman diperbaiki dan penjagaan malam ditambah.',
    ),
    Case(
        "sms",
        "umum",
        "Pak sampah di belakang gedung kantor bupati numpuk sdh seminggu bau sampai ke jln. Tlg diangkut",
    ),
    Case(
        "telegram",
        "umum",
        "Min, HP sy ketinggalan di ruang rapat lantai 2 kantor bupati pas acara sosialisasi kemarin siang, casing item. Sy hrs tanya ke siapa ya, ke satpam atau petugas gedung? sy dari Loa Kulu, mau pastikan dulu sblm berangkat",
    ),
    Case(
        "telegram",
        "umum",
        'Diteruskan dari Kanal Difabel Kaltim:\n"Teman kursi roda kesulitan masuk gedung kantor bupati Kukar, tangga depan tidak ada bidang miring, harus digotong petugas."\n\nKami dari komunitas difabel Tenggarong membenarkan. Mohon dibuatkan jalur landai di pintu masuk gedung, kami sering ada urusan ke sana',
    ),
    Case(
        "twitter",
        "umum",
        "@pemkabkukar mobil plat merah nongkrong di parkiran tempat karaoke Samarinda malam minggu, foto di bawah. Ini kendaraan kantor bupati Kukar kan? Tolong dong diawasi pemakaiannya #platmerah",
    ),
    Case(
        "twitter",
        "umum",
        "parkiran kantor bupati kukar kok jadi tempat cuci mobil + jemur baju sih 😂 liat sendiri tadi pas ngantar berkas. Tolong lah kebersihan kantor dijaga @pemkabkukar",
    ),
    Case(
        "twitter",
        "umum",
        "Membalas @pemkabkukar\nMin, kami mau pinjem aula di lingkungan kantor bupati buat seminar pemuda bulan depan, prosedurnya gimana ya? surat ke siapa? di web gk ada info",
    ),
    Case(
        "twitter",
        "umum",
        "PAGAR BELAKANG KANTOR BUPATI JEBOL SUDAH LAMA, MALAM2 ANAK MUDA KELUAR MASUK NONGKRONG DI HALAMAN. SATPAMNYA KEMANA @pemkabkukar",
    ),
]

_PROKOM = [
    Case(
        "email",
        "prokom",
        "Perihal: Permohonan Audiensi dengan Bupati Kutai Kartanegara\n\nKepada Yth.\nBapak Bupati Kutai Kartanegara\nc.q. Sekretariat Daerah\ndi Tenggarong\n\nAssalamualaikum Wr. Wb.\n\nKami Forum Nelayan Pesisir Muara Badak dan Marangkayu. Sebagaimana diberitakan beberapa media minggu lalu, nelayan kami mengeluhkan menurunnya hasil tangkapan. Untuk menyampaikan aspirasi secara langsung, pada tanggal 5 bulan lalu kami telah mengirim surat permohonan bertemu Bapak Bupati, namun hingga kini belum ada kabar jadwalnya.\n\nKami mohon kiranya dapat diberikan waktu pertemuan, paling lama satu jam, dengan perwakilan kami sebanyak 10 orang. Kami siap menyesuaikan dengan jadwal Bapak.\n\nWassalamualaikum Wr. Wb.\n\nH. Syamsuddin\nKetua Forum\n0811-xxxx-xxxx",
    ),
    Case(
        "email",
        "prokom",
        "Subject: Keberatan atas Pembatasan Liputan Wartawan\n\nYth. Pimpinan Sekretariat Daerah Kukar,\n\nSaya wartawan media daring yang bertugas di Tenggarong. Pada acara penyerahan penghargaan di pendopo Kamis lalu, kami wartawan lokal ditahan di luar dan hanya diberi foto dari tim media pemkab, sementara wartawan media tertentu boleh masuk. Kami juga tidak diberi kesempatan wawancara dengan Bupati.\n\nKami mohon ada aturan peliputan yang sama untuk semua media dan informasi jadwal kegiatan pimpinan dibagikan kepada seluruh wartawan yang terdaftar.\n\nSalam,\nDian Pratiwi\nWartawan, anggota PWI Kukar",
    ),
    Case(
        "whatsapp",
        "prokom",
        "Assalamualaikum pak, kami panitia peresmian masjid Al-Ikhlas di Kel. Rapak Lambur Tenggarong. Kami ingin mengundang Bapak Bupati utk meresmikan & memberi sambutan tgl 27 nanti. Undangan sdh kami antar minggu lalu tp blm ada konfirmasi. Kalau beliau berhalangan apakah bisa diwakili? mohon kabarnya krn spanduk mau dicetak",
    ),
    Case(
        "whatsapp",
        "prokom",
        'Pesan berantai ini lagi rame di grup2 wa:\n"INFO RESMI: Bupati Kukar umumkan sekolah diliburkan seminggu mulai senin krn kabut asap. Sebarkan!"\n\nini benar gak pak? tdk ada di akun resmi pemkab. sy guru di Kota Bangun, orang tua murid pd nanya. mohon dibuat klarifikasi resmi di akun pemkab/bupati supaya gk simpang siur',
    ),
    Case(
        "whatsapp",
        "prokom",
        "pak sy mau tanya knp akun ig sy diblokir akun resmi bupati? sy cuma komen di postingan peresmian soal jalan di kampung sy Kembang Janggut yg rusak, bahasanya sopan kok. komen warga lain yg kritik jg pada hilang. akun resmi pimpinan kan harusnya terbuka buat masyarakat",
    ),
    Case(
        "web",
        "prokom",
        'TOKOH ADAT TAK DAPAT KURSI DI UPACARA HARI JADI KUKAR\n\nTENGGARONG - Sejumlah tokoh adat yang hadir memenuhi undangan upacara Hari Jadi Kabupaten Kutai Kartanegara terpaksa berdiri di samping tenda karena kursi tamu kehormatan sudah terisi. "Kami diundang resmi, tapi tidak ada yang mengarahkan," kata salah seorang tokoh adat dari Muara Kaman.\n\n---\nSaya keluarga salah satu tokoh tersebut. Mohon ke depan penataan tamu dan tempat duduk pada upacara resmi diperhatikan, tokoh-tokoh sepuh itu datang dari jauh.',
    ),
    Case(
        "web",
        "prokom",
        "Surat Pembaca\nSambutan Pejabat Salah Sebut Sejarah Martadipura\n\nPada acara di Muara Kaman minggu lalu, naskah sambutan yang dibacakan atas nama Bupati menyebut Kerajaan Kutai Martadipura berpusat di Kota Bangun. Warga kami tertawa, tapi juga tersinggung. Video sambutan itu sudah diunggah di kanal resmi pemkab. Saya mohon ada koreksi dalam publikasi resmi dan naskah sambutan ke depan dicek lebih teliti.\n\nAbdul Karim, guru sejarah\nMuara Kaman Ulu",
    ),
    Case(
        "web",
        "prokom",
        'Caption IG BEM Unikarta: "Seminar Nasional Pemuda & Pembangunan Daerah, segera! Kami berharap Bapak Bupati berkenan hadir sebagai pembicara utama 🙏 #Unikarta #PemudaKukar"\n\nKami panitia seminar tersebut. Kami ingin tahu prosedur mengundang Bupati sebagai pembicara: surat ditujukan ke siapa, berapa lama sebelumnya, dan apakah bisa konfirmasi kehadiran. Terima kasih.\nNadia Putri, Sekretaris Panitia',
    ),
    Case(
        "sms",
        "prokom",
        "Sy kades Jembayan Tengah Loa Kulu, mohon info apakah Pak Bupati jadi hadir pd acara panen raya tgl 20? Undangan sdh kami kirim. Mohon konfirmasi",
    ),
    Case(
        "telegram",
        "prokom",
        "Min, sy wartawan media online. Siaran pers pemkab soal kunjungan bupati ke Tabang kemarin ada salah data, jumlah KK yg dikunjungi & nama desanya keliru. Mohon ralat resmi dikirim ke grup media biar teman2 gk salah kutip",
    ),
    Case(
        "telegram",
        "prokom",
        'Diteruskan dari Kanal Aliansi Mahasiswa Kukar:\n"Kami menuntut bertemu langsung Bupati, bukan diwakili!"\n\nSy korlap aliansi. Kami tdk ingin turun ke jalan kalau bisa bicara. Mohon dijadwalkan pertemuan perwakilan mahasiswa dgn Pak Bupati minggu ini, surat sdh masuk hari senin',
    ),
    Case(
        "twitter",
        "prokom",
        "@pemkabkukar min kok akun resmi bupati isinya foto seremonial doang, pas banjir di Kenohan gak ada satu pun info resmi buat warga. Tolong lah humasnya kasih informasi yg dibutuhkan warga",
    ),
    Case(
        "twitter",
        "prokom",
        "Membalas @pemkabkukar\nKami warga Bukit Biru mau ketemu langsung dgn Pak Bupati nyampein aspirasi, surat udah masuk dari bulan lalu, kapan dijadwalkan min? Jangan cuma ketemu pas kampanye",
    ),
    Case(
        "twitter",
        "prokom",
        "Upacara 17an di lapangan tadi pidato bupati gak kedengeran sama sekali dr tribun warga, sound system parah. Acara resmi kabupaten kok begini 😔 #HUTRI #Kukar @pemkabkukar",
    ),
    Case(
        "twitter",
        "prokom",
        "UNDANG PAK BUPATI KE FESTIVAL KAMPUNG KAMI DI SANGASANGA GIMANA CARANYA MIN? SUDAH DM IG GAK DIBALAS @pemkabkukar",
    ),
]

_PERENCANAAN_KEUANGAN = [
    Case(
        "email",
        "perencanaan_keuangan",
        "Perihal: Penagihan Pembayaran Makan Minum Rapat Sekretariat Daerah Bulan Juli - September\n\nYth. Bapak/Ibu di Sekretariat Daerah Kabupaten Kutai Kartanegara,\n\nKami CV Dapur Bunda, penyedia makan minum rapat untuk beberapa bagian di Setda. Seluruh pesanan bulan Juli sampai September sudah kami antar dan tanda terima sudah ditandatangani, total Rp47.850.000. Tagihan lengkap dengan kuitansi sudah kami serahkan awal Oktober.\n\nSampai sekarang belum ada pembayaran. Setiap kami tanya, jawabannya masih proses. Kami usaha kecil dengan 8 karyawan, modal kami habis untuk menalangi belanja bahan.\n\nMohon kepastian kapan tagihan kami dibayarkan.\n\nHormat kami,\nHj. Rahmawati\nCV Dapur Bunda, Tenggarong\n\n> Pesan sebelumnya (10 Okt):\n> Bersama ini kami sampaikan tagihan makan minum rapat periode Juli-September, mohon diproses.",
    ),
    Case(
        "email",
        "perencanaan_keuangan",
        'Subject: Fwd: Honor Tenaga Kontrak Setda Kukar Tiga Bulan Belum Dibayar\n\nAssalamualaikum,\n\nBerita di bawah ini tentang kami. Saya salah satu tenaga kontrak di Sekretariat Daerah yang honornya belum dibayar sejak Juli. Kami tetap masuk kerja setiap hari, tapi untuk ongkos saja sudah pinjam sana sini. Kami hanya mohon kepastian tanggal pembayaran, bukan janji.\n\nWassalam,\n(nama saya minta dirahasiakan)\n\n----- Forwarded -----\nTENGGARONG - Puluhan tenaga kontrak di lingkungan Setda Kukar mengaku belum menerima honor selama tiga bulan. "Katanya menunggu anggaran perubahan," kata salah seorang dari mereka.',
    ),
    Case(
        "whatsapp",
        "perencanaan_keuangan",
        "Postingan di grup FB 'Emak2 Tenggarong Seberang':\n\"Bunda2 yg suaminya kerja di Setda kabupaten, TPP bulan ini udah masuk belum? Punya suamiku 3 bln belum cair, cicilan motor udah nunggak 😢\"\nKomentar: 'sama bun', 'suamiku di bagian lain udah cair kok', 'katanya nunggu tanda tangan'\n\nsy yg posting itu pak. tolong dijelaskan kapan tunjangan pegawai Setda itu dibayar",
    ),
    Case(
        "whatsapp",
        "perencanaan_keuangan",
        "Diteruskan:\n*Info utk sesama rekanan Setda* - tagihan cetak spanduk, baliho & undangan acara bulan Agustus blm dibayar smp skrg, katanya SPJ nya blm lengkap. Padahal kami sdh serahkan semua nota.\n\nsy pemilik percetakan di Tenggarong, tlg dibantu pak, tagihan kami 18 juta di Setda sdh 3 bln",
    ),
    Case(
        "whatsapp",
        "perencanaan_keuangan",
        "Pak, sy staf di salah satu bagian Setda, uang perjalanan dinas ke Jakarta bulan Mei blm diganti, kami pakai uang pribadi dulu utk tiket & hotel. Katanya tunggu anggaran perubahan. Sdh hampir 5 bln, mohon kejelasan",
    ),
    Case(
        "web",
        "perencanaan_keuangan",
        'REKANAN KELUHKAN TAGIHAN DI SEKRETARIAT DAERAH BELUM DIBAYAR JELANG AKHIR TAHUN\n\nTENGGARONG - Sejumlah penyedia barang dan jasa mengeluhkan tagihan di Sekretariat Daerah Kukar yang belum dibayar meski pekerjaan telah selesai sejak pertengahan tahun. "Barang sudah diterima, berita acara sudah ditandatangani, tapi uangnya belum cair," ujar Hendra, penyedia alat tulis kantor.\n\n---\nSaya Hendra yang dikutip di berita ini. Mohon pembayaran tagihan kami segera diproses sebelum tutup tahun anggaran.',
    ),
    Case(
        "web",
        "perencanaan_keuangan",
        "Surat Pembaca\nHonor Sopir Kontrak Dipotong Tanpa Penjelasan\n\nSaya sopir kontrak di Sekretariat Daerah Kukar. Sejak dua bulan lalu honor yang masuk ke rekening saya berkurang Rp400.000 tanpa ada slip atau pemberitahuan. Saat saya tanya, tidak ada yang bisa menjelaskan potongan apa. Saya mohon rincian honor dan potongannya diberikan tertulis.\n\nSupriadi\nLoa Ipuh Darat, Tenggarong",
    ),
    Case(
        "web",
        "perencanaan_keuangan",
        "Kami dari forum warga peduli anggaran di Tenggarong. Media lokal memberitakan belanja perjalanan dinas Sekretariat Daerah tahun lalu naik hampir dua kali lipat. Kami meminta penjelasan dan ringkasan laporan pertanggungjawaban penggunaan anggaran perjalanan dinas Setda tersebut, berapa kali perjalanan dan untuk keperluan apa.\n\nHormat kami,\nRudi Hartono, Koordinator",
    ),
    Case(
        "sms",
        "perencanaan_keuangan",
        "Pak tagihan sewa tenda & kursi acara Setda di kantor bupati bln lalu blm dibayar, sdh 2 bln. Mohon dibantu. Hendra, Tenggarong",
    ),
    Case(
        "telegram",
        "perencanaan_keuangan",
        "Min sy PPPK paruh waktu di Setda, honor Januari-Februari blm masuk rekening sampai skrg. Teman2 di dinas lain udah. Kami harus tanya ke siapa?",
    ),
    Case(
        "telegram",
        "perencanaan_keuangan",
        'Diteruskan dari Kanal Info ASN Kukar:\n"Pencairan TPP ASN lingkup Pemkab Kukar bulan ini sudah dilakukan serentak."\n\nSerentak gimana min, kami pegawai di Sekretariat Daerah sampai hari ini belum terima. Mohon dicek di bagian keuangan Setda',
    ),
    Case(
        "twitter",
        "perencanaan_keuangan",
        "@pemkabkukar sy rekanan penyedia ATK utk Setda, barang udah diantar & diterima sejak Agustus, sampe skrg tagihan blm dibayar. Tiap ditanya 'tunggu SP2D'. Usaha kecil kami bisa gulung tikar min",
    ),
    Case(
        "twitter",
        "perencanaan_keuangan",
        "Membalas @pemkabkukar\nMin, honor narasumber acara sosialisasi yg diadakan Setda bulan lalu kok blm ditransfer ya? Sdh isi formulir & kasih no rek",
    ),
    Case(
        "twitter",
        "perencanaan_keuangan",
        "Teman2 pegawai Setda Kukar udah cair belum TPP bulan ini? Di bagian kami belum, bagian sebelah udah. Kok beda2 😩 @pemkabkukar",
    ),
    Case(
        "twitter",
        "perencanaan_keuangan",
        "SPPD KAMI PEGAWAI SETDA DARI BULAN MARET BELUM DIBAYAR, KATANYA SPJ NYA DIKEMBALIKAN TERUS. KAPAN CAIRNYA @pemkabkukar",
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
