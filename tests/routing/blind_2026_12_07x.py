# ruff: noqa: E501
"""Blind set written 2026-12-07 (twenty-fourth of the day) for issue 16: young people and social media: posts and replies on X (mentions, hashtags, threads, quote-posts, sarcasm), Telegram group messages, WhatsApp voice-note transcripts, web forms from students and young workers, e-mails from student unions, youth organisations, young entrepreneurs and vendors, content creators and young journalists. 15 cases per section; per section 3 email, 3 whatsapp, 2 web, 2 sms, 2 telegram, 3 twitter (36 each of email, whatsapp and twitter, 24 each of web, sms and telegram). Written by two helper sessions, six sections each, with the same instructions, and joined into this file unread.

Written without reading config.yaml, routing/ or tests/routing/; each case is labelled only from
the mandates in docs/sections.md.

Scored ONCE, blind, with the rules of main fdbe893 (this file committed unread in that commit), on
2026-12-07, after the changes tuned on 2026-12-07n to w and the request bonus: 160/180 correct =
88.9% (Wilson 95% interval 83.5%-92.7%), no fallback. Per channel: email 30/36 = 83.3%, sms
21/24, telegram 22/24, twitter 31/36, web 22/24, whatsapp 34/36. The rules of 1ca627b (the
session's start) place 159/180 (email 28/36): the day's changes gained #47, #86 and #122 and lost
#23 (kesra -> perencanaan_keuangan) and #104 (adpem -> prokom).
The errors (index in CASES, label -> got): #9 pemerintahan -> sda, #16 kesra -> organisasi, #23
kesra -> perencanaan_keuangan, #33 hukum -> perencanaan_keuangan, #46 kerjasama -> kesra, #50
kerjasama -> sda, #52 kerjasama -> sda, #53 kerjasama -> perekonomian, #55 kerjasama -> kesra,
#57 kerjasama -> prokom, #59 kerjasama -> prokom, #74 perekonomian -> kerjasama, #76 sda ->
kesra, #104 adpem -> prokom, #120 organisasi -> prokom, #121 organisasi ->
perencanaan_keuangan, #131 organisasi -> pemerintahan, #135 umum -> prokom, #141 umum ->
organisasi, #164 prokom -> adpem.
"""

from __future__ import annotations

from tests.routing.case import Case

_E = Case

_PEMERINTAHAN = [
    _E(
        "email",
        "pemerintahan",
        "Kepada Yth. Sekretariat Daerah Kabupaten Kutai Kartanegara\n\nDengan hormat,\nKami dari Karang Taruna Desa Bukit Pariaman, Kecamatan Tenggarong Seberang, ingin menyampaikan keberatan atas persiapan pemilihan kepala desa yang dijadwalkan 14 Desember 2024. Panitia di tingkat desa menetapkan daftar pemilih tanpa pengumuman terbuka, sehingga sekitar 60 pemuda yang baru berusia 17 tahun dan sudah memiliki KTP tidak tercantum. Ketika kami tanyakan, panitia hanya menjawab 'sudah final'.\n\nKami juga mendengar salah satu bakal calon yang masih berusia 29 tahun digugurkan karena ijazahnya dianggap tidak sah, padahal sudah dilegalisir sekolah. Kami mohon Pemkab melalui kecamatan meninjau kerja panitia di desa kami dan memastikan daftar pemilih diperbaiki sebelum hari pencoblosan.\n\nSebagai catatan, kami sebenarnya juga masih menunggu jawaban atas proposal bantuan kegiatan pemuda yang kami kirim bulan lalu, tetapi yang mendesak sekarang adalah soal pemilihan kades ini.\n\nHormat kami,\nKetua Karang Taruna Desa Bukit Pariaman",
    ),
    _E(
        "email",
        "pemerintahan",
        "Yth. Bapak/Ibu di Setda Kukar,\n\nSaya menulis atas nama Himpunan Mahasiswa Loa Kulu di Samarinda. Beberapa anggota kami tinggal di RT 09 yang posisinya di antara Desa Jembayan dan Desa Loh Sumber. Masalahnya, wilayah RT itu diakui oleh dua desa sekaligus. Surat keterangan domisili untuk pendaftaran KIP Kuliah ada yang ditandatangani kades Jembayan, lalu ditolak kampus karena alamat di KTP ikut Loh Sumber. Patok yang dulu dipasang tahun 2019 sudah hilang dan dua kepala desa saling tunjuk.\n\nKami minta ada penegasan garis batas resmi antara kedua desa tersebut supaya warga, khususnya mahasiswa yang butuh dokumen, tidak dipingpong terus. Kalau diperlukan, teman-teman kami siap bantu ambil titik koordinat di lapangan.\n\nTerima kasih atas perhatiannya.\n\nKoordinator Advokasi HIMA Loa Kulu",
    ),
    _E(
        "email",
        "pemerintahan",
        "Perihal: Penggantian perangkat desa tanpa seleksi di Desa Liang Buaya, Muara Kaman\n\nSelamat siang. Saya wartawan muda di sebuah media daring lokal di Tenggarong. Sejak Agustus 2024 saya menerima banyak pesan dari anak muda Desa Liang Buaya. Kepala desa mereka memberhentikan lima perangkat desa sekaligus, termasuk sekretaris desa dan dua kepala urusan, lalu menggantinya dengan orang-orang yang disebut warga masih kerabatnya. Pemuda yang sempat mendaftar ketika ada pengumuman lowongan perangkat desa tidak pernah dipanggil tes, dan hasil seleksinya tidak pernah diumumkan.\n\nSaya sudah meminta tanggapan kantor desa tetapi belum dijawab. Mohon Pemkab menjelaskan apakah pemberhentian dan pengangkatan perangkat desa seperti ini sesuai aturan, dan mohon camat diminta memeriksa prosesnya. Tanggapan resmi juga akan kami muat agar berimbang.\n\nSalam,\nRedaksi (reporter lapangan)",
    ),
    _E(
        "whatsapp",
        "pemerintahan",
        "Assalamualaikum pak, ini sy rekam ya pak biar jelas... jadi gini pak, sy dari RT 14 Kelurahan Loa Ipuh Tenggarong. Ketua RT kami itu masa jabatannya udh habis dari 2022 pak, tp sampai skrg gk ada pemilihan lagi. Bubuhan pemuda di sini ada yg mau nyalon, tapi pas ditanya ke kelurahan katanya blm ada jadwal, disuruh nunggu haja. Warga jg bingung pak, surat pengantar masih ditandatangani ketua yg lama, sah kah kada? Tolong pak diarahkan ke kelurahan supaya pemilihan ketua RT dilaksanakan, makasih pak wassalam",
    ),
    _E(
        "whatsapp",
        "pemerintahan",
        "Selamat pagi pak/bu, sy perwakilan pemuda Dusun Salo Bukit, Muara Badak. Dusun kami ini jauh bgt dari kantor desa induk, hampir 18 km lewat jalan tanah. Thn 2023 warga udh kirim usulan supaya dusun kami dimekarkan jd desa sendiri, lengkap dgn tanda tangan 400an KK dan peta wilayah. Smp skrg gk ada kabar, katanya masih di kabupaten. Mohon info pak, usulan pemekaran desa itu udh sampai tahap apa dan apa lagi yg harus kami lengkapi 🙏",
    ),
    _E(
        "whatsapp",
        "pemerintahan",
        "Pak maaf ganggu, sy anak muda dr perbatasan Samboja sama Muara Jawa. Rumah kami di RT 21 ini dari dulu ikut Kelurahan Sungai Seluang, tp skrg orang kecamatan Muara Jawa bilang wilayah kami masuk mereka, petugas sensus dr 2 kecamatan datang dua2nya 😅 Pas mau urus surat pindah buat kerja di Balikpapan sy disuruh bolak balik. Jalan ke RT kami jg rusak parah sih pak, tp itu nanti aja. Yg penting tolong dipastikan dulu pak RT kami ini masuk kecamatan mana secara resmi",
    ),
    _E(
        "web",
        "pemerintahan",
        "Nama: (mahasiswi, 21 th)\nAlamat: Desa Sanggulan, Kec. Sebulu\n\nIsi pengaduan: Di desa kami musyawarah desa untuk rencana kerja tahun 2025 dilaksanakan diam-diam. Undangan hanya ke ketua RT dan beberapa tokoh, karang taruna dan kelompok pemuda tidak pernah diundang padahal kami sudah minta. Papan informasi anggaran desa di depan kantor juga kosong sejak tahun lalu. Kami cuma tahu dari status WA salah satu perangkat bahwa musdes sudah selesai. Selain itu gas melon di desa juga lagi susah, tapi itu di luar pengaduan ini. Mohon Pemkab menegur pemerintah desa agar musyawarah desa dibuat terbuka dan melibatkan pemuda sesuai aturan.",
    ),
    _E(
        "web",
        "pemerintahan",
        "Saya karyawan swasta umur 24 tahun, tinggal di Kelurahan Timbau, Tenggarong. Bulan Juni lalu RT 18 dipecah jadi dua, RT 18 dan RT 34, tapi sampai sekarang tidak jelas rumah mana masuk RT yang mana. Waktu saya minta surat pengantar untuk SKCK, ketua RT 18 bilang saya sudah ikut RT 34, sedangkan RT 34 bilang belum ada SK dari kelurahan. Akhirnya lamaran kerja saya telat. Mohon kelurahan segera menetapkan pembagian wilayah RT yang baru dan mengumumkannya ke warga.",
    ),
    _E(
        "sms",
        "pemerintahan",
        "Slmt siang. Desa Sebelimbingan Kota Bangun udh hampir 2 thn dipimpin Pj kades. Kpn pilkades dilaksanakan? Ada pemuda yg mau maju tp tdk ada info jadwal sm sekali. Mhn penjelasan. Trims",
    ),
    _E(
        "sms",
        "pemerintahan",
        "Pak, lahan kosong kurang lbh 40 ha di antara Desa Sebulu Ulu dan Sebulu Ilir diklaim 2 desa. Kelompok pemuda mau garap jd kebun jagung tp 2 kades sama2 bilang punya desanya. Mhn dimediasi pemkab biar jelas masuk desa mana",
    ),
    _E(
        "telegram",
        "pemerintahan",
        "[Grup Pemuda Loa Kulu Bersatu]\nTeman2, sy teruskan ke admin aduan Setda ya. Pemilihan anggota BPD di Desa Jonggon Jaya kemarin (3 Okt) dilakukan tertutup, cuma diumumkan malamnya lewat toa masjid dan jam 9 pagi langsung musyawarah. Wakil pemuda dan perempuan gk sempat daftar. Kami minta pengisian anggota BPD diulang dgn pengumuman yg layak, dan kecamatan turun ngecek. Makasih min 🙏",
    ),
    _E(
        "telegram",
        "pemerintahan",
        "Halo min, mau nanya. Beredar kabar di grup warga kalau Desa Rapak Lambur mau diubah statusnya jadi kelurahan. Anak2 muda di sini pada khawatir, katanya kalau jadi kelurahan dana desa hilang, kepala desanya diganti lurah ASN, dan kegiatan karang taruna gk ada anggaran lagi. Sampai skrg blm ada sosialisasi apa2. Tolong dijelaskan rencananya gmn dan kapan warga diajak ngomong? 🙏",
    ),
    _E(
        "twitter",
        "pemerintahan",
        "1/3 @kukarkab min, mau bahas pilkades Desa Teluk Dalam, Muara Jawa kemarin. Selisih suara cuma 3, terus kotak suara TPS 2 dibuka malam2 tanpa saksi calon 🧵\n2/3 panitia nolak permintaan hitung ulang, katanya keberatan harus lewat surat resmi max 1x24 jam padahal pengumumannya baru keluar besoknya\n3/3 plis min, minta kabupaten turun tangan cek proses penghitungannya sebelum kades terpilih dilantik. kami anak muda cuma mau pemilu desa yg jujur #PilkadesKukar",
    ),
    _E(
        "twitter",
        "pemerintahan",
        "gapura desa kami digeser desa sebelah 200 meter wkwk, auto warga RT 5 pindah desa tanpa pindah rumah 🤡 KTP bilang Loa Janan Ulu, plang bilang Tani Harapan. @kukarkab tolong dong batas 2 desa ini dipastiin resmi, ges kami capek ditanya 'orang mana sih'",
    ),
    _E(
        "twitter",
        "pemerintahan",
        "min @kukarkab kades kami di Kenohan udh 3 bulan gk keliatan di desa, katanya ngantor di Samarinda krn mau nyaleg. surat2 numpuk, perangkat gk berani tanda tangan. emg boleh kades nyaleg tp gk mundur? plis dicek lah, kasian warga 🙏",
    ),
]

