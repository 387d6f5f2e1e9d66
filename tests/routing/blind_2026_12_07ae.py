# ruff: noqa: E501
"""Blind set written 2026-12-07 (thirty-first of the day) for issue 16: an ordinary week of the complaint service on every channel, written the ways Kukar citizens really write: two-line SMS to long e-mails, whole situations before the request, two or three problems and one request, the wrong office named, anger, politeness, confusion, sarcasm; formal and informal Indonesian, Banjar and Kutai; every district. 15 cases per section; per section 3 email, 3 whatsapp, 3 web, 2 sms, 2 telegram, 2 twitter (36 each of email, whatsapp and web, 24 each of sms, telegram and twitter). Written by two helper sessions, six sections each, with the same instructions, and joined into this file unread.

Written without reading config.yaml, routing/ or tests/routing/; each case is labelled only from
the mandates in docs/sections.md.

Scored ONCE, blind, with the rules of main 4b1c022 (this file committed unread in that commit;
after the tuning on 2026-12-07y, z, ab, aa, ac and ad), on 2026-12-08 at 00:34 UTC: 162/180
correct = 90.0% (Wilson 95% interval 84.7%-93.6%), one fallback (#47). Per channel: email
31/36 = 86.1%, sms 23/24, telegram 21/24, twitter 24/24, web 32/36, whatsapp 31/36. The rules
of 5fbef44 (the session's start) place 163/180 (email 32/36): the night's changes lost #61
(perekonomian -> adpem) and moved nothing else.
The errors (index in CASES, label -> got): #12 pemerintahan -> prokom, #19 kesra -> organisasi,
#25 kesra -> perekonomian, #41 hukum -> adpem, #47 kerjasama -> fallback, #52 kerjasama ->
hukum, #53 kerjasama -> kesra, #61 perekonomian -> adpem, #93 adpem -> sda, #113 pbj -> prokom,
#120 organisasi -> perencanaan_keuangan, #123 organisasi -> sda, #124 organisasi -> hukum, #127
organisasi -> sda, #147 umum -> adpem, #150 prokom -> sda, #166 perencanaan_keuangan -> umum,
#170 perencanaan_keuangan -> organisasi.
"""

from __future__ import annotations

from tests.routing.case import Case

_PEMERINTAHAN = [
    Case(
        "email",
        "pemerintahan",
        "Perihal: Permohonan fasilitasi penegasan batas Desa Bukit Raya dan Desa Kerta Buana\n\nYth. Bapak/Ibu di Sekretariat Daerah Kabupaten Kutai Kartanegara,\n\nDengan hormat, kami warga RT 09 Desa Bukit Raya, Kecamatan Tenggarong Seberang, menyampaikan keluhan sebagai berikut. Sejak Agustus 2024 patok batas antara Desa Bukit Raya dan Desa Kerta Buana di sekitar jalan tani km 4 dipindahkan oleh pihak yang tidak kami ketahui, kira-kira 300 meter ke arah kampung kami. Akibatnya sekitar 27 KK yang selama ini tercatat di Bukit Raya sekarang didata juga oleh Desa Kerta Buana, baik untuk BLT maupun PBB. Ada warga yang menerima tagihan PBB dari dua desa sekaligus.\n\nKami sudah dua kali musyawarah di kantor desa (12 September dan 3 Oktober 2024) dan sekali di kantor camat, tetapi kedua kepala desa tetap berpegang pada peta masing-masing. Pak Camat menyarankan kami menyurat ke kabupaten karena penetapan batas desa ditetapkan dengan Peraturan Bupati.\n\nKami mohon tim dari kabupaten turun ke lapangan bersama kedua desa untuk menelusuri dan menegaskan batas, supaya warga tidak bingung lagi harus mengurus surat ke desa yang mana.\n\nTerlampir foto patok lama dan patok baru serta daftar 27 KK.\n\nHormat kami,\nSuparman (Ketua RT 09)\nDesa Bukit Raya\nHP 0812-5543-2198",
    ),
    Case(
        "email",
        "pemerintahan",
        "Subject: Keberatan atas Daftar Pemilih Tetap pemilihan kepala desa Sabintulung\n\nKepada Yth. Bapak Bupati Kutai Kartanegara\nc.q. Sekretariat Daerah\n\nAssalamualaikum wr. wb.\n\nSaya Muhammad Rizal, calon kepala desa nomor urut 2 di Desa Sabintulung, Kecamatan Muara Kaman. Pemungutan suara dijadwalkan tanggal 14 Desember. Pada 20 November panitia desa mengumumkan DPT sebanyak 1.412 orang. Setelah kami cocokkan dengan data RT, ada sekitar 96 nama yang sudah lama pindah ke Samarinda dan Bontang, 11 orang sudah meninggal dunia, dan 23 nama tercatat ganda.\n\nKeberatan tertulis sudah kami serahkan ke panitia pada 22 November, tetapi panitia menjawab DPT sudah dikunci dan tidak bisa diubah. Kami khawatir nama-nama itu dipakai orang lain saat pencoblosan. Kami sempat bertanya ke BPD, jawabannya itu wewenang panitia tingkat kabupaten.\n\nMohon panitia kabupaten meninjau ulang DPT desa kami sebelum hari pemungutan suara, atau setidaknya memberi petunjuk tertulis kepada panitia desa. Kami tidak minta diistimewakan, hanya ingin pemilihan berjalan bersih.\n\nWassalamualaikum wr. wb.\nMuhammad Rizal\nRT 04 Desa Sabintulung",
    ),
    Case(
        "email",
        "pemerintahan",
        "Judul: Kepala Desa Genting Tanah tidak pernah di tempat\n\nSelamat siang Bapak/Ibu,\n\nMohon maaf kalau email ini panjang. Saya warga Desa Genting Tanah, Kecamatan Kembang Janggut. Kampung kami jauh, dari Tenggarong bisa 6-7 jam kalau jalan sedang bagus, dan kalau hujan jalan dari simpang sampai ke desa tidak bisa dilewati mobil. Itu masalah lama, dan bukan itu yang mau saya sampaikan sekarang.\n\nYang jadi masalah, sejak bulan Maret kepala desa kami hampir tidak pernah ada di desa. Kabarnya beliau tinggal di Samarinda karena sakit, tetapi tidak ada pemberitahuan resmi kepada warga. Kantor desa hanya buka kalau sekretaris desa datang, itu pun dua kali seminggu. Surat pengantar nikah, surat untuk sekolah, surat jual beli kebun, semuanya tertunda karena menunggu tanda tangan kades. Musyawarah desa untuk RKP Desa 2025 sampai sekarang belum dilaksanakan.\n\nKami sudah melapor ke camat bulan Juni. Camat bilang sedang dibina. Sampai Oktober tidak ada perubahan.\n\nPermintaan kami: tolong dievaluasi status kepala desa kami, dan kalau memang beliau berhalangan lama, ditunjuk pelaksana tugas supaya urusan desa bisa berjalan lagi.\n\nTerima kasih.\nYohanes L.\nRT 03 Desa Genting Tanah",
    ),
    Case(
        "whatsapp",
        "pemerintahan",
        "Siang min, mau nanya sekaligus komplain. Gue warga RT 21 Kel. Loa Ipuh, Tenggarong. Minggu kemaren ada pemilihan ketua RT baru tapi yg dateng cuma 14 KK dari 63 KK, undangannya juga baru disebar H-1 lewat grup WA doang. Terus yg kepilih ya ponakannya ketua RT lama \U0001f605\nPas warga protes ke kelurahan, katanya udah sah karena ada berita acaranya. Emang aturannya gitu ya min? Ga ada kuorum2an? Tolong dong dicek, kami minta pemilihannya diulang yg bener. Bukan mau ribut, cuma pengen adil aja.",
    ),
    Case(
        "whatsapp",
        "pemerintahan",
        "Assalamualaikum, maaf mengganggu. Ulun Rusdi, kepala dusun di Desa Salo Palai, Muara Badak. Bubuhan warga dusun kami sudah mengusulkan pemekaran jadi desa persiapan sejak 2022, berkasnya sudah lengkap, ada peta wilayah, penduduk 1.800 jiwa labih, persetujuan BPD jua sudah. Tapi sampai wayah ini kadada kabar. Ditakunakan ke kecamatan, jar sidin berkas sudah dikirim ke kabupaten. Ditakunakan ke DPMD, jar masih menunggu. Ulun handak tahu banar posisi usulan kami nih di mana, masih diproses kah atau sudah kada dilanjut? Warga batakun terus ka ulun. Makasih banyak.",
    ),
    Case(
        "whatsapp",
        "pemerintahan",
        "Assalamualaikum pak. Aku warga Desa Jembayan Tengah, Loa Kulu. Mau bepadah masalah kebun karet kami di pal 7. Kebun itu dari dulu masuk Jembayan Tengah, SKT nya ditandatangani kades kami tahun 2016. Tapi tahun ni Desa Jembayan Dalam ngeluarkan SKT jua di tanah yang sama untuk orang lain, katanya itu wilayah sidin. Sekarang satu bidang ada dua SKT, ribut terus warga dua desa. Kades kami ngan kades sana ndik ada yang mau ngalah. Kami minta kabupaten turun beh, tentukan tanah itu masuk desa mana, sebelum jadi bekelahi. Kawa kah dibantu pak?",
    ),
    Case(
        "web",
        "pemerintahan",
        "Nama: Siti Rahmah\nKecamatan: Sebulu\n\nSaya bekerja sebagai Kasi Pelayanan di Desa Sebulu Ilir sejak 2017. Tanggal 2 September 2024 saya dan dua perangkat desa lain diberhentikan oleh kepala desa melalui surat keputusan, tanpa pernah ada teguran, tanpa rekomendasi camat, dan tanpa alasan yang jelas, hanya disebut 'penyegaran'. Posisi kami sudah diisi orang baru, salah satunya tim sukses kades waktu pemilihan kemarin. Setahu saya pemberhentian perangkat desa harus dikonsultasikan dulu ke camat dan alasannya sudah ditentukan. Kami mohon kabupaten memeriksa SK pemberhentian ini dan memulihkan posisi kami kalau memang tidak sesuai prosedur. SK pemberhentian dan SK pengangkatan kami siap dikirim.",
    ),
    Case(
        "web",
        "pemerintahan",
        "Pengaduan dari warga Perumahan Griya Sarijaya, Kelurahan Sarijaya, Kecamatan Sanga-Sanga.\n\nPerumahan kami berdiri sejak 2021 dan sekarang dihuni 112 KK, tetapi masih menumpang di RT 12 yang wilayahnya sudah terlalu luas. Februari 2024 kami rapat warga dan sepakat membentuk RT baru; berita acara rapat dan usulan nama pengurus sudah diserahkan ke kelurahan. Sampai Oktober ini SK pembentukan RT belum juga terbit dan tidak ada penjelasan apa kekurangannya. Akibatnya warga perumahan harus jauh-jauh ke rumah ketua RT 12 untuk surat pengantar, dan pendataan warga baru sering terlewat. Mohon dibantu agar pembentukan RT baru ini ditetapkan, atau kami diberi tahu syarat apa yang belum dipenuhi.",
    ),
    Case(
        "web",
        "pemerintahan",
        "Kami warga RT 05 Desa Karya Jaya, Kecamatan Samboja. Sejak ditetapkannya wilayah IKN, katanya sebagian desa kami masuk wilayah Otorita IKN dan sebagian tetap Kukar. Masalahnya tidak pernah ada sosialisasi sampai tingkat RT. Ada warga yang ditolak saat mengurus surat di kantor desa karena dianggap bukan wilayah desa lagi, sementara di Otorita belum ada layanan. Kami tidak tahu ikut siapa: pendataan penduduk, bantuan, sampai urusan pemilu. Mohon penjelasan resmi dari Pemkab Kukar: RT mana saja yang masih masuk Kukar, dan bagaimana pelayanan administrasi warga yang wilayahnya sudah dialihkan. Kalau bisa diadakan pertemuan di balai desa.",
    ),
    Case(
        "sms",
        "pemerintahan",
        "Yth Setda Kukar, kami warga Ds Muara Ritan Tabang. Pj kades kami sdh hampir 2 thn, pemilihan kades kpn? Kmi tdk prnh dpt info jadwal. Trmksh",
    ),
    Case(
        "sms",
        "pemerintahan",
        "Sy ketua RT 17 Ds Loa Duri Ulu Loa Janan. Insentif RT thn ini blm cair smp bln 10, kata desa nunggu SK bupati soal besarannya. Mohon info kpn. Mksh",
    ),
    Case(
        "telegram",
        "pemerintahan",
        "Selamat malam. Kami anggota BPD Desa Jantur, Muara Muntai. Mau menyampaikan bahwa sudah 4 bulan hubungan BPD dan kepala desa tidak jalan. Kades menolak hadir di musyawarah desa yang kami undang, dan APBDes perubahan dibuat tanpa pembahasan dengan BPD. Kami sudah bersurat ke camat 2x, katanya diselesaikan secara kekeluargaan. Tapi ini menyangkut tata kelola desa, bukan urusan keluarga. Mohon kabupaten memfasilitasi pertemuan BPD, kades dan kecamatan, dan memberi pembinaan supaya fungsi BPD dihargai. Terima kasih.",
    ),
    Case(
        "telegram",
        "pemerintahan",
        "Pagi pak/bu. Mau tanya, hasil pemilihan kades Desa Handil Terusan kan sudah ditetapkan sejak bulan Mei, yang menang pak Jumadi. Tapi sampai sekarang belum dilantik, desa masih dipegang Pj. Warga mulai bikin isu macam2, ada yang bilang hasilnya mau dibatalkan. Tolong dijelaskan kenapa pelantikannya belum dilaksanakan dan kira2 kapan. Biar warga Anggana sini tenang.",
    ),
    Case(
        "twitter",
        "pemerintahan",
        "@kukarkab Pak, Kades Muara Enggelam (Muara Wis) ngantornya di mana ya? Warga mau minta tanda tangan harus nyebrang danau terus naik travel ke Tenggarong \U0001f643 Desa ini bukan kantor cabang, tolong ditertibkan.",
    ),
    Case(
        "twitter",
        "pemerintahan",
        "Warga ujung Desa Santan Ulu, Marang Kayu tiap pendataan selalu bingung: ini Kukar atau Bontang? Patoknya geser2 terus, petugas dua daerah sama2 datang. @kukarkab kapan batas wilayah sama Bontang dituntaskan?",
    ),
]

_KESRA = [
    Case(
        "email",
        "kesra",
        "Perihal: Pencairan Beasiswa Kukar Idaman tahap II belum diterima\n\nYth. Bapak/Ibu pengelola beasiswa Pemkab Kutai Kartanegara,\n\nSaya Nur Aisyah Putri, mahasiswi semester 5 Prodi Kesehatan Masyarakat Universitas Mulawarman, KTP Kelurahan Muara Jawa Ulu, Kecamatan Muara Jawa. Saya mendaftar kategori prestasi akademik pada bulan Juli, dan pada pengumuman tanggal 30 Agustus 2024 nama saya tercantum sebagai penerima (nomor 1.207 di daftar). Teman-teman seangkatan yang juga lolos sudah menerima transfer Rp 5.000.000 pada pertengahan Oktober, tetapi rekening Bankaltimtara saya sampai hari ini belum menerima dana.\n\nSaya sudah menghubungi nomor helpdesk di pengumuman tiga kali, jawabannya 'tunggu tahap berikutnya' tanpa kepastian. Saya juga sempat bertanya ke kantor kelurahan, tetapi mereka tidak tahu-menahu.\n\nSelain itu, kepesertaan BPJS ibu saya tiba-tiba nonaktif, tetapi hal itu sedang kami urus sendiri ke Dinas Sosial. Yang saya mohon di sini hanya kepastian pencairan beasiswa saya, karena batas pembayaran UKT semester genap tanggal 15 Januari.\n\nTerlampir tangkapan layar pengumuman, buku tabungan, dan KTM.\n\nHormat saya,\nNur Aisyah Putri",
    ),
    Case(
        "email",
        "kesra",
        "Subjek: Menanyakan realisasi bantuan pembangunan Masjid Nurul Huda Desa Batuah\n\nAssalamualaikum warahmatullahi wabarakatuh.\n\nKami pengurus Masjid Nurul Huda RT 11 Desa Batuah, Kecamatan Loa Janan. Pada bulan Maret 2023 kami mengajukan proposal bantuan untuk penyelesaian atap dan lantai masjid yang pembangunannya terhenti sejak 2021 karena dana swadaya habis. Awalnya proposal kami antar ke Kantor Kementerian Agama Kukar, tetapi di sana kami diberi tahu bahwa bantuan dari APBD untuk tempat ibadah diurus di Kantor Bupati, sehingga kami antar ulang ke Setda pada 9 Mei 2023 (tanda terima ada).\n\nAkhir 2023 ada petugas yang datang memfoto dan mengukur bangunan. Kami diberi tahu secara lisan bahwa masjid kami masuk daftar penerima 2024 sebesar Rp 150 juta. Namun sampai November 2024 belum ada kabar tertulis maupun pencairan. Sementara itu jamaah sudah dua tahun salat Jumat di bawah terpal.\n\nMohon informasi apakah masjid kami benar tercatat sebagai penerima, dan kelengkapan apa lagi yang harus kami penuhi (NPHD, rekening, dan sebagainya).\n\nWassalamualaikum warahmatullahi wabarakatuh.\nH. Abdul Gani, Ketua Takmir\n0813-4720-5516",
    ),
    Case(
        "email",
        "kesra",
        "Kepada Yth. Bapak/Ibu Petugas Pengaduan Setda Kukar\n\nSaya Siti Maryam, guru mengaji di TPA Al-Falah, Desa Kota Bangun Seberang, Kecamatan Kota Bangun. Sejak 2019 saya menerima insentif guru ngaji dari Pemkab yang dibayarkan per triwulan. Tahun 2024 ini insentif triwulan I dan II sudah masuk ke rekening, tetapi triwulan III tidak. Guru ngaji lain di desa kami sudah menerima.\n\nSetelah saya tanyakan ke koordinator kecamatan, ternyata nama saya di daftar tertulis 'Siti Mariam' dan satu angka NIK-nya salah, sehingga transfer gagal. Koordinator bilang perbaikan data harus ke kabupaten, tetapi beliau sendiri tidak tahu harus ke mana.\n\nSaya mohon bantuan agar data saya diperbaiki dan insentif triwulan III dapat dibayarkan. Fotokopi KTP, KK dan buku rekening saya lampirkan.\n\nTerima kasih atas perhatiannya.\nSiti Maryam",
    ),
    Case(
        "whatsapp",
        "kesra",
        "Assalamualaikum. Maaf pian, ulun handak batakun. Anak ulun, Muhammad Fadli, juara 1 tilawah remaja MTQ tingkat kabupaten di Loa Kulu bulan Juni tadi, wakil Kecamatan Anggana. Waktu penutupan dipadahkan ada uang pembinaan gasan juara, tapi sampai wayah ini balum tarima. Kawan-kawan sidin nang juara dari kecamatan lain jar sudah dapat. Lalu jar urang, juara handak dikirim pembinaan gasan MTQ provinsi, tapi kadada surat datang. Ulun kada tahu lagi batakun ka siapa. Tulung dibantu lah. Tarima kasih banyak.",
    ),
    Case(
        "whatsapp",
        "kesra",
        "Halo min, selamat siang. Saya pengurus Yayasan Panti Asuhan Kasih Bunda di Desa Bangun Rejo, Tenggarong Seberang. Anak asuh kami sekarang 38 anak, kebutuhan makin berat \U0001f64f\nTahun lalu kami dengar ada dana hibah dari Pemkab buat yayasan/lembaga sosial. Kami udah masukin proposal bulan Januari lewat kecamatan, tapi pas dicek katanya harus diajukan lewat aplikasi online, terus ada syarat akta yayasan minimal 3 tahun sama rekomendasi dari dinas. Jadi sebenernya syaratnya apa aja sih min? Dan kapan batas pengajuan buat tahun 2025? Biar kami ga salah lagi. Makasih ya",
    ),
    Case(
        "whatsapp",
        "kesra",
        "Assalamualaikum pak. Umak ku masuk kloter jemaah haji Kukar tahun ni, berangkat dari embarkasi Balikpapan. Kami di Desa Muara Kaman Ulu, jauh beh. Waktu manasik disampaikan ada bus dari kabupaten yang jemput jemaah di Tenggarong, tapi ndik jelas jam berapa kumpulnya, dan apakah jemaah dari hulu dapat penginapan semalam sebelum berangkat. Umak ku umur 71, ndik kawa kalau begadang di jalan. Minta tolong infonya pak, siapa yang kawa dihubungi?",
    ),
    Case(
        "web",
        "kesra",
        "Nama: Ahmad Zaki Mubarak\nAlamat: Kelurahan Kuala Samboja, Kec. Samboja\n\nSaya mendaftar beasiswa Pemkab Kukar jalur hafiz Al-Qur'an (hafalan 15 juz) tahun 2024. Pada pengumuman hasil seleksi saya dinyatakan tidak memenuhi syarat dengan keterangan 'sertifikat tidak sesuai'. Padahal sertifikat tahfidz saya dikeluarkan pondok pesantren resmi di Balikpapan dan sudah dilegalisir, dan waktu tes hafalan di Tenggarong saya sudah diuji langsung oleh penguji. Saya mohon berkas saya diperiksa ulang atau dijelaskan sertifikat seperti apa yang dianggap sesuai, karena di pedoman pendaftaran tidak disebutkan harus dari lembaga tertentu. Masa sanggah di pengumuman hanya 3 hari dan kolom sanggah di situsnya error terus.",
    ),
    Case(
        "web",
        "kesra",
        "Kami majelis jemaat Gereja GKII Long Beleh Modang, Kecamatan Kembang Janggut. Banjir besar bulan Mei 2024 merendam gereja kami hampir 2 meter selama seminggu. Lantai papan dan dinding sebelah bawah lapuk, bangku jemaat rusak, dan sekarang ibadah Minggu kami lakukan di rumah salah satu penatua. Jemaat kami sekitar 60 KK, kebanyakan peladang; swadaya yang terkumpul baru Rp 18 juta dari perkiraan biaya Rp 120 juta.\n\nKami ingin mengajukan permohonan bantuan renovasi gereja dari Pemkab. Mohon informasi persyaratan dan jadwal pengajuannya, apakah harus melalui kecamatan atau langsung ke kabupaten, dan apakah proposal tahun ini masih bisa masuk.",
    ),
    Case(
        "web",
        "kesra",
        "Anak saya (4 tahun) didiagnosis kelainan jantung bawaan dan dirujuk dari RSUD AM Parikesit ke rumah sakit di Samarinda, lalu dijadwalkan operasi di RS Jantung Harapan Kita, Jakarta. Biaya operasi ditanggung BPJS, tetapi tiket pesawat, penginapan pendamping, dan biaya hidup selama kurang lebih 2 bulan tidak ditanggung. Saya buruh harian di Desa Rempanga, Loa Kulu. Ada yang bilang Pemkab punya program bantuan untuk pasien tidak mampu yang dirujuk ke luar daerah. Mohon informasi program tersebut dan cara mengaksesnya, karena kami dijadwalkan berangkat awal Desember.",
    ),
    Case(
        "sms",
        "kesra",
        "Assalamualaikum, beasiswa mahasiswa S1 smt ganjil 2024 kpn cair ya? Sy dr Ds Perian Muara Muntai, sdh lolos verifikasi. Trmksh",
    ),
    Case(
        "sms",
        "kesra",
        "Sy ketua klp penyandang disabilitas Bersatu Marang Kayu, 32 anggota. Proposal hibah kursi roda & sembako utk anggota sdh masuk Feb 2024 blm ada jwbn. Mhn info",
    ),
    Case(
        "telegram",
        "kesra",
        "Om Swastiastu. Kami pengurus Pura Puseh Desa Kerta Buana, Tenggarong Seberang. Umat Hindu di desa kami sekitar 140 KK, sebagian besar transmigran dari Bali sejak 1980-an. Tembok penyengker dan bale kulkul pura kami sudah retak dan kayu atapnya lapuk dimakan usia. Kami dengar Pemkab tiap tahun memberi bantuan untuk masjid, gereja dan pura. Apakah pura kami bisa mengajukan juga dan proposalnya dikirim ke mana? Kami sudah tanya ke PHDI kabupaten, katanya coba langsung ke kantor bupati. Suksma.",
    ),
    Case(
        "telegram",
        "kesra",
        "Min, mau nanya soal daftar penerima beasiswa yang diumumin kemarin. Di daftar Kecamatan Sanga-Sanga ada beberapa nama yang setau kami udah lama tinggal dan ber-KTP Samarinda, malah ada yang udah wisuda tahun lalu. Sementara adik saya yang IPK 3,7 dan KTP asli Sanga-Sanga Dalam ga lolos dengan alasan kuota. Bisa ga daftar itu diverifikasi ulang? Kami siap kasih nama2nya kalo perlu.",
    ),
    Case(
        "twitter",
        "kesra",
        "Udah November, beasiswa Kukar Idaman yang diumumin Agustus masih 'dalam proses' \U0001f642 Kami mahasiswa asal Tabang, UKT kami ga bisa nunggu 'dalam proses' loh. Minta kepastiannya @kukarkab",
    ),
    Case(
        "twitter",
        "kesra",
        "Langgar di Desa Melintang, Muara Wis ajukan bantuan renovasi 3 tahun berturut2, jawabannya selalu 'belum masuk prioritas'. Gapura kecamatan aja tiap tahun dicat baru. @kukarkab prioritasnya apa ya? \U0001f64f",
    ),
]