_KESRA = [
    _E(
        "email",
        "kesra",
        "Kepada Yth. Pemerintah Kabupaten Kutai Kartanegara\nc.q. Sekretariat Daerah\n\nDengan hormat,\nKami Badan Eksekutif Mahasiswa salah satu perguruan tinggi di Tenggarong menyampaikan keluhan ratusan mahasiswa asal Kukar penerima bantuan pendidikan dari kabupaten untuk semester genap 2023/2024. Pada sosialisasi bulan September disampaikan dana akan masuk rekening paling lambat akhir Oktober, namun sampai pertengahan Januari belum ada yang menerima. Akibatnya banyak teman kami terpaksa meminjam untuk membayar UKT sebesar Rp 2.500.000 sampai Rp 4.000.000, bahkan ada yang cuti kuliah.\n\nKami memohon penjelasan tertulis mengenai jadwal pencairan yang pasti, serta agar daftar penerima diumumkan secara terbuka sehingga mahasiswa bisa mengecek statusnya sendiri.\n\nAtas perhatian Bapak/Ibu kami ucapkan terima kasih.\n\nHormat kami,\nMenteri Advokasi dan Kesejahteraan Mahasiswa BEM",
    ),
    _E(
        "email",
        "kesra",
        "Yth. Setda Kukar,\n\nKarang Taruna Tunas Harapan Kelurahan Jawa, Sangasanga, pada Februari 2024 mengajukan proposal bantuan dana Rp 25.000.000 untuk pelatihan sablon dan servis HP bagi pemuda putus sekolah. Proposal sudah diantar ke kecamatan dan diberi tanda terima. Sebelumnya kami juga sempat minta dukungan dari perusahaan migas di sekitar sini tapi ditolak dengan alasan sudah tutup buku, jadi harapan kami tinggal ke Pemkab.\n\nSampai November belum ada kabar apakah proposal kami masuk daftar penerima bantuan tahun ini atau tidak. Kami juga bingung soal syarat, ada yang bilang organisasi harus punya SK terdaftar dan rekening atas nama lembaga. Mohon informasi status proposal kami dan syarat lengkapnya supaya bisa kami perbaiki untuk tahun depan.\n\nSalam pemuda,\nSekretaris Karang Taruna Tunas Harapan",
    ),
    _E(
        "email",
        "kesra",
        "Assalamualaikum wr. wb.\n\nKami Remaja Masjid Nurul Bahri, Desa Sepatin, Kecamatan Anggana. Masjid kami berdiri di atas tiang ulin sejak 1998 dan sekarang atapnya bocor di banyak titik, lantai papan sebagian lapuk sehingga jamaah salat Jumat terpaksa menggelar terpal di teras. Tebing sungai di depan masjid juga makin tergerus tiap musim pasang, tapi untuk itu kami sudah lapor ke desa.\n\nPada bulan Maret pengurus sudah mengirim proposal perbaikan masjid ke Pemkab dengan rencana anggaran Rp 180.000.000. Kami ingin menanyakan apakah proposal tersebut sudah diterima dan diverifikasi, serta kapan biasanya pengumuman masjid yang mendapat bantuan. Bila ada berkas yang kurang, mohon kami diberi tahu.\n\nWassalamualaikum wr. wb.\nKetua Remaja Masjid Nurul Bahri",
    ),
    _E(
        "whatsapp",
        "kesra",
        "ini sy rekam ya pak... sy anaknya bu guru ngaji di TPA Al Ikhlas Loa Duri Ilir, Loa Janan. Mama sy sama 3 ustadzah lain itu insentifnya dr kabupaten blm masuk dr bulan Juli pak, udh 4 bulan. Biasanya kan Rp 500 rb per bulan masuk rekening. Mama sy gk bisa pake HP makanya sy yg ngomong. Kata desa datanya udh dikirim. Tolong dicek pak knp blm cair, kasian beliau ngajar tiap sore tdk pernah libur. Makasih pak 🙏",
    ),
    _E(
        "whatsapp",
        "kesra",
        "Selamat sore bu. Adik sy (16 th) juara 1 tilawah remaja tingkat kecamatan Muara Muntai, harusnya ikut kafilah kecamatan ke lomba tingkat kabupaten bulan depan. Tapi kemarin dibilang nama dia gk ada di daftar peserta yg dikirim, malah diganti orang lain yg juara 3. Uang pembinaan juara kecamatan jg blm diterima. Jalan ke Tenggarong juga jauh bu lewat sungai, tp kami siap berangkat. Mohon dicek bu daftar kafilah MTQ nya, kasian adik sy udh latihan tiap malam 😢",
    ),
    _E(
        "whatsapp",
        "kesra",
        "Pak/bu, ulun mahasiswa semester 5 asal Kota Bangun. Ulun daftar bantuan beasiswa kabupaten thn ini, berkas lengkap, IPK 3,61, surat tdk mampu jg ada. Tp pas pengumuman nama ulun kada ada, padahal kawan se-jurusan yg IPK nya di bawah ulun lulus. Di web cuma tulis 'tidak memenuhi syarat' tanpa alasan. Bisa kah diverifikasi ulang? Ulun sdh screenshot semua bukti upload nya",
    ),
    _E(
        "web",
        "kesra",
        "Saya mahasiswa S1 di Yogyakarta, KTP dan KK Tenggarong Seberang sejak lahir. Saya mau menanyakan bantuan beasiswa dari Pemkab untuk mahasiswa yang kuliah di luar Kalimantan Timur. Di tahun 2023 katanya bisa, tapi di juknis 2024 yang beredar di grup tidak jelas apakah kampus luar provinsi masih dihitung. IPK saya 3,4 dan aktif organisasi. Mohon penjelasan syarat terbaru, jadwal pendaftaran, dan apakah kampus swasta terakreditasi B bisa ikut.",
    ),
    _E(
        "web",
        "kesra",
        "Orang tua saya (63 dan 58 tahun), warga Kelurahan Baru, Tenggarong, insyaallah berangkat haji tahun 2025. Saya bekerja di Bontang jadi tidak bisa selalu mendampingi. Kami belum dapat informasi jadwal manasik tingkat kabupaten, dan apakah ada angkutan yang disediakan dari Tenggarong ke asrama embarkasi Balikpapan seperti tahun-tahun sebelumnya. Mohon info jadwal dan kontak petugas yang bisa dihubungi keluarga.",
    ),
    _E(
        "sms",
        "kesra",
        "Slmt pagi. Kami Kelompok Difabel Mandiri Sangasanga. Proposal bantuan utk usaha jahit kelompok kami katanya sdh disetujui thn ini, tp dana blm masuk rekening kelompok smp skrg. Mhn dicek status pencairannya. Trm ksh",
    ),
    _E(
        "sms",
        "kesra",
        "Pak, sy penerima beasiswa kab. tp dana gagal transfer krn no rekening salah ketik 1 angka. Gmn cara perbaikinya? Sdh tanya ke kampus katanya urus ke pemkab. Mhn info",
    ),
    _E(
        "telegram",
        "kesra",
        "Shalom min, kami Pemuda Gereja di Desa Gunung Sari, Tabang. Bangunan gereja kami masih dinding papan dan sering bocor, jemaat sdh 80an KK. Tahun lalu majelis sdh antar proposal bantuan pembangunan ke kantor bupati lewat kecamatan, tapi blm ada kabar sama sekali. Boleh minta info min prosesnya sampai mana dan apakah tiap tahun ada kuota buat gereja di pedalaman? Terima kasih 🙏",
    ),
    _E(
        "telegram",
        "kesra",
        "[Forum Pelajar Muara Wis]\nMin, program seragam dan perlengkapan sekolah gratis yg diumumkan bulan Juli itu kok di kecamatan kami blm nyampe? Sekolah di Tenggarong udh dapat dari Agustus, kami di sini masih pake seragam lama yg udh sempit 😅 Kepsek bilang nunggu kabupaten. Tolong dibantu koordinasinya biar anak2 di hulu jg kebagian",
    ),
    _E(
        "twitter",
        "kesra",
        "deadline daftar beasiswa kab jam 23.59 tp websitenya down dari sore 🙃 meme 'this is fine' anjing di ruangan kebakaran = mahasiswa kukar malam ini. @kukarkab min plis perpanjang pendaftarannya, bukan salah kami servernya tumbang #BeasiswaKukar",
    ),
    _E(
        "twitter",
        "kesra",
        "@kukarkab min, penghargaan buat penghafal Al Quran 30 juz yg diumumin pas Ramadan kemarin kok blm cair ya? temen sy dari Loa Kulu udh setor berkas & ikut tes di Tenggarong bulan April. katanya Rp 10 jt, tp sampe skrg zonk. mohon infonya min 🙏",
    ),
    _E(
        "twitter",
        "kesra",
        "quote-post: 'Pemkab dukung panti asuhan' 👀\nmin @kukarkab, panti asuhan tempat sy jadi relawan di Loa Kulu udh 2x kirim proposal bantuan, 2x gk ada jawaban. anak asuhnya 37 org, makan aja pas2an. gmn sih cara biar proposal panti dilirik? serius nanya bukan nyinyir",
    ),
]

_HUKUM = [
    _E(
        "email",
        "hukum",
        "Kepada Yth. Sekretaris Daerah Kabupaten Kutai Kartanegara\n\nDengan hormat,\nKami, Dewan Perwakilan Mahasiswa Fakultas Hukum di salah satu kampus di Tenggarong, membaca pemberitaan bahwa Pemkab sedang menyusun rancangan peraturan daerah tentang kepemudaan yang ditargetkan dibahas bersama DPRD pada triwulan pertama 2025. Sampai hari ini naskah rancangan maupun naskah akademiknya belum dapat diakses publik.\n\nKarena peraturan tersebut akan mengatur organisasi pemuda, karang taruna, dan kemungkinan dana kegiatan kepemudaan, kami memohon:\n1. salinan naskah rancangan dan naskah akademik terbaru;\n2. jadwal konsultasi publik atau uji publik yang melibatkan organisasi mahasiswa;\n3. saluran resmi untuk menyampaikan masukan tertulis.\n\nKami siap menyampaikan kajian tertulis dalam waktu dua minggu setelah naskah diterima.\n\nHormat kami,\nKetua DPM Fakultas Hukum",
    ),
    _E(
        "email",
        "hukum",
        "Selamat pagi,\n\nSaya jurnalis muda di Tenggarong yang sedang menulis liputan tentang pajak dan retribusi daerah yang baru. Saya mencari teks resmi peraturan daerah tentang pajak daerah dan retribusi daerah yang disahkan tahun 2024 beserta peraturan bupati pelaksanaannya, tapi di situs dokumentasi hukum Pemkab yang muncul hanya peraturan sampai tahun 2022. Kolom pencarian juga tidak memberi hasil apa pun ketika saya ketik kata 'retribusi'.\n\nMohon dikirimkan salinan resmi kedua peraturan tersebut, atau diberi tahu kapan situs itu diperbarui. Saya tidak ingin mengutip dari file PDF yang beredar di grup WhatsApp karena tidak jelas keasliannya.\n\nTerima kasih,\nReporter ekonomi daerah",
    ),
    _E(
        "email",
        "hukum",
        "Yth. Pemkab Kukar,\n\nKami komunitas kreator konten Tenggarong (sekitar 120 anggota, rata-rata umur 18-27 tahun). Sejak Oktober, beberapa anggota kami ditegur petugas saat membuat video di Pulau Kumala dan sekitar jembatan, dengan alasan ada peraturan bupati yang mewajibkan izin dan membayar Rp 500.000 per lokasi untuk 'syuting komersial'. Saat kami minta nomor peraturannya, petugas hanya menunjukkan foto surat edaran.\n\nKami tidak menolak penertiban. Yang kami minta: (1) kejelasan apakah aturan itu berupa peraturan bupati atau hanya surat edaran, beserta teks resminya; (2) jika memang ada, agar definisi 'komersial' ditinjau ulang karena konten promosi wisata gratis pun ikut kena; (3) kesempatan memberi masukan bila aturan tersebut direvisi.\n\nSalam kreatif,\nKoordinator Komunitas Kreator Konten Tenggarong",
    ),
    _E(
        "whatsapp",
        "hukum",
        "Pak, ini sy rekam ya pak soalnya sy gk pinter ngetik... sy kerja di bengkel di Loa Janan, umur 23. Bos lama sy lapor sy ke polisi katanya sy gelapin uang servis Rp 7 juta, padahal itu uang udh sy setor dan ada catatannya. Sy dipanggil buat diperiksa minggu depan pak. Sy gk punya uang buat bayar pengacara, gaji sy aja 2 juta. Denger2 pemkab ada bantuan pengacara gratis buat warga gk mampu, itu gmn caranya pak? Tolong pak sy takut bgt",
    ),
    _E(
        "whatsapp",
        "hukum",
        "assalamualaikum pak, sy mamanya Rendi, ini sy rekam ya pak... anak sy umur 19 ditahan di polres krn ribut di acara dangdutan di Tenggarong Seberang, katanya dia ikut mukul padahal dia yg dipukul. Kami orang susah pak, bapaknya buruh sawit. Di kantor polisi kami disuruh cari pengacara sendiri. Adakah pak bantuan hukum dari pemerintah buat orang kayak kami? Apa aja yg harus sy bawa? Makasih pak 🙏",
    ),
    _E(
        "whatsapp",
        "hukum",
        "Selamat siang. Sy cucu pemilik lahan di Desa Purwajaya, Loa Janan. Lahan kakek sy kena proyek jalan kabupaten thn 2019 tanpa ganti rugi, lalu keluarga menggugat Pemkab ke pengadilan dan menang sampai kasasi thn 2023. Aspal jalannya sih udh retak2 di mana2 tp itu urusan lain. Yg mau sy tanyakan, kapan putusan pengadilan itu dilaksanakan Pemkab? Udh setahun lebih kami cuma dibilang 'sedang diproses'. Mohon jawaban yg jelas",
    ),
    _E(
        "web",
        "hukum",
        "Saya mahasiswa tingkat akhir jurusan ilmu hukum yang meneliti perlindungan tenaga kerja lokal di Kukar untuk skripsi. Saya butuh daftar lengkap peraturan daerah dan peraturan bupati tentang ketenagakerjaan dan penempatan tenaga kerja lokal dari 2010 sampai sekarang, termasuk yang sudah dicabut. Menu pencarian lanjutan di laman produk hukum Pemkab error (muncul halaman putih). Apakah saya bisa meminta salinan dokumennya lewat email, atau datang langsung ke kantor? Terima kasih.",
    ),
    _E(
        "web",
        "hukum",
        "Saya pekerja muda di perusahaan kontraktor tambang di Muara Jawa. Setahu saya Kukar punya perda yang mewajibkan perusahaan memprioritaskan tenaga kerja lokal, tapi HRD kami bilang perda itu sudah tidak berlaku sejak UU Cipta Kerja. Mohon penjelasan: apakah perda tersebut masih berlaku, sudah direvisi, atau sedang disusun penggantinya? Kalau sedang direvisi, mohon kami pemuda lokal dilibatkan dalam pembahasannya.",
    ),
    _E(
        "sms",
        "hukum",
        "Slmt sore. Kakak sy korban KDRT di Muara Kaman, mau lapor tp takut & tdk punya biaya pendamping. Apakah pemkab bisa beri pendampingan hukum gratis? Mhn info prosedurnya. Trm ksh",
    ),
    _E(
        "sms",
        "hukum",
        "Pak sy buka kafe kecil di Tenggarong. Katanya ada perda kawasan tanpa rokok yg wajibkan ruang merokok terpisah. Sy mau baca isi lengkapnya, dmn bisa dapat teks resminya? Mksh",
    ),
    _E(
        "telegram",
        "hukum",
        "[Grup Aliansi Pemuda Kukar]\nMin, kabarnya rancangan perda soal peredaran minuman beralkohol lagi dibahas, dan ada pasal yg bolehin penjualan di kafe dekat kampus. Bubuhan organisasi pemuda & mahasiswa mau kasih masukan sebelum disahkan. Draft nya bisa diminta dimana? Kapan jadwal pembahasan dgn dewan? Harga miras oplosan yg murah2 itu juga bahaya sih, tp fokus kami ke isi aturannya dulu 🙏",
    ),
    _E(
        "telegram",
        "hukum",
        "Halo min, kami karang taruna dari Marangkayu. Banyak warga kami kalau kena masalah hukum (utang, sengketa warisan, kena tipu online) gk tau harus tanya ke mana. Apakah Pemkab ada program pelatihan paralegal atau pos konsultasi hukum gratis yg bisa dibuka di desa? Kami siap sediakan tempat dan pesertanya anak2 muda. Makasih 🙏",
    ),
    _E(
        "twitter",
        "hukum",
        "1/2 @kukarkab min, gugatan warga Loa Janan soal lahan yg dipakai buat gedung olahraga itu udh sampe mana? terakhir sidang Juni katanya Pemkab mau banding 🤔\n2/2 kami anak2 sana cuma pengen tau posisi hukum Pemkab dlm perkara itu, dan apakah Pemkab mau damai/mediasi aja sm warga. jgn digantung terus plis",
    ),
    _E(
        "twitter",
        "hukum",
        "nyari perbup di web produk hukum kab: 'halaman tidak ditemukan' 💀 meme orang nyari jarum di tumpukan jerami tapi jeraminya juga gk ada. @kukarkab min tolong lah portal dokumen hukumnya dibenerin, anak hukum butuh buat tugas wkwk",
    ),
    _E(
        "twitter",
        "hukum",
        "@kukarkab katanya ada perbup baru yg ngatur kafe & warkop wajib tutup jam 12 malam? parkiran di depan kafe emang semrawut sih, tp itu lain cerita. yg mau kami tanya: perbupnya nomor berapa, dmn bisa baca, dan bisa diajukan keberatan gk? anak muda nongkrong gk selalu bikin onar min 🙄",
    ),
]