_HUKUM = [
    Case(
        "email",
        "hukum",
        "Perihal: Permohonan salinan peraturan dan kendala akses situs JDIH\n\nYth. Pengelola dokumentasi peraturan Pemkab Kutai Kartanegara,\n\nSaya Rahmat Hidayat, mahasiswa Fakultas Syariah UINSI Samarinda, berdomisili di Kelurahan Panji, Tenggarong. Saya sedang menyusun skripsi tentang pengelolaan zakat di daerah dan memerlukan naskah Peraturan Daerah Kabupaten Kutai Kartanegara tentang Pengelolaan Zakat, Infak dan Sedekah beserta Peraturan Bupati pelaksananya.\n\nSejak dua minggu terakhir situs JDIH Kukar tidak dapat dibuka (muncul pesan 503), dan ketika sempat terbuka, berkas PDF untuk Perbup tahun 2019-2021 hanya menampilkan halaman kosong. Saya sudah mencoba meminta ke Baznas Kukar, tetapi mereka hanya memiliki salinan yang tidak lengkap dan tanpa lampiran.\n\nMohon kiranya saya dapat dikirimi salinan resmi kedua peraturan tersebut melalui email ini, dan mohon gangguan situs dapat diperbaiki karena banyak mahasiswa yang memerlukannya.\n\nAtas perhatian Bapak/Ibu saya ucapkan terima kasih.\n\nHormat saya,\nRahmat Hidayat",
    ),
    Case(
        "email",
        "hukum",
        "Subjek: Mohon pendampingan pengacara untuk warga tidak mampu\n\nSelamat pagi Bapak/Ibu.\n\nSaya Hartini, 52 tahun, janda, tinggal di RT 06 Desa Purwajaya, Kecamatan Loa Janan. Email ini saya tulis dibantu anak saya. Rumah dan tanah yang saya tempati sejak 1998 adalah peninggalan almarhum suami, dibeli dengan surat segel dan sudah ada SPPT PBB atas nama suami. Bulan Agustus lalu saya menerima panggilan sidang dari Pengadilan Negeri Tenggarong karena digugat oleh seseorang yang mengaku ahli waris penjual tanah tahun 1998. Dia meminta saya mengosongkan rumah.\n\nSaya tidak punya uang untuk menyewa pengacara. Sidang pertama sudah lewat dan saya datang sendiri tanpa tahu harus bicara apa. Sidang berikutnya tanggal 18 November. Surat Keterangan Tidak Mampu dari desa sudah saya pegang.\n\nSaya dengar Pemkab Kukar punya program pendampingan advokat gratis untuk warga miskin. Mohon saya dibantu didampingi dalam perkara ini, atau ditunjukkan lembaga yang bisa membantu sebelum sidang berikutnya.\n\nTerima kasih.\nHartini",
    ),
    Case(
        "email",
        "hukum",
        "Kepada Yth. Bapak/Ibu Sekretariat Daerah Kutai Kartanegara\n\nKami Forum Warga Peduli Kampung, Desa Muara Kaman Ilir, Kecamatan Muara Kaman. Kami mendapat informasi bahwa Pemkab sedang menyusun rancangan Perda tentang penataan dan pengendalian bangunan sarang burung walet. Di desa kami dalam lima tahun terakhir berdiri lebih dari 40 gedung walet di tengah permukiman, dengan suara pemanggil (tweeter) yang diputar siang-malam. Bagi warga, terutama lansia dan bayi, ini sangat mengganggu.\n\nKami tidak menolak usaha walet, karena banyak warga juga hidup dari situ. Tetapi kami ingin rancangan Perda itu memuat jarak minimal dari rumah warga, pembatasan jam suara pemanggil, dan sanksi yang jelas. Karena itu kami memohon:\n1. salinan draf Raperda terbaru;\n2. jadwal konsultasi publik atau uji publiknya;\n3. kesempatan menyampaikan masukan tertulis secara resmi.\n\nHormat kami,\nSyahrani, Koordinator Forum",
    ),
    Case(
        "whatsapp",
        "hukum",
        "Assalamualaikum pak. Ulun warga Kelurahan Sungai Seluang, Samboja. Anak ulun umur 19 tahun ditangkap Polsek Samboja minggu tadi, dituduh umpat bakalahi di acara dangdutan. Jar kawan-kawannya inya cuma melerai. Ulun urang kada mampu, gawian ulun bajualan pentol keliling, kada kawa mambayar pengacara. Urang di kampung bapadah Pemkab ada bantuan pengacara gratis gasan urang miskin. Kaya apa caranya mendaftar? Syaratnya apa haja? Tulung lakas pak, jar polisi berkasnya handak dilimpahkan.",
    ),
    Case(
        "whatsapp",
        "hukum",
        "Pagi min. Gue mantan tenaga honorer di salah satu dinas Pemkab, kontrak diputus Juli kemaren tanpa surat resmi, cuma dikabarin lisan sama kasubag. Temen2 yg masa kerjanya lebih pendek malah lanjut. Gue lagi konsultasi sama pengacara buat gugat ke PTUN. Pertanyaan gue: gugatan ke Pemkab itu ditujuin ke siapa, Bupati atau kepala dinasnya? Terus ada ga jalur mediasi dulu sebelum ke pengadilan? Jujur gue ga pengen ribut, pengen hak gue aja. Btw gue warga Tenggarong Seberang.",
    ),
    Case(
        "whatsapp",
        "hukum",
        "Assalamualaikum pak. Aku pemangku adat di Desa Kahala, Kenohan. Bubuhan lembaga adat di hulu ni dah lawas bepadah ada Perda tentang pengakuan lembaga adat Kutai, tapi sampai ni ndik ada yang pernah liat naskahnya. Kami perlu isinya, karena ada perusahaan yang masuk ke wilayah kami dan minta bukti kalau lembaga adat kami diakui pemda. Kawa kah kami minta salinannya? Atau kalau belum disahkan, masih di tahap apa? Terima kasih pak.",
    ),
    Case(
        "web",
        "hukum",
        "Pengirim: Kasi Trantib Kecamatan Muara Jawa\n\nKami menerima somasi dari sebuah kantor advokat di Balikpapan yang mewakili pemilik warung di Kelurahan Muara Jawa Pesisir. Warung tersebut kami tertibkan bersama Satpol PP pada 4 September 2024 karena berdiri di atas sempadan jalan provinsi. Dalam somasi, Camat diminta membayar ganti rugi Rp 75 juta dalam 14 hari dan diancam akan digugat ke pengadilan. Kami mohon konsultasi dan pendampingan: apakah penertiban yang kami lakukan sudah memiliki dasar yang cukup, bagaimana sebaiknya menjawab somasi ini, dan apakah jawabannya perlu dikoordinasikan dengan kabupaten. Surat perintah, berita acara penertiban, dan salinan somasi dapat kami kirimkan.",
    ),
    Case(
        "web",
        "hukum",
        "Saya pemilik usaha karaoke keluarga di Jalan Poros Samarinda-Tenggarong, Kecamatan Tenggarong Seberang. Menjelang Ramadan tahun lalu kami menerima surat edaran yang melarang tempat hiburan buka selama bulan puasa, sementara Perbup tentang penyelenggaraan usaha hiburan yang kami pegang hanya membatasi jam buka sampai pukul 23.00. Petugas di lapangan memakai surat edaran, kami berpegang pada Perbup, akibatnya usaha kami disegel 10 hari. Kami tidak menentang aturan, tapi mohon penjelasan resmi: mana yang berlaku, apakah surat edaran bisa mengesampingkan Perbup, dan apakah ada rencana revisi Perbup supaya jelas sebelum Ramadan 2025.",
    ),
    Case(
        "web",
        "hukum",
        "Sejak Juli 2024 warga Desa Loa Kulu Kota ditarik retribusi sampah Rp 25.000 per bulan per rumah, naik dari Rp 10.000, dengan dasar Perda retribusi yang baru. Padahal truk sampah hanya lewat seminggu sekali, dan di RT kami malah tidak pernah lewat. Kami ingin tahu bagaimana prosedur warga mengajukan keberatan atau permohonan peninjauan atas tarif dalam Perda tersebut. Apakah ada forum untuk menyampaikan masukan kepada pembentuk peraturan, atau harus langsung uji materi ke Mahkamah Agung? Mohon juga dikirimkan naskah Perda beserta lampiran tarifnya.",
    ),
    Case(
        "sms",
        "hukum",
        "Pak, apa pemkab ada bantuan pengacara gratis utk warga tdk mampu? Sy di Ds Beloro Sebulu, ada sengketa warisan dgn saudara, sdh dipanggil PA Tenggarong. Trmksh",
    ),
    Case(
        "sms",
        "hukum",
        "Perbup ttg pedoman ADD thn 2025 blm bs diunduh di web jdih, link error. Mhn dikirim file nya ke WA ini. Sekdes Ds Lebak Mantan, Muara Wis",
    ),
    Case(
        "telegram",
        "hukum",
        "Selamat sore. Keluarga kami sudah tinggal di tanah dekat dermaga Kelurahan Timbau, Tenggarong sejak tahun 1970-an. Minggu lalu kami menerima surat dari Pemkab yang menyatakan tanah itu aset daerah dan kami diberi waktu 30 hari untuk membongkar rumah. Kami punya surat segel tahun 1978 dan rutin bayar PBB. Kami bukan mau melawan pemerintah, tapi kami ingin tahu dasar klaim aset itu dan bagaimana cara menyampaikan keberatan sebelum dibongkar. Apakah bisa mediasi dulu? Kami harus datang ke siapa?",
    ),
    Case(
        "telegram",
        "hukum",
        "Halo, saya punya rumah makan kecil di Desa Kota Bangun Ilir. Kemarin ada petugas datang bilang rumah makan wajib pasang tanda dilarang merokok dan sediakan ruang khusus, kalau tidak bisa kena denda sesuai Perda Kawasan Tanpa Rokok. Saya cari Perda-nya di internet tidak ketemu. Mau tanya: Perda itu memang sudah berlaku? Rumah makan termasuk yang diatur atau tidak? Dan dendanya berapa? Jangan sampai saya dimintai uang oleh oknum yang ngaku-ngaku.",
    ),
    Case(
        "twitter",
        "hukum",
        "Katanya Perda ketertiban yg baru udah disahkan bulan lalu, tapi di web resmi Pemkab naskahnya belum ada. Warga Muara Badak disuruh taat sama aturan yg ga bisa dibaca? \U0001f643 @kukarkab",
    ),
    Case(
        "twitter",
        "hukum",
        "Putusan PTUN soal tanah kami di Anggana udah inkracht dari 2022, Pemkab kalah. Sampai sekarang putusannya belum juga dijalankan. Warga disuruh taat putusan, pemerintahnya boleh nggak? @kukarkab",
    ),
]

_KERJASAMA = [
    Case(
        "email",
        "kerjasama",
        "Perihal: Tindak lanjut draf nota kesepahaman KKN Tematik di Kecamatan Samboja\n\nYth. Sekretaris Daerah Kabupaten Kutai Kartanegara,\n\nDengan hormat, kami dari LPPM Institut Teknologi Kalimantan (ITK) Balikpapan. Pada 12 Juni 2024 kami telah menyampaikan surat permohonan beserta draf nota kesepahaman antara ITK dan Pemerintah Kabupaten Kutai Kartanegara tentang pelaksanaan KKN tematik, penelitian terapan dan pengabdian masyarakat di Kecamatan Samboja dan Muara Jawa (surat nomor 1872/IT10.L/2024). Surat tersebut sudah diterima petugas penerimaan surat, tanda terimanya terlampir.\n\nSampai saat ini kami belum menerima tanggapan atas draf tersebut, padahal KKN periode Februari 2025 harus kami siapkan paling lambat Desember. Tanpa naskah yang ditandatangani, desa-desa lokasi belum berani menerima mahasiswa.\n\nKami mohon informasi posisi pembahasan draf, kontak yang dapat kami hubungi, serta masukan atas pasal-pasal draf bila ada, agar dapat segera kami perbaiki.\n\nHormat kami,\nDr. Lestari Wulandari\nKetua LPPM ITK",
    ),
    Case(
        "email",
        "kerjasama",
        "Subject: Pembagian program CSR air bersih di Desa Saliki tidak merata\n\nYth. Bapak/Ibu di Pemkab Kukar,\n\nSaya Andi Baso, warga RT 04 Desa Saliki, Kecamatan Muara Badak. Desa kami dikelilingi sumur dan fasilitas migas, tapi air bersih masih jadi masalah utama; kalau kemarau kami membeli air tandon Rp 150.000 per 1.200 liter.\n\nTahun 2023 ada program tanggung jawab sosial dari perusahaan migas yang beroperasi di wilayah kami, berupa pemasangan pipa dan tandon air bersih. Waktu sosialisasi di balai desa disebutkan untuk seluruh RT. Kenyataannya yang terpasang hanya di RT 01, 02 dan 03, yang dekat rumah perangkat desa. RT 04 sampai 07 tidak kebagian sama sekali. Waktu kami tanya ke perusahaan, katanya penentuan lokasi sudah diserahkan melalui forum CSR dan Pemkab, bukan di mereka. Ke desa, dijawab itu keputusan perusahaan.\n\nSebenarnya kami juga punya keluhan soal bau gas dan jalan rusak, tapi untuk saat ini yang kami minta: tolong dibuka kepada warga daftar lokasi dan anggaran program CSR air bersih itu, dan kalau ada tahap berikutnya, RT 04-07 dimasukkan.\n\nTerima kasih.\nAndi Baso",
    ),
    Case(
        "email",
        "kerjasama",
        "Perihal: Menanyakan kesepakatan layanan pendidikan dengan Pemkot Samarinda\n\nYth. Bapak/Ibu,\n\nKami orang tua murid dari Desa Bakungan, Kecamatan Loa Janan, yang berbatasan langsung dengan Kota Samarinda. SMP negeri terdekat dari rumah kami ada di Samarinda (sekitar 3 km), sedangkan SMP negeri di Loa Janan berjarak lebih dari 12 km tanpa angkutan. Pada PPDB Juli 2024 anak-anak kami ditolak di SMP Samarinda karena KK kami Kukar, padahal tahun-tahun sebelumnya masih bisa diterima.\n\nKami mendapat kabar bahwa Pemkab Kukar dan Pemkot Samarinda pernah menandatangani kesepakatan untuk wilayah perbatasan, termasuk layanan pendidikan dan kesehatan, tetapi masa berlakunya sudah habis. Kami mohon penjelasan apakah kesepakatan itu masih berlaku atau akan diperpanjang, dan apakah kuota bagi anak-anak perbatasan bisa dimasukkan dalam naskah yang baru sebelum PPDB 2025.\n\nHormat kami,\nSlamet Riyadi\nPerwakilan orang tua murid Desa Bakungan",
    ),
    Case(
        "whatsapp",
        "kerjasama",
        "Assalamualaikum. Ulun warga Desa Sepatin, Anggana. Tahun tadi perusahaan migas nang ada di delta bapadah handak mambari bantuan CSR tandon penampung banyu hujan gasan satiap rumah, karena banyu di sini asin. Sudah didata bubuhan RT, difoto rumahnya. Tapi nang datang cuma 40 buah, padahal KK di sini labih 300. Nang dapat gin kebanyakan keluarga aparat. Jar urang perusahaan, pambagiannya sudah diserahkan ka pemda. Ulun handak takun, kaya apa pembagian nang sabujurnya, wan kapan sisanya datang? Tarima kasih.",
    ),
    Case(
        "whatsapp",
        "kerjasama",
        "Permisi min, aku mahasiswa Administrasi Publik Unmul, asal Tenggarong. Kampusku kan punya MoU sama Pemkab Kukar soal magang mahasiswa, katanya udah ditandatangani tahun lalu. Nah aku sama 5 temen udah ngajuin magang di lingkungan Pemkab dari September, surat fakultas udah masuk, tapi sampe sekarang belum ada balasan penempatan. Pihak kampus bilang tinggal nunggu Pemkab karena itu termasuk isi perjanjiannya. Kira2 siapa ya yg ngurus pelaksanaan MoU itu? Magang kami harus mulai Januari \U0001f62d",
    ),
    Case(
        "whatsapp",
        "kerjasama",
        "Assalamualaikum pak. Aku warga Desa Jonggon, Loa Kulu. Tahun 2023 perusahaan batu bara dekat desa kami janji bantuan CSR lampu jalan tenaga surya 50 tiang, katanya dah tercatat di program CSR kabupaten. Sampai ni yang terpasang baru 22 tiang, itu gin 6 dah mati. Jalan ke kampung gelap beh kalau malam, banyak babi ngan ular. Kami dah bepadah ke desa, katanya tunggu perusahaan. Ke perusahaan, katanya dah diserahkan lewat forum CSR Pemkab. Jadi kami harus nanya ke siapa pak? Tolong ditanyakan kapan sisanya dipasang.",
    ),
    Case(
        "web",
        "kerjasama",
        "Kami Kelompok Pengrajin Anyaman Rotan 'Bina Usaha' di Kelurahan Jahab, Tenggarong, beranggotakan 18 orang. Kami sering mendengar perusahaan-perusahaan di Kukar menyalurkan dana tanggung jawab sosial untuk pemberdayaan masyarakat. Kami ingin mengajukan proposal bantuan mesin pembelah rotan dan pelatihan desain melalui jalur tersebut. Pertanyaan kami: apakah pengajuan langsung ke perusahaan atau melalui Pemkab? Apakah ada forum yang mengatur pembagian CSR per kecamatan, dan bagaimana format proposalnya? Sebelumnya kami sudah bertanya ke Dinas Koperasi dan UKM, tapi mereka bilang CSR bukan urusan mereka.",
    ),
    Case(
        "web",
        "kerjasama",
        "Kami Yayasan Pendidikan Vokasi Nusantara di Balikpapan, pengelola lembaga pelatihan bersertifikat (las, kelistrikan, operator alat berat). Kami berencana membuka program pelatihan gratis untuk 200 pemuda Kecamatan Samboja dan Muara Jawa pada 2025, dengan pembiayaan dari mitra industri. Agar program ini resmi dan desa-desa dapat membantu rekrutmen peserta, kami ingin membuat perjanjian tertulis dengan Pemkab Kukar. Mohon informasi tahapannya: dokumen apa yang harus kami siapkan (profil lembaga, legalitas, draf naskah), kepada siapa surat permohonan ditujukan, dan berapa lama biasanya prosesnya.",
    ),
    Case(
        "web",
        "kerjasama",
        "Desa kami, Desa Kelekat, Kecamatan Kembang Janggut, berada di tengah areal perkebunan sawit. Setiap tahun perusahaan perkebunan mengumumkan dana CSR untuk desa; tahun 2024 kabarnya Rp 350 juta untuk beasiswa, sembako lansia dan perbaikan jalan desa. Namun 9 dari 14 penerima beasiswa CSR tahun ini adalah keluarga kepala desa dan perangkat. Sembako lansia hanya dibagikan di dua RT. Kami sudah meminta rincian penyaluran ke desa tetapi tidak diberikan. Mohon Pemkab, yang katanya ikut mengoordinasikan program CSR perusahaan, meminta laporan penyaluran CSR di desa kami dan memastikan pembagiannya terbuka.",
    ),
    Case(
        "sms",
        "kerjasama",
        "Pak, program bedah rumah dr CSR perusahaan tambang di Kel Sanga-Sanga Dalam kpn disalurkan? Kami sdh didata bln Maret, blm ada kabar. Trims",
    ),
    Case(
        "sms",
        "kerjasama",
        "Sy dosen Unikarta Tenggarong. MoU kampus kami dgn Pemkab Kukar habis Agt 2024, draf perpanjangan sdh dikirim Sept. Mhn info kpn bs ditandatangani. Trmksh",
    ),
    Case(
        "telegram",
        "kerjasama",
        "Selamat siang. Saya tokoh masyarakat Desa Ritan Baru, Tabang. Waktu penandatanganan kesepakatan program TJSL antara Pemkab dan perusahaan tambang batu bara di wilayah kami bulan Februari, disebutkan ada bantuan satu unit ambulans dan renovasi pustu untuk desa kami. Acaranya diliput media. Sekarang sudah November, ambulans belum ada, pustu belum disentuh. Warga yang sakit masih kami bawa pakai ketinting ke Tabang Lama. Mohon ditindaklanjuti ke perusahaan, karena itu tertulis dalam kesepakatan dengan Pemkab.",
    ),
    Case(
        "telegram",
        "kerjasama",
        "Bang/kak, mau nanya. Kami pengurus klub sepak bola remaja di Desa Sebulu Modern, mau ikut turnamen tingkat provinsi bulan depan tapi dana transport & jersey belum ada. Kata pak kades coba ajukan CSR ke perusahaan sekitar lewat Pemkab. Ada ga sih mekanisme pengajuan CSR lewat Pemkab buat kegiatan pemuda kayak gini? Atau langsung ke perusahaannya aja? Makasih banyak \U0001f64f\u26bd",
    ),
    Case(
        "twitter",
        "kerjasama",
        "Tiap tahun baliho CSR perusahaan di Muara Badak makin gede, bantuannya makin ga keliatan. Pemkab yg katanya ngoordinir CSR, boleh dong laporan penyalurannya per desa dibuka? @kukarkab",
    ),
    Case(
        "twitter",
        "kerjasama",
        "Katanya udah ada MoU Kukar-Samarinda soal trayek bus Tenggarong-Samarinda dari tahun lalu, tapi busnya ga pernah muncul. Pekerja & anak sekolah Loa Janan masih ngandelin travel gelap. Isi perjanjiannya apa sih? @kukarkab",
    ),
]

_PEREKONOMIAN = [
    Case(
        "email",
        "perekonomian",
        "Perihal: Kelangkaan dan harga elpiji 3 kg di Kecamatan Muara Kaman\n\nYth. Bapak/Ibu,\n\nSaya Hj. Masnah, ibu rumah tangga di Desa Muara Kaman Ilir. Saya ingin menyampaikan keadaan gas elpiji 3 kg di kampung kami selama dua bulan terakhir (September-Oktober 2024).\n\nPangkalan resmi di desa kami hanya satu, dan kiriman datang seminggu sekali pada hari Kamis, sekitar 120 tabung. Jam 9 pagi biasanya sudah habis. Yang tidak kebagian terpaksa membeli di warung dengan harga Rp 45.000 sampai Rp 50.000, padahal di papan pangkalan tertulis Rp 22.000. Menurut cerita warga, sebagian tabung dari pangkalan langsung diangkut ke warung dan rumah makan di simpang jalan.\n\nBulan lalu ada juga masalah beras SPHP yang tidak pernah sampai ke desa kami, tetapi yang paling mendesak sekarang adalah gas, karena banyak warga kembali memasak pakai kayu.\n\nKami mohon jatah elpiji untuk desa kami ditambah atau ditambah pangkalannya, dan diawasi supaya pangkalan menjual ke rumah tangga dengan harga resmi.\n\nHormat saya,\nHj. Masnah",
    ),
    Case(
        "email",
        "perekonomian",
        "Subjek: Air PDAM mati dua minggu di Desa Sumber Sari, tagihan tetap tinggi\n\nSelamat pagi,\n\nSaya Dedi Kurniawan, pelanggan PDAM Tirta Mahakam nomor sambungan 03-01-21877, Desa Sumber Sari, Kecamatan Loa Kulu. Sejak 28 Oktober air tidak mengalir sama sekali di RT 08 sampai RT 12. Kami sudah lapor ke kantor cabang Loa Kulu tiga kali, jawabannya pompa intake rusak dan menunggu suku cadang dari Tenggarong. Sampai hari ini (11 November) belum ada perbaikan dan tidak ada mobil tangki yang dikirim.\n\nYang membuat kami kesal, tagihan bulan Oktober tetap Rp 187.000, malah lebih tinggi dari biasanya, padahal separuh bulan air mati. Jalan di depan rumah kami juga berlubang bekas galian pipa yang tidak ditutup, tapi itu urusan lain.\n\nPDAM ini perusahaan milik daerah. Kami mohon Pemkab sebagai pemiliknya menegur direksi dan memastikan tiga hal: perbaikan segera, pengiriman air bersih sementara, dan koreksi tagihan Oktober.\n\nTerima kasih,\nDedi Kurniawan",
    ),
    Case(
        "email",
        "perekonomian",
        "Perihal: Permohonan pendampingan sertifikasi halal dan izin PIRT bagi kelompok usaha olahan ikan\n\nYth. Bapak/Ibu,\n\nKami 14 ibu rumah tangga yang tergabung dalam kelompok usaha 'Bintang Laut' di Kelurahan Kuala Samboja, Kecamatan Samboja. Kami memproduksi amplang, kerupuk ikan dan terasi, yang selama ini hanya dijual ke warung dan wisatawan di pantai. Bulan Maret 2024, saat pameran di Tenggarong, petugas dari Pemkab menjanjikan pendampingan sertifikasi halal gratis dan izin PIRT bagi kelompok kami, dan data kami sudah diambil.\n\nSejak itu tidak ada kelanjutan. Kami bertanya ke Dinas Koperasi, diarahkan ke Dinas Kesehatan untuk PIRT, lalu ke Kemenag untuk halal; masing-masing bilang harus ada kuota dari program kabupaten. Kami jadi bolak-balik ke Tenggarong dengan ongkos Rp 150.000 per orang sekali jalan.\n\nKami mohon Pemkab mengoordinasikan agar kelompok kami benar-benar masuk program pendampingan itu, dan menunjuk satu pihak yang bisa kami hubungi.\n\nHormat kami,\nWahyuni, Ketua Kelompok",
    ),
    Case(
        "whatsapp",
        "perekonomian",
        "Assalamualaikum pak lah. Ulun pedagang kecil di pasar Kota Bangun. Sudah dua minggu ini harga beras premium naik jadi Rp 17.500 sekilo, minyak goreng kemasan Rp 21.000, telur sepapan Rp 62.000. Urang kampung banyak nang kada kawa manukar lagi, dagangan ulun jadi sepi. Jar bubuhan distributor, kapal dari Samarinda tahambat banyu surut. Ulun handak batakun, kapan pemda maadakan pasar murah atau operasi pasar di Kota Bangun? Tahun tadi ada, tahun ini kadada. Tulung lah pak.",
    ),
    Case(
        "whatsapp",
        "perekonomian",
        "Min, tolong dong SPBU di Jl. Poros Tenggarong Seberang dicek. Tiap pagi antrean pertalite bisa 1 km, isinya motor2 tangki modif sama mobil yg bolak-balik ngisi terus dijual lagi eceran Rp 15rb/liter di pinggir jalan. Gue yg mau berangkat kerja ke Samarinda harus ngantri 1,5 jam. Udah lapor ke pengawas SPBU-nya, cuma dibilang 'bukan wewenang kami'. Pemkab punya tim pengawas distribusi BBM kan? Tolong turun lah, jangan cuma pas mau lebaran doang.",
    ),
    Case(
        "whatsapp",
        "perekonomian",
        "Assalamualaikum. Aku pedagang ikan di Pasar Tangga Arung Tenggarong, dah 15 tahun jualan di blok ikan basah. Pas pasar direnovasi, kami dipindah sementara ke parkiran. Sekarang gedung dah siap, tapi pas pembagian lapak, nomor lapak lama kami dikasih ke orang baru yang ndik pernah jualan di sini. Kami pedagang lama cuma dapat lapak di pojok belakang yang gelap. Kata petugas pasar, itu dah ditentukan dari atas. Kami minta pembagian lapak diulang, pedagang lama diutamakan. Ada sekitar 23 orang yang nasibnya sama ngan aku.",
    ),
    Case(
        "web",
        "perekonomian",
        "Harga cabai rawit di Pasar Samboja sejak awal bulan ini sudah Rp 110.000-120.000 per kg, bawang merah Rp 55.000. Kami pedagang nasi kuning dan warung makan kecil sangat terdampak; porsi sambal sudah kami kurangi tapi pelanggan protes. Kami dengar di Tenggarong dan Loa Kulu bulan lalu sudah ada gerakan pangan murah dari Pemkab. Mohon kegiatan serupa juga diadakan di Samboja, dan kalau bisa Pemkab menjelaskan langkah apa yang diambil supaya harga cabai tidak melonjak setiap musim hujan. Terima kasih.\n\nRosita, Desa Sanipah, Samboja",
    ),
    Case(
        "web",
        "perekonomian",
        "Kami 27 mantan karyawan sebuah perusahaan daerah milik Pemkab Kukar yang bergerak di bidang agribisnis (pengolahan dan pemasaran hasil pertanian), berkantor di Tenggarong. Sejak Maret 2023 perusahaan berhenti beroperasi; gaji lima bulan terakhir dan pesangon kami belum dibayar sama sekali. Direksi lama tidak bisa dihubungi. Dinas Tenaga Kerja mengatakan karena ini perusahaan milik daerah, penyelesaiannya harus melalui pemilik modal, yaitu Pemkab. Kami mohon kejelasan status perusahaan ini (dibubarkan atau direstrukturisasi) dan siapa yang bertanggung jawab membayar hak-hak kami. Data karyawan dan slip gaji terakhir dapat kami kirimkan.",
    ),
    Case(
        "web",
        "perekonomian",
        "Saya pemilik usaha kopi bubuk lokal 'Kopi Bukit Biru' di Kelurahan Bukit Biru, Tenggarong. Setiap Erau dan acara besar Pemkab selalu ada stan pameran produk lokal, tapi yang dapat stan selalu pelaku usaha yang itu-itu saja. Pendaftarannya tidak pernah diumumkan terbuka, tahu-tahu sudah penuh. Saya sudah punya NIB, PIRT dan kemasan yang layak, tapi tidak pernah dapat kesempatan. Mohon informasi bagaimana caranya usaha kecil seperti kami bisa masuk daftar binaan Pemkab, baik untuk pameran, pelatihan maupun penitipan produk di gerai oleh-oleh.",
    ),
    Case(
        "sms",
        "perekonomian",
        "Gas 3kg kosong sdh 8 hr di Ds Sungai Meriam Anggana. Pangkalan blg blm dikirim agen. Di kios 40rb. Tlg dibantu",
    ),
    Case(
        "sms",
        "perekonomian",
        "Solar subsidi utk nelayan di SPBN Muara Badak kosong 5 hr, kami tdk bs melaut. Mohon Pemkab koordinasi dgn Pertamina. Nelayan Ds Tanjung Limau",
    ),
    Case(
        "telegram",
        "perekonomian",
        "Malam pak/bu. Saya warga RT 03 Desa Tani Harapan, Loa Janan. Pangkalan gas melon dekat rumah saya setiap kali barang datang, separuh lebih langsung diangkut pickup ke rumah makan dan laundry di jalan poros. Warga yang antre bawa KTP sering dibilang habis. Padahal katanya tabung 3 kg itu untuk rumah tangga miskin dan usaha mikro. Sudah saya foto dan videokan. Mohon pangkalan ini diperiksa dan kalau terbukti, izinnya dievaluasi. Videonya bisa saya kirim kalau perlu.",
    ),
    Case(
        "telegram",
        "perekonomian",
        "Assalamualaikum. Menjelang puasa ini di warung2 Desa Sebuntal dan Santan Ilir, Marang Kayu, gula pasir sudah Rp 19.000/kg dan tepung terigu mulai susah dicari. Ibu2 yang biasa bikin kue untuk dijual waktu Ramadan jadi bingung. Tahun lalu juga begitu, harga baru turun habis lebaran. Apa Pemkab ada rencana pasar murah atau cek stok di distributor sebelum puasa? Mohon wilayah pesisir juga diperhatikan, jangan cuma kota.",
    ),
    Case(
        "twitter",
        "perekonomian",
        "Elpiji 3 kg di Tenggarong Seberang tembus 40rb. Katanya gas rakyat miskin, tapi harganya harga sultan \U0001f451 @kukarkab pangkalannya pada ke mana?",
    ),
    Case(
        "twitter",
        "perekonomian",
        "Ayam potong di Pasar Sebulu 55rb/kg, di Samarinda 38rb. Jaraknya cuma sejam, kok bedanya kayak beda pulau? \U0001f414 @kukarkab ada yg mantau harga ga sih",
    ),
]