_KERJASAMA = [
    _E(
        "email",
        "kerjasama",
        "Kepada Yth. Sekretariat Daerah Kabupaten Kutai Kartanegara\n\nDengan hormat,\nPada tahun 2023 Pemkab Kukar dan universitas kami menandatangani nota kesepahaman yang salah satu isinya adalah program magang mahasiswa di perangkat daerah selama satu semester. Namun tahun ini, ketika 45 mahasiswa kami mengajukan magang, beberapa dinas menyatakan belum menerima petunjuk pelaksanaan dan tidak tahu bahwa ada kesepakatan tersebut.\n\nKami dari BEM universitas memohon:\n1. salinan nota kesepahaman dan perjanjian kerja sama turunannya, bila ada;\n2. kejelasan apakah kesepakatan itu masih berlaku dan siapa pihak yang mengoordinasikan pelaksanaannya di Pemkab;\n3. tindak lanjut agar dinas-dinas terkait mendapat informasi yang sama.\n\nAtas perhatian Bapak/Ibu kami sampaikan terima kasih.\n\nHormat kami,\nPresiden BEM",
    ),
    _E(
        "email",
        "kerjasama",
        "Yth. Setda Kukar,\n\nKami Karang Taruna Desa Embalut, Tenggarong Seberang. Di desa kami beroperasi perusahaan batu bara yang setiap tahun menyalurkan program tanggung jawab sosial. Masalahnya, bantuan itu (sembako, beasiswa perusahaan, dan pelatihan) selama tiga tahun terakhir hanya diterima orang-orang dekat pengurus desa. Pemuda yang mengajukan usulan pelatihan las dan kursus komputer tidak pernah mendapat jawaban. Debu dari jalan angkut perusahaan juga mengganggu, tapi itu akan kami sampaikan terpisah.\n\nKami minta Pemkab meminta perusahaan membuka daftar program dan penerima bantuan sosialnya di desa kami, dan memastikan usulan dari kelompok pemuda ikut dibahas bersama perusahaan. Kami siap hadir bila ada pertemuan.\n\nHormat kami,\nKetua Karang Taruna Desa Embalut",
    ),
    _E(
        "email",
        "kerjasama",
        "Selamat siang Bapak/Ibu,\n\nSaya pendiri startup kecil di Tenggarong yang membuat aplikasi pemesanan tiket wisata dan homestay desa. Kami ingin bermitra dengan Pemkab Kukar untuk menghubungkan desa wisata di Kukar dengan pengunjung, tanpa meminta anggaran daerah: aplikasi dan pelatihan pengelola desa kami tanggung sendiri, kami hanya butuh dukungan data dan legalitas resmi.\n\nPertanyaan kami: bagaimana prosedur mengajukan kesepakatan kerja sama seperti ini ke Pemkab? Dokumen apa yang harus disiapkan (profil badan usaha, proposal, rancangan naskah)? Berapa lama biasanya prosesnya sampai penandatanganan? Kami ingin memulai dengan lima desa wisata di Loa Kulu dan Tenggarong pada awal 2025.\n\nTerima kasih,\nFounder & CEO (26 tahun)",
    ),
    _E(
        "whatsapp",
        "kerjasama",
        "Selamat siang pak. Sy kader posyandu remaja di Desa Tanjung Limau, Muara Badak. Thn 2023 perusahaan migas di sini janji bangun gedung posyandu lewat program sosialnya, sampe ada peletakan batu pertama segala, foto2nya masih ada di IG desa. Tp sampe skrg cuma pondasi, terus ditinggal. Kegiatan posyandu masih numpang di teras rumah warga. Tolong pak ditanyakan ke perusahaannya kapan dilanjut, dan kalau bisa pemkab ikut ngawasi janji2 bantuan perusahaan kyk gini 🙏",
    ),
    _E(
        "whatsapp",
        "kerjasama",
        "Pak, sy mahasiswa asal Loa Janan yg kuliah di Samarinda. Thn lalu katanya Pemkab Kukar sm Pemkot Samarinda sepakat kerja sama angkutan pelajar & mahasiswa lintas kota, bus nya sempet jalan 3 bulan dr Loa Janan ke Samarinda. Skrg tiba2 berhenti gk ada info. Kesepakatannya masih lanjut gk pak? Kalau diperpanjang kapan? Teman2 sy skrg harus naik ojek Rp 40 rb sekali jalan 😢",
    ),
    _E(
        "whatsapp",
        "kerjasama",
        "ini sy rekam ya pak... sy ketua karang taruna Desa Long Beleh, Kembang Janggut. Jadi pak, perusahaan sawit di sini dr thn 2022 udh janji bikinin lapangan futsal sm voli buat pemuda desa, katanya dr dana program sosial perusahaan. Sampai skrg cuma ada tanah yg diratain, kada lanjut lagi. Air sungai kami juga kadang bau limbah pak tp itu kami lapor ke dinas lain. Yg ini tolong pak ditagih ke perusahaan janji lapangannya, anak2 muda di sini kasihan kada ada tempat olahraga",
    ),
    _E(
        "web",
        "kerjasama",
        "Kami mahasiswa dari sebuah universitas negeri di Jawa Timur yang berencana KKN tematik di tiga desa di Kecamatan Tabang pada Juli 2025. Kampus kami mensyaratkan adanya perjanjian kerja sama dengan pemerintah kabupaten tempat KKN. Apakah sudah ada kesepakatan antara Pemkab Kukar dengan kampus kami? Jika belum, bagaimana mekanisme pengajuannya dan berapa lama prosesnya? Kontak dosen pembimbing lapangan bisa kami kirimkan.",
    ),
    _E(
        "web",
        "kerjasama",
        "Saya mahasiswi magister di Samarinda, meneliti efektivitas program tanggung jawab sosial perusahaan tambang dan sawit terhadap pemuda di Kukar. Saya memerlukan data daftar perusahaan yang melaporkan program sosialnya ke Pemkab, nilai dan bidang program per kecamatan tahun 2021-2023, serta jadwal rapat forum perusahaan bila ada. Data lingkungan seperti jumlah lubang tambang tidak saya perlukan. Mohon informasi cara mengajukan permohonan data tersebut.",
    ),
    _E(
        "sms",
        "kerjasama",
        "Slmt siang. Bantuan sembako dr perusahaan tambang di Desa Loa Lepu cuma dibagi ke RT 1-3, RT 4-7 tdk dapat pdhl sama2 terdampak. Gas 3 kg jg lg susah di sini. Mhn pemkab tegur perusahaan biar pembagian bantuannya adil",
    ),
    _E(
        "sms",
        "kerjasama",
        "Pak, kelas jauh D3 di Kota Bangun yg hasil kerja sama pemkab dgn politeknik itu thn ini buka lg gk? Adik sy mau daftar. Mhn info",
    ),
    _E(
        "telegram",
        "kerjasama",
        "Min, operator seluler yg punya tower di Desa Rempanga, Loa Kulu, dulu janji pasang wifi gratis buat balai desa & sekolah sbg bantuan sosial perusahaan. Routernya dipasang Jan 2024, Maret udh mati & gk pernah diurus. Anak2 sekolah daring numpang sinyal di bukit 🙃 Bisa dibantu tagih ke perusahaannya?",
    ),
    _E(
        "telegram",
        "kerjasama",
        "[Grup Alumni Pertukaran Pemuda Kukar]\nHalo admin, mau tanya. Program pertukaran pemuda Kukar–Bontang yg katanya dari kesepakatan kerja sama antar kedua daerah, thn 2023 jalan, 2024 gk ada kabar. Kesepakatannya udh habis kah? Ada rencana diperpanjang atau diganti dgn daerah lain? Banyak adik tingkat yg nanya 🙏",
    ),
    _E(
        "twitter",
        "kerjasama",
        "@kukarkab min, ambulans desa yg dijanjiin perusahaan batu bara buat Desa Bhuana Jaya pas acara serah terima bantuan Mei kemarin, mana ya? yg dateng cuma spanduk sm foto bareng 📸 warga msh ngangkut org sakit pake pick up. tolong ditagih min 🙏",
    ),
    _E(
        "twitter",
        "kerjasama",
        "quote-post: 'Pemkab Kukar teken MoU dgn perusahaan teknologi, 1.000 talenta digital muda' 🎉\nudh setahun min @kukarkab, pelatihannya mana? daftarnya dmn? atau cuma seremoni tanda tangan doang wkwk. minta isi kesepakatannya dibuka plis biar kami tau hak kami apa",
    ),
    _E(
        "twitter",
        "kerjasama",
        "sekolah adik sy di Sangasanga atapnya jebol, katanya mau direnovasi pake dana sosial perusahaan migas yg beroperasi di situ. udh 8 bulan masih terpal 🙃 honor guru honorernya juga telat sih, tp fokus dulu ini: @kukarkab tolong koordinasi sm perusahaannya min, jgn cuma janji di baliho",
    ),
]