_SDA = [
    Case(
        "email",
        "sda",
        "Perihal: Lubang bekas tambang batu bara terbuka dekat SD di Desa Bukit Pariaman\n\nYth. Bapak/Ibu di Pemkab Kutai Kartanegara,\n\nSaya Sarwono, Ketua RT 14 Desa Bukit Pariaman, Kecamatan Tenggarong Seberang. Sekitar 200 meter di belakang sekolah dasar di RT kami ada lubang bekas galian batu bara seluas kira-kira 3 hektare yang sudah terisi air dan dibiarkan terbuka sejak perusahaannya berhenti beroperasi tahun 2021. Tidak ada pagar, tidak ada papan peringatan. Setiap pulang sekolah dan hari Minggu anak-anak berenang dan memancing di sana.\n\nKita semua tahu sudah banyak anak di Kaltim yang meninggal tenggelam di lubang tambang. Kami tidak mau menunggu ada korban di desa kami. Warga sudah dua kali gotong royong memasang tali dan spanduk, tetapi sudah rusak lagi.\n\nKami mohon Pemkab: (1) mendesak perusahaan atau pemegang izinnya untuk memagar dan mereklamasi lubang tersebut; (2) bila perusahaannya sudah tidak jelas, mengambil langkah pengamanan sementara; (3) memberi tahu kami ke mana lagi harus melapor. Kami sudah menyurat ke Dinas ESDM Provinsi bulan Juli tetapi belum ada balasan.\n\nFoto dan titik koordinat terlampir.\n\nHormat kami,\nSarwono",
    ),
    Case(
        "email",
        "sda",
        "Subjek: Limbah pabrik kelapa sawit mencemari sungai di Desa Sedulang\n\nYth. Bapak/Ibu,\n\nKami warga Desa Sedulang, Kecamatan Muara Kaman. Sejak pertengahan Agustus 2024 air anak sungai di belakang kampung berubah hitam kecokelatan, berbuih, dan berbau busuk seperti minyak tengik. Arahnya dari pabrik kelapa sawit di hulu, sekitar 6 km dari desa. Warga melihat sendiri ada pipa dari kolam limbah pabrik yang mengalir ke parit menuju sungai setiap malam hujan.\n\nDampaknya: ikan di keramba warga mati (sekitar 400 kg milik 5 keluarga), anak-anak gatal-gatal setelah mandi di sungai, dan kami terpaksa membeli air galon untuk memasak. Kami sudah melapor ke pihak pabrik, mereka hanya mengirim 20 dus air mineral.\n\nKami mohon Pemkab mengambil sampel air, memeriksa kolam limbah pabrik, dan menghentikan pembuangan ke sungai. Kami juga mohon ada perhatian bagi pembudidaya ikan yang merugi.\n\nHormat kami,\natas nama warga RT 02 dan RT 03,\nSupriadi",
    ),
    Case(
        "email",
        "sda",
        "Perihal: Bantuan traktor tangan untuk Kelompok Tani Sri Rejeki dialihkan\n\nYth. Bapak/Ibu,\n\nKami pengurus Kelompok Tani Sri Rejeki, Desa Wonosari, Kecamatan Kota Bangun, dengan 32 anggota dan luas sawah 41 hektare. Pada musrenbang kecamatan 2023 kami mengusulkan bantuan alat dan mesin pertanian, dan pada Mei 2024 kami menerima surat dari kabupaten bahwa kelompok kami ditetapkan sebagai penerima 2 unit traktor tangan dan 1 unit pompa air.\n\nSaat penyerahan di kecamatan pada 19 Agustus 2024, traktor yang bernomor untuk kelompok kami justru diserahkan kepada kelompok lain dari desa tetangga yang ketuanya kerabat anggota dewan. Kami hanya menerima satu pompa air. Penyuluh lapangan bilang itu 'penyesuaian', tanpa berita acara.\n\nKami juga punya masalah saluran irigasi tersier yang dangkal dan harga pupuk yang naik, tetapi yang kami mohon sekarang hanyalah kejelasan: apakah traktor untuk kelompok kami benar-benar dialihkan, atas dasar apa, dan kapan kami menerimanya. Musim tanam tinggal sebulan. Surat penetapan dan foto penyerahan terlampir.\n\nHormat kami,\nSukardi, Ketua",
    ),
    Case(
        "whatsapp",
        "sda",
        "Assalamualaikum pian. Ulun nelayan di Desa Muara Pantuan, Anggana. Bulan Maret tadi bubuhan nelayan di sini didata gasan bantuan mesin ketinting wan jaring dari kabupaten, jar penyuluh perikanan. KTP wan kartu nelayan sudah dikumpulkan. Nah bulan tadi bantuan datang, tapi nang dapat malah urang-urang nang kada bagawi nelayan, ada nang pegawai toko. Ulun nang tiap hari turun ka laut kadada dapat. Tulung dicek daftar penerimanya lah, supaya tepat sasaran. Makasih.",
    ),
    Case(
        "whatsapp",
        "sda",
        "Min, ini udah ketiga kalinya bulan ini. Tiap hujan deras, air lumpur coklat pekat dari area tambang di atas kampung turun ke rumah2 warga RT 07 Desa Jembayan, Loa Kulu. Kolam pengendapan punya perusahaan katanya jebol dari bulan lalu dan ga diperbaiki. Lantai rumah gue ketutup lumpur 10 cm, sumur keruh ga bisa dipake. Udah ngadu ke humas perusahaan, dikasih sembako 1 paket doang \U0001f644. Tolong Pemkab tekan perusahaannya buat perbaiki tanggul & ganti rugi warga. Video ada kalo perlu.",
    ),
    Case(
        "whatsapp",
        "sda",
        "Assalamualaikum pak. Aku warga Desa Teluk Bingkai, Kenohan. Dah seminggu asap tebal di kampung kami, lahan gambut di seberang danau terbakar, katanya dibakar orang yang mau buka kebun. Mata perih, anak-anak batuk, sekolah dah diliburkan dua hari. Api masih ada sampai tadi malam, petugas pemadam cuma datang sekali, ndik kawa masuk karena ndik ada jalan. Kami minta tolong dikirim bantuan pemadaman, dan yang bakar lahan tu dicari beh, jangan tiap tahun begini terus.",
    ),
    Case(
        "web",
        "sda",
        "Lokasi: RT 09 Desa Dondang, Kecamatan Muara Jawa.\n\nSejak stockpile dan jetty batu bara di tepi sungai beroperasi penuh tahun ini, debu hitam menempel di lantai, jemuran dan atap rumah warga setiap hari, terutama saat angin bertiup dari arah sungai. Air hujan yang kami tampung dari atap jadi hitam dan tidak bisa dipakai lagi. Di posyandu banyak balita dengan keluhan batuk dan sesak; bidan desa mencatat kasus ISPA naik. Truk pengangkut juga lalu-lalang tanpa terpal. Kami minta Pemkab memeriksa pengendalian debu di stockpile tersebut (penyiraman, jaring penahan debu, jarak dari permukiman) dan memastikan perusahaan menjalankannya. Kami sudah mengumpulkan tanda tangan 86 KK.",
    ),
    Case(
        "web",
        "sda",
        "Kami petani di Desa Senoni, Kecamatan Sebulu. Tahun 2012 kami menyerahkan lahan sekitar 180 hektare kepada perusahaan perkebunan kelapa sawit dengan janji kebun plasma 20% untuk masyarakat. Sampai sekarang, 12 tahun kemudian, kebun plasma belum juga diserahkan dan tidak ada bagi hasil apa pun. Selain itu perusahaan menanam sawit sampai ke tepi Sungai Mahakam dan masuk ke kebun karet warga yang tidak pernah diserahkan. Kami mohon Pemkab memfasilitasi penyelesaian kewajiban plasma perusahaan dan pengukuran ulang batas HGU dengan lahan warga.",
    ),
    Case(
        "web",
        "sda",
        "Lokasi: Desa Muara Muntai Ilir, Kecamatan Muara Muntai.\n\nPada 3-5 November 2024 ikan di keramba warga di Sungai Mahakam mati mendadak, totalnya sekitar 2 ton (nila, patin dan jelawat) milik 11 pembudidaya. Air sungai berubah kehijauan dan berbau. Kami tidak tahu penyebab pastinya; ada yang bilang limbah dari hulu, ada yang bilang karena air surut. Kami minta: (1) pemeriksaan kualitas air sungai untuk mengetahui penyebabnya; (2) bila memang pencemaran, sumbernya ditindak; (3) bantuan benih dan pakan agar kami bisa mulai lagi. Kerugian per orang antara Rp 8 juta sampai Rp 30 juta.",
    ),
    Case(
        "sms",
        "sda",
        "Pak, bantuan pompa air & benih padi utk Poktan Karya Bersama Ds Sumber Sari Loa Kulu kpn turun? Sdh diusulkan Jan. Sawah kering. Trmksh",
    ),
    Case(
        "sms",
        "sda",
        "Lapor: ada truk batu bara buang oli bekas ke parit yg ngalir ke sungai di Ds Amborawang Laut Samboja, tiap mlm. Mohon ditindak",
    ),
    Case(
        "telegram",
        "sda",
        "Selamat siang. Kami masyarakat Dayak Kenyah di Desa Long Lalang, Tabang. Sejak Agustus alat berat perusahaan kayu masuk dan menebang di hutan yang selama ini kami jaga sebagai tana' ulen (hutan larangan adat), tempat kami mengambil rotan, obat-obatan dan berburu. Perusahaan bilang lokasi itu masuk konsesinya. Kami tidak pernah diajak bicara. Mohon Pemkab turun melihat lokasi dan menyampaikan ke instansi kehutanan supaya penebangan di hutan adat kami dihentikan dulu sampai batasnya jelas.",
    ),
    Case(
        "telegram",
        "sda",
        "Malam kak. Saya ketua KUB nelayan 'Pantai Indah' di Desa Kersik, Marang Kayu. Waktu musrenbang kecamatan Februari kemarin, usulan kami bantuan cool box, GPS fish finder dan mesin 15 PK untuk 20 anggota katanya sudah masuk prioritas kabupaten. Sampai November belum ada kabar sama sekali, padahal ini usulan ketiga berturut2. Bisa dibantu cek statusnya? Nelayan kecil di sini cuma bisa melaut dekat pantai karena perahunya kecil.",
    ),
    Case(
        "twitter",
        "sda",
        "Lubang tambang di belakang perumahan Kel. Sanga-Sanga Dalam masih nganga tanpa pagar. Nunggu ada anak tenggelam dulu baru dipagar? \U0001f621 @kukarkab #LubangTambang",
    ),
    Case(
        "twitter",
        "sda",
        "Sawit udah ditanam sampai pinggir Danau Semayang, Kenohan. Kemarau danau kering, musim hujan kampung kebanjiran, nelayan danau makin susah. Yang ngasih izin pernah lihat lokasinya ga? @kukarkab",
    ),
]

_ADPEM = [
    Case(
        "email",
        "adpem",
        "Kepada Yth. Sekretariat Daerah Kabupaten Kutai Kartanegara\n\nDengan hormat,\nSaya Hendra Saputra, warga RT 07 Desa Jembayan, Kecamatan Loa Kulu. Melalui surel ini saya menyampaikan keluhan warga mengenai semenisasi jalan poros Jembayan - Jembayan Dalam sepanjang kurang lebih 1,8 km. Menurut papan informasi, pekerjaan ini dibiayai APBD Kabupaten Tahun Anggaran 2024 dengan nilai kontrak Rp 4.217.500.000 dan selesai akhir Desember 2024.\n\nBaru tiga bulan dipakai, di sedikitnya sebelas titik beton sudah retak memanjang, dan di depan SDN 011 Loa Kulu bagian pinggirnya pecah dan amblas. Warga yang menonton saat pengecoran melihat ketebalan beton di beberapa titik tidak sampai 15 cm dan tidak ada besi wiremesh. Waktu itu tidak terlihat pengawas dari dinas di lokasi.\n\nKami juga sempat mengeluhkan lampu jalan yang mati, tapi itu soal lain. Yang kami mohon sekarang adalah agar pemerintah kabupaten memeriksa mutu jalan tersebut selagi masa pemeliharaan masih berjalan dan meminta kontraktor memperbaiki kerusakannya. Foto-foto terlampir.\n\nHormat saya,\nHendra Saputra\n0812-5634-4471",
    ),
    Case(
        "email",
        "adpem",
        "Selamat siang Bapak/Ibu,\n\nsaya mau melaporkan saluran drainase di Jalan Pemuda, Kelurahan Muara Jawa Ulu. Galiannya sudah dibuka sejak Agustus tahun lalu, sebagian sudah dipasang U-ditch, tapi sekitar 200 meter sisanya dibiarkan begitu saja. Pekerja terakhir kelihatan bulan Januari. Sekarang lubang galian penuh air hitam, jadi sarang nyamuk, dan minggu lalu anak tetangga saya jatuh ke situ waktu pulang mengaji, untung cuma luka di kaki.\n\nSaya sudah tanya ke kantor kelurahan, katanya itu pekerjaan kabupaten jadi mereka tidak bisa apa-apa. Pak lurahnya juga jarang ada di kantor, tapi biarlah itu. Saya cuma minta kejelasan: pekerjaan ini sebenarnya masih jalan atau sudah ditinggal kontraktornya? Kalau memang putus kontrak, siapa yang akan menutup galian ini?\n\nTerima kasih.\nRina Marlina\nMuara Jawa Ulu",
    ),
    Case(
        "email",
        "adpem",
        "Yth. Setda Kukar,\n\nKami mewakili warga RT 03 Desa Sebelimbingan, Kecamatan Kota Bangun, ingin menanyakan kelanjutan pembangunan gedung Puskesmas Pembantu di desa kami. Menurut papan proyek, pekerjaan dimulai Juli 2024 dengan waktu pelaksanaan 150 hari kalender. Sampai hari ini (12 Mei 2025) bangunan baru sampai rangka atap, dinding belum penuh, kusen belum terpasang, dan sejak Februari tidak ada satu pun tukang yang bekerja. Sisa semen sudah membatu di bawah terpal.\n\nSelama ini warga harus menyeberang ke Kota Bangun Ilir kalau mau berobat, jadi kami sangat menunggu gedung ini. Kami mohon pemerintah kabupaten turun melihat langsung dan menjelaskan kepada masyarakat kapan pekerjaan ini akan diselesaikan dan apakah pelaksananya dikenai sanksi.\n\nWassalam,\nM. Arsyad",
    ),
    Case(
        "whatsapp",
        "adpem",
        "Assalamualaikum pak. Ulun warga Desa Bukit Raya Tenggarong Seberang. Handak melapor jembatan beton di RT 12 nang hanyar dibangun tahun tadi, wayahini sudah retak di oprit lawan tanahnya turun kira2 sejengkal. Mun hujan banyu masuk ke retakan. Bubuhan kami takut mun truk sawit liwat kaina runtuh. Tulung pian sampaikan ke nang bertanggung jawab supaya dicek. Foto ulun kirim habis ini.",
    ),
    Case(
        "whatsapp",
        "adpem",
        "Pagi min. Mau lapor, jalan di Sungai Merdeka Samboja yg baru selesai diaspal bulan kemaren udah ngelupas di depan masjid Al-Ikhlas, batunya lepas2 kayak kerikil. Pas dikerjain juga aneh, ngaspal malem2 pas hujan. Ini masih masa pemeliharaan kan? Tolong kontraktornya dipanggil lah, sayang duit rakyat.",
    ),
    Case(
        "whatsapp",
        "adpem",
        "Selamat sore. Sy Yusran dr Desa Santan Ilir, Marang Kayu. Turap di tepi Sungai Santan dekat tambatan perahu yg dikerjakan akhir 2024 ambruk sepanjang kira2 25 m stlh air pasang tgl 28 April kemarin. Kata warga blm diserahterimakan. Rumah 3 KK di belakangnya skrg terancam. Mohon dicek apakah pekerjaan itu sesuai spesifikasi dan segera diperbaiki.",
    ),
    Case(
        "web",
        "adpem",
        "Saya mahasiswa asal Muara Badak yang sedang menulis tugas akhir tentang infrastruktur di Kukar. Saya ingin meminta data capaian fisik dan keuangan paket-paket peningkatan jalan di Kecamatan Muara Badak tahun anggaran 2024 (misalnya ruas Badak Baru - Salo Palai dan jalan lingkungan Tanjung Limau). Di website dinas hanya ada daftar paket tanpa persentase progres. Apakah laporan pemantauan seperti itu bisa diakses masyarakat, dan bagaimana cara mengajukannya? Terima kasih. - Nabila Putri",
    ),
    Case(
        "web",
        "adpem",
        "Laporan dari warga Desa Sungai Meriam, Kecamatan Anggana. Pekerjaan box culvert di jalan poros dekat simpang SMPN 2 Anggana sudah menutup setengah badan jalan sejak Maret, cuma dipasangi drum dan tali rafia. Malam hari tidak ada lampu peringatan, sudah dua pengendara motor jatuh. Pekerja datang seminggu sekali, kadang tidak sama sekali. Kami mohon pelaksananya ditegur supaya pekerjaan dipercepat dan diberi rambu yang layak. Nilai kontraknya di papan Rp 1,3 miliar, bukan pekerjaan kecil.",
    ),
    Case(
        "web",
        "adpem",
        "Yth. Bapak Bupati / Dinas PU (mohon diteruskan kalau salah alamat)\nKami warga Desa Tabang Lama, Kecamatan Tabang. Jembatan gantung penghubung ke kebun warga di seberang Sungai Belayan mulai dibangun tahun 2023. Tiang dan sling sudah terpasang, tapi lantai papannya baru setengah dan sejak itu tidak dilanjutkan. Kami sudah dua kali menyampaikan lewat musrenbang kecamatan dan datang ke kantor dinas di Tenggarong, jawabannya selalu 'masih dianggarkan'. Warga terpaksa tetap menyeberang pakai ketinting, padahal waktu banjir arusnya sangat deras. Mohon kejelasan nasib jembatan ini: masih akan dituntaskan atau sudah dianggap selesai?",
    ),
    Case(
        "sms",
        "adpem",
        "Semenisasi gg mawar rt 5 sebulu ilir brenti sdh 2 bln, pasir batu ditinggal ditengah jln, mobil ga bs lewat. Kpn dilanjut? Tks",
    ),
    Case(
        "sms",
        "adpem",
        "Pak, saluran drainase baru di jl poros samarinda-loa janan km 8 dkt masjid, baru dibangun des kmrn skrg sdh retak & jebol 2 titik. Mohon dicek kualitasnya. Warga Tani Bhakti",
    ),
    Case(
        "telegram",
        "adpem",
        "Selamat malam. Mau tanya soal GOR mini di belakang kantor camat Muara Kaman. Dari 2023 bangunannya cuma tiang2 besi sama pondasi, sekarang udah karatan dan ditumbuhi ilalang. Anak2 muda sini nunggu2 mau dipakai futsal & voli. Ini mangkrak atau gimana? Kalau dananya sudah keluar, hasilnya mana? Tolong ada yang cek ke lapangan.",
    ),
    Case(
        "telegram",
        "adpem",
        "Pak, pengerasan jalan tembus Kembang Janggut - Tabang yg dikerjakan bulan Februari itu batunya tipis sekali, dari km 14 sampai km 17 sudah kembali jadi lumpur. Truk sembako ke Tabang tertahan 2 hari minggu lalu. Kami minta volume pekerjaannya dicek, jangan sampai dibayar penuh padahal hasilnya begini.",
    ),
    Case(
        "twitter",
        "adpem",
        "Selamat kepada jalan poros Teluk Bingkai, Kenohan, yang sudah memasuki tahun ketiga 'dalam pengerjaan' 👏👏 Semoga sebelum cucu saya lulus SD sudah bisa dilewati tanpa nyangkut. @pemkabkukar",
    ),
    Case(
        "twitter",
        "adpem",
        "Paving & taman di kawasan Monumen Perjuangan Merah Putih Sanga-Sanga baru selesai Januari, sekarang paving blocknya naik turun kayak ombak, 2 tiang lampu taman udah roboh. Kualitas begini dibayar berapa ya? #SangaSanga #Kukar",
    ),
]

_PBJ = [
    Case(
        "email",
        "pbj",
        "Kepada Yth.\nPokja Pemilihan / pihak terkait di Sekretariat Daerah Kab. Kutai Kartanegara\n\nPerihal: Keberatan atas hasil evaluasi tender\n\nDengan hormat,\nKami CV Mahakam Karya Utama (Tenggarong), peserta tender paket Peningkatan Jalan Lingkungan Desa Bukit Pariaman, Kecamatan Tenggarong Seberang, dengan HPS Rp 2.480.000.000. Penawaran kami Rp 2.196.350.000, terendah dari lima peserta. Namun pada pengumuman hasil evaluasi tanggal 6 Mei 2025 kami dinyatakan gugur dengan alasan 'tidak melampirkan SKK Ahli Muda K3 Konstruksi', padahal dokumen pemilihan hanya mensyaratkan Petugas K3 Konstruksi dan sertifikatnya sudah kami unggah.\n\nKami sudah menyampaikan keberatan melalui aplikasi pada 8 Mei, tetapi jawaban Pokja hanya satu kalimat tanpa menanggapi pokok keberatan kami. Kami mohon evaluasi ditinjau ulang sesuai dokumen pemilihan sebelum penetapan pemenang.\n\nHormat kami,\nIr. Budi Santoso\nDirektur",
    ),
    Case(
        "email",
        "pbj",
        "Selamat pagi,\n\nSaya Dewi Anggraini, pemilik CV Samboja Teknik Mandiri yang baru berdiri Maret 2025. Kami membuat akun di SPSE Kukar sejak 22 April dan sudah mengunggah akta, NIB, NPWP serta KTP direktur. Status akun masih 'menunggu verifikasi'. Waktu saya telepon, saya disuruh datang membawa dokumen asli ke Tenggarong. Tanggal 30 April saya datang, tapi petugas verifikasinya sedang dinas luar dan saya diminta kembali lagi. Dari Samboja ke Tenggarong itu hampir 3 jam pulang pergi.\n\nSebetulnya kami juga punya pekerjaan tahun lalu di salah satu kecamatan yang pembayarannya belum tuntas, tapi itu sedang kami urus sendiri. Yang saya perlukan sekarang hanya kepastian kapan akun kami bisa diaktifkan dan apakah verifikasinya bisa dijadwalkan, karena ada beberapa paket yang ingin kami ikuti bulan ini.\n\nTerima kasih.\nDewi Anggraini\n0813-4712-0956",
    ),
    Case(
        "email",
        "pbj",
        "Assalamualaikum wr. wb.\n\nKami kelompok perajin mebel kayu di Desa Sabintulung, Kecamatan Muara Kaman. Selama ini kami menjual meja, kursi dan lemari ke warga, tapi beberapa sekolah dan kantor desa bilang mereka hanya boleh membeli lewat katalog elektronik. Kami sudah ikut pelatihan UMKM dari dinas tahun lalu tapi soal ini tidak pernah dijelaskan.\n\nMohon penjelasan: bagaimana caranya produk kami bisa tayang di katalog lokal Kabupaten Kutai Kartanegara, apa saja syaratnya (apakah harus berbentuk CV atau cukup usaha perorangan dengan NIB), dan ke mana kami harus datang untuk pendampingan. Kami kurang paham internet, jadi kalau ada petugas yang bisa membantu kami sangat berterima kasih.\n\nWassalam,\nH. Mahyudin",
    ),
    Case(
        "whatsapp",
        "pbj",
        "Min, website LPSE Kukar kenapa ga bisa dibuka dari jam 10 tadi? Muter2 terus trus 'gateway timeout'. Batas upload penawaran paket rehab gedung SD di Loa Janan jam 15.00 hari ini!! Kalau gara2 servernya kami telat, ada perpanjangan ga? Tolong segera dijawab 🙏",
    ),
    Case(
        "whatsapp",
        "pbj",
        "Assalamualaikum. Ulun kontraktor halus di Loa Kulu, handak menyampaikan haja. Tender paket jalan usaha tani di Desa Rempanga tu, sabalum diumumkan bubuhan di warung kopi sudah tahu siapa nang menang. Kada salah, nang menang memang PT itu jua, padahal penawarannya paling larang. Kami nang lain digugurkan gara2 hal sepele. Tulung diperiksa pokjanya, jangan sampai lelang cuma formalitas. Ulun siap memberi keterangan mun diperlukan.",
    ),
    Case(
        "whatsapp",
        "pbj",
        "Selamat siang pak/bu. Sy dari CV yg ikut tender perahu ambulans utk Kecamatan Kota Bangun dan Muara Muntai. Di jadwal aplikasi harusnya penetapan pemenang tgl 5 Mei, skrg sudah tgl 19 belum ada pengumuman, jadwal diubah 3x tanpa alasan di kolom keterangan. Kami cuma mau tahu paket ini masih berjalan atau mau dibatalkan, krn jaminan penawaran kami hampir habis masa berlakunya.",
    ),
    Case(
        "web",
        "pbj",
        "Saya warga Tenggarong Seberang dan bekerja di toko bahan bangunan. Saya melihat di katalog elektronik ada tangki air 1.000 liter merek lokal yang dibeli beberapa instansi Kukar dengan harga Rp 4,6 juta per unit, sementara di toko kami barang yang sama hanya Rp 1,9 juta. Pembeliannya bukan cuma sekali. Apakah tidak ada yang membandingkan harga sebelum membeli lewat katalog? Mohon transaksi tersebut ditelusuri dan dijelaskan bagaimana pengawasan harga di katalog lokal kabupaten.",
    ),
    Case(
        "web",
        "pbj",
        "Kami penyedia jasa perkapalan dari Muara Muntai. Dalam daftar rencana paket yang diumumkan di SiRUP awal tahun ada paket speedboat puskesmas untuk wilayah perairan Muara Muntai dan Kenohan dengan rencana pemilihan bulan Maret. Sampai akhir Mei paket itu belum muncul di aplikasi tender. Mohon informasi apakah paket tersebut ditunda, dialihkan ke pembelian lewat katalog, atau dibatalkan, supaya kami bisa bersiap. Terima kasih.",
    ),
    Case(
        "web",
        "pbj",
        "Kepada yang berwenang,\nSaya pemilik usaha percetakan dan reklame di Sanga-Sanga. Saya perhatikan banyak pekerjaan pemerintah di bawah Rp 200 juta (cetak baliho, papan nama, dan sejenisnya) langsung diberikan ke penyedia tertentu dari Tenggarong tanpa pernah diumumkan, sehingga penyedia di kecamatan tidak pernah dapat kesempatan. Bagaimana sebenarnya mekanisme penunjukan penyedia untuk paket kecil, dan di mana kami bisa melihat pengumumannya? Kami ingin ikut bersaing secara sah.\nSalam, Robert Tampubolon",
    ),
    Case(
        "sms",
        "pbj",
        "Slmt pagi, sy penyedia dr Anggana, akun SPSE sy terkunci krn salah password bbrp kali. Besok batas akhir penawaran. Mhn dibantu reset. User: cvdeltaanggana",
    ),
    Case(
        "sms",
        "pbj",
        "Mau tanya syarat daftar jd rekanan di LPSE kukar apa aja ya? Sy baru buka CV di Sebulu, bidang ATK & komputer. Hrs dtg ke tenggarong kah?",
    ),
    Case(
        "telegram",
        "pbj",
        "Selamat sore. Kami konsultan perencana dari Samarinda, ikut seleksi jasa konsultansi perencanaan pasar ikan Muara Jawa. Pada evaluasi kualifikasi kami dinyatakan tidak lulus karena 'SKK tenaga ahli tidak valid', padahal SKK Ahli Madya Arsitek kami berlaku sampai 2027 dan bisa dicek di portal LPJK. Kami sudah kirim keberatan lewat fitur sanggah tapi sampai lewat masa jawab belum ada tanggapan. Mohon ditindaklanjuti.",
    ),
    Case(
        "telegram",
        "pbj",
        "Izin bertanya. Kami distributor alat kesehatan di Marang Kayu. Puskesmas di wilayah kami katanya membeli alkes lewat mini kompetisi di e-katalog, tapi undangannya tidak pernah sampai ke kami padahal produk kami sudah tayang. Apakah ada syarat tambahan supaya kami bisa ikut diundang? Atau cuma penyedia tertentu saja yang dipilih?",
    ),
    Case(
        "twitter",
        "pbj",
        "LPSE Kukar error lagi pas menit2 terakhir upload dokumen penawaran. Tiap tender gede kok pas banget servernya tumbang ya. Kebetulan yg konsisten 🙃 #Kukar",
    ),
    Case(
        "twitter",
        "pbj",
        "Pemenang tender jalan di Muara Wis alamat kantornya ternyata rumah kosong di Tenggarong, ga ada plang, ga ada alat. Verifikasi lapangannya gimana tuh pokja? @pemkabkukar",
    ),
]