_PEREKONOMIAN = [
    _E(
        "email",
        "perekonomian",
        "Yth. Sekretariat Daerah Kabupaten Kutai Kartanegara,\n\nKami Komunitas Pengusaha Muda Kukar, beranggotakan 85 pelaku usaha kecil berusia 19-35 tahun di bidang kuliner, fesyen, dan kerajinan. Sepanjang 2024 kami mendapat informasi pelatihan, pameran, pendampingan sertifikasi, dan akses kredit dari beberapa dinas dan bank daerah, tetapi jadwalnya sering bentrok, syaratnya berbeda-beda, dan satu anggota bisa diundang tiga kali sementara anggota lain tidak pernah tersentuh. Pendaftaran juga tersebar di banyak tautan formulir.\n\nKami mengusulkan agar Pemkab menyatukan kalender program pembinaan usaha kecil dalam satu kanal informasi, serta membuat satu basis data pelaku usaha muda yang bisa dipakai semua dinas. Kami bersedia membantu pendataan anggota.\n\nTerima kasih atas perhatiannya.\n\nHormat kami,\nKetua Komunitas Pengusaha Muda Kukar",
    ),
    _E(
        "email",
        "perekonomian",
        "Kepada Yth. Pemkab Kukar\n\nDengan hormat,\nKami Himpunan Mahasiswa Tenggarong menyampaikan keluhan mahasiswa yang tinggal di kos sekitar kampus di Kelurahan Melayu dan Panji. Sejak awal Oktober gas melon sangat sulit didapat; pangkalan resmi selalu bilang habis, sedangkan di warung eceran harganya Rp 35.000 sampai Rp 40.000 per tabung, jauh di atas harga eceran tertinggi. Banyak teman kami terpaksa membeli makanan jadi setiap hari sehingga pengeluaran naik.\n\nKami memohon Pemkab memeriksa penyaluran di pangkalan sekitar Tenggarong, mengumumkan daftar pangkalan resmi beserta jadwal pengiriman, dan menindak penjualan di atas harga yang ditetapkan.\n\nHormat kami,\nKetua Umum HIMA Tenggarong",
    ),
    _E(
        "email",
        "perekonomian",
        "Perihal: Permintaan informasi kinerja perusahaan daerah\n\nSelamat pagi,\nSaya jurnalis muda dari media daring di Tenggarong. Dalam lima tahun terakhir Pemkab beberapa kali menambah penyertaan modal ke perusahaan-perusahaan milik daerah, namun laporan keuangan dan dividen yang disetor ke kas daerah jarang dipublikasikan. Pembaca kami, terutama anak muda pencari kerja, juga menanyakan mengapa rekrutmen di perusahaan daerah tidak pernah diumumkan terbuka.\n\nMohon tanggapan resmi Pemkab mengenai: (1) daftar perusahaan daerah yang masih aktif beserta bidang usahanya; (2) ringkasan laba/rugi tahun 2022 dan 2023; (3) rencana pembenahan perusahaan daerah yang terus merugi. Tanggapan akan kami muat utuh.\n\nTerima kasih,\nReporter",
    ),
    _E(
        "whatsapp",
        "perekonomian",
        "Pak selamat pagi, sy jualan gorengan online di Tenggarong, pelanggan kebanyakan anak kos. Minyak goreng di Pasar Tangga Arung minggu ini naik lg, yg kemasan 2 liter tembus Rp 42 rb, minyak curah jg susah. Untung sy tinggal tipis bgt pak, mau naikin harga takut pelanggan kabur 😭 Ada operasi pasar kah pak dlm waktu dekat? Tolong harga minyak dipantau pak",
    ),
    _E(
        "whatsapp",
        "perekonomian",
        "ini sy rekam ya pak... sy ojol di Kota Bangun. Tiap hari antre pertalite di SPBU bisa 2 jam pak, sering habis siang. Terus yg aneh pagi2 ada jeriken2 diisi, sorenya dijual eceran di pinggir jalan Rp 15 rb per liter. Kami anak muda yg kerja pake motor berat bgt pak. Tolong pak diawasi penyaluran BBM di sini, makasih",
    ),
    _E(
        "whatsapp",
        "perekonomian",
        "Selamat siang bu. Sy salah satu pedagang muda di Pasar Loa Janan, jualan aksesoris HP. Kami 30an pedagang lapak sementara dapat kabar mau dipindah ke gedung pasar baru bulan depan, tp lapak di sana diundi & katanya pedagang lama diutamakan, yg baru 2 thn kyk kami blm tentu dapat. Tdk ada sosialisasi sama sekali bu. Mohon penjelasan aturan penempatan lapaknya dan kami minta dilibatkan 🙏",
    ),
    _E(
        "web",
        "perekonomian",
        "Saya mahasiswi yang juga membantu warung nasi keluarga di Muara Kaman. Harga beras medium di kecamatan kami sejak September naik dari Rp 13.000 jadi Rp 16.500 per kg, beras premium hampir Rp 19.000. Pasokan dari hulu juga tersendat karena air sungai surut. Apakah Pemkab akan menggelar operasi pasar atau menyalurkan beras murah ke kecamatan-kecamatan di hulu? Mohon jadwalnya diumumkan di media sosial supaya warga tahu.",
    ),
    _E(
        "web",
        "perekonomian",
        "Saya pemilik usaha keripik pisang dan amplang rumahan di Samboja, umur 25. Sudah dua kali saya mendaftar untuk ikut dipajang di galeri produk usaha kecil milik Pemkab dan ikut pameran ke luar daerah, tapi tidak ada kabar hasil kurasinya. Produk saya sudah punya izin edar rumah tangga dan label halal. Mohon informasi kriteria seleksinya, siapa yang bisa dihubungi, dan apakah ada pendampingan kemasan untuk pelaku usaha pemula.",
    ),
    _E(
        "sms",
        "perekonomian",
        "Lapor pak. Pangkalan gas 3 kg di RT 07 Kel. Maluhu Tenggarong jual ke rumah makan besar 20 tabung sekali ambil, warga kecil kehabisan. Mhn ditertibkan",
    ),
    _E(
        "sms",
        "perekonomian",
        "Slmt pagi. Harga cabe rawit di Pasar Sebulu Rp 120 rb/kg, telur Rp 60 rb per rak. Pedagang bilang pasokan dr Jawa telat. Mhn pemkab pantau harga & stok",
    ),
    _E(
        "telegram",
        "perekonomian",
        "[Grup Info Warga Muda Tenggarong Seberang]\nMin, pasar murah yg bulan lalu di lapangan kecamatan itu ada lagi gk sebelum Natal & tahun baru? Gula, minyak, telur lg naik semua 😩 Kalau ada tolong diinfokan jadwal & lokasinya di kanal resmi ya min, kemarin banyak yg telat tau",
    ),
    _E(
        "telegram",
        "perekonomian",
        "Halo min, sy dari Tabang. Di sini gk ada SPBU, pertalite eceran di kios Rp 20 rb/liter, solar buat ketinting Rp 18 rb. Sinyal jg susah, ini aja numpang wifi sekolah. Ada rencana SPBU mini atau penyalur resmi BBM di Tabang gk min? Anak muda yg kerja angkut hasil kebun pake motor kerasa bgt",
    ),
    _E(
        "twitter",
        "perekonomian",
        "meme: spongebob 'tiga jam kemudian' = gw nunggu truk gas melon di pangkalan 🫠 ujung2nya habis juga. @kukarkab min di Loa Kulu gas 3 kg udh seminggu langka, eceran Rp 45 rb. plis cek pangkalannya min #GasMelonKukar",
    ),
    _E(
        "twitter",
        "perekonomian",
        "1/2 utas soal harga di Tenggarong. beras naik Rp 3 rb/kg dlm 2 bulan, bawang merah Rp 55 rb, gaji UMK anak muda segitu2 aja 🥲\n2/2 @kukarkab pengendalian inflasinya gmn min? tolong dong dibuka data harga pangan mingguan & rencana stabilisasinya, jgn cuma bilang 'terkendali' di baliho",
    ),
    _E(
        "twitter",
        "perekonomian",
        "@kukarkab min tiap festival Erau stand UMKM buat anak muda selalu 'penuh' pdhl pendaftaran baru dibuka sehari 🤔 usaha kecil baru kyk kami mau ikut pameran gimana caranya? plis bikin pendaftaran terbuka & kuota buat pelaku usaha pemula, gaskeun kolaborasi 🙌",
    ),
]

_SDA = [
    _E(
        "email",
        "sda",
        "Kepada Yth. Sekretariat Daerah Kabupaten Kutai Kartanegara\n\nDengan hormat,\nKami Mahasiswa Pecinta Alam dari sebuah kampus di Samarinda. Saat kegiatan susur hutan pada 2-4 November 2024 di kawasan hutan sekitar Desa Karya Merdeka, Kecamatan Samboja, kami menemukan sedikitnya 40 tunggul pohon meranti dan ulin yang baru ditebang, jalur sarad kayu selebar truk, dan tumpukan balok siap angkut. Menurut warga, penebangan dilakukan malam hari dan kayunya dibawa keluar lewat jalan kebun.\n\nKami melampirkan foto beserta titik koordinat temuan. Kami memohon Pemkab berkoordinasi dengan instansi kehutanan dan aparat terkait untuk memeriksa lokasi dan menghentikan penebangan tersebut, sebelum kerusakan semakin luas.\n\nHormat kami,\nKetua Umum Mapala",
    ),
    _E(
        "email",
        "sda",
        "Yth. Setda Kukar,\n\nKami Karang Taruna Desa Kerta Buana, Tenggarong Seberang. Di ujung dusun kami ada bekas galian batu bara seluas kira-kira dua lapangan bola yang sudah berisi air hijau dan tidak dipagar sama sekali. Tiap sore anak-anak SD dan SMP berenang dan main rakit di sana, padahal dalamnya puluhan meter. Kami trauma karena beberapa tahun lalu di Kukar sudah ada anak yang meninggal di lubang serupa.\n\nPerusahaan pemiliknya sudah tidak aktif, dan dulu perusahaan itu juga pernah menjanjikan bantuan sosial yang tidak pernah datang, tapi itu bukan prioritas kami sekarang. Kami memohon agar lubang tersebut segera dipagar dan dipasang papan peringatan, serta ditagih kewajiban penutupannya. Kami siap mendampingi petugas ke lokasi.\n\nSalam,\nKetua Karang Taruna Desa Kerta Buana",
    ),
    _E(
        "email",
        "sda",
        "Selamat pagi Bapak/Ibu,\n\nKami Kelompok Tani Milenial Sumber Rejeki di Desa Bukit Raya, Tenggarong Seberang, beranggotakan 22 petani muda usia 20-32 tahun. Pada bulan April kami dinyatakan lolos verifikasi sebagai penerima bantuan alat dan mesin pertanian berupa dua unit traktor tangan dan satu mesin perontok padi. Berita acaranya sudah kami tandatangani, tapi sampai musim tanam Oktober ini alatnya belum pernah datang. Petugas lapangan bilang masih menunggu jadwal distribusi dari kabupaten.\n\nSaat ini kami menyewa traktor Rp 600.000 per hektare, sangat memberatkan petani pemula. Mohon Pemkab menindaklanjuti kapan bantuan alat tersebut disalurkan ke kelompok kami.\n\nHormat kami,\nKetua Kelompok Tani Milenial Sumber Rejeki",
    ),
    _E(
        "whatsapp",
        "sda",
        "Pak ini sy rekam ya pak... sy dari Desa Loa Sakoh, Kembang Janggut. Udah seminggu ini sungai di belakang kampung warnanya coklat pekat terus bau busuk kyk minyak basi pak, ikan2 kecil pada ngambang. Bubuhan warga yakin itu limbah pabrik sawit di hulu yg kolamnya jebol pas hujan kemarin. Kami masih mandi cuci di sungai pak. Tolong pak ada yg turun ambil sampel airnya dan pabriknya diperiksa, makasih",
    ),
    _E(
        "whatsapp",
        "sda",
        "Slmt sore bu. Sy nelayan muda di Muara Badak, kelompok kami 15 org umur 18-30an. Perahu kami masih pake mesin tempel bekas yg sering mogok, jaring juga udh banyak robek. Kami dengar ada bantuan mesin & alat tangkap buat kelompok nelayan dari kabupaten, caranya daftar gmn bu? Kelompok kami udh punya SK dr desa. Solar buat melaut juga susah sih bu, tp yg paling kami perlukan bantuan mesin sm jaringnya dulu 🙏",
    ),
    _E(
        "whatsapp",
        "sda",
        "Assalamualaikum pak. Sy tinggal di Kelurahan Loa Janan Ilir, rumah sy kira2 300 meter dr tumpukan batu bara pinggir sungai. Tiap angin kencang debu hitam masuk rumah, jemuran hitam, adik sy yg balita batuk terus 2 bulan ini. Perusahaan kadang bagi sembako, tp yg kami butuh bukan itu pak. Tolong diperiksa pencemaran debunya & tumpukan batu baranya dipindah atau ditutup",
    ),
    _E(
        "web",
        "sda",
        "Saya mahasiswi biologi yang sedang penelitian di pesisir Kecamatan Anggana. Dalam enam bulan terakhir saya mencatat pembukaan hutan bakau baru sekitar 25 hektare di sekitar Desa Muara Pantuan untuk dijadikan tambak, lengkap dengan alat berat. Kepiting dan udang alam yang jadi mata pencaharian nelayan kecil ikut berkurang. Saya punya foto drone dan data lokasinya. Mohon Pemkab menelusuri izin pembukaan tambak tersebut dan menghentikan perusakan bakau yang tidak berizin.",
    ),
    _E(
        "web",
        "sda",
        "Kami kelompok petani muda hortikultura di Desa Sukamaju, Loa Kulu, baru terbentuk Januari 2024 dengan 12 anggota. Kami ingin mengajukan bantuan benih cabai, bibit jeruk, dan mulsa untuk lahan 3 hektare yang kami garap bersama. Penyuluh desa bilang usulan harus masuk sistem kabupaten sebelum bulan tertentu, tapi kami tidak tahu alurnya. Mohon informasi cara mengajukan bantuan sarana pertanian untuk kelompok tani baru.",
    ),
    _E(
        "sms",
        "sda",
        "Pak, tiap hujan lumpur dr area tambang meluap ke sawah warga RT 04 Desa Jembayan Tengah, Loa Kulu. Padi 5 ha rusak. Tanggul perusahaan jebol. Mhn segera dicek",
    ),
    _E(
        "sms",
        "sda",
        "Slmt mlm. Ada pembakaran lahan besar di pinggir kebun sawit perusahaan dekat Desa Sabintulung Muara Kaman. Asap masuk kampung, anak2 sesak. Mhn ditindak",
    ),
    _E(
        "telegram",
        "sda",
        "[Grup Pemuda Peduli Danau Semayang]\nLapor min, sejak 2 hari ikan di sekitar Desa Semayang, Kenohan, mati massal, nelayan bilang bisa berton2. Air danau keruh & berbusa. Dugaan warga ada limbah masuk dr anak sungai yg lewat perkebunan. Tolong min cepat diuji airnya, nelayan muda di sini penghasilannya dr danau semua 🙏",
    ),
    _E(
        "telegram",
        "sda",
        "Min, sy dari Desa Sebelimbingan. Ortu2 kami dulu serahkan lahan ke perusahaan sawit dgn janji 20% jadi kebun plasma buat warga. Sudah 9 thn, kebun plasmanya gk pernah dibagi, hasilnya gk pernah ada. Kami anak2nya skrg yg nagih. Pilkades desa kami jg lagi ribut sih, tp bukan itu. Tolong pemkab panggil perusahaan soal kewajiban plasmanya 🙏",
    ),
    _E(
        "twitter",
        "sda",
        "1/3 @kukarkab thread soal lubang bekas tambang di Tenggarong Seberang & Loa Kulu. sy data dr berita, udh puluhan anak meninggal tenggelam di lubang tambang di Kaltim 🧵\n2/3 di dekat kampung kami masih ada 3 lubang terbuka, gk ada pagar, gk ada plang. anak2 mancing tiap sore\n3/3 min, kapan lubang2 ini ditutup/direklamasi? siapa yg tanggung jawab? jgn nunggu korban lagi plis #LubangTambang",
    ),
    _E(
        "twitter",
        "sda",
        "sungai di Desa Loa Kulu Kota warnanya udh kyk es teh tarik 🧋 ada yg bilang itu 'aesthetic'. bukan ges, itu lumpur tambang 😭 @kukarkab tolong dong aliran buangan tambang di hulu dicek, kita msh mandi di situ",
    ),
    _E(
        "twitter",
        "sda",
        "@kukarkab min, ada tambang batu bara ilegal cuma 150 m dr SMP di Desa Bangun Rejo, Tenggarong Seberang. excavator tiap hari, debu sm suara bikin anak2 gk fokus belajar. jalan ke sekolah jg jadi becek rusak. plis hentikan tambangnya sebelum tanahnya longsor ke sekolah 🙏",
    ),
]