_ORGANISASI = [
    Case(
        "email",
        "organisasi",
        "Yth. Sekretariat Daerah Kabupaten Kutai Kartanegara,\n\nSaya Andi Firmansyah, warga Kelurahan Loa Ipuh, Tenggarong. Pada 3 Januari 2025 saya mengajukan Persetujuan Bangunan Gedung (PBG) untuk ruko dua lantai milik keluarga di Jalan Patin. Berkas dinyatakan lengkap dan retribusi sudah saya bayar sesuai tagihan. Sampai 15 Mei 2025, lebih dari empat bulan, PBG belum terbit. Setiap kali saya datang ke loket, jawabannya berubah-ubah: pertama 'menunggu tim teknis', lalu 'menunggu tanda tangan', terakhir 'sistemnya sedang migrasi'. Tidak ada satu petugas pun yang bisa menyebutkan berapa lama seharusnya proses ini dan di tahap mana berkas saya sekarang.\n\nSaya tidak minta diistimewakan. Saya hanya ingin tahu berapa lama waktu penyelesaian yang sebenarnya dijanjikan kepada masyarakat, dan mengapa janji itu tidak ditepati. Uang muka tukang sudah saya bayar dan bangunan tidak bisa dimulai.\n\nHormat saya,\nAndi Firmansyah",
    ),
    Case(
        "email",
        "organisasi",
        "Selamat malam,\n\nSaya ingin melaporkan kejadian tanggal 7 Mei 2025 saat mengurus akta kelahiran anak kedua saya di layanan kependudukan di Muara Badak. Petugas di meja bilang berkas bisa jadi dua minggu, tapi 'kalau mau cepat, tiga hari jadi, ada biaya Rp 150.000'. Saya tanya kuitansinya, katanya tidak ada. Karena saya harus segera mendaftarkan anak ke BPJS, saya terpaksa bayar. Setahu saya akta kelahiran itu gratis.\n\nTetangga saya mengalami hal yang sama bulan lalu. Saya tidak mau nama saya disebar karena takut urusan saya yang lain dipersulit, tapi saya berharap ini ditindak supaya warga lain tidak diperas.\n\nTerima kasih.\n(nama dirahasiakan)",
    ),
    Case(
        "email",
        "organisasi",
        "Kepada Bapak/Ibu yang berwenang,\n\nSudah tiga kali saya mengurus dokumen di Mal Pelayanan Publik Tenggarong, dan setiap kali selesai dilayani, petugas loket langsung menyodorkan tablet survei yang sudah dalam posisi 'Sangat Puas' lalu meminta saya menekan tombol kirim. Sekali saya mencoba memilih 'Kurang Puas' karena antre hampir tiga jam, petugasnya terlihat tidak senang dan bilang 'jangan Pak, nanti nilai kami turun'.\n\nKalau cara pengisiannya begini, angka kepuasan yang diumumkan pemerintah tentu tidak menggambarkan keadaan sebenarnya. Saya mohon cara penilaiannya diperbaiki, misalnya diisi sendiri tanpa ditunggui petugas, dan hasilnya diumumkan terbuka per loket.\n\nSalam,\nYohanes Baan\nTenggarong",
    ),
    Case(
        "whatsapp",
        "organisasi",
        "Assalamualaikum. Aku ni warga Muara Muntai Ilir, nak nanya pang. KTP elektronik aku sudah rekam dari bulan Februari di kantor kecamatan, sampai wayah ini ndik jua jadi. Tiap datang dibilang blangko habis, disuruh balik bulan depan. Aku harus naik ketinting sejam lebih tiap datang. Kawan aku yang rekam bulan April malah sudah jadi. Bemana sebenarnya ni? Kita tolong cekkan lah.",
    ),
    Case(
        "whatsapp",
        "organisasi",
        "Pak, mau lapor. Tadi pagi saya uji KIR pick up di UPT pengujian kendaraan Dishub di Tenggarong. Retribusinya sesuai Perda kan cuma puluhan ribu, tp di dalam ada oknum yg nawarin 'lulus tanpa antre' bayar Rp 300 rb. Yg ga bayar disuruh nunggu sampai siang dan dicari2 kesalahannya. Saya ada rekaman suaranya kalau dibutuhkan. Tolong ditertibkan.",
    ),
    Case(
        "whatsapp",
        "organisasi",
        "Selamat siang. Saya mau mengeluh soal antrean poli penyakit dalam RSUD AM Parikesit. Ibu saya (68 th, pakai kursi roda) datang jam 7 pagi ambil nomor, baru dipanggil dokter jam 1 siang. Tidak ada papan info jam praktik dokter, petugas pendaftaran cuma bilang 'tunggu saja bu'. Ruang tunggu penuh, kursi kurang. Tolong alur layanannya diperbaiki, minimal ada kepastian jam berapa dipanggil.",
    ),
    Case(
        "web",
        "organisasi",
        "Saya beberapa kali mengurus izin usaha mikro dan surat rekomendasi di beberapa kantor pemerintah di Tenggarong Seberang. Di kantor-kantor itu tidak ada satu pun papan atau brosur yang menjelaskan syarat, lama proses, dan biaya. Akibatnya syarat bisa berubah tergantung siapa petugas yang jaga hari itu. Bukankah setiap kantor yang melayani warga wajib mengumumkan hal-hal tersebut? Mohon pemerintah kabupaten memastikan setiap loket memasang informasi yang jelas dan seragam.",
    ),
    Case(
        "web",
        "organisasi",
        "Kepada Yth. Bapak Bupati Kutai Kartanegara\n\nSaya mengirim surat permohonan rekomendasi teknis untuk usaha penggilingan padi ke salah satu dinas di Tenggarong pada 10 Februari 2025. Sampai hari ini tidak ada jawaban, baik menolak maupun menerima. Tiga kali saya datang, berkas saya 'masih di meja kepala bidang'. Saya tidak tahu lagi harus ke mana, jadi saya tulis ke Bapak. Mohon dinas tersebut diingatkan untuk menjawab permohonan warga dalam waktu yang wajar.\nHormat saya, Sarmin, Desa Lebak Mantan, Muara Wis",
    ),
    Case(
        "web",
        "organisasi",
        "Saya sudah mendaftar antrean online untuk pembuatan KK baru di kantor layanan kependudukan dan dapat jadwal Selasa 13 Mei jam 09.00. Saya datang dari Loa Janan tepat waktu, ternyata petugas bilang antrean online 'tidak berlaku hari ini' dan saya harus ambil nomor manual, dapat nomor 87. Tidak ada pengumuman apa pun di aplikasi maupun di pintu. Kalau layanannya memang tidak jalan, jangan diumumkan. Saya minta penjelasan dan perbaikan.",
    ),
    Case(
        "sms",
        "organisasi",
        "Ngurus akta kematian almarhum bapak di capil tenggarong sdh 3x bolak balik dr kenohan, tiap dtg syaratnya beda2. Kmrn diminta surat dr RT lg pdhl sdh ada. Tolong lah",
    ),
    Case(
        "sms",
        "organisasi",
        "Pak, petugas PBB di kantor UPT Kembang Janggut minta uang rokok 50rb utk tanda tangan SPPT. Memang ada biaya kah? Sy bayar krn takut",
    ),
    Case(
        "telegram",
        "organisasi",
        "Selamat pagi. Sudah 3 hari berturut2 saya datang ke kantor UPTD Pendidikan di Tabang untuk legalisir ijazah anak. Kantornya buka tapi pegawai yg berwenang tidak ada, jam 10 pintu sudah ditutup. Tidak ada nomor yg bisa dihubungi. Anak saya harus kirim berkas kuliah minggu ini. Apa memang begitu jam kerjanya?",
    ),
    Case(
        "telegram",
        "organisasi",
        "Min, loket pendaftaran Puskesmas Sebulu 1 jam 10 pagi sudah tutup, katanya kuota habis. Padahal di papan tertulis layanan sampai jam 12. Pasien dari Segihan yang jauh2 datang disuruh pulang. Tolong diatur yang benar, kasihan orang tua.",
    ),
    Case(
        "twitter",
        "organisasi",
        "Di papan jam layanan 08.00. Petugas datang 09.30, istirahat 11.30, balik 13.45. Ini jam kerja ASN atau jam kerja santai, Disdukcapil Kukar? 🙂 @pemkabkukar",
    ),
    Case(
        "twitter",
        "organisasi",
        "Bikin KIA anak di Disdukcapil Kukar katanya gratis, kok di loket diminta 'uang map' 25rb tanpa kuitansi? Ada yg ngalamin juga? #pungli #Kukar",
    ),
]

_UMUM = [
    Case(
        "email",
        "umum",
        "Kepada Yth. Sekretariat Daerah Kabupaten Kutai Kartanegara\n\nDengan hormat,\nKami Ikatan Pemuda Pelajar Kutai Kartanegara berencana mengadakan seminar kepemudaan bertema 'Generasi Muda dan IKN' pada Sabtu, 14 Juni 2025, pukul 08.00-13.00 WITA, dengan peserta sekitar 120 orang. Kami bermaksud meminjam ruang rapat besar di Kantor Bupati, Jalan Wolter Monginsidi, beserta pengeras suara dan proyektornya. Narasumber kami dari Dinas Pemuda dan Olahraga dan dua dosen.\n\nMohon informasi apakah ruangan tersebut kosong pada tanggal itu, bagaimana prosedur peminjamannya, dokumen apa yang harus kami lampirkan, dan apakah ada biaya kebersihan atau listrik.\n\nAtas perhatiannya kami ucapkan terima kasih.\n\nHormat kami,\nRahmat Hidayat\nKetua Panitia\n0821-5509-3318",
    ),
    Case(
        "email",
        "umum",
        "Selamat siang,\n\nPada Senin, 21 April 2025, kami dari Kelompok Nelayan Pesisir Tanjung Limau, Muara Badak, mengantar sendiri surat bernomor 014/KNP-TL/IV/2025 yang ditujukan kepada Bupati Kutai Kartanegara, berisi permohonan data bantuan alat tangkap yang pernah diterima desa kami. Surat diterima di meja depan Kantor Bupati, tetapi petugasnya hanya memberi paraf di lembar kami tanpa nomor agenda.\n\nSudah tiga minggu tidak ada kabar. Kami tidak tahu apakah surat itu sudah dicatat dan diteruskan ke pejabat yang berwenang atau masih tertahan. Mohon bantuan mengecek keberadaan surat kami dan memberi tahu ke unit mana surat itu didisposisikan, supaya kami bisa menanyakan langsung ke sana.\n\nHormat kami,\nSyamsuddin\nKetua Kelompok",
    ),
    Case(
        "email",
        "umum",
        "Yth. Sekretariat Daerah Kukar,\n\nSaya ingin melaporkan pemakaian mobil dinas yang menurut saya tidak pantas. Pada Minggu, 11 Mei 2025, sekitar pukul 10.00 WITA, saya melihat Toyota Fortuner hitam berpelat merah KT 1047 M parkir di area Pantai Tanah Merah, Samboja. Dari mobil itu turun satu keluarga lengkap dengan tikar dan termos es, jelas untuk rekreasi. Di kaca depannya ada stiker akses parkir Kantor Bupati.\n\nSaya tidak tahu siapa pemakainya, tapi setahu saya kendaraan dinas bukan untuk keperluan pribadi di hari libur, apalagi bensinnya dibayar dari anggaran. Foto saya lampirkan. Mohon diperiksa kendaraan itu dipegang siapa dan pemakaiannya ditertibkan.\n\nTerima kasih,\nWarga Samboja",
    ),
    Case(
        "whatsapp",
        "umum",
        "Assalamualaikum. Ulun tadi ada keperluan di Kantor Bupati, duduk menunggu di lobi lantai satu. WC di samping lobi tu kada ada banyu, baunya sampai ke ruang tunggu, tisu kada ada, lantainya licin. Ini kantor bupati kah, kada supan lawan tamu dari luar daerah? Tulung disuruh petugas kebersihannya mengurus.",
    ),
    Case(
        "whatsapp",
        "umum",
        "Sore pak. Sy mau lapor, tadi siang jam 11an helm sy (KYT merah) hilang di parkiran motor sebelah barat Kantor Bupati, padahal ada pos satpam dekat situ. Pas sy tanya satpamnya, jawabannya 'bukan tanggung jawab kami'. CCTV katanya mati. Tolong keamanan parkiran diperhatikan, banyak tamu yg parkir situ.",
    ),
    Case(
        "whatsapp",
        "umum",
        "Pak, tadi jam 7.15 pagi ada Innova plat merah KT 1213 M ngebut dan nyalip di tikungan Jl. Wolter Monginsidi dekat sekolah, hampir nyerempet anak yg nyebrang. Mobilnya masuk ke halaman kantor bupati. Tolong sopirnya ditegur, itu kendaraan dinas lho.",
    ),
    Case(
        "web",
        "umum",
        "Saya pengguna kursi roda. Rabu, 7 Mei lalu saya diundang rapat di lantai 3 Kantor Bupati. Lift di gedung utama mati dan menurut satpam sudah rusak sejak Maret, sehingga saya harus digotong empat orang lewat tangga. Ruang tunggu tamu di lantai satu juga panas karena AC-nya tidak menyala. Mohon gedung ini segera diperbaiki, terutama liftnya, karena banyak warga lansia dan difabel yang berurusan di kantor ini.",
    ),
    Case(
        "web",
        "umum",
        "Kami komunitas lari Tenggarong Runners akan mengadakan fun run amal pada Minggu, 29 Juni 2025 untuk menggalang dana bagi korban kebakaran di Kelurahan Timbau. Kami ingin memakai halaman depan Kantor Bupati sebagai titik start dan finish pukul 05.30 sampai 09.00, serta meminjam 50 kursi lipat dan 2 tenda jika ada. Ke mana permohonan tertulisnya harus kami ajukan dan berapa lama sebelum acara?",
    ),
    Case(
        "web",
        "umum",
        "Kami warga RT 09 Kelurahan Panji yang rumahnya berbatasan langsung dengan bagian belakang kompleks Kantor Bupati. Sekitar sebulan terakhir sampah kantor (kardus, sisa nasi kotak, kertas) ditumpuk di dekat pagar belakang dan baru diangkut seminggu sekali. Kalau hujan, airnya mengalir ke parit depan rumah kami, baunya menyengat dan lalat di mana-mana. Mohon pengelola kantor menyediakan tempat penampungan sampah yang layak dan jadwal angkut yang lebih sering.",
    ),
    Case(
        "sms",
        "umum",
        "Sy kirim surat ke bupati lewat pos kilat tgl 3 mei, resi sdh diterima tgl 6. Ada cara cek surat sy sdh dicatat & diteruskan? Dr warga kembang janggut",
    ),
    Case(
        "sms",
        "umum",
        "Lampu taman & lampu pagar depan kantor bupati mati semua sdh seminggu, malam gelap, anak2 muda nongkrong sampe subuh. Mhn diperbaiki.",
    ),
    Case(
        "telegram",
        "umum",
        "Selamat siang. Kemarin (Kamis) saya tukar KTP dengan kartu tamu di pos jaga gedung Kantor Bupati, tapi waktu pulang saya lupa ambil. Hari ini saya datang lagi, petugas jaga yang sekarang bilang tidak ada KTP yang dititip. Saya dari Loa Kulu, bolak-balik lumayan jauh. Tolong dibantu cek ke petugas shift kemarin, nama di KTP: Siti Aminah.",
    ),
    Case(
        "telegram",
        "umum",
        "Pagar besi di sisi belakang kompleks kantor bupati (arah ke Pulau Kumala) sudah jebol sekitar 3 meter. Malam2 orang bebas keluar masuk, kemarin pagi saya lihat ada yg bawa keluar besi bekas dari gudang. Mohon diperbaiki dan penjagaannya ditambah.",
    ),
    Case(
        "twitter",
        "umum",
        "Parkiran Kantor Bupati Kukar jam 8 pagi udah penuh mobil pegawai, tamu disuruh parkir di bahu Jl. Wolter Monginsidi panas2 & rawan. Bikin dong area khusus tamu. @pemkabkukar",
    ),
    Case(
        "twitter",
        "umum",
        "Mobil plat merah KT 1158 M parkir depan tempat karaoke di Tenggarong jam 1 malam tadi. Stiker kantor bupati nempel di kaca. Kendaraan dinas buat dugem? Tolong dicek siapa pemakainya.",
    ),
]

_PROKOM = [
    Case(
        "email",
        "prokom",
        "Kepada Yth. Bapak Bupati Kutai Kartanegara\nmelalui Sekretariat Daerah\n\nDengan hormat,\nKami Gabungan Kelompok Tani 'Sumber Rejeki' Desa Bunga Jadi, Kecamatan Muara Kaman, beranggotakan 14 kelompok tani. Dua musim terakhir sawah kami seluas kurang lebih 300 hektare gagal panen karena saluran irigasi tersier tertutup endapan dan pintu airnya rusak, sementara sebagian lahan di hulu sudah berubah menjadi kebun sawit. Hal ini sudah kami sampaikan ke penyuluh dan ke kecamatan.\n\nKarena menyangkut hidup ratusan keluarga, kami memohon kesempatan bertatap muka langsung dengan Bapak Bupati, kira-kira 30 menit, bersama 8 orang perwakilan, untuk memaparkan kondisi di lapangan. Kami bisa menyesuaikan dengan jadwal Bapak di bulan Juni.\n\nHormat kami,\nSukirno\nKetua Gapoktan\n0852-4681-2230",
    ),
    Case(
        "email",
        "prokom",
        "Yth. Bapak Bupati Kutai Kartanegara,\n\nDengan hormat, panitia Festival Danau Semayang 2025 Kecamatan Kenohan bermaksud mengundang Bapak untuk membuka secara resmi festival yang akan dilaksanakan Sabtu, 26 Juli 2025 pukul 09.00 WITA di dermaga Desa Semayang. Acara meliputi lomba perahu naga, pameran ikan asin dan kerupuk ikan, serta pentas tari Kutai. Kehadiran dan sambutan Bapak sangat kami harapkan karena festival ini baru pertama kali digelar.\n\nSurat undangan resmi sudah kami kirim bersama proposal, namun kami ingin memastikan dengan siapa kami harus berkoordinasi soal susunan acara, tempat duduk tamu dan bahan sambutan, serta kapan kami bisa mendapat kepastian kehadiran Bapak.\n\nTerima kasih,\nPanitia Festival\nHj. Norhayati",
    ),
    Case(
        "email",
        "prokom",
        "Kepada pengelola hubungan media Pemkab Kukar,\n\nSaya Fadli Rahman, jurnalis media daring di Tenggarong. Saya ingin menyampaikan keluhan soal akses liputan. Pada acara penandatanganan kesepakatan dengan sebuah perguruan tinggi di Pendopo Odah Etam 8 Mei lalu, wartawan media kami tidak diizinkan masuk karena 'tidak ada di daftar', padahal undangan liputan dikirim ke grup WhatsApp wartawan. Siaran pers baru dibagikan pukul 21.00, sehingga kami tertinggal dari media lain.\n\nKami mohon ada mekanisme yang jelas tentang akreditasi wartawan untuk kegiatan pimpinan, serta siaran pers dibagikan tepat waktu dan merata. Kami juga ingin mengajukan wawancara khusus dengan Bupati tentang 100 hari program prioritas.\n\nSalam,\nFadli Rahman",
    ),
    Case(
        "whatsapp",
        "prokom",
        "Assalamualaikum kak. Di akun Instagram resmi Bupati ada postingan kunjungan ke Desa Sepatin kemarin, tapi captionnya tulis 'Kecamatan Muara Jawa' padahal Sepatin itu Anggana. Warga kami protes di kolom komentar tapi komentarnya malah dihapus. Tolong captionnya dikoreksi ya kak, dan jangan hapus komentar warga 🙏",
    ),
    Case(
        "whatsapp",
        "prokom",
        "Assalamualaikum. Aku ni guru SMK di Loa Janan. Sekolah kami nak meresmikan gedung praktik baru tanggal 23 Juni. Kepala sekolah nak ngundang Pak Bupati, tapi kami ndik tau suratnya dikirim ke mana, harus berapa lama sebelumnya, sama harus pakai susunan acara kah. Kita bisa bantu kasih tau kah? Terima kasih banyak.",
    ),
    Case(
        "whatsapp",
        "prokom",
        "Selamat malam. Saya mau menyampaikan kekecewaan. Di upacara peringatan Hari Jadi Kota Tenggarong kemarin, bapak saya sebagai salah satu tokoh adat Kutai diundang resmi, tapi sampai di lokasi tidak ada kursi untuk beliau, disuruh berdiri di belakang tenda pegawai. Umurnya sudah 74 tahun. Sementara kursi depan banyak yang kosong tapi katanya 'untuk pejabat'. Tolong ke depan penataan tamu undangan di acara resmi lebih menghargai orang tua.",
    ),
    Case(
        "web",
        "prokom",
        "Saya guru sejarah di Tenggarong dan sedang menyusun bahan ajar muatan lokal. Mohon bantuan untuk mendapatkan naskah lengkap sambutan Bupati pada peringatan Hari Jadi ke-242 Kota Tenggarong tanggal 28 September 2024. Di kanal YouTube hanya ada potongan video dan suaranya kurang jelas. Apakah naskah sambutan pimpinan daerah bisa diminta oleh masyarakat, dan melalui siapa?",
    ),
    Case(
        "web",
        "prokom",
        "Kami pengurus Ikatan Mahasiswa Kutai Kartanegara di Yogyakarta. Kondisi asrama mahasiswa Kukar di Yogyakarta sudah memprihatinkan, atap bocor dan kamar tidak cukup. Kami tidak bermaksud mengajukan proposal bantuan lewat jalur ini; kami ingin menyampaikannya langsung kepada Bupati. Kami pulang ke Tenggarong pada libur semester 14-28 Juli 2025 dan mohon diberi kesempatan bertemu Bupati bersama 5 orang pengurus. Bagaimana prosedurnya dan siapa yang bisa kami hubungi untuk menjadwalkan?",
    ),
    Case(
        "web",
        "prokom",
        "Kami panitia pembangunan Masjid Nurul Yaqin, Kelurahan Sungai Seluang, Kecamatan Samboja. Kami berencana melaksanakan peletakan batu pertama pada Jumat, 20 Juni 2025 selepas salat Jumat, dan warga sangat berharap Bapak Bupati berkenan hadir dan meletakkan batu pertama. Kami memang juga sedang menyiapkan permohonan bantuan dana pembangunan, tapi itu akan diajukan terpisah. Untuk sekarang kami hanya ingin tahu apakah undangan untuk Bupati cukup dikirim ke kantor atau harus melalui kecamatan, dan paling lambat kapan harus dikirim.",
    ),
    Case(
        "sms",
        "prokom",
        "Mhn info, undangan utk Bpk Bupati sdh kami antar tgl 8 jan, acara peringatan Peristiwa Merah Putih tgl 27 jan di Sanga-Sanga. Apakah beliau bisa hadir? Panitia perlu kepastian utk susunan acara. Trims",
    ),
    Case(
        "sms",
        "prokom",
        "Sy wartawan media online di Kota Bangun, mhn info jadwal kunjungan Bupati ke Kota Bangun besok utk liputan. Jam brp & dmn titik kumpulnya? Tks",
    ),
    Case(
        "telegram",
        "prokom",
        "Min, ada akun FB 'Kukar Terkini' nyebar potongan video Bupati seolah2 bilang honorer mau dihapus semua tahun depan. Banyak yg panik di grup2 RT. Itu benar ucapan beliau atau editan? Tolong dibuat klarifikasi resmi di akun pemkab biar ga simpang siur.",
    ),
    Case(
        "telegram",
        "prokom",
        "Salam. Kami Kerukunan Warga Tabang di Samarinda akan mengadakan halal bihalal sekaligus ulang tahun ke-10 paguyuban pada 15 Juni. Karena Bupati mungkin tidak bisa hadir, bolehkah kami meminta video ucapan singkat dari beliau untuk diputar di acara? Kalau boleh, ke siapa permohonannya dikirim dan berapa hari sebelumnya?",
    ),
    Case(
        "twitter",
        "prokom",
        "Udah 2 bulan ngajuin surat minta ketemu Bupati soal nasib guru honorer di Muara Jawa, ga ada kabar sama sekali. Katanya pemimpin yang dekat dengan rakyat? 🙂 @pemkabkukar",
    ),
    Case(
        "twitter",
        "prokom",
        "Live streaming pelantikan di akun resmi Pemkab Kukar tadi suaranya putus2 & kamera goyang terus. Acara resmi segede itu siarannya kayak rekaman HP kondangan 😅",
    ),
]

_PERENCANAAN_KEUANGAN = [
    Case(
        "email",
        "perencanaan_keuangan",
        "Kepada Yth. Sekretariat Daerah Kabupaten Kutai Kartanegara\n\nPerihal: Permohonan kejelasan pembayaran\n\nDengan hormat,\nKami Dapur Etam Catering, Jl. Mangkurawang, Tenggarong, menyediakan makan siang dan kudapan untuk rangkaian rapat koordinasi di lingkungan Sekretariat Daerah pada 10, 17 dan 24 Februari 2025 berdasarkan surat pesanan yang kami terima. Total tagihan Rp 38.750.000 sudah kami serahkan lengkap dengan faktur, kuitansi bermeterai dan foto kegiatan pada 3 Maret 2025.\n\nSudah lebih dari dua bulan pembayaran belum kami terima. Setiap kali kami menanyakan ke staf yang memesan, jawabannya 'masih diproses'. Kami usaha kecil dengan 6 karyawan, dan bahan makanan kami talangi dari pinjaman bank.\n\nMohon penjelasan di tahap mana tagihan kami dan perkiraan kapan bisa dibayar.\n\nHormat kami,\nHj. Saniah\nPemilik",
    ),
    Case(
        "email",
        "perencanaan_keuangan",
        "Yth. Bapak/Ibu,\n\nSaya dosen di Universitas Kutai Kartanegara. Pada 18 Maret 2025 saya diundang menjadi narasumber bimbingan teknis penyusunan naskah dinas yang diselenggarakan di lingkungan Sekretariat Daerah Kukar, selama 4 jam pelajaran. Waktu itu panitia menyampaikan bahwa honor akan ditransfer ke rekening saya paling lambat akhir bulan, dan saya sudah menandatangani daftar terima serta menyerahkan fotokopi NPWP dan buku rekening.\n\nHingga pertengahan Mei belum ada transfer, dan nomor panitia yang saya hubungi tidak aktif. Saya tidak mempersoalkan besarnya, tetapi saya perlu kepastian karena daftar terima itu sudah saya tanda tangani, artinya di atas kertas seolah-olah sudah saya terima.\n\nTerima kasih atas perhatiannya.\nDr. Rusdiansyah, M.Si.",
    ),
    Case(
        "email",
        "perencanaan_keuangan",
        "Selamat pagi,\n\nSaya salah satu ASN yang bertugas di Sekretariat Daerah Kukar, golongan III/b. Mohon maaf menyampaikan lewat jalur ini, karena sudah beberapa kali bertanya secara lisan tapi belum mendapat jawaban yang jelas.\n\nTambahan penghasilan kami untuk bulan Februari, Maret dan April 2025 belum dibayarkan, sedangkan teman-teman di beberapa dinas lain sudah menerima sampai Maret. Kabar yang beredar katanya rekap absensi elektronik belum diverifikasi, padahal absensi saya lengkap dan tidak pernah terlambat. Selain itu, di bulan Januari jumlah yang masuk berkurang sekitar Rp 600.000 tanpa penjelasan.\n\nKami berharap ada pemberitahuan resmi kapan pembayaran dilakukan beserta rincian perhitungannya, supaya kami bisa mengatur keuangan keluarga.\n\nTerima kasih.\n(mohon nama saya tidak disebutkan)",
    ),
    Case(
        "whatsapp",
        "perencanaan_keuangan",
        "Assalamualaikum pak. Sy pemilik percetakan di Tenggarong Seberang. Bulan Maret kami cetak 40 spanduk, 500 undangan & buku acara utk kegiatan di kantor Setda, total Rp 17.350.000. Smp skrg blm dibayar, kata stafnya 'SPJ-nya blm lengkap'. Lho yg bikin SPJ kan bukan kami pak? Nota & faktur sdh kami kasih dr awal. Mohon kejelasannya kapan bisa cair.",
    ),
    Case(
        "whatsapp",
        "perencanaan_keuangan",
        "Assalamualaikum. Ulun staf di Setda, tanggal 10-12 Maret tadi ulun ditugasi dinas luar ka Jakarta mendampingi rapat di kementerian. Tiket pesawat lawan hotel ulun talangi dulu pakai duit surang, kurang labih Rp 7,8 juta. Sampai wayahini duit penggantinya kada jua cair, padahal kuitansi lawan boarding pass sudah ulun serahkan dari bulan Maret. Duit itu duit sakulah anak ulun. Tulung dibantu ditakunakan.",
    ),
    Case(
        "whatsapp",
        "perencanaan_keuangan",
        "Selamat siang bu/pak. Maaf mengganggu. Suami saya tenaga kontrak, sopir di Sekretariat Daerah Kukar sejak 2019. Sudah 2 bulan (Maret & April) gajinya belum masuk, biasanya tgl 5 sudah cair. Kami ada cicilan motor dan anak mau masuk SMA. Suami tidak berani tanya ke atasannya takut dianggap macam2. Apakah memang ada keterlambatan untuk semua tenaga kontrak di Setda atau cuma suami saya?",
    ),
    Case(
        "web",
        "perencanaan_keuangan",
        "Kami Toko Sinar Jaya, penyedia alat tulis kantor dan tinta printer di Loa Janan. Kami menerima pesanan dari Sekretariat Daerah Kukar pada Desember 2024 senilai Rp 24.600.000, dan barang sudah diterima lengkap dengan berita acara serah terima tanggal 19 Desember 2024. Waktu itu kami diberi tahu pembayaran masuk anggaran tahun berikutnya karena tutup tahun. Sekarang sudah Mei 2025 dan belum ada pembayaran. Mohon penjelasan apakah tagihan kami sudah dimasukkan dalam anggaran 2025 dan kapan pencairannya.",
    ),
    Case(
        "web",
        "perencanaan_keuangan",
        "Kami usaha sewa tenda, kursi dan sound system di Muara Badak. Untuk acara Sekretariat Daerah di lapangan Muara Badak bulan April, kami menyewakan 6 tenda, 300 kursi dan 1 set sound. Sejak acara selesai kami sudah empat kali diminta merevisi kuitansi: pertama formatnya, lalu nama pemesan, lalu tanggal, lalu harus pakai stempel baru. Katanya untuk kelengkapan pertanggungjawaban. Setiap revisi kami harus ke Tenggarong. Pembayaran Rp 14.200.000 belum juga kami terima. Mohon diberikan daftar persyaratan lengkap sekaligus supaya tidak bolak-balik.",
    ),
    Case(
        "web",
        "perencanaan_keuangan",
        "Saya menjadi moderator diskusi publik yang diadakan Sekretariat Daerah Kukar di Tenggarong pada 22 April 2025. Honor saya sudah ditransfer, tetapi potongan pajaknya lebih besar daripada yang biasa saya terima dari instansi lain, dengan alasan saya tidak punya NPWP, padahal fotokopi NPWP sudah saya lampirkan waktu tanda tangan daftar hadir. Mohon perhitungannya dicek ulang dan bukti potong pajaknya dikirimkan agar bisa saya laporkan di SPT tahunan.",
    ),
    Case(
        "sms",
        "perencanaan_keuangan",
        "Pak, honor sy sbg panitia kegiatan setda bln april blm cair smp skrg, tmn2 panitia lain jg sama. Kpn ya? Tks. Dr staf honorer",
    ),
    Case(
        "sms",
        "perencanaan_keuangan",
        "Tagihan sewa genset kami utk acara setda di halaman kantor bupati tgl 14 april blm dibayar, Rp 12 jt. Sdh 5 minggu. Mhn info. CV Genset Mandiri Loa Kulu",
    ),
    Case(
        "telegram",
        "perencanaan_keuangan",
        "Izin bertanya. Sy pegawai di salah satu unit Setda. TPP bulan Maret yg masuk cuma 60% tanpa pemberitahuan apa2. Katanya ada potongan krn nilai kinerja, tp sy ga pernah diberi tahu nilai sy berapa. Boleh minta rincian perhitungannya?",
    ),
    Case(
        "telegram",
        "perencanaan_keuangan",
        "Selamat malam. Bulan lalu sy (tenaga honorer Setda) ikut tim ke Kembang Janggut dan Tabang 4 hari utk pendataan. Uang harian & transport teman2 PNS sdh cair, punya honorer blm, katanya nunggu revisi DPA. Apa benar honorer beda jadwal pencairannya? Sy pakai uang pribadi utk sewa speedboat Rp 1,5 jt.",
    ),
    Case(
        "twitter",
        "perencanaan_keuangan",
        "Ngerjain katering 2 acara buat Setda Kukar bulan Feb, sampai Mei belum dibayar. UMKM disuruh nalangin terus, kami juga bayar gaji karyawan lho. Katanya dukung usaha lokal 🙃",
    ),
    Case(
        "twitter",
        "perencanaan_keuangan",
        "Honorer Setda Kukar: kerja tiap hari, gaji cairnya tiap ingat. 3 bulan nih, ingat kami ga? 🙂",
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