_ADPEM = [
    _E(
        "email",
        "adpem",
        "Kepada Yth. Sekretariat Daerah Kabupaten Kutai Kartanegara\n\nDengan hormat,\nKami dari Badan Eksekutif Mahasiswa salah satu kampus di Tenggarong ingin menyampaikan keresahan mahasiswa dan pemuda di Tenggarong Seberang terkait pembangunan gedung olahraga (GOR) mini di Desa Manunggal Jaya. Papan proyek menyebutkan sumber dana APBD Kukar 2024 dengan nilai kontrak Rp 4,7 miliar dan masa kerja sampai 20 Desember 2024. Namun sampai hari ini, 3 Maret 2025, bangunan baru berupa tiang dan rangka atap, tidak ada pekerja sama sekali dan material besi mulai berkarat.\n\nKami sudah beberapa kali mengangkat hal ini di media sosial, tetapi belum ada penjelasan resmi. Mohon kiranya pemerintah kabupaten dapat memeriksa progres sebenarnya, menjelaskan apakah kontraknya diputus atau diperpanjang, serta kapan pekerjaan dilanjutkan. Pemuda di sana sangat menantikan fasilitas ini.\n\nHormat kami,\nKementerian Advokasi BEM",
    ),
    _E(
        "email",
        "adpem",
        "Assalamualaikum, selamat siang.\n\nSaya sekretaris Karang Taruna Desa Sungai Meriam, Kec. Anggana. Kami mau melaporkan jalan cor beton menuju dermaga kampung yang baru selesai dikerjakan bulan Juli 2025 pakai dana kabupaten. Belum sampai tiga bulan, permukaannya sudah retak memanjang dan di beberapa titik pecah sampai besinya kelihatan. Ketebalan cornya juga kami ukur cuma sekitar 10 cm di pinggir, padahal warga dengar harusnya 20 cm. Foto dan video kami lampirkan.\n\nSekalian info, bulan depan kami ada acara pentas seni pemuda dan rencananya mau mengundang Pak Bupati, tapi soal itu nanti kami kirim surat sendiri. Untuk sekarang yang kami minta tolong jalan cor ini dicek kualitasnya oleh tim dari kabupaten dan kontraktornya diminta memperbaiki selagi masih masa pemeliharaan.\n\nTerima kasih,\nKarang Taruna Sungai Meriam",
    ),
    _E(
        "email",
        "adpem",
        "Halo tim aduan Kukar,\n\nSaya content creator lokal Tenggarong (akun saya banyak bahas spot nongkrong anak muda). Minggu lalu saya bikin video di lokasi pembangunan taman skate dan ruang terbuka pemuda di dekat tepian Mahakam. Kondisinya bikin miris: lantai beton baru setengah, besi stek mencuat di mana-mana, pagar seng roboh, dan tiap sore banyak anak SMP main sepeda di situ. Video saya ditonton 80 ribu kali dan komentarnya rata-rata nanya: ini proyek jadi gak sih?\n\nSaya sempat DM akun IG resmi, tapi cuma dibaca. Jadi saya coba lewat sini. Pertanyaan saya sederhana: proyek ini progresnya sudah berapa persen, kenapa berhenti, dan kapan dilanjutkan? Kalau memang mangkrak, minimal area itu dipagar yang benar supaya tidak ada anak yang celaka.\n\nTerima kasih, semoga dibalas 🙏",
    ),
    _E(
        "whatsapp",
        "adpem",
        "ini sy rekam ya pak, suaranya agak berisik krn sy lg di atas jembatan... jadi gini pak, sy di jembatan yg baru di Desa Jembayan, Loa Kulu, yg diresmikan taun lalu itu. pagar pengamannya sdh patah dua titik, baut2nya lepas, cat nya ngelupas semua. trus sambungan aspal di ujung jembatan udh ambles kira2 sejengkal, motor lewat auto loncat. ini kan masih baru pak, masa udh begini. tolong dicek lah kontraktornya, kalo bisa sblm ada yg jatuh ke sungai. makasih pak",
    ),
    _E(
        "whatsapp",
        "adpem",
        "Slmt pagi pak/bu. Sy warga Muara Jawa Ulu. Mau nanya proyek saluran drainase di jln poros depan SMP, itu galiannya udh dibiarin terbuka 2 bln lebih 😩 gk ada rambu, gk ada lampu. Mlm tadi teman sy jatuh sm motornya ke galian, tangan retak. Pekerjanya udh lama gk datang. Ini proyeknya kabupaten kan pak soalnya ada plang APBD nya. Kpn mau diselesaikan? Plis ditindaklanjuti 🙏",
    ),
    _E(
        "whatsapp",
        "adpem",
        "Assalamualaikum. Ulun dari bubuhan pemuda Kota Bangun. Gedung pertemuan pemuda nang dibangun kabupaten di Kota Bangun Ulu baru dipakai 5 bulan, atapnya sdh bocor di 7 titik, plafon jebol, lantai keramik naik2. Padahal gedungnya baru, kada lawas. Kami pakai utk latihan band & rapat karang taruna. Oh iya, gas melon di sini jg lagi langka, tp itu lain cerita lah. Yg ulun minta tolong gedung ini diperiksa, kenapa baru sebentar sdh rusak, dan kontraktornya disuruh betulin. Makasih",
    ),
    _E(
        "web",
        "adpem",
        "Nama: mahasiswi asal Sebulu, kuliah di Samarinda\n\nSaya tiap minggu pulang lewat jalan poros Sebulu - Muara Kaman. Di papan informasi proyek peningkatan jalan (tahun anggaran 2024) tertulis progres 100% dan sudah serah terima, tapi ruas sekitar 3 km setelah Desa Sumber Sari masih berupa batu kerikil dan kalau hujan jadi kubangan. Apakah memang ruas itu tidak termasuk kontrak, atau pekerjaannya belum selesai tapi sudah dilaporkan selesai? Mohon ada pengecekan lapangan dan penjelasan terbuka ke warga.",
    ),
    _E(
        "web",
        "adpem",
        "Saya pekerja muda di Muara Muntai, sering ikut kegiatan relawan sungai. Turap/siring di tepi Sungai Mahakam depan Desa Muara Muntai Ilir yang dibangun tahun 2023 sekarang sudah runtuh sepanjang kurang lebih 25 meter, rumah panggung warga di belakangnya mulai miring. Warga bilang waktu dibangun tiangnya tidak sampai tanah keras. Kami minta pemerintah kabupaten memeriksa kualitas bangunan turap itu, apakah masih tanggung jawab kontraktor, dan kapan bisa diperbaiki sebelum musim air pasang.",
    ),
    _E(
        "sms",
        "adpem",
        "Pak proyek semenisasi jln ke SMA di Desa Perangat, Marangkayu brenti sdh 4 bln, cuma tinggal papan proyek. Anak2 sekolah jalan kaki lwt lumpur. Kpn dilanjut?",
    ),
    _E(
        "sms",
        "adpem",
        "Assalamualaikum, gedung pustu di kel. Sangasanga Dalam dibangun dr 2023 smp skrg blm selesai, dinding aja yg berdiri, rumput udh tinggi. Tlg dicek knp mangkrak. Trims",
    ),
    _E(
        "telegram",
        "adpem",
        "[Grup Komunitas Gowes Tenggarong]\nMin tolong diteruskan ke pemkab ya. Jalur pedestrian + jalur sepeda baru di Jl. Wolter Monginsidi itu paving blocknya udh amblas di bbrp titik, padahal baru selesai Agustus kemarin wkwk 😅 kemarin ada anggota kita yg ban depannya nyangkut di lubang. Bisa gk dicek kualitas kerjaannya & diperbaiki sm kontraktornya? Foto ada di atas ⬆️",
    ),
    _E(
        "telegram",
        "adpem",
        "[Grup Info Samboja]\nIzin share ges. Proyek box culvert di jalan masuk Kel. Sungai Merdeka itu kok mangkrak ya, setengah jalan ditutup pake drum dari bulan Mei. Tiap hujan air meluap ke rumah warga. Trs jg ada yg tau gk bansos kapan cair? 😅 Tp yg penting ini dulu: kira2 siapa yg bisa tanyain ke kabupaten proyek culvertnya kapan lanjut? Admin grup kan kenal orang pemkab, plis diteruskan 🙏",
    ),
    _E(
        "twitter",
        "adpem",
        "@PemkabKukar min, jalan yg baru diaspal di Loa Janan Ilir udah bolong lagi, padahal baru 2 bulan 🙃 aspalnya tipis kek kerupuk. Ini kontraktornya gmn? plis dicek sblm makan korban #Kukar #jalanrusak",
    ),
    _E(
        "twitter",
        "adpem",
        "1/3 Thread soal gedung pusat kegiatan pemuda di Tenggarong Seberang yg katanya mau jadi tempat anak muda berkarya 🧵\n2/3 Dibangun dari 2022, sekarang malah jadi tempat kambing neduh. Meme 'expectation vs reality' paling cocok: render 3D kinclong vs foto tembok lumutan wkwk\n3/3 @PemkabKukar serius nanya: ini proyek lanjut gk? kalau putus kontrak, bilang aja biar kita gk ngarep. #KukarBerkarya",
    ),
    _E(
        "twitter",
        "adpem",
        "Quote: 'Semenisasi jalan desa di Kembang Janggut dimulai!' (postingan thn lalu)\n\nupdate min: dimulai iya, selesainya kapan? 🤡 baru 300 m dicor trus ditinggal, sisanya masih tanah merah. @PemkabKukar tolong dong dipantau progresnya, jangan cuma seremoni peletakan batu pertama",
    ),
]

_PBJ = [
    _E(
        "email",
        "pbj",
        "Yth. Pemerintah Kabupaten Kutai Kartanegara,\n\nSaya direktur CV kecil di bidang pengadaan alat tulis dan komputer yang baru berdiri awal 2025 di Tenggarong. Usia saya 26 tahun dan ini usaha pertama saya. Pada 14 Januari 2025 saya sudah mendaftar akun penyedia di layanan pengadaan elektronik Kukar dan menyerahkan berkas asli untuk verifikasi (akta, NIB, NPWP, KTP). Sampai 10 Februari status akun masih 'menunggu verifikasi', sehingga saya tidak bisa ikut dua paket pengadaan yang sebenarnya sesuai bidang usaha saya.\n\nSaya sudah menelepon helpdesk dua kali dan jawabannya selalu 'sabar, antre'. Mohon informasi berapa lama seharusnya proses verifikasi, apakah ada kekurangan berkas, dan kepada siapa saya bisa menanyakan. Kami pelaku usaha muda ingin ikut bersaing dengan cara yang benar.\n\nTerima kasih atas perhatiannya.\nHormat saya,\nDirektur CV",
    ),
    _E(
        "email",
        "pbj",
        "Kepada Yth. Pemkab Kukar\n\nKami dari forum pengusaha muda Kukar (anggota sekitar 60 orang, usia 20-35 tahun). Dalam rapat bulanan kami, banyak anggota mengeluhkan hal yang sama: paket-paket lelang nilai kecil dan menengah di Kukar sepanjang 2024 mayoritas dimenangkan oleh 4-5 perusahaan yang sama, sementara penawaran anggota kami yang harganya lebih rendah sering gugur di evaluasi teknis tanpa penjelasan rinci.\n\nKami tidak menuduh, tetapi kami meminta: (1) jadwal rencana paket lelang tahun 2025 diumumkan lebih awal; (2) alasan gugurnya penawaran dijelaskan secara terbuka di sistem; (3) ada forum tanya jawab berkala bagi penyedia lokal. Di luar itu kami juga sering kesulitan modal, tapi itu kami bahas dengan dinas koperasi.\n\nKami siap berdiskusi. Terima kasih.\n\nKetua Forum Pengusaha Muda",
    ),
    _E(
        "email",
        "pbj",
        "Selamat pagi,\n\nPerusahaan kami bergerak di jasa event organizer dan dikelola anak-anak muda Tenggarong. Kami ikut tender paket 'Jasa Penyelenggaraan Festival Pemuda Kukar 2025' dan dinyatakan kalah. Pada 22 April 2025 kami mengajukan sanggahan melalui sistem karena menurut kami pemenang tidak memenuhi syarat pengalaman. Menurut jadwal, jawaban sanggahan harusnya keluar paling lambat 27 April, tapi sampai hari ini (5 Mei) belum ada jawaban, dan kontrak sepertinya sudah ditandatangani.\n\nCatatan: pembayaran pekerjaan kami tahun lalu dari Setda juga masih tertunggak, tetapi itu urusan terpisah dan akan kami tanyakan sendiri. Yang kami mohon sekarang adalah kejelasan status sanggahan kami dan bagaimana prosesnya kalau jawaban tidak keluar sesuai jadwal.\n\nHormat kami,\nManajer operasional",
    ),
    _E(
        "whatsapp",
        "pbj",
        "ini sy rekam ya bu biar lebih jelas... sy punya usaha kecil kerajinan tenun ulap doyo sm souvenir di Tenggarong, karyawan sy anak2 muda semua. sy dengar skrg kantor2 pemerintah belanjanya lewat katalog online, e-katalog lokal gitu ya bu. nah sy pengen produk sy bisa masuk situ supaya kalo ada kantor mau beli cenderamata bisa langsung pesan. caranya gmn bu, daftarnya ke mana, syaratnya apa aja? sy udh tanya2 tp gk ada yg tau pasti. makasih bu",
    ),
    _E(
        "whatsapp",
        "pbj",
        "Pagi kak. Sy fresh graduate, baru buka usaha digital printing di Loa Janan sama 2 temen. Pengen bgt bisa jadi penyedia buat kantor pemerintah (spanduk, baliho, cetak buku). Sy baca harus daftar di sistem pengadaan online & SIKaP, tp bingung mulai dr mana. Usaha sy msh perorangan, blm CV. Bisa gk daftar? Ada jadwal sosialisasi gk kak? Tq 🙏",
    ),
    _E(
        "whatsapp",
        "pbj",
        "Pak tolong pak 🙏 td siang 12 Juni jam 13.30-15.10 website lelang Kukar gk bisa diakses sama sekali, error 502 terus. Deadline upload penawaran paket pengadaan meubel sekolah jam 15.00. Sy & bbrp temen penyedia gk bisa upload krn servernya down, bukan krn kami telat. Sdh sy screenshot smua + jamnya. Mohon ada perpanjangan waktu atau solusi pak, ini kami udh siapin berminggu2",
    ),
    _E(
        "web",
        "pbj",
        "Saya pemilik konsultan perencanaan muda (arsitek, 29 th) di Tenggarong Seberang. Tender jasa konsultansi perencanaan gedung perpustakaan daerah yang diumumkan 3 Maret 2025: dokumen pemilihannya tidak bisa diunduh (file rusak/0 KB) sampai hari ketiga. Lalu addendum yang mengubah syarat tenaga ahli baru muncul H-1 penutupan, sehingga kami tidak sempat menyesuaikan. Mohon jadwal tender ditinjau ulang dan dokumen diperbaiki supaya peserta punya kesempatan yang sama.",
    ),
    _E(
        "web",
        "pbj",
        "Saya ingin melaporkan dugaan kejanggalan pada tender pengadaan laptop untuk sekolah dasar (nilai HPS sekitar Rp 2,3 miliar) yang pemenangnya diumumkan akhir Juli. Perusahaan pemenang alamatnya di Muara Badak, tapi waktu saya cek ke lokasi itu hanya rumah tinggal kosong, dan dari data AHU perusahaannya baru berdiri 3 minggu sebelum tender. Saya juga peserta tender tersebut. Mohon proses evaluasi dan pembuktian kualifikasinya diperiksa ulang.",
    ),
    _E(
        "sms",
        "pbj",
        "Sy penyedia muda, akun spse sy terkunci krn salah password 3x. Udh email helpdesk lpse 1 minggu gk dibls. Mohon dibantu reset, ada tender yg mau sy ikuti.",
    ),
    _E(
        "sms",
        "pbj",
        "Pengumuman pemenang lelang paket seragam drumband SD kok gk muncul2 di web lelang, pdhl jadwalnya udh lewat 9 hari. Peserta bingung. Mohon info.",
    ),
    _E(
        "telegram",
        "pbj",
        "[Grup Pengusaha Muda Kukar]\nMin mau nanya serius nih. Knp ya belanja katering/snack kantor2 di Kukar lewat katalog online kok yg dipilih banyak penyedia dr luar daerah? Sy udh tayang produknya di katalog lokal dr Maret, harga bersaing, tp blm pernah sekalipun dapet pesanan. Admin tolong diteruskan ke yg ngurus pengadaan di pemkab, gmn caranya biar penyedia lokal kebagian 🙏",
    ),
    _E(
        "telegram",
        "pbj",
        "[Grup Karang Taruna Kota Bangun]\nUsul buat pemkab ya ges: banyak pemuda di sini punya usaha (bengkel las, percetakan, sewa tenda) tp kada paham cara ikut lelang online. Bukan pelatihan UMKM umum yg isinya bikin logo & jualan di medsos ya, itu udah sering. Yg kami perlukan pelatihan khusus daftar akun penyedia, upload dokumen kualifikasi, sampai cara masukin penawaran. Bisa gk diadakan di Kota Bangun? Tolong diteruskan min",
    ),
    _E(
        "twitter",
        "pbj",
        "@PemkabKukar min LPSE nya down lagi ya? dari pagi gk bisa login, padahal deadline upload penawaran jam 15.00 hari ini 😭 plis diperpanjang jadwalnya, jangan sampe yg salah server yg rugi penyedia",
    ),
    _E(
        "twitter",
        "pbj",
        "Quote: 'Pemkab Kukar umumkan pemenang tender rehab 12 gedung sekolah'\n\nTender 'terbuka' tapi pemenangnya itu-itu aja, lelang rasa arisan wkwk 🤡 min @PemkabKukar boleh dong hasil evaluasi penawarannya dibuka, biar kita yg kalah tau salahnya di mana",
    ),
    _E(
        "twitter",
        "pbj",
        "1/2 sy vendor pemula umur 24, pertama kali ikut tender pengadaan alat kebersihan di Kukar. udh upload dokumen kualifikasi lengkap, tp status tiba2 'gugur' tanpa alasan apa pun 😶\n2/2 @PemkabKukar kemana ya kita bisa tanya alasan gugurnya? mau belajar biar next time lolos, bukan mau ribut kok 🙏",
    ),
]

_ORGANISASI = [
    _E(
        "email",
        "organisasi",
        "Kepada Yth. Pemerintah Kabupaten Kutai Kartanegara\n\nDengan hormat,\nDivisi Kajian Kebijakan BEM kampus kami di Tenggarong pada 3-14 Februari 2025 melakukan pengamatan sederhana di kantor Dinas Kependudukan dan Pencatatan Sipil. Dari 112 responden (mayoritas mahasiswa dan pekerja muda), 71% tidak tahu berapa lama seharusnya pembuatan akta atau perubahan KK selesai, karena tidak ada papan informasi persyaratan, waktu dan biaya layanan di ruang tunggu. Rata-rata responden harus datang 2-3 kali karena berkas dinyatakan kurang, dengan alasan yang berbeda-beda dari petugas yang berbeda.\n\nKami memohon agar informasi persyaratan, lama proses, dan biaya (gratis) setiap layanan dipajang jelas di kantor dan di media sosial dinas, serta ada satu rujukan persyaratan yang dipakai semua petugas. Laporan lengkap kami lampirkan.\n\nHormat kami,\nKoordinator Divisi Kajian Kebijakan",
    ),
    _E(
        "email",
        "organisasi",
        "Selamat siang Bapak/Ibu,\n\nSaya lulusan SMK umur 19 tahun dari Loa Kulu. Tanggal 8 Juli 2025 saya mengurus kartu pencari kerja (kartu kuning) di kantor dinas tenaga kerja di Tenggarong karena butuh untuk lamaran ke perusahaan tambang. Di loket, petugas meminta Rp 50.000 'uang map dan administrasi'. Saya tanya apakah ada kuitansinya, katanya tidak ada, kalau tidak mau bayar silakan datang minggu depan. Karena butuh cepat akhirnya saya bayar. Teman-teman saya yang lain juga ditarik uang yang sama.\n\nSaya ingin tahu apakah layanan ini memang berbayar. Kalau tidak, saya mohon ini ditertibkan karena kami yang baru lulus dan belum kerja sangat terbebani. Saya siap memberikan keterangan lebih lanjut, asalkan identitas saya dirahasiakan.\n\nTerima kasih.",
    ),
    _E(
        "email",
        "organisasi",
        "Halo,\n\nSaya content creator kuliner dan baru mau buka kedai kopi kecil di Tenggarong bersama dua teman. Tanggal 2 Mei 2025 kami mengajukan perizinan usaha dan sertifikat standar lewat gerai perizinan di Mall Pelayanan Publik. Sampai 9 Juni, lima minggu lebih, belum ada kabar. Setiap kami datang jawabannya 'tunggu saja, masih diproses', tidak ada nomor pelacakan, tidak ada yang bisa menjelaskan di tahap mana berkas kami, bahkan sekali kami diminta mengisi formulir yang sama lagi karena berkas pertama 'tidak ketemu'.\n\nRencananya soft opening kami mau undang Pak Bupati juga, tapi itu nanti kami surati terpisah. Sekarang yang kami minta: kejelasan status izin kami dan berapa lama seharusnya layanan ini selesai sesuai aturan.\n\nTerima kasih,\nPemilik kedai",
    ),
    _E(
        "whatsapp",
        "organisasi",
        "ini sy rekam ya pak, sy lg di ruang tunggu kantor capil Tenggarong... jadi sy udh di sini dr jam 7 pagi, nomor antrean sy 34. loket baru buka jam 9 lewat, itu pun cuma 1 loket dr 4 yg ada orangnya. petugasnya main hp, ada yg makan di meja loket. sy izin kerja setengah hari buat ngurus ini pak, kalo gini terus bisa dipotong gaji sy. tolong lah pak diperbaiki pelayanannya, minimal jam bukanya tepat sm yg ditulis di pintu",
    ),
    _E(
        "whatsapp",
        "organisasi",
        "Pagi min. Mau lapor soal survei kepuasan yg QR code nya ditempel di loket kantor dinas perizinan. Sy scan kemarin mau kasih nilai jelek krn pelayanan lambat, tp link nya error 404. Trus sy liat sendiri petugasnya ngisiin survei di hp nya pake nama2 pengunjung, nilainya sangat puas semua 😅 Gmn mau jujur kalo gini. Oh iya baliho acara pak bupati di depan kantor itu jg typo nama desanya wkwk, tp itu lain soal. Yg ini tolong dibenerin ya, biar surveinya beneran dr masyarakat",
    ),
    _E(
        "whatsapp",
        "organisasi",
        "Assalamualaikum pak. Sy mau tanya, legalisir fotokopi ijazah SMA di kantor dinas pendidikan di Tenggarong itu bayar gk sih? Sy td disuruh bayar 20rb per lembar, sy perlu 10 lembar buat daftar kerja, jd 200rb. Gk dikasih kwitansi. Kawan sy di kecamatan lain katanya gratis. Mohon penjelasannya pak, kalo memang gk resmi tolong ditindak. Makasih",
    ),
    _E(
        "web",
        "organisasi",
        "Saya karyawan swasta usia 24 tahun. Di pintu Mall Pelayanan Publik Tenggarong tertulis jam layanan Jumat 08.00-14.00, tetapi Jumat 16 Mei 2025 jam 11.15 semua loket sudah tutup dan satpam bilang 'sudah biasa Jumat tutup siang'. Saya sudah izin dari kantor khusus untuk mengurus berkas. Mohon jam layanan yang diumumkan benar-benar dipatuhi, atau kalau memang berubah, diumumkan resmi supaya warga tidak buang waktu.",
    ),
    _E(
        "web",
        "organisasi",
        "Nama saya tertulis salah satu huruf di KK dan akta sejak kecil. Saya mengajukan perbaikan di loket layanan Disdukcapil di Muara Badak sudah 3 kali (Januari, Maret, April 2025). Pertama ditolak karena kurang surat pengantar, kedua karena ijazah harus dilegalisir, ketiga karena harus ada surat keterangan dari sekolah, padahal dua kali sebelumnya tidak disebut. Kenapa persyaratannya berubah-ubah tergantung petugas? Mohon ada daftar persyaratan yang jelas dan tetap.",
    ),
    _E(
        "sms",
        "organisasi",
        "Pak petugas loket di kantor dinas perhubungan minta uang rokok 100rb biar berkas izin trayek angkot ortu sy cpt selesai. Ini resmi ato gmn? Mhn ditindak.",
    ),
    _E(
        "sms",
        "organisasi",
        "Antrean online capil Tenggarong kuotanya habis 1 menit stlh dibuka tiap hr, trs ada calo di depan kantor jual slot 50rb. Tlg dibenahi sistemnya.",
    ),
    _E(
        "telegram",
        "organisasi",
        "[Grup Mahasiswa Kukar Samarinda]\nGes ada yg tau gk bikin KIA (kartu identitas anak) normalnya brp hari? adek sy udh 1 bln lebih blm jadi, tiap ditanya 'blanko habis' trs 'printer rusak' 🙄 Admin kan sering forward ke pemkab, tolong sekalian sampein ya: kami cuma minta kejelasan waktu layanan & kalo emang ada kendala diumumin, jgn digantung gini",
    ),
    _E(
        "telegram",
        "organisasi",
        "[Grup Karang Taruna Kec. Tenggarong]\nUsulan dari kami buat pemkab: kenapa tiap urusan di kantor dinas masih wajib fotokopi KTP/KK 3 rangkap + materai, padahal data kita udh ada di sistem & bisa dicek pakai NIK? Udh 2025 lho. Banyak pemuda males ngurus izin krn ribet bolak-balik. Tolong prosedur pelayanan disederhanakan & dibikin bisa dipantau online. Trus soal jalan ke kantor lurah yg berlubang itu nanti kita bahas di musrenbang aja.",
    ),
    _E(
        "twitter",
        "organisasi",
        "@PemkabKukar min, ngurus rekomendasi di kantor dinas disuruh balik besok udah 4x. alasannya selalu 'bapaknya lagi dinas luar' 🙃 auto cuti kerja terus nih. gk ada pejabat pengganti yg bisa tanda tangan kah?",
    ),
    _E(
        "twitter",
        "organisasi",
        "POV: kamu nanya syarat izin usaha ke 3 petugas beda di kantor yg sama, jawabannya 3 versi 🤡🤡🤡\n\n@PemkabKukar plis bikin standar yg jelas & ditempel di loket, biar kita gk kayak main tebak-tebakan #pelayananpublik #Kukar",
    ),
    _E(
        "twitter",
        "organisasi",
        "1/3 pengalaman ngurus surat izin praktik perawat di Tenggarong, thread 🧵\n2/3 berkas masuk 3 Feb, janji 14 hari kerja. sekarang udah 2 bulan, status di aplikasinya 'verifikasi' terus. ditelepon gk diangkat, datang langsung disuruh tunggu.\n3/3 akhirnya ada yg nawarin 'jalur cepat' 300rb 🙂 gk sy ambil. @PemkabKukar ini gimana ya?",
    ),
]

_UMUM = [
    _E(
        "email",
        "umum",
        "Kepada Yth. Pengelola Kantor Bupati Kutai Kartanegara\n\nDengan hormat,\nKami dari Ikatan Mahasiswa Kukar berencana mengadakan Seminar Kepemudaan bertema literasi digital pada Sabtu, 23 Agustus 2025, pukul 08.00-13.00 WITA, dengan peserta sekitar 120 orang. Kami ingin meminjam salah satu ruang rapat atau aula di kompleks Kantor Bupati di Tenggarong.\n\nMohon informasi: (1) ruangan mana yang bisa dipinjam untuk kapasitas tersebut; (2) bagaimana prosedur dan syarat peminjamannya, apakah cukup dengan surat permohonan; (3) apakah tanggal tersebut masih kosong; dan (4) apakah peminjam boleh membawa sound system sendiri.\n\nKami juga berharap Bapak Bupati berkenan membuka acara, namun permohonan tersebut akan kami sampaikan melalui surat tersendiri. Atas perhatiannya kami ucapkan terima kasih.\n\nHormat kami,\nKetua Panitia",
    ),
    _E(
        "email",
        "umum",
        "Yth. Pemkab Kukar,\n\nSaya jurnalis muda di media online lokal. Kamis, 15 Mei 2025, saya meliput kegiatan di kantor bupati Tenggarong dan memarkir motor di parkiran samping gedung utama. Saat kembali sekitar pukul 14.00, helm dan jas hujan saya hilang dari motor. Beberapa rekan wartawan dan tamu lain mengalami hal serupa bulan ini. Selain itu, di parkiran tersebut ada orang yang memungut Rp 5.000 tanpa karcis dan tanpa seragam, padahal saya pernah dengar parkir di kantor bupati gratis.\n\nSaya mohon pengamanan area parkir kantor bupati diperketat (misalnya CCTV dan petugas jaga yang jelas), dan juru parkir yang menarik uang itu ditertibkan. Terima kasih.",
    ),
    _E(
        "email",
        "umum",
        "Assalamualaikum wr. wb.\n\nKami Karang Taruna Desa Bukit Raya, Tenggarong Seberang. Pada 3 Maret 2025 kami mengantar langsung surat permohonan dukungan kegiatan bakti sosial ke kantor bupati, diterima di meja depan oleh petugas perempuan, tapi kami tidak diberi tanda terima atau nomor agenda. Tanggal 24 Maret kami tanyakan, katanya surat kami tidak tercatat di buku surat masuk. Ketua kami sudah tiga kali bolak-balik dari desa.\n\nKami mohon bantuan mengecek keberadaan surat tersebut, dan ke depannya setiap surat yang masuk diberikan tanda terima supaya bisa dilacak. Kalau memang hilang, mohon kami diberitahu sehingga bisa kami kirim ulang.\n\nWassalamualaikum,\nSekretaris Karang Taruna",
    ),
    _E(
        "whatsapp",
        "umum",
        "ini sy rekam ya bu... td sy ikut acara forum anak muda di kantor bupati, trs ke toilet di lobi gedung utama. astaga bu, airnya mati, klosetnya kotor bgt, tisu gk ada, baunya sampe ke lorong. tamu dr luar daerah jg pada ngeluh. masa kantor bupati begini bu, malu kita. tolong petugas kebersihannya dicek ya, apalagi minggu depan ada acara lagi",
    ),
    _E(
        "whatsapp",
        "umum",
        "Slmt mlm pak. Sy mau lapor, hari Minggu 20 Juli sore sy liat mobil dinas plat merah yg ada logo kantor bupati parkir di pantai Samboja, isinya anak2 muda lagi party, musiknya kenceng, ada botol2 juga 😬 fotonya sy lampirkan ya pak, plat nya kelihatan. Mobil dinas kan gk buat pribadi apalagi hari libur. Tolong dicek siapa yg pegang mobilnya pak",
    ),
    _E(
        "whatsapp",
        "umum",
        "Pagi kak. Sy dr komunitas fotografi muda Tenggarong. Tgl 2 Juni kami udh masukin surat mau pinjam ruang serbaguna di kompleks kantor bupati buat pameran foto tgl 28-29 Juni. Udh 2 minggu blm ada jawaban diizinin apa gk, pdhl kami hrs cetak foto & sebar undangan 😅 Bisa dibantu cek status peminjamannya kak? Klo gk bisa, kami cari tempat lain. Makasih",
    ),
    _E(
        "web",
        "umum",
        "Saya mahasiswa, Senin 7 April 2025 sekitar pukul 10.00 hendak mengantar berkas ke salah satu ruangan di kantor bupati. Di gerbang saya dilarang masuk oleh petugas jaga karena memakai sandal dan dibentak di depan orang banyak, tanpa diberi tahu aturannya di mana atau ada alternatif titip berkas. Saya paham ada aturan berpakaian, tetapi mohon petugas keamanan kantor bupati menyampaikannya dengan sopan dan aturannya dipasang di gerbang.",
    ),
    _E(
        "web",
        "umum",
        "Lampu penerangan di area parkir belakang kantor bupati Tenggarong sudah padam sekitar sebulan. Minggu lalu saya dan teman-teman perempuan pulang acara malam sekitar pukul 21.30, areanya gelap total dan ada beberapa orang nongkrong yang tidak jelas. Kami merasa tidak aman. Mohon lampunya segera diperbaiki dan ada petugas jaga di area parkir saat ada kegiatan malam.",
    ),
    _E(
        "sms",
        "umum",
        "Parkiran kantor bupati pagi2 udh penuh mobil pribadi pegawai, tamu yg mau urusan gk kebagian tempat, sampe parkir di pinggir jln. Tlg diatur.",
    ),
    _E(
        "sms",
        "umum",
        "Td sy antar surat ke kantor bupati, petugas surat masuk gk mau terima krn amplopnya bukan coklat & gk ada map. Aturan dr mana pak? Sy dr Kenohan jauh2.",
    ),
    _E(
        "telegram",
        "umum",
        "[Grup Forum Anak Kukar]\nLaporan buat panitia & mohon diteruskan: sesi forum anak kemarin di ruang rapat lantai 2 kantor bupati AC nya mati total, plafon bocor netes ke meja peserta pas hujan 🥵☔ Sesi lanjutan tgl 14 nanti masih di ruangan yg sama. Bisa tolong diperbaiki dulu sblm itu? Kasian anak2 SD-SMP yg ikut",
    ),
    _E(
        "telegram",
        "umum",
        "[Grup Relawan Bersih Tenggarong]\nGes, td kita lewat belakang gedung kantor bupati deket kantin, sampah numpuk bgt udh kayak TPS, bau nya nyengat, ada anjing liar ngacak2. Ini kan kantor pusat pemerintahan masa begini 😅 Ada yg punya kontak pengelola gedungnya? Tolong dibersihin rutin. Btw soal dana hibah buat komunitas kita masih belum ada kabar, tp itu nanti aja",
    ),
    _E(
        "twitter",
        "umum",
        "@PemkabKukar min, mobdin plat merah KT 1xxx dari kantor bupati minggu kemarin dipake jemput anak les + mampir mall di Samarinda 🙃 ini BBM nya dr pajak kita kan? plis dicek pemakaiannya",
    ),
    _E(
        "twitter",
        "umum",
        "Baru tau ruangan di kompleks kantor bupati Kukar bisa dipinjem buat acara komunitas? 👀 @PemkabKukar caranya gmn min, surat ke mana, bayar gk? mau bikin workshop desain gratis buat pelajar",
    ),
    _E(
        "twitter",
        "umum",
        "lift gedung kantor bupati rusak lagi, auto cardio naik ke lantai 4 wkwk 🥲 ada ibu hamil sm bapak2 pake tongkat juga tadi ngos2an. @PemkabKukar tolong segera diperbaiki ya min",
    ),
]

_PROKOM = [
    _E(
        "email",
        "prokom",
        "Kepada Yth. Bupati Kutai Kartanegara\nc.q. Sekretariat Daerah\n\nDengan hormat,\nKami dari Aliansi Mahasiswa Kukar bermaksud memohon waktu untuk bertemu dan berdialog langsung dengan Bapak Bupati terkait sulitnya lulusan muda asal Kukar mendapatkan pekerjaan di perusahaan yang beroperasi di daerah sendiri. Kami telah menyusun kajian singkat dan rekomendasi yang ingin kami serahkan secara langsung.\n\nDelegasi kami berjumlah 15 orang. Kami mengusulkan waktu pada pekan kedua Oktober 2025, namun kami menyesuaikan dengan jadwal Bapak Bupati. Mohon informasi apakah permohonan ini dapat diterima dan kepada siapa kami berkoordinasi mengenai waktu dan tempatnya.\n\nAtas perhatian Bapak, kami ucapkan terima kasih.\n\nHormat kami,\nKoordinator Aliansi Mahasiswa Kukar",
    ),
    _E(
        "email",
        "prokom",
        "Yth. Pemerintah Kabupaten Kutai Kartanegara\n\nKarang Taruna Kecamatan Loa Kulu akan menggelar Festival Pemuda Loa Kulu pada Minggu, 12 Oktober 2025, di lapangan Desa Loa Kulu Kota, berisi lomba band, bazar UMKM pemuda, dan penanaman pohon. Kami sudah mengirim surat undangan untuk Bapak Bupati membuka acara tersebut pada 15 September, tetapi hingga kini belum ada konfirmasi.\n\nMohon kabar apakah Bapak Bupati berkenan hadir, atau akan diwakili oleh pejabat lain, agar kami bisa menyiapkan susunan acara, tempat duduk tamu dan naskah sambutan. Jika ada ketentuan teknis untuk kehadiran pimpinan (misalnya durasi atau posisi panggung), kami siap menyesuaikan.\n\nHormat kami,\nKetua Panitia Festival Pemuda Loa Kulu",
    ),
    _E(
        "email",
        "prokom",
        "Selamat siang,\n\nSaya pemimpin redaksi sebuah media online yang dikelola jurnalis muda di Tenggarong (terverifikasi administratif sejak 2024). Sejak Juni 2025 media kami tidak lagi dimasukkan ke grup informasi wartawan pemkab, tidak mendapat rilis resmi kegiatan pimpinan, dan dua kali tidak diberi akses masuk konferensi pers di kantor bupati dengan alasan 'daftar media sudah penuh'. Kami tidak pernah diberi penjelasan kenapa.\n\nSoal tagihan kerja sama publikasi tahun lalu yang belum dibayar itu urusan lain, nanti kami tanyakan sendiri. Yang kami minta sekarang: kejelasan kriteria media yang diundang ke jumpa pers dan mendapat rilis, serta agar media kami dimasukkan kembali ke daftar jika memenuhi syarat.\n\nTerima kasih,\nPemimpin Redaksi",
    ),
    _E(
        "whatsapp",
        "prokom",
        "ini sy rekam ya kak... sy rapper lokal dr Tenggarong, followers sy di tiktok lumayan lah 40rban. sy pengen bikin lagu ttg Kukar sama video klip, trs kepikiran ngajak pak bupati muncul sebentar di video, atau collab konten di akun resmi beliau gitu kak. biar anak2 muda lebih deket sm pemimpinnya. ngajuinnya ke mana ya kak, kontak admin medsos pimpinan ada gk? makasih kak",
    ),
    _E(
        "whatsapp",
        "prokom",
        "Pak, postingan IG resmi bupati kemarin soal peresmian jembatan salah tulis nama desa, harusnya Desa Sebulu Ilir tp ditulis Sebulu Ulu, tanggalnya jg salah 😅 Warga kami komen ngoreksi baik2 malah komennya dihapus. Tolong postingannya dikoreksi pak, jangan hapus komen warga, kami cuma mau infonya benar",
    ),
    _E(
        "whatsapp",
        "prokom",
        "Assalamualaikum pak. Sy orang tua salah satu anggota paskibra kabupaten, anak sy umur 16. Pas upacara 17 Agustus kemarin di Tenggarong, kami keluarga paskibra gk dikasih tempat duduk sama sekali, disuruh berdiri di luar tenda panas2an, sementara kursi tamu banyak yg kosong. Anak2 bubuhan paskibra latihan 2 bulan, masa ortunya gk boleh lihat dr dekat. Tolong tahun depan pengaturan tempat upacaranya diperbaiki pak",
    ),
    _E(
        "web",
        "prokom",
        "Saya mahasiswi Ilmu Komunikasi yang sedang menulis skripsi tentang retorika pidato kepala daerah di Kalimantan Timur. Saya membutuhkan naskah atau rekaman lengkap sambutan Bupati Kukar pada upacara Hari Jadi Kota Tenggarong 28 September 2024 dan pembukaan acara pemuda pada Oktober 2024. Di kanal resmi hanya ada potongan pendek. Ke mana saya bisa mengajukan permohonan naskah/rekaman tersebut dan apa syaratnya?",
    ),
    _E(
        "web",
        "prokom",
        "Siaran langsung upacara Hari Jadi Kota Tenggarong di kanal YouTube resmi pemkab kemarin terputus berkali-kali, suaranya hilang saat sambutan bupati, dan tidak ada juru bahasa isyarat sama sekali. Saya relawan komunitas tuli muda di Tenggarong; teman-teman kami tidak bisa mengikuti acaranya. Mohon siaran acara resmi pimpinan berikutnya disiapkan lebih baik dan menyertakan juru bahasa isyarat atau teks.",
    ),
    _E(
        "sms",
        "prokom",
        "Assalamualaikum, sy ketua OSIS SMA di Muara Kaman. Kami mau undang pak bupati hadir di pentas seni sekolah tgl 20 Nov. Undangannya ditujukan ke mana & brp lama sblmnya hrs dikirim?",
    ),
    _E(
        "sms",
        "prokom",
        "Akun IG resmi pak bupati kok komentar kritik mahasiswa soal banjir dihapus & akunnya diblokir. Medsos resmi kan buat dengar warga. Tlg dibuka lg.",
    ),
    _E(
        "telegram",
        "prokom",
        "[Grup Jurnalis Muda Kukar]\nRekan2, ada yg dapet jadwal kegiatan pak bupati minggu ini? Dulu tiap Senin dikirim ke grup ini, skrg udh 3 minggu gk ada, kita taunya acara dr story IG orang doang 😩 Admin yg dr humas pemkab mohon agenda pimpinan dishare lagi ya biar kita bisa atur liputan",
    ),
    _E(
        "telegram",
        "prokom",
        "[Grup Panitia Youth Camp Kukar 2025]\nMin, mohon bantu sampaikan ke pemkab: pak bupati kan berhalangan hadir di penutupan Youth Camp tgl 9 Nov di Tabang krn jauh & jadwalnya padat. Kami boleh gk minta video sambutan singkat 1-2 menit dr beliau buat diputar pas penutupan? Kalo boleh, kami kirim poin2 kegiatannya. Soal jalan ke lokasi camp yg rusak parah itu juga nanti kami laporin terpisah 😅",
    ),
    _E(
        "twitter",
        "prokom",
        "@PemkabKukar min, kita bubuhan mahasiswa Kukar di Jogja pengen ketemu & dialog sama pak bupati pas beliau kunjungan ke Jogja bulan depan, bisa gk? udah siapin tempat di asrama 🙏 DM dibuka ya min",
    ),
    _E(
        "twitter",
        "prokom",
        "Admin IG pimpinan kita lebih cepet hapus komen daripada bales DM 🤡 udah 2 minggu nanya jadwal open house lebaran pak bupati buat warga, gk dibales tp komen sy ilang. @PemkabKukar plis dong admin medsos resmi nya responsif",
    ),
    _E(
        "twitter",
        "prokom",
        "Quote: infografis 'Capaian Pembangunan Kukar 2024' dari akun resmi pimpinan\n\nmin ini typo apa gmn? angka panjang jalan mantap 1.200 km, di postingan bulan lalu 870 km 🤔 jalan rusak di desa sy juga gk keliatan 'mantap' wkwk. @PemkabKukar tolong diklarifikasi & dikoreksi postingannya ya",
    ),
]

_PERENCANAAN_KEUANGAN = [
    _E(
        "email",
        "perencanaan_keuangan",
        "Kepada Yth. Sekretariat Daerah Kabupaten Kutai Kartanegara\n\nDengan hormat,\nSaya pemilik usaha katering rumahan di Tenggarong yang saya jalankan bersama adik-adik saya (usia 22-28 tahun). Pada 5-7 Agustus 2025 kami menyediakan konsumsi rapat koordinasi di lingkungan Sekretariat Daerah sesuai pesanan tertulis, senilai Rp 18.750.000. Tagihan beserta kuitansi, nota, foto kegiatan dan daftar hadir sudah kami serahkan pada 12 Agustus 2025.\n\nSampai hari ini, 10 November 2025, pembayaran belum kami terima. Setiap kami bertanya, jawabannya 'masih proses'. Modal bahan baku kami pinjam dari koperasi dan bunganya terus berjalan.\n\nMohon informasi kendala pembayaran tagihan kami dan perkiraan kapan dana dapat dicairkan. Kami siap melengkapi dokumen jika ada yang kurang.\n\nHormat kami,\nPemilik usaha katering",
    ),
    _E(
        "email",
        "perencanaan_keuangan",
        "Halo Bapak/Ibu,\n\nSaya videografer freelance (25 th) yang diminta membuat video dokumentasi dan after movie untuk tiga kegiatan Setda Kukar pada Mei-Juni 2025, total nilai Rp 12.500.000 sesuai surat pesanan. Pekerjaan sudah selesai dan dipakai di akun resmi. Masalahnya, berkas pertanggungjawaban yang diminta dari saya sudah dikembalikan 3 kali untuk revisi: pertama format kuitansi, kedua harus ada materai baru, ketiga minta NPWP dicantumkan di kop, padahal semua bisa disampaikan sekaligus dari awal. Sampai sekarang honor saya belum cair.\n\nSaya mohon ada daftar kelengkapan yang pasti dari pengelola keuangan, dan kepastian kapan pembayaran dilakukan.\n\nTerima kasih,\nVideografer",
    ),
    _E(
        "email",
        "perencanaan_keuangan",
        "Assalamualaikum,\n\nSaya tenaga kontrak yang bekerja di salah satu unit di Sekretariat Daerah sejak 2023, umur 27 tahun. Honor bulan September dan Oktober 2025 untuk kami belum dibayar, sementara kata teman-teman di dinas lain honor mereka sudah masuk. Kami berjumlah sekitar 30 orang, kebanyakan anak muda yang masih bayar kos dan cicilan motor.\n\nKami juga sering disuruh mengantar pimpinan pakai mobil dinas di luar jam kerja tanpa uang lembur, tapi hal itu biarlah. Yang paling mendesak: kapan honor dua bulan itu dibayarkan dan apa penyebab keterlambatannya? Kami tidak berani bertanya langsung karena takut kontrak tidak diperpanjang, jadi mohon identitas saya dirahasiakan.\n\nTerima kasih.",
    ),
    _E(
        "whatsapp",
        "perencanaan_keuangan",
        "ini sy rekam ya pak biar gk panjang ngetik... sy staf muda di Setda, bulan Juni kemarin sy dinas ke Jakarta 4 hari dampingi rapat di kementerian. tiket pesawat sm hotel sy talangin dulu pakai uang pribadi, totalnya 4,2 juta. laporan perjalanan sm bukti2 udh sy serahin awal Juli. sampe skrg September blm diganti pak. gaji sy segitu2 aja, itu tabungan sy. tolong dibantu kapan bisa cair ya pak",
    ),
    _E(
        "whatsapp",
        "perencanaan_keuangan",
        "Siang kak. Sy MC yg bawain acara rapat kerja di Setda tgl 17 April kemarin. Honor MC nya dijanjiin Rp 1.500.000, udh 3 bln blm ditransfer. Trs pas ditanya katanya nanti dipotong pajak, tp gk dijelasin brp persen. Sy masih mahasiswa kak, itu buat bayar UKT 🥲 Mohon info kapan cair & rinciannya ya kak, makasih",
    ),
    _E(
        "whatsapp",
        "perencanaan_keuangan",
        "Assalamualaikum pak/bu. Kami 6 mahasiswa magang di Sekretariat Daerah Kukar sejak Agustus. Waktu awal dijanjikan uang transport Rp 500.000 per bulan, tp Agustus & September blm dibayar sama sekali. Kami ada yg dr Loa Janan & Tenggarong Seberang tiap hari bolak balik pake bensin sendiri. Mohon kejelasannya apakah uang transport itu memang ada anggarannya & kapan dibayar. Terima kasih 🙏",
    ),
    _E(
        "web",
        "perencanaan_keuangan",
        "Saya ASN muda di lingkungan Sekretariat Daerah Kukar. TPP kami untuk bulan Januari-Maret 2025 baru dibayar pertengahan Mei, dan nilainya terpotong sekitar 30% tanpa penjelasan tertulis. Rekan di unit lain mendapat potongan yang berbeda-beda. Saya mohon penjelasan dasar perhitungan dan potongan TPP tersebut, serta jadwal pembayaran yang pasti untuk bulan-bulan berikutnya.",
    ),
    _E(
        "web",
        "perencanaan_keuangan",
        "Usaha percetakan saya (dikelola bersama teman kuliah) mencetak spanduk, backdrop dan ID card untuk 5 acara di lingkungan Setda Kukar sepanjang Oktober-Desember 2024, total Rp 27.300.000. Semua tagihan sudah kami serahkan ke bendahara pada 20 Desember 2024. Sudah lewat tahun anggaran dan sampai Maret 2025 belum dibayar. Kami mohon kejelasan apakah tagihan kami masih bisa dibayar dan kapan.",
    ),
    _E(
        "sms",
        "perencanaan_keuangan",
        "Slmt siang, honor sy sbg narasumber pelatihan medsos utk staf Setda tgl 14 Mei blm cair, udh 2 bln. Mohon dicek ke pengelola keuangan. Trims",
    ),
    _E(
        "sms",
        "perencanaan_keuangan",
        "Pak sy anggota panitia kontrak acara HUT di Setda, uang honor panitia & lembur 3 mlm blm dibayar smp skrg. Kapan ya? Teman2 jg nanya.",
    ),
    _E(
        "telegram",
        "perencanaan_keuangan",
        "[Grup Pegawai Muda Setda]\nIzin curhat ges 😮‍💨 format SPJ kegiatan ganti tiap bulan, bulan lalu pake template A, skrg disuruh ulang pake template B, jadi honor kegiatan kita nyangkut terus gk cair2. Tolong dong yg di keuangan bikin satu format baku & diumumin dr awal taun, biar pembayaran honor gk molor. Sekalian itu AC ruangan kita mati lagi, tp urusan itu nanti aja",
    ),
    _E(
        "telegram",
        "perencanaan_keuangan",
        "[Grup Vendor Event Tenggarong]\nUpdate buat temen2: sewa sound system & lighting kami buat acara Setda tgl 30 Juni (Rp 8.400.000) blm dibayar juga. Dulu kami pernah ikut lelang online buat paket lain tp kalah, itu beda cerita. Yg ini langsung dipesan Setda. Ada yg tau harus nanya ke siapa di bagian keuangannya? Mau tanya tagihan kami udh sampe mana 🙏",
    ),
    _E(
        "twitter",
        "perencanaan_keuangan",
        "@PemkabKukar min, vendor kecil kaya kami nalangin dulu konsumsi acara Setda Rp 9 juta, udh 4 bulan blm dibayar 🙏 UMKM anak muda bisa gulung tikar lho min. tolong dicek tagihannya ya",
    ),
    _E(
        "twitter",
        "perencanaan_keuangan",
        "1/2 Jadi fotografer dokumentasi acara pelantikan & rapat di Setda Kukar bulan Februari, invoice Rp 6,5 juta, sampe sekarang Juli belum dibayar 📸💸\n2/2 ditanya katanya 'SPJ nya belum beres', padahal berkas dari sy udh lengkap semua. @PemkabKukar plis kejelasannya min, sy freelancer bukan sultan",
    ),
    _E(
        "twitter",
        "perencanaan_keuangan",
        "Gaji honorer di Setda Kukar telat lagi bulan ini, auto makan mie instan sebulan wkwk 🥲🍜 @PemkabKukar kapan cair min? kos udah ditagih ibu kos tiap hari",
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
