# ruff: noqa: E501
"""Blind set written 2026-12-07 (twenty-seventh of the day) for issue 16: complaints as they are retold in public: local online news reports (residents quoted, a village head's statement, background paragraphs), readers' letters, Facebook group posts and comments, X posts and threads, video descriptions and transcripts, forwarded WhatsApp broadcasts, journalists' e-mails asking the Secretariat for a statement. 15 cases per section; per section 4 email, 3 web, 2 whatsapp, 1 sms, 2 telegram, 3 twitter (48 email, 36 each of web and twitter, 24 each of whatsapp and telegram, 12 sms). Written by two helper sessions, six sections each, with the same instructions, and joined into this file unread.

Written without reading config.yaml, routing/ or tests/routing/; each case is labelled only from
the mandates in docs/sections.md.

Scored ONCE, blind, with the rules of main 9f489b5 (this file committed unread in that commit;
after the tuning on 2026-12-07y, z and ab), on 2026-12-07 at 23:54 UTC: 159/180 correct = 88.3%
(Wilson 95% interval 82.8%-92.2%), no fallback. Per channel: email 41/48 = 85.4%, sms 11/12,
telegram 20/24, twitter 34/36, web 32/36, whatsapp 21/24. The rules of 5fbef44 (the session's
start) place 158/180 (email 41/48).
The errors (index in CASES, label -> got): #1 pemerintahan -> prokom, #11 pemerintahan ->
prokom, #16 kesra -> adpem, #26 kesra -> perencanaan_keuangan, #29 kesra -> prokom, #38 hukum ->
sda, #51 kerjasama -> prokom, #54 kerjasama -> sda, #56 kerjasama -> sda, #62 perekonomian ->
perencanaan_keuangan, #63 perekonomian -> prokom, #81 sda -> prokom, #112 pbj -> adpem, #116 pbj
-> adpem, #120 organisasi -> kesra, #134 organisasi -> perekonomian, #140 umum -> prokom, #152
prokom -> perekonomian, #157 prokom -> organisasi, #168 perencanaan_keuangan -> organisasi, #171
perencanaan_keuangan -> prokom.
"""

from __future__ import annotations

from tests.routing.case import Case

_PEMERINTAHAN = [
    Case(
        "email",
        "pemerintahan",
        "Yth. Sekretariat Daerah Kabupaten Kutai Kartanegara,\n\nSaya Rahmat Hidayat, wartawan kaltimnusa.id. Kami sedang menyiapkan laporan lanjutan dari berita kami tanggal 14 Mei 2025 berjudul “Kantor Desa Sungai Payang Sering Tutup, Warga Bingung Urus Surat”. Dalam berita tersebut sejumlah warga Desa Sungai Payang, Kecamatan Loa Kulu, mengaku kepala desa mereka jarang terlihat di kantor sejak Februari. “Kami mau minta tanda tangan surat pengantar nikah saja harus cari ke rumah beliau di Tenggarong, kadang tiga hari baru ketemu,” kata Bu Sumarni (47), warga RT 09. Ketua BPD, Pak Darmansyah, membenarkan sudah dua kali menyurati kepala desa namun tidak ditanggapi, dan musyawarah desa untuk perubahan APBDes juga tertunda.\n\nKami mohon tanggapan resmi: (1) apakah Pemkab melalui camat sudah menerima laporan ini, (2) apakah ada mekanisme teguran atau pembinaan terhadap kepala desa yang tidak aktif, dan (3) sampai kapan warga harus menunggu. Tenggat kami Jumat, 23 Mei 2025 pukul 15.00 WITA.\n\nTerima kasih.\nRahmat Hidayat\n0812-5530-7721",
    ),
    Case(
        "email",
        "pemerintahan",
        "Kepada Bapak/Ibu di Setda Kukar,\n\nSaya meneruskan berita dari Kaltim Today di bawah ini karena sampai sekarang belum ada kejelasan.\n\n--- kutipan ---\nTENGGARONG SEBERANG – Hasil pemilihan kepala desa Bukit Raya yang digelar Minggu (8/12/2024) masih menyisakan persoalan. Calon nomor urut 2, Suyatno, kalah tipis dua suara dari calon nomor urut 1. Tim Suyatno menemukan 17 surat suara yang dinyatakan tidak sah karena coblosan tembus, padahal menurut mereka coblosan itu jelas. “Panitia menolak permintaan hitung ulang dengan alasan waktu,” ujar Wagiman, saksi calon nomor 2. Panitia pemilihan belum memberikan keterangan hingga berita ini diturunkan. Sementara itu, jalan poros desa yang rusak sepanjang 800 meter juga dikeluhkan warga menjelang musim hujan.\n--- selesai ---\n\nSaya salah satu warga RT 14 yang ikut mencoblos. Kami tidak ingin desa terpecah. Mohon Pemkab menjelaskan bagaimana penyelesaian perselisihan hasil ini, apakah bisa dilakukan penghitungan ulang, dan kapan bupati akan melantik kepala desa terpilih. Jangan sampai desa kosong kepemimpinannya berbulan-bulan.\n\nHormat saya,\nSupardi, Desa Bukit Raya",
    ),
    Case(
        "email",
        "pemerintahan",
        "Selamat siang Setda Kukar,\n\nPerkenalkan, saya Nur Aini dari Niaga Kaltim (media daring). Kami menerima keluhan warga Desa Tani Baru, Kecamatan Anggana, terkait sekitar 140 hektare tambak di kawasan muara yang diklaim masuk wilayah dua desa sekaligus, yakni Tani Baru dan Sepatin. Akibatnya pemilik tambak ditarik iuran desa dua kali dan surat keterangan tanah yang diterbitkan kedua pemerintah desa saling tumpang tindih. Kepala Desa Tani Baru, Hasanuddin, kepada kami mengatakan patok yang dipasang tahun 2019 “sudah hilang kena abrasi, dan peta dari kabupaten belum pernah ditetapkan”. Warga meminta kabupaten turun langsung menetapkan garis pemisah kedua desa.\n\nMohon tanggapan: apakah penegasan batas kedua desa sudah masuk jadwal tahun ini, dan bagaimana status surat tanah yang tumpang tindih? Pertanyaan bisa dijawab lewat email atau telepon di 0813-4677-1190.\n\nSalam,\nNur Aini",
    ),
    Case(
        "email",
        "pemerintahan",
        "Yth. Setda Kabupaten Kutai Kartanegara\n\nBersama ini saya salin teks unggahan di grup Facebook “Warga Loa Ipuh Bersatu” yang ramai dibahas sejak 2 Maret 2025:\n\n“Assalamualaikum. Mau tanya, pemilihan ketua RT 21 Kelurahan Loa Ipuh kok tiba-tiba sudah ada SK ketua RT baru dari lurah? Kami warga tidak pernah diundang musyawarah. Ketua RT lama juga kaget. Katanya ditunjuk karena dekat sama orang kelurahan.” (86 komentar, beberapa warga membenarkan tidak ada rapat warga.)\n\nSaya Hendra Wijaya, warga RT 21 yang tinggal di Jl. Gunung Belah. Kami hanya ingin tahu ketentuan yang berlaku di Kukar tentang tata cara memilih ketua RT, apakah lurah boleh menunjuk langsung, dan ke mana warga bisa mengajukan keberatan atas SK tersebut. Kami sudah bertanya ke kelurahan tapi diminta menunggu.\n\nTerima kasih,\nHendra Wijaya",
    ),
    Case(
        "web",
        "pemerintahan",
        "SURAT PEMBACA – Tribun Kaltim, 11 Juni 2025\n\nPemekaran Dusun Sumber Makmur Tak Kunjung Jelas\n\nSaya warga Dusun Sumber Makmur, Desa Kedang Ipil, Kecamatan Kota Bangun Darat. Sejak 2021 kami, sekitar 310 kepala keluarga, mengusulkan dusun kami menjadi desa persiapan karena jarak ke kantor desa induk 19 km lewat jalan tanah. Berkas usulan, berita acara musyawarah, dan peta wilayah sudah kami serahkan ke kecamatan dan diteruskan ke kabupaten pada Agustus 2022. Sampai sekarang tidak ada kabar, bahkan tim verifikasi belum pernah datang. Warga harus menumpang perahu untuk mengurus surat ke desa induk. Kami mohon Pemkab Kukar menjelaskan sampai di tahap mana usulan kami dan apa kekurangannya.\n\nMuhammad Yusran\nDusun Sumber Makmur RT 03, Desa Kedang Ipil\n\n(disalin pengirim dari koran cetak)",
    ),
    Case(
        "web",
        "pemerintahan",
        "Saya salin postingan dari grup FB “Suara Warga Muara Jawa”:\n\nAkun Lestari Anggraini (12 April 2025): “Desa Teluk Dalam sudah hampir dua tahun dipimpin penjabat kades. Katanya pemilihan antarwaktu mau digelar tahun lalu, tapi sampai sekarang panitia belum dibentuk. Penjabat juga jarang hadir karena merangkap tugas di kantor camat. Kapan kami bisa pilih kades sendiri?”\nKomentar Rudi S.: “Betul, musdes pun yang pimpin sekdes terus.”\nKomentar Haji Baco: “Sudah pernah kami tanyakan ke kecamatan, katanya menunggu jadwal dari kabupaten.”\n\nSaya warga RT 07 Teluk Dalam, mewakili beberapa tokoh masyarakat. Mohon kepastian jadwal pemilihan kepala desa antarwaktu untuk Desa Teluk Dalam dan alasan keterlambatannya. Terima kasih. — Andi Makmur",
    ),
    Case(
        "web",
        "pemerintahan",
        "Berikut berita yang saya baca di kabarmahakam.com (27 Januari 2025), mohon ditindaklanjuti:\n\n“Warga Perbatasan Kukar-Kubar Bingung Status Wilayah”\nMUARA WIS – Sekitar 60 keluarga di Dusun Tanjung Harapan di tepi Danau Melintang mengaku tidak tahu pasti apakah mereka masuk Kutai Kartanegara atau Kutai Barat. Sebagian warga memegang KTP Desa Muara Enggelam, sebagian lagi didata oleh kampung tetangga di Kutai Barat. “Waktu ada pendataan bantuan, petugas dari dua kabupaten datang semua. Kami malah takut dobel dan dicoret,” kata Amat (52), nelayan setempat. Kepala Desa Muara Enggelam menyebut persoalan ini sudah dilaporkan ke camat sejak 2022. Di paragraf terakhir, wartawan menulis bahwa Kemendagri pernah memfasilitasi rapat penegasan garis batas kedua kabupaten namun belum ada keputusan.\n\nSaya Fitriani, warga Dusun Tanjung Harapan. Kami minta kejelasan dari Pemkab Kukar kapan soal wilayah ini dituntaskan dan bagaimana kami harus didata sementara menunggu keputusan.",
    ),
    Case(
        "whatsapp",
        "pemerintahan",
        "*Diteruskan*\n\n🔴 INFO WARGA DESA SUMBER SARI, LOA KULU 🔴\nTiga perangkat desa (Kaur Keuangan, Kasi Pelayanan, dan Kadus III) diberhentikan mendadak oleh kepala desa tanggal 3 Juli 2025 tanpa surat peringatan dan tanpa rekomendasi camat. Penggantinya keluarga dekat kades. Warga minta bupati turun tangan!! Sebarkan!!\n\nPak, ini pesan yang beredar di grup RT kami. Saya salah satu yang diberhentikan, Sugeng, Kasi Pelayanan. Saya cuma dapat SK pemberhentian yang dikirim lewat anak saya, tidak ada pemanggilan. Mohon petunjuk ke mana kami mengadu dan apakah pemberhentian seperti ini sah menurut aturan tentang perangkat desa.",
    ),
    Case(
        "whatsapp",
        "pemerintahan",
        "*Diteruskan*\n“Assalamualaikum warga Kutai Lama. Disampaikan bahwa rapat musyawarah desa penetapan APBDes 2025 kembali batal untuk ketiga kalinya karena BPD dan Kades tidak sepakat soal pos anggaran. Akibatnya honor guru PAUD, insentif RT dan kegiatan posyandu belum bisa dibayarkan. Mohon doa dan dukungan.” – Sekretariat BPD Desa Kutai Lama\n\nSelamat sore, saya Nurhayati, kader posyandu di Desa Kutai Lama, Anggana. Sudah Maret tapi APBDes belum ditetapkan. Mohon kabupaten memfasilitasi agar BPD dan kepala desa bisa duduk bersama, karena warga yang dirugikan.",
    ),
    Case(
        "sms",
        "pemerintahan",
        "Slmt siang. Sy baca di grup FB Info Samboja, kantor desa Karya Jaya skrg pindah ke rumah pribadi kades, warga hrs urus surat di sana. Benar? Itu boleh? Sy warga RT 05 mohon ditertibkan. Trm ksh. Budi",
    ),
    Case(
        "telegram",
        "pemerintahan",
        "Teruskan dari kanal Telegram “Tenggarong Hari Ini”:\n\n📌 Perumahan Griya Timbau Asri yang baru dihuni ±90 KK sejak akhir 2024 diperebutkan dua RT, yaitu RT 18 dan RT 23 Kelurahan Timbau. Warga perumahan mengaku dimintai iuran oleh dua pengurus RT, dan surat pengantar KTP ditolak karena “bukan wilayah RT ini”.\n\nSaya ketua paguyuban warga perumahan tersebut (Agus Salim). Kami minta kelurahan dan kabupaten menetapkan perumahan kami masuk RT mana, atau bila perlu dibentuk RT baru. Sudah dua kali rapat di kelurahan tanpa hasil.",
    ),
    Case(
        "telegram",
        "pemerintahan",
        "Transkrip video YouTube kanal “Kukar Bicara” (diunggah 19 Oktober 2024), mohon diperhatikan:\n\n[00:12] “Jadi begini pak, daftar pemilih tetap untuk pilkades Desa Bangun Rejo ini ada 412 nama yang kami tidak kenal. Ada yang alamatnya di Samarinda, ada yang sudah meninggal.”\n[01:05] “Kami sudah protes ke panitia, jawabannya DPT sudah dikunci.”\n[01:40] “Pencoblosannya tanggal 10 November, tinggal tiga minggu.”\n\nSaya salah satu bakal calon, Sutrisno. Mohon Pemkab meminta panitia di Desa Bangun Rejo, Kecamatan Tenggarong Seberang, memverifikasi ulang daftar pemilih sebelum hari pencoblosan.",
    ),
    Case(
        "twitter",
        "pemerintahan",
        "Desa kami di Kenohan (Tuana Tuha) udah 4 bulan kades nya nggak pernah ngantor, katanya sakit tapi kok sempat upload foto mancing 🙃 musdes nggak jalan, surat2 numpuk di meja sekdes. @PemkabKukar tolong dong dicek, ini bukan sekali dua kali.",
    ),
    Case(
        "twitter",
        "pemerintahan",
        "1/3 Warga Jl. Poros Loa Janan–Samarinda km 9 ini serba bingung. Rumah kami dulu masuk Desa Batuah, Loa Janan, sekarang kata petugas masuk Samarinda.\n2/3 Tagihan PBB dari Kukar, tapi ketua RT disuruh bikin surat ke kelurahan di Samarinda. Anak mau daftar sekolah juga ribet.\n3/3 Tolong Pemkab Kukar perjelas garis pemisahnya di lapangan, jangan warga yg jadi korban. #PerbatasanKukar",
    ),
    Case(
        "twitter",
        "pemerintahan",
        "Ricuh di musdes Desa Perian (Muara Muntai) gara-gara tanah kas desa 12 ha di tepi sungai diklaim juga oleh desa tetangga. Dua desa sama-sama pegang surat. Kabupaten harusnya jadi penengah, bukan diam 🙏 [tautan: kabarmahakam.com/ricuh-musdes-perian]",
    ),
]

_KESRA = [
    Case(
        "email",
        "kesra",
        "Kepada Yth. Sekretariat Daerah Kukar\n\nDengan hormat, saya Dimas Prasetyo, jurnalis Kaltimkece.id. Kami menerima pengaduan dari sekitar 40 mahasiswa asal Kukar yang kuliah di Samarinda dan Yogyakarta. Mereka dinyatakan lolos bantuan biaya pendidikan Kukar Idaman tahun anggaran 2024 sesuai pengumuman 18 November 2024, namun hingga akhir Februari 2025 dana Rp 6 juta per orang belum masuk rekening. “Saya sudah telat bayar UKT, kampus kasih batas sampai 10 Maret,” kata Riska (20), mahasiswi asal Muara Kaman. Sebagian mahasiswa mengaku ditanya ulang soal nomor rekening lewat WhatsApp oleh nomor yang tidak dikenal.\n\nPertanyaan kami: kapan pencairan dilakukan, apa penyebab keterlambatan, dan apakah benar ada verifikasi ulang lewat WhatsApp? Mohon tanggapan sebelum Senin, 3 Maret 2025.\n\nHormat kami,\nDimas Prasetyo",
    ),
    Case(
        "email",
        "kesra",
        "Assalamualaikum Bapak/Ibu Setda Kukar,\n\nKami pengurus Masjid Al-Muhajirin, Desa Loh Sumber, Kecamatan Loa Kulu. Berita di media lokal berikut menggambarkan keadaan kami:\n\n“Renovasi Masjid Al-Muhajirin Mangkrak, Jemaah Salat di Teras” (sapos.co.id, 6 Agustus 2025). Dalam berita itu Ketua Takmir, H. Abdul Gani, menyebut proposal dana renovasi senilai Rp 150 juta sudah diajukan sejak Maret 2024 dan dinyatakan lengkap oleh petugas verifikasi. “Kami sudah bongkar atap lama karena diberi tahu dananya cair akhir tahun, sekarang malah kehujanan,” ujarnya. Berita juga menyebut jalan menuju masjid belum diaspal.\n\nKami mohon informasi status proposal kami (nomor registrasi 0217/PRP/2024), apakah masuk daftar penerima tahun 2025, dan dokumen apa yang masih diperlukan.\n\nWassalam,\nH. Abdul Gani, Ketua Takmir\nHP 0852-4610-2287",
    ),
    Case(
        "email",
        "kesra",
        "Yth. Pimpinan Setda Kukar,\n\nSaya Andi Rahmawati dari Koran Kaltim biro Tenggarong. Video TikTok akun @ustadzahkukar yang ditonton lebih dari 200 ribu kali sejak 20 Juli 2025 memperlihatkan sejumlah guru TPA dan guru mengaji di Kecamatan Sebulu yang mengaku belum menerima insentif bulanan selama enam bulan. Dalam video itu seorang guru, Ibu Halimah, mengatakan, “Uang Rp 500 ribu itu kami pakai beli Iqro dan bayar listrik TPA. Sejak Januari belum ada.” Beberapa marbot masjid juga menyampaikan hal serupa di kolom komentar.\n\nKami ingin mengonfirmasi: berapa jumlah penerima insentif keagamaan tahun 2025, apa penyebab keterlambatan, dan kapan dibayarkan. Kami juga mengutip keterangan Kemenag Kukar yang menyebut insentif ini sepenuhnya wewenang Pemkab. Mohon jawaban tertulis.\n\nSalam,\nAndi Rahmawati",
    ),
    Case(
        "email",
        "kesra",
        "Yth. Setda Kabupaten Kutai Kartanegara,\n\nSaya Hj. Siti Khadijah, calon jemaah haji kloter BPN-07 tahun 2025 asal Kecamatan Kota Bangun. Di grup WhatsApp jemaah beredar tangkapan layar berita Tribun Kaltim bahwa tahun ini Pemkab tidak lagi menyediakan bus dan penginapan transit di Tenggarong sebelum berangkat ke Asrama Haji Balikpapan. “Jemaah diminta berangkat mandiri,” tulis berita itu mengutip seorang pejabat Kemenag.\n\nKami jemaah lansia dari hulu Mahakam (Kota Bangun, Muara Muntai, Kenohan) sangat kesulitan jika harus menyewa speedboat dan mobil sendiri sambil membawa koper. Mohon penjelasan resmi bagaimana pengaturan pemberangkatan jemaah Kukar tahun ini, dan apakah ada fasilitas bagi lansia. Keberangkatan kloter kami dijadwalkan 14 Mei 2025.\n\nTerima kasih,\nHj. Siti Khadijah",
    ),
    Case(
        "web",
        "kesra",
        "SURAT PEMBACA (dikirim ulang dari rubrik Prokal, 2 Oktober 2024)\n\nHadiah Juara MTQ Kabupaten Belum Diterima\n\nAnak saya, Nurul Fadilah (15), meraih juara I cabang tilawah remaja putri pada MTQ ke-45 tingkat Kabupaten Kukar di Kecamatan Muara Badak, Juni lalu. Saat penutupan diumumkan uang pembinaan Rp 7,5 juta untuk juara I. Sampai sekarang, empat bulan kemudian, kami baru menerima piala dan piagam. Beberapa orang tua juara cabang lain juga bernasib sama. Padahal anak-anak ini akan dikirim mewakili Kukar ke MTQ provinsi dan butuh biaya latihan.\n\nMohon kejelasan kapan uang pembinaan dibayarkan.\n\nRosmiati\nJl. Patin No. 12, Kelurahan Melayu, Tenggarong",
    ),
    Case(
        "web",
        "kesra",
        "Tolong ditanggapi, ini postingan di grup FB “Info Muara Badak Terkini” tanggal 5 Mei 2025 yang jadi ramai:\n\n“Lihat daftar penerima dana hibah kelompok masyarakat tahun 2025 yang ditempel di kantor kecamatan. Ada 6 kelompok pemuda dan majelis taklim dari Desa Tanah Datar yang kami warga asli tidak pernah dengar namanya. Alamat sekretariatnya rumah kosong. Sementara kelompok kami yang aktif sejak 2018 ditolak karena ‘kuota habis’.” — Karang Taruna Bina Bersama\n\n112 komentar, banyak yang menanyakan siapa pengurus kelompok-kelompok itu.\n\nSaya Irwan, ketua Karang Taruna tersebut. Kami minta Pemkab membuka data verifikasi penerima hibah kelompok dari Desa Tanah Datar dan menjelaskan kenapa proposal kami (diajukan 12 September 2024) ditolak.",
    ),
    Case(
        "web",
        "kesra",
        "Saya menyalin berita dari kukarnews.id (17 Maret 2025) karena menyangkut jemaat kami:\n\n“Atap Gereja di Tabang Bocor, Jemaat Ibadah Pakai Terpal”\nTABANG – Gedung GKII Jemaat Sidomulyo, Kecamatan Tabang, rusak setelah angin kencang Januari lalu. Pendeta Yohanes Lahang mengatakan permohonan dana perbaikan ke Pemkab dikembalikan karena surat keterangan terdaftar dari Kemenag belum ada. “Kantor Kemenag jauh, dua hari perjalanan pulang-pergi,” katanya. Di akhir berita disebutkan pula bahwa sinyal telepon di Tabang sering hilang.\n\nKami mohon dibantu: apa saja persyaratan pengajuan bantuan bagi gereja di daerah terpencil, apakah surat keterangan tersebut bisa diurus menyusul, dan apakah permohonan kami dapat diajukan kembali tahun ini.\n\nSalam, Markus Ubang, Majelis Jemaat",
    ),
    Case(
        "whatsapp",
        "kesra",
        "*Diteruskan berkali-kali*\n📢 PENDAFTARAN BEASISWA KUKAR 2025 DIBUKA!! Jenjang S1/S2, bantuan hingga Rp 15 jt. Daftar segera di bit.ly/beasiswakukar2025 sebelum 30 April. Syarat: KTP Kukar, KK, rekening bank, kode OTP akan dikirim. BAGIKAN KE ANAK CUCU!!\n\nPak/Bu, ini pesan yang beredar di grup keluarga. Anak saya kelas XII di SMAN 1 Tenggarong Seberang mau kuliah tahun ini. Apakah link di atas resmi? Kalau tidak, kapan pendaftaran bantuan kuliah untuk mahasiswa baru dari Pemkab dibuka dan di mana alamat resminya? Terima kasih. - Ibu Wartini",
    ),
    Case(
        "whatsapp",
        "kesra",
        "*Diteruskan*\n“Innalillahi. Pasien atas nama Pak Jumadi (61) warga Desa Muara Kaman Ulu tertahan di RSUD AM Parikesit karena kepesertaan jaminan berobat gratis dari Pemkab ternyata nonaktif sejak Januari. Keluarga diminta bayar Rp 18 juta. Mohon bantuan siapa saja yang bisa menghubungkan ke pejabat.”\n\nSaya anaknya, Rina. Ayah kami terdaftar di program berobat gratis Kukar sejak 2022 dan tidak pernah pindah domisili. Mohon dibantu agar kepesertaan ayah diaktifkan kembali, dan dijelaskan kenapa ada warga miskin yang dicoret tanpa pemberitahuan.",
    ),
    Case(
        "sms",
        "kesra",
        "Pak, anak sy Yuliana lulus bantuan kuliah Pemkab thp 1 (ada namanya di pengumuman yg dibagi di FB 2 Sept), tp di pengumuman thp 2 namanya hilang. Mohon dicek. NIK 6402xxxxxxxx0014. Bpk Darmo, Loa Janan",
    ),
    Case(
        "telegram",
        "kesra",
        "Dari deskripsi video YouTube “Kisah Panti Asuhan Nurul Yatim Samboja Bertahan Tanpa Bantuan” (kanal Jejak Kaltim, 9 Juni 2025):\n“Panti asuhan yang merawat 37 anak yatim di Kelurahan Sungai Seluang, Samboja, ini sudah tiga tahun berturut-turut mengajukan bantuan sosial ke Pemkab Kukar namun selalu dinyatakan tidak memenuhi syarat tanpa penjelasan. Pengelola kini berutang ke warung untuk beras dan susu.”\n\nSaya pengelola panti tersebut, Ustaz Ramli. Mohon penjelasan syarat apa yang kurang dari permohonan kami tahun 2023, 2024, dan 2025, serta bagaimana agar yayasan kami bisa masuk daftar penerima.",
    ),
    Case(
        "telegram",
        "kesra",
        "Pesan dari kanal Telegram Forum Takmir Muara Kaman (diteruskan):\n“Kepada seluruh imam, khatib, dan bilal se-Kecamatan Muara Kaman: insentif triwulan I dan II 2025 belum cair. Menurut informasi dari kecamatan, data kita belum divalidasi kabupaten. Harap bersabar.”\n\nSaya imam Masjid Nurul Iman Desa Sabintulung, sudah menyerahkan fotokopi KTP dan SK takmir sejak Januari. Mohon dipastikan kapan validasi data selesai dan insentif dibayarkan, karena sampai sekarang kami tidak menerima pemberitahuan apa pun.",
    ),
    Case(
        "twitter",
        "kesra",
        "Min @PemkabKukar, bantuan biaya kuliah Kukar Idaman tahap 2 kapan cairnya? Udah lolos verifikasi dari Oktober, di grup angkatan katanya ada yg udah cair ada yg belum. Semester depan UKT udah nunggu 😭",
    ),
    Case(
        "twitter",
        "kesra",
        "Thread soal proposal renovasi musala di Desa Jembayan, Loa Kulu 🧵\n1. Kami ajukan Juli 2023, disuruh revisi RAB 3x.\n2. Tahun 2024 katanya masuk daftar, ternyata nama musala kami nggak ada di SK penerima.\n3. Tahun ini disuruh ngajuin ulang dari nol.\nTolong Pemkab Kukar transparan, musala kami tiangnya sudah miring.",
    ),
    Case(
        "twitter",
        "kesra",
        "Baca berita soal MTQ Kukar 2025 di Loa Janan, ada protes peserta cabang hifzil Quran 10 juz karena nilai dewan hakim diumumin tanpa rincian. Peserta dari Kembang Janggut katanya kalah 0,5 poin. Mohon panitia kabupaten buka lembar penilaiannya biar adil. [tautan: kaltimtoday.co/mtq-kukar-protes]",
    ),
]

_HUKUM = [
    Case(
        "email",
        "hukum",
        "Yth. Sekretariat Daerah Kutai Kartanegara\n\nSaya Bayu Saputra, wartawan Tribun Kaltim. Hari ini, 15 Januari 2025, sejumlah ahli waris almarhum H. Djumri memasang spanduk “Tanah Ini Dalam Sengketa” di halaman SDN 014 Kelurahan Mangkurawang, Tenggarong. Mereka menyatakan lahan 4.200 m² yang dipakai sekolah sejak 1985 tidak pernah dibebaskan dan sudah mendaftarkan gugatan perdata terhadap Pemkab Kukar di Pengadilan Negeri Tenggarong dengan nomor perkara 3/Pdt.G/2025/PN Trg. Orang tua murid khawatir kegiatan belajar terganggu. “Kami hanya minta hak kami diakui,” kata Ridwan, salah satu ahli waris.\n\nKami mohon tanggapan Pemkab: bagaimana sikap Pemkab terhadap gugatan ini, siapa yang mewakili Pemkab di persidangan, dan apakah Pemkab memiliki dokumen pelepasan hak atas lahan tersebut. Sidang pertama dijadwalkan 29 Januari 2025.\n\nTerima kasih,\nBayu Saputra",
    ),
    Case(
        "email",
        "hukum",
        "Kepada Setda Kukar,\n\nSaya membaca berita di kaltimtoday.co (22 April 2025) bahwa Pemkab Kukar menyediakan pendampingan pengacara gratis bagi warga tidak mampu melalui lembaga yang ditunjuk. Saya ingin memohon pendampingan itu.\n\nKeluarga kami (lima orang) menempati rumah di Jl. Danau Aji, RT 11 Kelurahan Sukarame, Tenggarong, sejak 1998 berdasarkan surat jual beli di bawah tangan. Bulan ini kami menerima somasi dari seseorang yang mengaku pemilik sertifikat dan meminta kami mengosongkan rumah dalam 14 hari, kalau tidak akan dilaporkan ke polisi. Suami saya buruh harian, kami tidak mampu membayar advokat. Saya punya surat keterangan tidak mampu dari kelurahan.\n\nMohon informasi prosedur dan ke mana saya harus datang.\n\nHormat saya,\nSriwahyuni\n0821-5420-9912",
    ),
    Case(
        "email",
        "hukum",
        "Selamat pagi,\n\nSaya Yogi Pratama dari redaksi Kutai Pos Online. Beberapa hari ini beredar di Facebook tangkapan layar pasal-pasal yang disebut berasal dari Rancangan Peraturan Daerah Kukar tentang Ketenteraman dan Ketertiban Umum, antara lain larangan berjualan di bahu jalan dengan denda Rp 5 juta. Paguyuban pedagang kaki lima Tepian Mahakam Tenggarong, melalui ketuanya Pak Samsul, menyatakan keberatan dan mengaku tidak pernah diajak uji publik.\n\nKami ingin memastikan: (1) apakah tangkapan layar itu benar berasal dari naskah rancangan terbaru, (2) di tahap mana pembahasannya sekarang, dan (3) kapan dan di mana masyarakat bisa memberi masukan. Jika memungkinkan, kami meminta salinan naskah rancangan yang sudah bisa dibuka ke publik.\n\nTerima kasih atas perhatiannya.\nYogi Pratama",
    ),
    Case(
        "email",
        "hukum",
        "Yth. Admin Setda Kukar\n\nSaya Nadia Putri, mahasiswi Fakultas Syariah UINSI Samarinda, sedang menulis skripsi tentang retribusi pasar di Kukar. Dalam berita Kaltim Post (4 Maret 2025) disebutkan tarif retribusi di Pasar Tangga Arung naik berdasarkan Peraturan Bupati Kukar terbaru, dan pedagang mengeluhkan kenaikan itu. Saya perlu salinan resmi Perbup tersebut beserta perda induknya, namun situs kumpulan peraturan milik Pemkab sudah dua minggu tidak bisa dibuka (muncul pesan 502 Bad Gateway), dan pencarian di peraturan.go.id juga tidak menemukan.\n\nMohon dikirimkan salinan resmi atau diberi tahu nomor dan tahun peraturannya, serta kapan situs tersebut bisa diakses kembali.\n\nHormat saya,\nNadia Putri",
    ),
    Case(
        "web",
        "hukum",
        "SURAT PEMBACA (disalin dari Kaltim Post edisi 20 Agustus 2025)\n\nNasib Perda Masyarakat Adat Kukar\n\nSejak 2021 kami mendengar Pemkab dan DPRD Kukar menyiapkan peraturan daerah tentang pengakuan dan perlindungan masyarakat adat. Naskah akademiknya pernah disosialisasikan di Kecamatan Tabang dan Kembang Janggut. Tetapi empat tahun berlalu, rancangannya tidak pernah masuk pembahasan. Sementara itu wilayah adat kami terus dimasuki izin perkebunan. Kami ingin tahu: di mana posisi rancangan itu sekarang, apakah masih masuk program pembentukan perda tahun 2026, dan bagaimana masyarakat adat bisa ikut mengawal.\n\nPetrus Liah\nLembaga Adat Dayak Kenyah, Desa Umaq Tukung, Kecamatan Tabang",
    ),
    Case(
        "web",
        "hukum",
        "Saya menyampaikan ulang unggahan di grup FB “Emak-Emak Muara Badak” yang saya tulis sendiri pada 3 Juni 2025, karena disarankan warga untuk melapor ke Pemkab:\n\n“Ibu-ibu, saya mau tanya. Saudara saya di Desa Salo Palai jadi korban kekerasan oleh suaminya dan sekarang malah digugat cerai dengan tuduhan macam-macam, hak asuh anak mau diambil. Dia tidak punya uang untuk pengacara. Katanya ada pengacara gratis dari pemerintah daerah, benar tidak?”\n\nMohon informasi apakah Pemkab Kukar bisa memberikan pendamping perkara gratis untuk saudara saya (Asmawati, 29 tahun) dalam sidang di Pengadilan Agama Tenggarong, dan apa saja syaratnya. Sidang pertama 24 Juni 2025.\n\nSalam, Hartini",
    ),
    Case(
        "web",
        "hukum",
        "Berita dari kabarkutai.com (10 Februari 2025) yang saya salin:\n\n“Menang Gugatan Sejak 2022, Warga Jahab Belum Terima Ganti Rugi”\nTENGGARONG – Lima warga Kelurahan Jahab yang lahannya terkena pelebaran jalan poros Tenggarong–Kota Bangun sudah memenangkan gugatan terhadap Pemkab Kukar hingga tingkat kasasi pada 2022. Mahkamah Agung mewajibkan Pemkab membayar ganti rugi total Rp 1,3 miliar. Namun hingga kini pembayaran belum terealisasi. “Kami sudah dua kali mengajukan permohonan eksekusi ke pengadilan,” kata Suparman, salah satu penggugat. Di akhir berita disebutkan ruas jalan tersebut kini sudah selesai dan digunakan.\n\nSaya Suparman yang dikutip dalam berita itu. Mohon Pemkab menjelaskan kapan putusan kasasi tersebut dilaksanakan dan siapa yang dapat kami temui untuk membahas pelaksanaannya.",
    ),
    Case(
        "whatsapp",
        "hukum",
        "*Diteruskan*\n⚠️ PERHATIAN WARGA KUKAR ⚠️\nMulai 1 Agustus 2025 berlaku Perbup baru: setiap acara hajatan/pernikahan wajib izin tertulis dari camat minimal 14 hari sebelumnya, musik dibatasi sampai jam 22.00, pelanggar didenda Rp 2.500.000. Sebarkan agar tidak kena denda!\n\nSelamat siang. Kami mau menikahkan anak tanggal 9 Agustus di Loa Janan dan pesan ini bikin bingung. Apakah benar ada Perbup seperti itu? Kalau benar, mohon dikirimkan nomor dan isinya. Kalau tidak, mohon ditegaskan bahwa peraturan itu tidak ada. – Pak Kamaruddin",
    ),
    Case(
        "whatsapp",
        "hukum",
        "*Diteruskan*\n“Darurat! Tujuh petani Desa Kahala, Kecamatan Kenohan, dipanggil Polres Kukar setelah dilaporkan perusahaan perkebunan dengan tuduhan menduduki dan memanen di lahan HGU. Padahal kebun itu sudah digarap turun-temurun. Mereka butuh pendamping!”\n\nPak, saya keponakan salah satu petani itu, Pak Sahrani (58). Pemeriksaan dijadwalkan Kamis depan. Mereka petani kecil yang tidak paham proses di kepolisian. Apakah Pemkab bisa menyediakan advokat pendamping gratis untuk mereka? Mohon segera.",
    ),
    Case(
        "sms",
        "hukum",
        "Ass, sy baca di Kaltim Post perda RTRW Kukar yg baru sdh disahkan Juli. Dmn bs dpt salinan resminya lengkap dgn lampiran peta? Di web pemkab blm ada. Untuk urus izin usaha sy. Trm ksh, Hendri, Samboja",
    ),
    Case(
        "telegram",
        "hukum",
        "Cuplikan transkrip podcast YouTube “Obrolan Warung Kopi Tenggarong” episode 42 (diunggah 2 September 2025):\n[14:20] Advokat Mahmud: “Jadi 126 warga Kelurahan Loa Ipuh Darat sudah mendaftarkan gugatan perwakilan kelompok ke PN Tenggarong, tergugatnya Pemkab Kukar, soal banjir yang tiap tahun merendam permukiman.”\n[15:02] “Sidang mediasi sudah dua kali ditunda karena pihak Pemkab tidak hadir.”\n\nSaya salah satu warga penggugat. Kami berharap Pemkab hadir pada mediasi berikutnya tanggal 18 September 2025 agar ada jalan damai. Mohon dipastikan siapa yang ditugaskan mewakili Pemkab dan apakah ada tawaran penyelesaian.",
    ),
    Case(
        "telegram",
        "hukum",
        "Diteruskan dari kanal Telegram Jaringan Peduli Anak Kaltim:\n“Pemkab Kukar sedang menyusun Raperda Penyelenggaraan Perlindungan Anak. Yuk kawal! Sayangnya belum ada jadwal konsultasi publik yang diumumkan.”\n\nKami dari Yayasan Rumah Anak Mahakam (Tenggarong) sudah menyiapkan catatan masukan 12 halaman, terutama soal layanan bagi anak korban kekerasan di desa-desa terpencil. Mohon informasi ke mana masukan tertulis dikirim, siapa narahubung tim penyusun, dan apakah naskah rancangan versi terbaru bisa kami peroleh. — Dewi Kartika, koordinator",
    ),
    Case(
        "twitter",
        "hukum",
        "Situs kumpulan perda & perbup Kukar udah seminggu gak bisa dibuka 🙄 mau cari Perbup soal tunjangan ketua RT malah muter2 doang. Tolong @PemkabKukar dibenerin, atau upload ulang PDF nya di tempat lain",
    ),
    Case(
        "twitter",
        "hukum",
        "Pemkab Kukar kalah di PTUN Samarinda soal pembatalan izin bangunan ruko kami di Tenggarong Seberang, putusan sudah inkracht Maret lalu. Sampai sekarang SK pembatalannya belum dicabut. Mau sampai kapan? Ini beritanya: [tautan niaga.asia/ptun-ruko-kukar] #KukarTaatPutusan",
    ),
    Case(
        "twitter",
        "hukum",
        "Ada yang tau nggak, Pemkab Kukar punya program pengacara gratis buat warga miskin? Tetangga saya di Sanga-Sanga dituntut ganti rugi Rp 200 juta gara-gara kecelakaan motor, padahal dia buruh sawit. Saya liat di TikTok katanya ada, tapi daftarnya ke mana?",
    ),
]

_KERJASAMA = [
    Case(
        "email",
        "kerjasama",
        "Yth. Sekretariat Daerah Kukar\n\nSaya Fikri Ramadhan, kontributor Kaltimkece.id wilayah Tenggarong Seberang. Warga Desa Bhuana Jaya mengeluhkan program penyediaan air bersih yang dijanjikan PT Bara Hijau Mahakam, perusahaan batu bara yang beroperasi di sekitar desa mereka. Dalam penandatanganan komitmen program sosial perusahaan di Kantor Bupati pada Desember 2023, perusahaan menyatakan akan membangun instalasi pengolahan air dan jaringan pipa untuk 450 rumah senilai Rp 2,1 miliar. Hingga Juni 2025 yang ada baru tandon besar tanpa pipa. “Kami masih beli air galon Rp 7 ribu,” kata Ketua RT 04, Wayan Sudirta.\n\nKami mohon tanggapan: apakah Pemkab memantau realisasi komitmen dana sosial perusahaan tersebut, berapa yang sudah dilaporkan perusahaan, dan langkah apa yang akan diambil. Batas waktu kami 20 Juni 2025.\n\nSalam,\nFikri Ramadhan",
    ),
    Case(
        "email",
        "kerjasama",
        "Kepada Setda Kukar,\n\nSaya Ahmad Fauzi, ketua Forum Warga Samboja Peduli. Kami membaca di Kaltim Post (8 Juli 2025) bahwa Pemkab Kukar dan Otorita IKN telah menandatangani nota kesepahaman tentang penataan kawasan penyangga di Kecamatan Samboja dan Muara Jawa. Berita hanya menyebut poin umum seperti “sinkronisasi tata ruang dan pemberdayaan masyarakat”. Warga di Kelurahan Amborawang Laut dan Desa Bukit Merdeka resah karena ada kabar sebagian lahan mereka masuk rencana kawasan.\n\nKami meminta salinan naskah nota kesepahaman tersebut, penjelasan apakah sudah ada perjanjian turunan yang lebih rinci, dan apakah akan ada sosialisasi kepada warga di wilayah yang disebut. Kami tidak menolak pembangunan, kami hanya ingin tahu isinya.\n\nHormat kami,\nAhmad Fauzi",
    ),
    Case(
        "email",
        "kerjasama",
        "Halo Setda Kukar,\n\nSaya Lusi Handayani dari Prokal.co. Kami menulis laporan tentang penyaluran program tanggung jawab sosial perusahaan-perusahaan migas dan tambang di Kecamatan Muara Jawa. Kepala Desa Teluk Dalam dan tokoh masyarakat Kelurahan Muara Jawa Ulu menyebut selama tiga tahun bantuan sosial perusahaan hanya mengalir ke desa yang berbatasan langsung dengan lokasi operasi, padahal dampak lalu lintas kendaraan proyek juga mereka rasakan. “Kami sudah tiga kali kirim proposal ke forum perusahaan, tidak pernah dibalas,” ujar Haji Nurdin.\n\nMohon penjelasan Pemkab: bagaimana mekanisme penentuan desa sasaran program sosial perusahaan di Kukar, apakah ada data sebaran penerima per desa yang bisa diakses publik, dan apakah Pemkab bisa mendorong perusahaan memperluas wilayah sasaran.\n\nTerima kasih,\nLusi Handayani",
    ),
    Case(
        "email",
        "kerjasama",
        "Yth. Setda Kabupaten Kutai Kartanegara\n\nSaya Dr. Hendra Gunawan, Kepala LPPM Universitas Kutai Kartanegara. Di berita Tribun Kaltim (12 Februari 2025) diberitakan Pemkab menandatangani nota kesepahaman dengan tiga perguruan tinggi dari Jawa untuk program pendampingan desa dan riset. Sementara itu nota kesepahaman antara Pemkab dan kampus kami yang ditandatangani Maret 2020 telah berakhir pada Maret 2025, dan surat permohonan perpanjangan yang kami kirim pada 6 Januari 2025 belum mendapat balasan. Akibatnya program KKN tematik di 24 desa tahun ini belum memiliki dasar.\n\nKami mohon informasi status permohonan perpanjangan tersebut, draf naskah yang perlu kami siapkan, dan siapa pejabat yang dapat kami temui untuk pembahasan.\n\nHormat kami,\nDr. Hendra Gunawan",
    ),
    Case(
        "web",
        "kerjasama",
        "SURAT PEMBACA (Kaltim Post, 14 Mei 2025)\n\nBantuan Perusahaan untuk Nelayan Salah Sasaran\n\nKami nelayan Desa Saliki, Muara Badak. Pada Maret lalu perusahaan migas yang beroperasi di pesisir kami menyalurkan program sosial berupa 30 unit mesin perahu dan jaring, diserahkan dalam acara yang dihadiri pejabat kabupaten. Ternyata sebagian besar penerima bukan nelayan aktif, ada pemilik warung dan perangkat desa. Nelayan yang tiap hari melaut justru tidak dapat. Kami minta Pemkab, yang ikut menandatangani berita acara penyerahan, meminta perusahaan mengevaluasi daftar penerima dan membuka datanya.\n\nLa Ode Saharuddin\nKetua Kelompok Nelayan Bintang Laut, Desa Saliki",
    ),
    Case(
        "web",
        "kerjasama",
        "Disalin dari postingan FB “Info Loa Janan & Sekitarnya” (1 April 2025):\n“Rumah nenek Sarinah (74) di Desa Loa Duri Ilir sudah difoto dan diukur tim program bedah rumah dari bank bareng Pemkab sejak Agustus 2024. Katanya dibangun Desember. Sampai sekarang tidak ada kabar, atapnya makin bocor. Ada 15 rumah lain di desa ini yang nasibnya sama.”\n\nSaya cucu nenek Sarinah. Program itu diumumkan sebagai dana sosial perusahaan bank yang disalurkan lewat Pemkab. Mohon dijelaskan apakah program itu jadi dilaksanakan di Loa Duri Ilir, kapan, dan siapa yang bisa kami hubungi. — Nanda",
    ),
    Case(
        "web",
        "kerjasama",
        "Berita dari kabarmahakam.com (23 Juli 2025):\n“Pemkab Teken Perjanjian Pembangunan Dermaga Peti Kemas di Tenggarong Seberang, Warga Mengaku Tak Dilibatkan”\nPemkab Kukar menandatangani perjanjian dengan investor swasta PT Mahakam Logistik Terpadu untuk membangun dermaga peti kemas di tepi Sungai Mahakam, Desa Embalut. Warga RT 02 dan RT 03 mengaku baru tahu dari media. “Lahan kami di bantaran katanya masuk rencana, tapi tidak ada yang datang menjelaskan,” kata Syamsul Bahri.\n\nSaya warga RT 03 Desa Embalut. Kami minta dibukakan isi perjanjian itu: berapa lama jangka waktunya, kewajiban investor kepada warga sekitar, dan apakah ada aset atau lahan Pemkab yang diserahkan. Mohon juga diadakan pertemuan dengan warga.",
    ),
    Case(
        "whatsapp",
        "kerjasama",
        "*Diteruskan*\n“Masih ingat janji ambulans desa dari perusahaan sawit waktu peresmian kebun plasma 2023? Sampai sekarang Desa Kembang Janggut belum terima. Pasien masih diangkut pakai mobil pick-up!” – Grup WA Warga Kembang Janggut\n\nPak/Bu, saya sekretaris desa Kembang Janggut. Penyerahan ambulans itu tercantum dalam daftar komitmen program sosial perusahaan yang dibacakan di pendopo bupati. Mohon Pemkab menagih realisasinya ke perusahaan karena desa sudah dua kali menyurati tanpa balasan.",
    ),
    Case(
        "whatsapp",
        "kerjasama",
        "*Diteruskan*\n📣 Pemkab Kukar dan Politeknik Pertanian Negeri Samarinda resmi menandatangani nota kesepahaman pengembangan desa agrowisata dan pendampingan petani di 10 desa percontohan (sumber: akun IG resmi kampus, 28 Mei 2025).\n\nSelamat pagi, saya Kepala Dusun II Desa Jonggon Jaya, Loa Kulu. Kelompok tani kami sangat ingin ikut. Mohon informasi desa mana saja yang sudah ditetapkan sebagai percontohan dalam kesepakatan itu dan apakah desa lain masih bisa diusulkan. Terima kasih.",
    ),
    Case(
        "sms",
        "kerjasama",
        "Pak, bantuan CSR prshn tambang di Loa Kulu Kota kmrn dibagi sembako & uang tunai, tp cuma ke org2 dekat kades, yg rumahnya kena debu malah tdk dpt. Ini viral di FB. Mohon pemkab tegur prshnya. Rahman",
    ),
    Case(
        "telegram",
        "kerjasama",
        "Transkrip video TikTok @suaramahakam (1,2 jt tayangan, 15 Agustus 2025):\n“Ini di Desa Sebulu Ilir ya guys. Tahun lalu perusahaan janji bangun lapangan voli, bantu seragam sekolah, sama kasih bibit buat ibu-ibu PKK lewat program sosial. Yang datang cuma seragam, itu pun ukurannya kecil semua. Pas kita tanya, katanya dananya sudah diserahkan ke Pemkab.”\n\nSaya salah satu ibu PKK di video itu. Mohon dijelaskan apakah benar dana program sosial perusahaan tersebut diserahkan ke Pemkab, dan bagaimana warga bisa memantau pelaksanaannya.",
    ),
    Case(
        "telegram",
        "kerjasama",
        "Diteruskan dari kanal Telegram Petani Muda Kukar:\n“Kabarnya Pemkab Kukar dan Pemkab Malang sudah sepakat di atas kertas untuk program magang petani muda ke Jawa Timur tahun ini. Ada yang tahu cara daftarnya?”\n\nSaya Rizky, 24 tahun, petani hortikultura dari Desa Bukit Pariaman. Apakah kesepakatan antar-kabupaten itu benar ada? Jika ya, mohon info kuota peserta, waktu keberangkatan, dan syaratnya, karena di dinas belum ada yang bisa menjawab.",
    ),
    Case(
        "twitter",
        "kerjasama",
        "Ingat komitmen CSR 27 perusahaan yang diteken rame2 di pendopo Kukar awal 2024? Coba dong dipublikasikan realisasinya per perusahaan. Di desa kami (Jembayan Tengah) nol besar. @PemkabKukar #TransparansiCSR",
    ),
    Case(
        "twitter",
        "kerjasama",
        "Nota kesepahaman Pemkab Kukar sama kampus di Bandung soal pendidikan dokter itu isinya apa sih? Katanya lulusan wajib balik mengabdi 5 tahun di puskesmas Kukar. Pengen baca naskahnya sebelum anak saya tanda tangan kontrak, ada yang punya link resminya?",
    ),
    Case(
        "twitter",
        "kerjasama",
        "Thread 🧵 1/ Program sosial perusahaan tambang buat nelayan Sungai Mahakam di Loa Janan: janjinya keramba apung 40 unit.\n2/ Yang jadi 8 unit, sisanya 'menunggu anggaran tahun depan' padahal sudah 2 tahun.\n3/ Pemkab yg jadi fasilitator waktu penandatanganan, tolong tagih dong ke perusahaannya.",
    ),
]

_PEREKONOMIAN = [
    Case(
        "email",
        "perekonomian",
        "Yth. Setda Kukar\n\nSaya Reza Mahendra dari Kaltim Today. Kami menerima banyak keluhan warga Kecamatan Tenggarong Seberang soal sulitnya mendapatkan elpiji tabung 3 kilogram selama dua pekan terakhir. Di Desa Manunggal Jaya dan Desa Bangun Rejo, warga mengaku membeli di pengecer Rp 45.000 hingga Rp 50.000 per tabung, padahal harga eceran tertinggi di Kukar jauh di bawah itu. “Di pangkalan selalu bilang habis, tapi sorenya ada mobil pick-up angkut puluhan tabung,” kata Ibu Murtini, penjual gorengan.\n\nKami mohon tanggapan Pemkab: apakah ada pengurangan kuota untuk Kukar, apa langkah pengawasan terhadap pangkalan, dan apakah akan digelar operasi pasar elpiji. Berita kami rencanakan tayang Kamis, 26 Juni 2025.\n\nTerima kasih,\nReza Mahendra",
    ),
    Case(
        "email",
        "perekonomian",
        "Kepada Setda Kukar,\n\nSaya meneruskan berita Tribun Kaltim (17 Februari 2025) yang sangat mewakili keluhan kami:\n“Jelang Ramadan, harga beras medium di Pasar Tangga Arung Tenggarong menyentuh Rp 16.500 per kilogram, naik dari Rp 14.000 sebulan lalu. Cabai rawit Rp 95.000 per kilogram. Pedagang menyebut pasokan dari Sulawesi tersendat karena cuaca. Seorang ibu rumah tangga, Fatimah, mengaku kini hanya membeli beras 2 kilogram sehari.”\n\nSaya pemilik warung makan kecil di Kelurahan Panji. Dengan harga seperti ini kami hampir tidak untung. Kami mohon Pemkab segera mengadakan pasar murah atau operasi pasar di kelurahan-kelurahan, dan mengumumkan jadwalnya jauh hari. Juga mohon dipantau pedagang besar yang diduga menahan stok.\n\nSalam,\nIbu Rahayu, Kelurahan Panji, Tenggarong",
    ),
    Case(
        "email",
        "perekonomian",
        "Yth. Sekretariat Daerah Kukar\n\nSaya Adi Kurniawan, jurnalis Niaga Asia. Sejumlah karyawan perusahaan milik Pemkab Kukar yang mengelola usaha perkebunan dan perdagangan mendatangi kantor DPRD pada Senin (14/7/2025). Mereka mengaku gaji lima bulan belum dibayar dan iuran BPJS Ketenagakerjaan tidak disetor sejak 2024. “Direksi bilang kas kosong, tapi mobil operasional baru dibeli,” kata Sulaiman, koordinator karyawan. Laporan keuangan perusahaan tersebut juga tidak pernah dipublikasikan tiga tahun terakhir.\n\nKami mohon tanggapan Pemkab sebagai pemegang saham: bagaimana kondisi keuangan perusahaan itu, apakah akan ada evaluasi direksi, dan bagaimana penyelesaian hak karyawan.\n\nHormat kami,\nAdi Kurniawan",
    ),
    Case(
        "email",
        "perekonomian",
        "Yth. Bapak/Ibu Setda Kukar\n\nSaya Yuliana, pemilik usaha amplang dan kerupuk ikan “Rasa Mahakam” di Kelurahan Loa Tebu. Di grup Facebook pelaku usaha kecil Kukar beredar potongan berita bahwa Pemkab akan memfasilitasi 500 pelaku usaha rumahan untuk sertifikasi halal gratis, label kemasan, dan pendampingan pemasaran ke toko modern serta gerai bandara APT Pranoto. Saya sudah mendaftar lewat kecamatan pada April 2025, namun dinas yang saya datangi saling lempar: satu bilang urusan perdagangan, satu lagi bilang urusan koperasi.\n\nMohon penjelasan siapa yang mengoordinasikan program ini, apakah nama saya sudah terdaftar, dan kapan pendampingan dimulai.\n\nTerima kasih,\nYuliana\n0853-9122-4470",
    ),
    Case(
        "web",
        "perekonomian",
        "SURAT PEMBACA (Koran Kaltim, 9 September 2024)\n\nAntre BBM di Loa Janan Makan Waktu Dua Jam\n\nSetiap pagi antrean kendaraan di SPBU Jl. Poros Samarinda–Tenggarong, Loa Janan, mengular hingga 1 kilometer. Sopir angkutan dan ojek seperti saya bisa menunggu dua jam untuk mengisi pertalite. Sementara itu, jeriken dan motor bertangki modifikasi bolak-balik mengisi, lalu bensinnya dijual di kios eceran Rp 15.000 per liter. Petugas SPBU tampak membiarkan. Kami minta Pemkab bersama pihak terkait menertibkan pengetap dan memastikan pasokan ke SPBU Loa Janan cukup.\n\nSyahrani\nJl. Cendana RT 08, Loa Janan Ulu",
    ),
    Case(
        "web",
        "perekonomian",
        "Dari grup FB “Kota Bangun Bersatu” (post 21 Januari 2025, 230 komentar):\n“Pasar baru Kota Bangun sudah diresmikan November tapi pedagang belum boleh pindah. Pengundian lapak kemarin janggal, banyak lapak strategis dapat orang yang bukan pedagang. Kami pedagang lama di pasar lama malah dapat di lantai belakang dekat parit.”\n\nSaya pedagang sayur yang sudah 17 tahun berjualan di pasar lama Kota Bangun Ilir. Kami minta pengundian ulang lapak dibuka di depan semua pedagang dan daftar penerima lapak diumumkan, serta kepastian kapan pasar baru mulai beroperasi. – Bu Masnah",
    ),
    Case(
        "web",
        "perekonomian",
        "Berita kukarnews.id (3 Maret 2025) yang saya kirim ulang:\n“Minyakita Langka di Muara Muntai, Harga Tembus Rp 22 Ribu”\nMUARA MUNTAI – Minyak goreng rakyat kemasan 1 liter sulit ditemukan di warung-warung Desa Muara Muntai Ilir sejak dua minggu terakhir. Jika ada, harganya Rp 20.000–22.000 per liter, jauh di atas harga yang ditetapkan pemerintah. Pedagang mengaku distributor di Tenggarong membatasi pengiriman dan mewajibkan pembelian paket dengan produk lain. Sementara itu, akses jalan darat ke desa masih terputus akibat banjir.\n\nSaya pedagang kelontong yang dikutip dalam berita. Mohon Pemkab memeriksa distributor di Tenggarong dan menyalurkan stok ke kecamatan hulu. – Pak Jumri",
    ),
    Case(
        "whatsapp",
        "perekonomian",
        "*Diteruskan*\n“INFO: Pangkalan gas melon di Jl. Mulawarman, Kelurahan Sanga-Sanga Dalam, pagi tadi hanya melayani 20 warga, sisanya 100 tabung diangkut ke pengecer. Warga yang antre sejak subuh pulang tangan kosong. Ada videonya!”\n\nBenar pak, saya juga antre tadi pagi (Selasa, 4 Feb 2025). Kartu kendali warga tidak dipakai. Mohon Pemkab tindak pangkalan itu dan awasi penyaluran elpiji di Sanga-Sanga. – Ibu Nurlela",
    ),
    Case(
        "whatsapp",
        "perekonomian",
        "*Diteruskan*\n“Harga telur ayam di Samboja sudah Rp 60 ribu per rak, gula pasir Rp 19 ribu per kilo. Ramadan belum mulai sudah begini.” – Grup WA Ibu-Ibu PKK Kelurahan Sungai Merdeka\n\nAssalamualaikum. Kami ibu-ibu PKK Sungai Merdeka, Samboja, mohon info apakah tahun ini ada pasar murah atau penjualan sembako bersubsidi dari Pemkab di Samboja? Tahun lalu hanya di Tenggarong. Terima kasih. - Ibu Sumiati",
    ),
    Case(
        "sms",
        "perekonomian",
        "Selamat pagi. Harga elpiji 3 kg di Muara Kaman Ulu skrg Rp 50rb. Kata org2 di grup FB stok dr agen cuma masuk 2x seminggu. Mohon ditambah kuotanya. Darmawan",
    ),
    Case(
        "telegram",
        "perekonomian",
        "Diteruskan dari kanal Telegram Nelayan Muara Badak:\n“Sudah 10 hari SPBN di Muara Badak Ulu tidak menerima kiriman solar. Kapal-kapal tidak melaut. Yang ada solar eceran Rp 12.000/liter.”\n\nSaya Haji Makmur, pemilik 3 perahu tangkap. Mohon Pemkab menanyakan ke penyalur dan Pertamina kenapa pasokan solar bersubsidi untuk nelayan terhenti dan kapan normal kembali. Kerugian nelayan sudah besar.",
    ),
    Case(
        "telegram",
        "perekonomian",
        "Kutipan transkrip video YouTube “Diskusi Publik: Ke Mana Uang Migas Kukar?” (kanal Forum Mahasiswa Kukar, 30 April 2025):\n[08:15] “Perusahaan daerah pengelola hak partisipasi blok Mahakam menerima ratusan miliar, tapi setoran dividen ke kas daerah tahun 2024 hanya sebagian kecil.”\n[09:40] “Komisaris dan direksinya siapa saja, rapat umum pemegang sahamnya kapan, publik tidak tahu.”\n\nKami dari Forum Mahasiswa Kukar meminta Pemkab membuka laporan kinerja dan setoran dividen perusahaan daerah tersebut tiga tahun terakhir, serta proses pemilihan direksinya. Surat resmi kami akan menyusul.",
    ),
    Case(
        "twitter",
        "perekonomian",
        "Gas melon di Loa Kulu hilang lagi, sekali muncul Rp 48rb 😤 pangkalan tutup jam 9 pagi. Warung kecil kayak saya gimana mau jualan gorengan. @PemkabKukar tolong operasi pasar elpiji di Loa Kulu",
    ),
    Case(
        "twitter",
        "perekonomian",
        "Harga cabai di Pasar Mangkurawang hari ini Rp 100 ribu/kg, bawang merah Rp 55 ribu. Katanya Pemkab ada tim pengendali harga, kerjanya gimana? Sebulan lagi Lebaran lho. [foto: papan harga pedagang]",
    ),
    Case(
        "twitter",
        "perekonomian",
        "Quote: 'Pasar Rakyat Samboja sepi, pedagang pilih jualan di bahu jalan' — ya gimana gak sepi, tempatnya jauh dari jalan, angkot gak lewat, pedagang ikan gak dikasih los. Tolong Pemkab atur ulang pasar ini biar hidup, jangan cuma diresmikan terus ditinggal.",
    ),
]

_SDA = [
    Case(
        "email",
        "sda",
        "Yth. Sekretariat Daerah Kabupaten Kutai Kartanegara\n\nSaya Intan Permatasari, jurnalis Kaltimkece.id. Pada Minggu (11/5/2025) sore, seorang anak berusia 10 tahun, MR, tewas tenggelam di kolam bekas galian batu bara di Desa Mulawarman, Kecamatan Tenggarong Seberang, sekitar 300 meter dari permukiman. Menurut warga, lubang seluas kurang lebih 3 hektare itu ditinggalkan tanpa pagar maupun papan peringatan sejak perusahaan berhenti beroperasi pada 2019. “Sudah berkali-kali kami minta ditutup, tidak ada yang peduli,” kata Pak Wagiran, tetangga korban. Jaringan advokasi tambang mencatat ini korban keempat di Kukar dalam lima tahun terakhir.\n\nKami mohon tanggapan Pemkab: apakah Pemkab mengetahui keberadaan lubang tersebut, langkah apa yang akan diambil untuk pengamanan dan penutupan, serta bagaimana koordinasi dengan pemerintah provinsi dan pusat terkait kewajiban pemulihan lahan oleh perusahaan.\n\nTerima kasih,\nIntan Permatasari",
    ),
    Case(
        "email",
        "sda",
        "Kepada Setda Kukar\n\nSaya Sutomo, warga Desa Jembayan, Kecamatan Loa Kulu. Bersama email ini saya salin berita dari sapos.co.id (2 Oktober 2024):\n“Sungai Jembayan berubah warna cokelat pekat sejak sepekan. Warga menduga berasal dari kolam pengendapan sebuah tambang di hulu yang jebol setelah hujan deras. Ikan-ikan di keramba mati. Kepala Desa Jembayan, Pak Arifin, menyebut telah melapor ke kecamatan.”\n\nKami menggunakan air sungai untuk mandi dan mencuci, dan anak-anak mulai gatal-gatal. Mohon Pemkab menurunkan tim untuk mengambil sampel air, menelusuri sumber pencemaran, dan meminta pertanggungjawaban perusahaan. Kami juga memohon bantuan air bersih sementara.\n\nTerima kasih,\nSutomo",
    ),
    Case(
        "email",
        "sda",
        "Yth. Setda Kukar\n\nSaya Firman Syah, wartawan Kaltim Post. Ratusan petani dari Desa Kelekat dan Desa Loa Sakoh, Kecamatan Kembang Janggut, berunjuk rasa di depan kantor kebun sebuah perusahaan kelapa sawit pada Rabu (19/3/2025). Mereka menuntut realisasi kebun plasma yang dijanjikan sejak 2012 saat lahan mereka diserahkan. “Sudah 13 tahun, tidak satu hektare pun plasma kami terima,” kata koordinator aksi, Yohanes. Pihak perusahaan menyebut plasma masih dalam proses penataan koperasi.\n\nKami mohon tanggapan Pemkab: apakah Pemkab memiliki data kewajiban plasma perusahaan tersebut, bagaimana pengawasannya, dan apakah akan ada mediasi antara petani dan perusahaan.\n\nSalam,\nFirman Syah",
    ),
    Case(
        "email",
        "sda",
        "Yth. Bapak/Ibu Setda Kukar\n\nSaya Sukirno, ketua Kelompok Tani Sido Makmur, Desa Kerta Buana, Tenggarong Seberang. Di halaman Facebook kecamatan diunggah foto penyerahan 25 unit traktor tangan dan 10 unit pompa air dari Pemkab kepada kelompok tani di Tenggarong Seberang (29 Juli 2025). Kelompok kami sudah mengajukan sejak 2023 lengkap dengan proposal dan rekomendasi penyuluh, tetapi tidak masuk. Yang aneh, ada kelompok yang baru dibentuk Maret 2025 sudah menerima dua unit.\n\nKami mohon penjelasan kriteria penerima alat pertanian, daftar penerima tahun 2025, dan apakah kelompok kami masuk rencana tahun depan. Sawah kami 38 hektare masih dibajak dengan sewa traktor Rp 1,2 juta per hektare.\n\nHormat kami,\nSukirno",
    ),
    Case(
        "web",
        "sda",
        "SURAT PEMBACA (Tribun Kaltim, 25 Juli 2024)\n\nDebu Batu Bara Mengepung Sekolah Anak Kami\n\nSetiap hari puluhan truk pengangkut batu bara melintas di jalan tanah depan SD di Desa Separi, Kecamatan Tenggarong Seberang. Debu hitam menempel di meja kelas, jemuran, dan makanan. Puskesmas mencatat banyak anak batuk dan sesak. Jalan khusus angkutan tambang yang dijanjikan perusahaan tak kunjung dibangun. Kami minta Pemkab memeriksa kegiatan pengangkutan ini, mewajibkan penyiraman jalan, dan memastikan perusahaan memindahkan jalurnya dari permukiman.\n\nSiti Aminah\nKomite Sekolah, Desa Separi",
    ),
    Case(
        "web",
        "sda",
        "Saya salin postingan di grup FB “Pecinta Alam Samboja” (16 Februari 2025):\n“Teman-teman, tadi pagi kami patroli di sekitar km 42 Jalan Poros Balikpapan–Samarinda, masuk kawasan Tahura Bukit Soeharto. Ada bekas tebangan kayu meranti dan bengkirai sekitar 40 pohon, jejak ban truk baru, dan gergaji mesin ditinggal. Kami lapor ke pos jaga, katanya bukan wilayah mereka.”\n\nKami relawan pecinta alam Samboja meminta Pemkab Kukar berkoordinasi dengan pengelola kawasan hutan dan aparat untuk menghentikan penebangan liar ini sebelum meluas. Kami siap menunjukkan lokasi dan titik koordinat. — Dani Setiawan",
    ),
    Case(
        "web",
        "sda",
        "Berita dari kabarkutai.com (12 November 2024):\n“Bantuan Mesin dan Jaring untuk Nelayan Anggana Belum Juga Tiba”\nANGGANA – Sebanyak 60 nelayan di Desa Sepatin dan Desa Muara Pantuan mengaku sudah didata dan difoto sebagai calon penerima bantuan mesin perahu 15 PK dan jaring insang dari Pemkab sejak Mei. “Kami sudah tanda tangan berita acara, tapi barangnya tidak ada,” kata Daeng Tahir. Sementara itu, harga udang windu di tingkat petambak sedang anjlok.\n\nSaya Daeng Tahir. Mohon Pemkab menjelaskan kenapa bantuan yang berita acaranya sudah kami tanda tangani belum diterima, dan kapan disalurkan. Nelayan sudah menunda perbaikan mesin lama karena menunggu bantuan ini.",
    ),
    Case(
        "whatsapp",
        "sda",
        "*Diteruskan*\n“Tolong viralkan! Sawah warga Desa Karang Tunggal RT 11 terendam lumpur dari area tambang di atas bukit setelah hujan semalam. Padi umur 60 hari rusak sekitar 15 hektare. Ini sudah ketiga kalinya tahun ini!”\n\nSaya pemilik sawah 1,5 ha yang rusak itu. Mohon Pemkab turun melihat langsung, menghentikan aliran lumpur dari tambang, dan menuntut ganti rugi kepada perusahaan. Foto dan video ada pada kami. – Pak Nyoman Suarta",
    ),
    Case(
        "whatsapp",
        "sda",
        "*Diteruskan*\n“Warga Desa Semayang, Kenohan: anak sungai yang masuk ke Danau Semayang berbau busuk dan berbusa sejak Sabtu, ikan-ikan mengambang. Diduga limbah pabrik kelapa sawit di hulu. Nelayan danau tidak bisa cari ikan.”\n\nBenar pak, saya nelayan di Semayang. Sudah tiga hari ikan mati. Mohon Pemkab segera periksa pabrik itu dan hentikan pembuangan limbahnya. – Hamdani",
    ),
    Case(
        "sms",
        "sda",
        "Pak, lubang bekas tambang dkt SD di Kelurahan Loa Tebu tdk dipagar, anak2 sering berenang sore2. Sdh viral di TikTok. Tolong segera dipagar sblm ada korban. Bu Rini",
    ),
    Case(
        "telegram",
        "sda",
        "Transkrip video YouTube kanal “Mata Kaltim” (diunggah 6 Januari 2025), judul “Tambang Tanpa Izin 50 Meter dari Rumah Warga”:\n[00:30] “Ini di Desa Bukit Raya, Tenggarong Seberang. Ekskavator bekerja malam hari, truk keluar lewat jalan desa.”\n[01:45] Warga: “Rumah saya retak, sumur kering. Kami tanya izinnya, mereka bilang sudah koordinasi.”\n[03:10] “Sampai video ini dibuat, aktivitas masih berjalan.”\n\nSaya warga yang diwawancarai dalam video itu. Mohon Pemkab segera berkoordinasi dengan aparat dan instansi terkait untuk menghentikan tambang tanpa izin tersebut dan memulihkan lahan.",
    ),
    Case(
        "telegram",
        "sda",
        "Diteruskan dari kanal Telegram Info Petani Kota Bangun:\n“Benih padi bantuan Pemkab yang dibagikan ke kelompok tani di Kota Bangun awal Oktober banyak yang tidak tumbuh. Daya kecambah kurang dari 50 persen. Petani terlanjur olah lahan.”\n\nSaya ketua Gapoktan Harapan Jaya, Desa Kota Bangun Ulu. Ada 48 petani yang terdampak dengan total 3,2 ton benih. Mohon Pemkab mengganti benih tersebut sebelum musim tanam lewat dan memeriksa mutu benih dari penyedianya.",
    ),
    Case(
        "twitter",
        "sda",
        "Innalillahi, anak tenggelam lagi di lubang bekas tambang, kali ini di Desa Beringin Agung, Samboja 😢 Sudah berapa nyawa lagi? @PemkabKukar kapan semua lubang ini ditutup/dipagar? #LubangTambangKaltim",
    ),
    Case(
        "twitter",
        "sda",
        "Air Sungai Mahakam di depan Kelurahan Sanga-Sanga Muara berminyak & bau solar sejak kemarin. Nelayan bilang ada tongkang bocor. Siapa yg cek? Ini foto dari grup WA nelayan. Tolong Pemkab Kukar kirim tim ambil sampel air.",
    ),
    Case(
        "twitter",
        "sda",
        "Thread 1/3: Kebun sawit perusahaan di Muara Kaman makin melebar masuk hutan dekat Danau Siran, habitat pesut & bekantan.\n2/3: Warga lihat alat berat buka lahan gambut minggu lalu, ada asap.\n3/3: Mohon Pemkab Kukar cek izin & batas HGU-nya. Jangan sampai danau rusak. #SelamatkanDanauSiran",
    ),
]

_ADPEM = [
    Case(
        "email",
        "adpem",
        "Yth. Humas Sekretariat Daerah Kukar,\n\nSaya Rendy Saputra, jurnalis Kaltim Terkini. Kami sedang menyiapkan berita lanjutan dan mohon tanggapan resmi Pemkab. Berikut naskah yang sudah tayang Senin (14/4/2025):\n\n\"Warga Desa Sebulu Ilir mengeluhkan semenisasi jalan poros Sebulu–Muara Kaman sepanjang 1,2 km yang sudah retak dan patah di beberapa titik, padahal baru selesai dikerjakan Desember 2024. 'Belum sampai empat bulan, sudah pecah-pecah. Truk sawit lewat sedikit saja langsung amblas pinggirnya,' kata Amran (47), warga RT 09. Kepala Desa Sebulu Ilir, Suhardi, membenarkan keluhan tersebut dan mengaku sudah melapor ke kecamatan. Berdasarkan papan proyek, pekerjaan itu bernilai Rp 3,4 miliar dari APBD Kukar 2024 dengan masa pemeliharaan 180 hari.\"\n\nPertanyaan kami: apakah Pemkab sudah meninjau kualitas pekerjaan tersebut, dan apakah kontraktor akan diminta memperbaiki selama masa pemeliharaan? Mohon jawaban paling lambat Kamis sore.\n\nSalam,\nRendy Saputra\n0812-5530-7741",
    ),
    Case(
        "email",
        "adpem",
        "Kepada Pemerintah Kabupaten Kutai Kartanegara,\n\nSaya meneruskan berita dari media daring lokal yang menyangkut kampung kami, Desa Sumber Sari, Kecamatan Loa Kulu:\n\n\"Jembatan penghubung Dusun Karang Anyar dan Dusun Sidomulyo yang mulai dibangun pada 2023 hingga kini tak kunjung rampung. Tiang pancang sudah berdiri, tetapi lantai jembatan belum dipasang dan lokasi ditinggalkan pekerja sejak Agustus 2024. Anak-anak sekolah terpaksa memutar sejauh 7 kilometer. 'Kami cuma minta kepastian, dilanjut atau tidak,' ujar Sri Wahyuni, orang tua murid.\"\n\nDi akhir berita itu juga ada kabar soal jadwal posyandu, tapi itu tidak ada hubungannya. Yang kami tanyakan: kapan pembangunan jembatan tersebut dilanjutkan, dan siapa yang bertanggung jawab atas proyek yang ditinggal begitu saja? Sudah hampir setahun besi-besinya mulai berkarat.\n\nHormat saya,\nSutrisno, Dusun Karang Anyar, RT 04, Desa Sumber Sari",
    ),
    Case(
        "email",
        "adpem",
        'Dengan hormat,\n\nBerikut kami kirimkan Surat Pembaca yang dimuat di rubrik Suara Warga, Sabtu 8 Februari 2025, untuk ditindaklanjuti:\n\n"Surat Pembaca — Saluran Baru, Banjir Tetap\nSaya warga Kelurahan Loa Ipuh Darat, Tenggarong. Tahun lalu di gang kami dibangun saluran beton U-ditch dengan anggaran sekitar Rp 1,8 miliar. Tapi sejak hujan deras akhir Januari, air justru meluap ke rumah-rumah karena elevasi saluran lebih tinggi dari jalan dan ujungnya tidak tersambung ke parit besar. Beberapa tutup saluran sudah pecah. Mohon pemerintah memeriksa hasil pekerjaan ini, jangan sampai uang miliaran jadi sia-sia.\nHj. Masnah, Jl. Gunung Belah Gg. Kenanga, Tenggarong"\n\nKami mohon informasi apakah pekerjaan drainase tersebut akan dievaluasi.\n\nRedaksi Suara Mahakam',
    ),
    Case(
        "email",
        "adpem",
        "Selamat pagi,\n\nSaya Dewi Anggraini dari portal berita Etam Pos. Kami menerima banyak kiriman foto dari warga Kecamatan Muara Muntai mengenai gedung Balai Pertemuan Umum di Desa Muara Muntai Ulu. Gedung dua lantai itu dibangun sejak 2022, namun sampai sekarang belum bisa dipakai: plafon jebol, kusen belum terpasang, dan halaman ditumbuhi semak. Seorang tokoh masyarakat, Pak Jumadi, bilang ke kami, 'Katanya proyek putus kontrak, tapi tidak pernah ada penjelasan ke warga.'\n\nMohon konfirmasi dari Sekretariat Daerah: berapa persen progres fisik gedung itu, apakah proyek benar putus kontrak, dan apakah ada rencana melanjutkan pembangunannya tahun ini? Kami akan memuat jawaban Bapak/Ibu secara utuh.\n\nTerima kasih,\nDewi Anggraini\nEtam Pos",
    ),
    Case(
        "web",
        "adpem",
        'Saya salin postingan dari grup Facebook \'INFO KUKAR TERKINI\' supaya ada tindak lanjut:\n\n"Assalamualaikum admin, izin posting. Ini kondisi jalan Tabang arah Kembang Janggut hari ini. Katanya ada proyek peningkatan jalan tahun 2024, tapi yang dikerjakan baru sekitar 3 km dari 8 km. Alat berat sudah ditarik sejak Desember, papan proyek pun sudah hilang. Kalau hujan, mobil travel bisa terjebak berjam-jam. Kami ini bayar pajak juga, tolong diperhatikan 🙏"\n\nKomentar teratas: "Betul, minggu lalu ambulans tertahan di tanjakan dekat km 12." — "Proyek tahun lalu itu sebenarnya selesai atau putus kontrak sih?"\n\nMohon Pemkab menjelaskan status pekerjaan jalan ini dan kapan dilanjutkan.',
    ),
    Case(
        "web",
        "adpem",
        'Transkrip video TikTok akun @wargakotabangun (diunggah 3 Maret 2025, ditonton 48 ribu kali):\n\n"Halo guys, ini saya di tepi Sungai Mahakam, Kelurahan Kota Bangun Ulu. Lihat ini, turap yang baru dibangun akhir tahun lalu sudah ambrol, panjangnya kira-kira dua puluh meter. Padahal belum diresmikan! Ini tanahnya ikut turun, rumah Pak Ijul di belakang sudah retak dindingnya. Kalau dilihat, besinya kecil-kecil, cor-corannya keropos. Kami minta pemerintah kabupaten turun langsung cek, jangan cuma foto-foto terus pulang."\n\nSaya warga setempat, membenarkan isi video di atas. Mohon ada pemeriksaan kualitas pembangunan turap ini.',
    ),
    Case(
        "web",
        "adpem",
        'Deskripsi video YouTube kanal \'Anggana Bersuara\' berjudul "Ukur Sendiri Ketebalan Semenisasi Jalan Desa Sidomulyo":\n\n"Dalam video ini kami bersama pemuda Desa Sidomulyo, Kecamatan Anggana, mengukur ketebalan semenisasi Jalan Poros RT 06 yang dikerjakan Oktober 2024. Dari lima titik yang kami bor, ketebalannya hanya 9 sampai 12 cm, sementara menurut warga yang pernah melihat gambar kerja seharusnya 20 cm. Proyek ini dibiayai APBD kabupaten dengan pagu sekitar Rp 780 juta. Video ini bukan untuk menjatuhkan siapa pun, kami hanya ingin jalan yang awet."\n\nSaya mengirimkan ini melalui formulir pengaduan agar dilakukan pengecekan fisik oleh tim dari kabupaten. Terima kasih.',
    ),
    Case(
        "whatsapp",
        "adpem",
        "*Diteruskan*\n\n📢 KABAR DARI MUARA WIS 📢\nJembatan ulin di Desa Melintang yang diganti dengan jembatan beton sejak 2023 sampai sekarang belum bisa dilewati. Jembatan lama sudah dibongkar, yang baru baru separuh. Warga terpaksa menyeberang pakai perahu ces bayar Rp 10.000 sekali jalan. Tolong sebarkan supaya didengar pemerintah!!\n\nPak, saya dapat broadcast ini dari grup keluarga. Memang benar kondisinya begitu, saya sendiri tiap minggu nyeberang pakai ces. Pembangunannya kapan dilanjut ya Pak?",
    ),
    Case(
        "whatsapp",
        "adpem",
        'Selamat siang. Saya kirim ulang tangkapan layar berita yang ramai di grup RT kami, saya ketik ulang isinya:\n\n"SAMBOJA – Pembangunan gorong-gorong kotak (box culvert) di Jalan Balikpapan–Handil, Kelurahan Sungai Merdeka, dikeluhkan warga. Sejak dipasang November lalu, ukuran gorong-gorong dinilai terlalu kecil sehingga air tertahan dan merendam 30 rumah setiap hujan lebat. Ketua RT 12, Karyadi, mengaku sudah tiga kali menyampaikan keluhan."\n\nKami minta proyek itu diperiksa ulang dan diperbaiki. Setiap hujan kami harus angkat barang ke atas lemari.',
    ),
    Case(
        "sms",
        "adpem",
        "Yth Pemkab Kukar, mohon dicek pengaspalan Jl. Poros Bukit Raya Tenggarong Seberang yg ramai di FB. Baru selesai Januari 2025 skrg sdh mengelupas & berlubang. Trims. Hadi, Bukit Raya",
    ),
    Case(
        "telegram",
        "adpem",
        "Saya teruskan utas X dari akun @pemantau_apbd_kukar, mohon ditanggapi:\n\n1/ Kami menyusuri 6 proyek fisik di Kecamatan Loa Janan tahun anggaran 2024. Empat di antaranya tidak memasang papan informasi proyek sama sekali.\n2/ Dua yang memasang papan pun tidak mencantumkan nilai kontrak dan masa pelaksanaan. Warga jadi tidak bisa ikut mengawasi.\n3/ Salah satunya pembangunan jalan lingkungan di Desa Tani Bhakti yang sekarang sudah rusak lagi.\n4/ Kami minta Pemkab membuka laporan perkembangan fisik dan keuangan proyek-proyek ini.\n\nSaya warga Loa Janan, mendukung permintaan ini. Kapan laporan progres proyek itu bisa dilihat publik?",
    ),
    Case(
        "telegram",
        "adpem",
        "Berita dari kanal Telegram 'Kukar Hari Ini', 21 Mei 2025:\n\n\"Timbunan jalan akses menuju jembatan di Desa Loa Duri Ilir longsor untuk kedua kalinya. Pekerjaan senilai Rp 5,1 miliar itu semestinya rampung Desember 2024, tetapi hingga kini baru sekitar 70 persen. 'Setiap hujan tanahnya turun lagi, seperti tidak dipadatkan,' kata Rudi, pengemudi angkot. Sementara itu, di tempat lain, pemadaman listrik bergilir juga dikeluhkan warga Loa Janan.\"\n\nSaya minta kejelasan dari Pemkab soal penyelesaian jalan akses jembatan Loa Duri ini, karena sudah lewat jadwal kontrak.",
    ),
    Case(
        "twitter",
        "adpem",
        "Ini jalan kabupaten di Desa Kota Bangun Seberang, katanya diperbaiki 2024 pakai dana miliaran. Baru 5 bulan udah kayak kubangan kerbau. Pengawasnya ke mana? @PemkabKukar tolong dicek hasil kerjanya 🙏 #KukarIdaman #jalanrusak",
    ),
    Case(
        "twitter",
        "adpem",
        "Utas singkat: ini gedung sport center Kecamatan Muara Badak yg mulai dibangun 2021, sampai hari ini masih rangka baja doang. Anak muda sini main futsal di lapangan tanah. Kapan ini dilanjut @PemkabKukar ? Jangan jadi monumen proyek mangkrak lagi.",
    ),
    Case(
        "twitter",
        "adpem",
        "RT @infomuarajawa: Drainase baru di Jl. Pangeran Antasari Muara Jawa Ulu sudah jebol, betonnya rontok pas dipegang. Warga nanya proyek ini diawasi siapa.\n\nIkut nge-tag @PemkabKukar, tolong dipantau pengerjaan proyek begini, kasian warga.",
    ),
]

_PBJ = [
    Case(
        "email",
        "pbj",
        "Yth. Sekretariat Daerah Kabupaten Kutai Kartanegara,\n\nSaya Fajar Nugroho, wartawan Borneo Insight. Kami menerima keluhan dari sejumlah kontraktor lokal soal paket Peningkatan Jalan Poros Kota Bangun–Kenohan (HPS Rp 14,6 miliar) yang sudah tiga kali dibatalkan lalu diumumkan ulang di sistem lelang elektronik sejak Februari 2025. Salah satu direktur CV yang ikut mengatakan kepada kami, 'Setiap kali dibatalkan alasannya berbeda, kami sudah keluar biaya untuk jaminan penawaran dan dokumen.'\n\nKami memohon penjelasan: apa alasan pembatalan berulang itu, dan apakah prosesnya sudah sesuai ketentuan? Tanggapan akan kami muat dalam berita yang direncanakan tayang Jumat (16/5/2025).\n\nHormat kami,\nFajar Nugroho\nBorneo Insight",
    ),
    Case(
        "email",
        "pbj",
        "Kepada Yth. Pemkab Kukar,\n\nSaya Direktur CV Mahakam Karya Lestari. Keluhan kami sudah dimuat media lokal, berikut kutipannya:\n\n\"Seorang peserta tender rehabilitasi gedung SD di Kecamatan Sebulu mengaku sanggahannya tidak pernah dijawab oleh pokja pemilihan. Sanggahan diajukan 10 Maret 2025 melalui aplikasi, namun pada 18 Maret pemenang langsung ditetapkan. 'Kami dinyatakan gugur karena dianggap tidak melampirkan SBU, padahal dokumennya ada,' ujar Herman.\"\n\nKami memohon agar proses pemilihan paket tersebut ditinjau ulang dan sanggahan kami diberi jawaban tertulis sebagaimana mestinya. Bukti unggah dokumen kami lampirkan.\n\nHormat kami,\nHerman Syahrani\nCV Mahakam Karya Lestari, Jl. Panjaitan No. 21, Tenggarong",
    ),
    Case(
        "email",
        "pbj",
        "Dengan hormat,\n\nIzinkan saya meneruskan tulisan saya yang dimuat di rubrik Surat Pembaca harian lokal, 3 Juni 2025:\n\n\"Sulitnya Jadi Rekanan Pemerintah\nSaya pemilik usaha penyedia alat tulis dan perlengkapan kantor di Tenggarong. Sejak April saya mendaftar akun penyedia di layanan lelang elektronik Kukar, semua berkas sudah saya unggah dan saya juga datang membawa dokumen asli untuk verifikasi. Sampai sekarang status akun masih 'menunggu verifikasi'. Ketika ditanya, petugas hanya bilang sedang banyak antrean. Bagaimana pengusaha kecil bisa ikut berusaha kalau mendaftar saja berbulan-bulan?\nYuliani, Jl. Imam Bonjol, Kelurahan Panji\"\n\nMohon akun saya segera diverifikasi atau diberi tahu kekurangannya.\n\nSalam,\nYuliani",
    ),
    Case(
        "email",
        "pbj",
        "Selamat siang,\n\nSaya Agus Salim dari media daring Kutai Sepekan. Kami sedang menelusuri pembelian tiga unit mobil ambulans melalui katalog elektronik pada akhir 2024. Dari penelusuran kami, harga per unit yang dibayar sekitar Rp 890 juta, sementara unit dengan spesifikasi serupa di etalase lain tercatat Rp 720 juta. Seorang anggota LSM di Tenggarong menyebut, 'Harusnya ada negosiasi harga, apalagi ini belanja tiga unit sekaligus.'\n\nMohon klarifikasi Sekretariat Daerah: bagaimana proses pemilihan penyedia dan negosiasi harga pada pembelian itu? Kami memberi kesempatan hak jawab sebelum berita tayang.\n\nTerima kasih,\nAgus Salim",
    ),
    Case(
        "web",
        "pbj",
        'Saya salin postingan dari grup Facebook \'Kontraktor & Supplier Kukar\':\n\n"Rekan-rekan, ada yang mengalami juga? Tadi malam batas akhir upload penawaran paket pembangunan drainase Kelurahan Sukarame jam 23.59, tapi dari jam 20.00 situs lelang tidak bisa diakses, muncul error 502. Jam 00.30 baru normal, tapi tahapan sudah tutup. Kami sudah siapkan dokumen dua minggu, jaminan penawaran juga sudah terbit. Apa tidak ada perpanjangan kalau server yang bermasalah?"\n\nKomentar: "Sama pak, saya juga gagal kirim." — "Sebaiknya minta jadwal ulang resmi."\n\nKami meminta kepastian apakah jadwal pemasukan penawaran paket tersebut akan diperpanjang karena gangguan sistem.',
    ),
    Case(
        "web",
        "pbj",
        'Berikut berita dari portal Tenggarong Today (27/2/2025) yang saya kutip:\n\n"Pemenang tender pembangunan gedung kantor UPT di Kecamatan Samboja dipertanyakan. CV yang ditetapkan sebagai pemenang tercatat beralamat di sebuah ruko di Loa Janan, namun saat didatangi wartawan, lokasi itu ternyata toko bangunan milik orang lain. Pemilik toko, Ahmad, mengaku tidak mengenal perusahaan tersebut."\n\nSaya peserta tender yang sama dan kalah. Saya minta panitia memeriksa kembali kebenaran data kualifikasi pemenang, termasuk alamat dan pengalaman kerjanya, sebelum kontrak ditandatangani.',
    ),
    Case(
        "web",
        "pbj",
        "Transkrip video TikTok @umkmtenggarong:\n\n\"Teman-teman pelaku usaha, saya mau cerita. Saya produksi meja-kursi kayu dan sudah beberapa kali ditanya sekolah, 'Bu, produknya ada di katalog elektronik lokal Kukar nggak?' Saya mau daftar, tapi bingung alurnya. Sudah tanya ke sana-sini, dilempar terus. Katanya harus punya akun penyedia dulu, terus produknya harus ditayangkan, tapi nggak ada yang jelasin caranya. Ada yang tahu harus ke mana?\"\n\nSaya pemilik akun tersebut. Mohon informasi prosedur dan pendampingan agar produk saya bisa masuk katalog elektronik lokal.",
    ),
    Case(
        "whatsapp",
        "pbj",
        "*Diteruskan berkali-kali*\n\nINFO A1: paket peningkatan jalan lingkungan Kecamatan Tenggarong Seberang Rp 12 M belum tayang tapi katanya sudah ada 'pemiliknya'. Persyaratan akan dibuat khusus pakai pengalaman pekerjaan jalan beton di atas 10 M dalam 3 tahun terakhir, yang di Kukar cuma 1-2 perusahaan yang punya. Yang lain cuma jadi penggembira.\n\nPak, ini beredar di grup asosiasi kontraktor. Kami minta nanti persyaratan kualifikasi paket itu diawasi supaya tidak mengunci peserta tertentu.",
    ),
    Case(
        "whatsapp",
        "pbj",
        'Selamat malam, saya teruskan pengumuman yang beredar di grup rekanan:\n\n"Perubahan jadwal tahap pembuktian kualifikasi paket Rehab Puskesmas Muara Kaman dimajukan dari 22 ke 19 Juli 2025."\n\nPerubahan itu hanya muncul di aplikasi tanpa pemberitahuan dan tanpa alasan, sementara kami sedang di lapangan di Kembang Janggut dan tidak sempat hadir membawa dokumen asli. Akibatnya kami digugurkan. Mohon ditinjau, apakah perubahan jadwal seperti ini sah.',
    ),
    Case(
        "sms",
        "pbj",
        "Slmt pagi. Akun penyedia kami di SPSE Kukar terkunci sejak Senin, padahal besok batas upload penawaran paket Rp 2,3 M. Mohon dibantu reset. CV Sinar Loa Kulu, Rusdi 0813-4611-2290",
    ),
    Case(
        "telegram",
        "pbj",
        "Saya teruskan berita dari kanal Telegram 'Kaltim Watch':\n\n\"Pengadaan 450 unit laptop untuk sekolah dasar di Kukar tahun 2024 dilakukan lewat pembelian langsung di katalog elektronik. Data yang dihimpun menunjukkan pembelian dipecah menjadi beberapa paket dan seluruhnya jatuh ke satu penyedia yang sama. Pengamat menilai mestinya ada mini-kompetisi.\"\n\nSaya distributor komputer di Tenggarong, produk kami juga tayang di katalog dengan harga lebih rendah. Mohon penjelasan bagaimana penyedia dipilih dalam pembelian tersebut.",
    ),
    Case(
        "telegram",
        "pbj",
        "Selamat siang. Saya dari PT Borneo Teknik Utama. Hasil evaluasi tender Pembangunan Jembatan Rangka Baja Desa Jembayan sudah lewat jadwal lima hari, tapi pengumuman pemenang belum juga tayang dan berita acara hasil pemilihan tidak bisa diunduh. Di grup rekanan beredar kabar pemenang sudah ditentukan. Kami perlu kepastian kapan diumumkan agar bisa menghitung masa sanggah.",
    ),
    Case(
        "twitter",
        "pbj",
        "Tender di Kukar ini aneh. Paket yang sama dibatalin, diumumkan lagi, dibatalin lagi. Kontraktor lokal keluar duit terus buat jaminan penawaran. Transparan dong proses lelangnya @PemkabKukar #LelangKukar",
    ),
    Case(
        "twitter",
        "pbj",
        "Jam 21.40 situs lpse kukar down lagi, padahal malam ini batas upload penawaran 4 paket. Tiap akhir bulan begini terus. Tolong @PemkabKukar perpanjang jadwalnya, jangan penyedia yang dirugikan gara-gara server.",
    ),
    Case(
        "twitter",
        "pbj",
        'Quote tweet @kabarkutai: "Sanggahan peserta tender gedung olahraga Loa Kulu tak digubris, pemenang tetap diumumkan"\n\nSaya salah satu penyanggahnya. Sudah sebulan belum ada jawaban tertulis. Apa gunanya ada masa sanggah kalau tidak dijawab? @PemkabKukar',
    ),
]

_ORGANISASI = [
    Case(
        "email",
        "organisasi",
        "Yth. Sekretariat Daerah Kabupaten Kutai Kartanegara,\n\nSaya Nurul Hidayah, reporter Mahakam Daily. Hari Selasa (11/3/2025) kami menurunkan laporan berikut:\n\n\"Antrean pengurusan KTP elektronik dan kartu keluarga di kantor Disdukcapil Kukar, Tenggarong, mengular sejak subuh. Warga dari Muara Kaman dan Kembang Janggut mengaku sudah menginap di masjid dekat kantor. Lebih memprihatinkan, sejumlah warga menyebut ada oknum yang menawarkan nomor antrean 'jalur cepat' seharga Rp 50.000 hingga Rp 100.000. 'Kalau tidak bayar, baru dapat nomor jam sebelas, lalu dibilang kuota habis,' kata Mariana, warga Muara Kaman Ulu.\"\n\nKami mohon tanggapan Pemkab: apakah praktik penjualan nomor antrean itu sudah diketahui, dan apa langkah pembenahan layanannya?\n\nSalam,\nNurul Hidayah",
    ),
    Case(
        "email",
        "organisasi",
        'Dengan hormat,\n\nBerikut Surat Pembaca saya yang dimuat di koran lokal, 20 Januari 2025:\n\n"Izin Bangunan Tanpa Kepastian\nSaya mengajukan persetujuan bangunan gedung untuk ruko dua pintu di Jl. Ahmad Yani, Tenggarong, sejak Agustus 2024. Lima bulan berlalu, setiap kali saya datang ke kantor pelayanan perizinan jawabannya berbeda: berkas kurang, tim teknis belum rapat, atau pejabatnya dinas luar. Tidak ada papan informasi berapa hari seharusnya izin selesai dan apa saja syaratnya. Saya hanya ingin kepastian.\nBambang Irawan, Kelurahan Sukarame, Tenggarong"\n\nSaya memohon Pemkab menegur dan membenahi pelayanan tersebut, serta memastikan ada kejelasan waktu dan persyaratan bagi pemohon.\n\nHormat saya,\nBambang Irawan',
    ),
    Case(
        "email",
        "organisasi",
        "Kepada Pemkab Kukar,\n\nSaya meneruskan berita dari portal Kutai Post (5/5/2025):\n\n\"Pemilik angkutan barang di Tenggarong Seberang mengeluhkan biaya tambahan saat uji berkala kendaraan (KIR). Selain retribusi resmi, mereka diminta 'uang administrasi' Rp 150.000 per kendaraan tanpa kuitansi. 'Kalau tidak mau bayar, disuruh datang lagi minggu depan,' kata Sahril, pemilik tiga truk. Di hari yang sama, Dinas terkait juga menggelar sosialisasi keselamatan angkutan sekolah.\"\n\nSaya salah satu pemilik truk yang dimaksud. Tolong diusut pungutan tanpa dasar itu dan dipasang informasi tarif resmi di loket.\n\nTerima kasih,\nJoko Wibisono",
    ),
    Case(
        "email",
        "organisasi",
        "Yth. Sekretariat Daerah,\n\nSaya Yohanes Lamba, jurnalis lepas. Saya sedang menulis tentang survei kepuasan masyarakat di unit-unit layanan Pemkab Kukar. Beberapa warga yang saya temui di kantor layanan perizinan dan di puskesmas mengaku lembar survei diisi oleh petugas sendiri, atau warga hanya diminta tanda tangan. Hasil survei tahun 2024 yang diklaim 'sangat baik' juga tidak bisa saya temukan dipublikasikan per unit layanan.\n\nPertanyaan saya: bagaimana survei itu dilaksanakan dan diawasi, dan di mana publik bisa melihat hasil lengkapnya? Saya berharap jawaban sebelum 30 Juni 2025.\n\nSalam,\nYohanes Lamba",
    ),
    Case(
        "web",
        "organisasi",
        'Postingan dari grup Facebook \'Lowongan Kerja Kukar & Sekitarnya\' yang saya salin:\n\n"Mau tanya, bikin kartu pencari kerja (kartu kuning) di Tenggarong memang bayar ya? Tadi saya diminta Rp 25.000 katanya untuk biaya cetak, nggak dikasih kuitansi. Setahu saya gratis."\n\nKomentar: "Saya bulan lalu juga bayar 20 ribu." — "Di Samarinda gratis kok kak."\n\nSaya ikut membayar Rp 25.000 pada 14 April 2025. Mohon dipastikan apakah layanan ini memang gratis dan ditertibkan petugas yang meminta uang.',
    ),
    Case(
        "web",
        "organisasi",
        "Transkrip video YouTube 'Curhat Warga Kukar' episode 12:\n\n\"Jadi saya urus akta kelahiran anak saya sejak bulan Oktober. Berkas sudah saya serahkan lengkap di loket, dapat tanda terima. Bulan Desember saya datang, katanya berkas tidak ada, hilang. Disuruh ulang dari awal, minta surat keterangan lahir lagi dari bidan. Padahal bidannya sudah pindah tugas ke Balikpapan. Petugasnya cuma bilang 'ya mau bagaimana lagi, Bu'. Tidak ada minta maaf.\"\n\nSaya ibu dalam video itu, Rahmawati dari Kecamatan Loa Kulu. Saya minta pelayanan ini dievaluasi dan berkas saya diproses tanpa harus mengulang dari nol.",
    ),
    Case(
        "web",
        "organisasi",
        "Saya kutip berita dari media daring Suara Etam (17/2/2025):\n\n\"Sejumlah warga kecewa saat mendatangi Mal Pelayanan Publik Kukar pada Jumat siang. Meski jadwal layanan tertulis hingga pukul 15.00, beberapa gerai sudah tutup sejak pukul 11.30. 'Saya datang dari Kota Bangun, tiga jam perjalanan, sampai sini gerainya kosong,' keluh Syamsuddin.\"\n\nKeluhan yang sama saya alami minggu lalu. Mohon ditertibkan jam pelayanan sesuai yang diumumkan dan disediakan petugas pengganti bila ada yang berhalangan.",
    ),
    Case(
        "whatsapp",
        "organisasi",
        "*Diteruskan*\n\n⚠️ HATI-HATI CALO ⚠️\nDi depan kantor catatan sipil Tenggarong ada beberapa orang menawarkan urus KK dan KTP 'jadi hari ini' dengan tarif Rp 300 ribu. Katanya orang dalam. Yang antre resmi disuruh balik minggu depan karena blangko habis, tapi yang lewat calo bisa langsung jadi. Sebarkan!\n\nPak/Bu, ini beredar di grup warga Loa Janan. Saya sendiri ditawari waktu ke sana tanggal 8 Juli. Mohon ditindak supaya pelayanan adil untuk semua.",
    ),
    Case(
        "whatsapp",
        "organisasi",
        'Selamat pagi. Saya teruskan komentar-komentar dari postingan FB yang viral kemarin soal pelayanan di kantor dinas perizinan:\n\n"Petugasnya judes, ditanya syarat malah disuruh baca sendiri, padahal papan informasinya tidak ada."\n"Kotak saran pun tidak ada, mau mengadu ke mana?"\n"Saya bolak-balik 4 kali cuma buat tahu syarat izin usaha."\n\nSaya salah satu yang berkomentar. Kami minta setiap kantor pelayanan menempelkan syarat, alur, waktu dan biaya layanan, serta menyediakan saluran pengaduan yang jelas.',
    ),
    Case(
        "sms",
        "organisasi",
        "Yth Pemkab Kukar, legalisir ijazah anak sy di dinas pendidikan diminta uang Rp 10rb per lembar tanpa kuitansi. Katanya utk map. Mohon ditertibkan. Wati, Timbau",
    ),
    Case(
        "telegram",
        "organisasi",
        "Transkrip video TikTok @si_acil_tenggarong yang saya teruskan:\n\n\"Ini hari ketiga saya coba ambil antrean online untuk rekam KTP. Aplikasinya error terus, pas datang langsung disuruh daftar online. Saya tanya ke petugas, 'terus saya harus gimana, Pak?' Jawabnya 'coba lagi saja besok'. Sudah tiga hari saya izin kerja!\"\n\nMohon ada kejelasan alternatif bagi warga yang gagal daftar online, jangan warga dipingpong.",
    ),
    Case(
        "telegram",
        "organisasi",
        "Saya teruskan utas X dari akun @sopirangkotkukar:\n\n1/ Perpanjangan izin trayek angkot Tenggarong–Loa Kulu katanya 7 hari kerja. Punya saya sudah 2 bulan.\n2/ Teman yang 'titip' Rp 500 ribu ke oknum, seminggu jadi.\n3/ Yang begini kapan dibenahi?\n\nSaya pemilik akun. Mohon diperiksa dugaan permintaan uang dan lambatnya proses tersebut.",
    ),
    Case(
        "twitter",
        "organisasi",
        "Ngurus surat pindah domisili di Kukar: datang jam 8, sistem offline, disuruh balik besok. Besoknya petugasnya rapat. Lusa katanya blangko habis. Ini pelayanan publik apa ujian kesabaran? @PemkabKukar",
    ),
    Case(
        "twitter",
        "organisasi",
        "Survei kepuasan masyarakat di loket tadi diisiin sama petugasnya sendiri, saya cuma disuruh tanda tangan. Pantes hasilnya 'sangat baik' terus 🙃 @PemkabKukar",
    ),
    Case(
        "twitter",
        "organisasi",
        'Bayar "uang terima kasih" Rp 200rb biar berkas izin usaha dipercepat. Ini bukan cerita saya doang, satu grup WA pedagang Pasar Tangga Arung ngalamin. Tolong dibersihkan @PemkabKukar #StopPungli',
    ),
]

_UMUM = [
    Case(
        "email",
        "umum",
        "Yth. Sekretariat Daerah Kabupaten Kutai Kartanegara,\n\nSaya Irfan Maulana dari media daring Kaltim Sepekan. Sebuah video berdurasi 40 detik beredar luas sejak Minggu (9/2/2025), memperlihatkan mobil dinas berpelat merah dengan stiker Sekretariat Kabupaten terparkir di area tempat hiburan malam di Samarinda sekitar pukul 01.00 dini hari. Pengunggah video menulis, 'Pajak rakyat dipakai buat dugem?'\n\nKami mohon konfirmasi: apakah kendaraan tersebut benar aset yang dipakai di lingkungan Kantor Bupati, siapa pemegangnya, dan bagaimana aturan pemakaian kendaraan dinas di luar jam kerja?\n\nTerima kasih,\nIrfan Maulana\nKaltim Sepekan",
    ),
    Case(
        "email",
        "umum",
        'Kepada Yth. Pemerintah Kabupaten Kutai Kartanegara,\n\nKami pengurus Ikatan Pemuda Muara Kaman di Tenggarong. Keluhan kami sudah telanjur ramai di Facebook, berikut postingan ketua kami:\n\n"Kami sudah mengajukan surat peminjaman ruang rapat serbaguna di Kantor Bupati untuk musyawarah organisasi tanggal 15 Maret, dan sudah dinyatakan bisa dipakai lewat telepon. Tiga hari sebelum acara tiba-tiba dibatalkan karena ruangan dipakai instansi lain. Undangan 150 orang sudah tersebar."\n\nKami memohon penjelasan bagaimana prosedur peminjaman ruangan yang benar, dan agar ada jadwal tertulis sehingga kejadian serupa tidak terulang. Kami juga memohon dicarikan tanggal pengganti.\n\nHormat kami,\nRiduan, Sekretaris Ikatan Pemuda Muara Kaman',
    ),
    Case(
        "email",
        "umum",
        'Dengan hormat,\n\nBerikut Surat Pembaca saya yang dimuat Kamis, 24 April 2025:\n\n"Parkir di Kantor Bupati Harus Bayar?\nSaya beberapa kali datang ke Kantor Bupati Kukar di Jalan Wolter Monginsidi untuk urusan kantor. Setiap kali memarkir motor di halaman samping, ada seorang pria berompi oranye menagih Rp 5.000 tanpa karcis. Bukankah halaman kantor pemerintah seharusnya bebas parkir bagi tamu? Kalau memang resmi, mana karcisnya?\nSelamet Riyadi, Kelurahan Loa Ipuh, Tenggarong"\n\nMohon ditertibkan juru parkir di halaman kantor tersebut.\n\nHormat saya,\nSelamet Riyadi',
    ),
    Case(
        "email",
        "umum",
        "Yth. Sekretariat Daerah Kukar,\n\nPada 3 Februari 2025 saya mengantar langsung surat dari kelompok tani kami, ditujukan kepada Bupati, ke meja penerimaan surat di Kantor Bupati. Petugas hanya menerima tanpa memberi tanda terima atau nomor agenda. Sudah dua bulan lebih kami tidak mendapat kabar apa pun; ketika saya menelepon, petugas bilang suratnya tidak ditemukan di buku agenda.\n\nHal ini sempat saya ceritakan di grup Facebook 'Suara Warga Tenggarong' dan ternyata beberapa orang mengalami hal serupa. Mohon surat kami dilacak, dan ke depan setiap surat masuk diberi bukti penerimaan agar bisa ditelusuri.\n\nHormat saya,\nMuhammad Yusran, Desa Bukit Pariaman, Tenggarong Seberang",
    ),
    Case(
        "web",
        "umum",
        'Saya salin postingan dari grup Facebook \'Warga Tenggarong Bicara\':\n\n"Tadi ke Kantor Bupati, mau ke toilet di lobi lantai 1. Ya Allah, airnya mati, lantainya becek, baunya sampai ke ruang tunggu. Padahal banyak tamu dari luar daerah. Ini kantor bupati lho, wajah kabupaten."\n\nKomentar: "Minggu lalu juga begitu." — "Tempat sampah di parkiran juga penuh tidak diangkut."\n\nSaya juga mengalaminya hari Rabu kemarin. Mohon kebersihan toilet dan lingkungan kantor diperhatikan.',
    ),
    Case(
        "web",
        "umum",
        "Transkrip video TikTok @mamaknya_azka (ditonton 120 ribu kali):\n\n\"Jadi ceritanya saya mau antar undangan kegiatan sekolah ke Kantor Bupati. Sampai gerbang, satpamnya bentak saya, 'Ibu mau ngapain? Tidak bisa masuk!' Saya jelaskan baik-baik, tetap disuruh pergi, motor saya malah ditendang standarnya. Saya cuma warga biasa, kok diperlakukan begitu?\"\n\nSaya pengunggah video tersebut, kejadian Senin 19 Mei 2025 sekitar pukul 10.00 di gerbang depan. Saya minta petugas keamanan kantor itu dibina dan sikapnya terhadap tamu diperbaiki.",
    ),
    Case(
        "web",
        "umum",
        "Kutipan berita Tenggarong Today (2/6/2025):\n\n\"Kondisi halaman Kantor Bupati Kukar dikeluhkan warga yang rutin berolahraga sore di sekitar kawasan tersebut. Sejumlah lampu taman padam sejak sebulan terakhir, sebagian pagar sisi belakang roboh, dan rumput di sisi timur dibiarkan setinggi lutut. 'Malam hari gelap sekali, rawan,' kata Herlina. Di tempat terpisah, Dinas Pariwisata mengumumkan jadwal festival Erau.\"\n\nSaya warga yang tinggal di belakang kompleks kantor itu. Mohon lampu, pagar dan halaman kantor segera dibenahi.",
    ),
    Case(
        "whatsapp",
        "umum",
        "*Diteruskan*\n\nLihat ini saudara-saudara, mobil dinas Innova pelat merah KT xxxx dipakai antar rombongan pengantin di Loa Kulu hari Sabtu kemarin, lengkap dengan pita bunga di kap depan 😂 Mobil dinas atau mobil rental?\n\nBapak/Ibu, saya terima ini di grup keluarga. Dari logo di pintu, mobil itu milik Sekretariat Kabupaten. Mohon dicek pemakaiannya, kendaraan dinas kan seharusnya tidak untuk hajatan pribadi.",
    ),
    Case(
        "whatsapp",
        "umum",
        'Selamat siang Pak. Saya teruskan foto dan keterangan yang beredar di grup pegawai honorer:\n\n"Plafon ruang tunggu tamu lantai 2 Kantor Bupati bocor lagi, ember ditaruh di mana-mana, kursi tamu basah."\n\nSaya tadi ke sana mengantar dokumen, memang benar, air menetes di dekat stopkontak, bahaya korsleting. Mohon atap gedung itu segera diperbaiki.',
    ),
    Case(
        "sms",
        "umum",
        "Yth Pemkab, parkir tamu di Kantor Bupati selalu penuh mobil pribadi pegawai sejak pagi. Ibu sy pakai kursi roda tdk dpt tempat dekat pintu masuk. Mohon diatur. Ani",
    ),
    Case(
        "telegram",
        "umum",
        'Saya teruskan postingan X akun @dimas_tgr:\n\n"Motor saya hilang di parkiran Kantor Bupati Kukar, Kamis 6 Maret sekitar jam 13.00. Parkirannya dijaga, tapi pas saya lapor petugasnya bilang CCTV sisi itu mati sudah lama. Jadi yang jaga ngapain?"\n\nSaya Dimas, pemilik akun. Saya sudah lapor polisi, tapi mohon pihak kantor membantu membuka rekaman CCTV yang ada dan memperbaiki pengamanan parkiran.',
    ),
    Case(
        "telegram",
        "umum",
        "Dari kanal Telegram 'Info Tenggarong':\n\n\"Dua kegiatan bentrok di aula Kantor Bupati, Sabtu (12/7/2025). Panitia wisuda TK Pertiwi dan panitia seminar pemuda sama-sama mengaku sudah mengantongi izin pemakaian ruangan. Akibatnya wisuda molor dua jam.\"\n\nSaya ketua panitia wisuda itu. Kami sudah mengajukan permohonan sejak Mei. Mohon pencatatan jadwal peminjaman aula dibenahi, dan kami minta penjelasan mengapa izin bisa diberikan ganda.",
    ),
    Case(
        "twitter",
        "umum",
        "Mobil pelat merah Setkab Kukar tiap Minggu pagi parkir di pasar kaget Samarinda dipakai belanja keluarga. Udah 3 minggu saya lihat. Kendaraan dinas buat dinas ya, bukan buat belanja sayur @PemkabKukar",
    ),
    Case(
        "twitter",
        "umum",
        "Ke Kantor Bupati Kukar tadi mau ambil balasan surat, petugas penerimaan surat bilang suratnya 'mungkin nyelip'. Udah sebulan. Surat warga tuh ditaruh di mana sih @PemkabKukar",
    ),
    Case(
        "twitter",
        "umum",
        "Halaman parkir Kantor Bupati Kukar jadi tempat nongkrong + balap liar tiap malam minggu, pos satpam kosong. Pagar samping juga bolong. Tolong dijaga dong @PemkabKukar #Tenggarong",
    ),
]

_PROKOM = [
    Case(
        "email",
        "prokom",
        "Yth. Sekretariat Daerah Kabupaten Kutai Kartanegara,\n\nSaya Andi Firmansyah, pemimpin redaksi Kukar Satu. Dalam konferensi pers Bupati tentang capaian 100 hari kerja pada Rabu (28/5/2025), beberapa media lokal termasuk kami tidak mendapat undangan, sementara media tertentu justru diundang dan mendapat bahan rilis lebih dulu. Wartawan kami yang datang sendiri bahkan tidak diizinkan masuk ruang konferensi.\n\nKami ingin menanyakan: bagaimana mekanisme undangan peliputan kegiatan pimpinan, dan bagaimana media lokal bisa terdaftar agar memperoleh rilis dan undangan secara setara?\n\nHormat kami,\nAndi Firmansyah\nKukar Satu",
    ),
    Case(
        "email",
        "prokom",
        "Kepada Yth. Pemerintah Kabupaten Kutai Kartanegara,\n\nKami Komunitas Seniman Tepian Mahakam, Tenggarong. Kekecewaan kami sempat dimuat media lokal pekan lalu:\n\n\"Komunitas seniman Tenggarong mengaku sudah empat kali mengajukan permohonan bertemu Bupati sejak Januari 2025 untuk membahas pemanfaatan gedung kesenian, namun tak pernah mendapat jawaban. 'Kami hanya butuh waktu tiga puluh menit,' kata Ketua Komunitas, Ahmad Rizali.\"\n\nMelalui surel ini kami kembali memohon waktu untuk bertatap muka dengan Bapak Bupati. Kami bersedia menyesuaikan jadwal, dan mohon kabar apakah permohonan kami sudah dicatat.\n\nHormat kami,\nAhmad Rizali\n0852-4670-1188",
    ),
    Case(
        "email",
        "prokom",
        'Dengan hormat,\n\nSaya kirimkan tulisan saya di rubrik Surat Pembaca, 10 Maret 2025:\n\n"Admin Medsos Pemkab, Tolong Lebih Teliti\nUnggahan akun Instagram resmi Pemkab Kukar tentang jadwal pasar murah Ramadan mencantumkan tanggal yang keliru, sehingga warga Loa Janan datang sehari lebih awal. Ketika warga menanyakannya di kolom komentar, komentar-komentar itu justru dihapus dan tidak ada ralat. Akun resmi seharusnya menjadi rujukan, bukan sumber kebingungan.\nSiti Aminah, Desa Loa Janan Ulu"\n\nSaya berharap ada ralat resmi dan pengelola akun lebih terbuka menanggapi warga.\n\nHormat saya,\nSiti Aminah',
    ),
    Case(
        "email",
        "prokom",
        "Selamat siang,\n\nKami panitia Festival Kampung Nelayan Muara Badak 2025 yang akan digelar 16–17 Agustus 2025. Tahun lalu, sebagaimana diberitakan sejumlah media, Bupati sudah dijadwalkan membuka acara tetapi batal hadir tanpa pemberitahuan, dan ribuan pengunjung menunggu dua jam di panggung utama.\n\nTahun ini kami kembali mengundang Bapak Bupati untuk membuka festival dan memberikan sambutan. Surat undangan resmi sudah kami antar 2 Juli. Mohon konfirmasi kehadiran sebelum 5 Agustus, dan bila berhalangan, mohon kabar siapa yang akan mewakili agar susunan acara bisa kami atur.\n\nTerima kasih,\nNovita Sari, Sekretaris Panitia",
    ),
    Case(
        "web",
        "prokom",
        'Postingan dari grup Facebook \'Lembaga Adat Kutai Bersatu\' yang saya salin:\n\n"Pada upacara peringatan Hari Jadi Kota Tenggarong di halaman Kantor Bupati, para tetua adat yang diundang resmi tidak mendapat kursi, berdiri di belakang barisan pegawai selama upacara. Nama mereka pun tidak disebut saat pembacaan tamu kehormatan. Kami merasa tidak dihargai."\n\nKomentar: "Tahun lalu juga begitu."\n\nSaya salah satu tokoh adat yang hadir. Kami minta penataan tamu undangan pada acara resmi ke depan lebih menghormati tokoh adat dan ada permintaan maaf.',
    ),
    Case(
        "web",
        "prokom",
        "Transkrip potongan video YouTube kanal 'Kukar TV Warga' (rekaman sambutan Bupati di Kecamatan Kenohan, 4 Juni 2025):\n\n\"...dan saya bangga, Desa Teluk Muda ini sudah seratus persen teraliri listrik dua puluh empat jam...\"\n\nDi kolom komentar warga ramai membantah karena listrik di Teluk Muda masih menyala hanya malam hari. Saya warga Teluk Muda. Kami tidak menyalahkan Bapak Bupati, tapi sepertinya bahan sambutannya keliru. Mohon ada klarifikasi di kanal resmi dan bahan pidato ke depan diperiksa lebih cermat.",
    ),
    Case(
        "web",
        "prokom",
        'Transkrip video TikTok @pakdesaipul_kukar:\n\n"Ini sudah ketiga kalinya saya datang ke Kantor Bupati mau ketemu Pak Bupati langsung, bawa aspirasi warga soal lahan kuburan. Tiap datang disuruh tunggu, lalu dibilang bapak ada acara. Saya tanya caranya supaya bisa dijadwalkan, tidak ada yang bisa jelaskan."\n\nSaya Saipul, pemilik video. Saya tidak minta diistimewakan, hanya minta tahu bagaimana cara mendaftar supaya bisa diterima Bupati dan kapan jadwalnya.',
    ),
    Case(
        "whatsapp",
        "prokom",
        '*Diteruskan berkali-kali*\n\n"PENGUMUMAN BUPATI KUKAR: Seluruh honorer yang ingin diangkat PPPK tahun ini diminta transfer biaya administrasi Rp 750.000 ke rekening berikut..."\n\nBapak/Ibu, pesan ini tersebar di banyak grup di Kota Bangun dan memakai foto Bupati. Saya yakin ini penipuan, tapi banyak tetangga percaya. Mohon pemerintah segera membuat bantahan resmi lewat akun-akun resmi pimpinan supaya warga tidak jadi korban.',
    ),
    Case(
        "whatsapp",
        "prokom",
        'Assalamualaikum. Saya teruskan undangan yang sudah kami bagikan di grup warga:\n\n"Peresmian Masjid Al-Ikhlas Desa Jembayan Tengah, Ahad 21 September 2025, pukul 09.00 WITA."\n\nKami pengurus masjid sangat berharap Bapak Bupati berkenan hadir meresmikan dan memberi sambutan. Surat undangan sudah kami kirim minggu lalu. Mohon kabar apakah Bapak bisa hadir, karena kami perlu menyiapkan tempat dan acara.',
    ),
    Case(
        "sms",
        "prokom",
        "Assalamualaikum, kami Karang Taruna Desa Separi mohon waktu audiensi dgn Bapak Bupati soal fasilitas olahraga pemuda. Surat sdh dikirim 2 minggu lalu. Mhn info jadwal. Fikri 0821-5544-9031",
    ),
    Case(
        "telegram",
        "prokom",
        'Pesan di grup Telegram wartawan peliput Pemkab yang saya teruskan:\n\n"Rekan-rekan, rilis kegiatan Bupati hari ini baru dibagikan jam 22.00, foto resolusi kecil, dan nama pejabat yang hadir salah ketik. Siaran langsung di kanal resmi juga putus-putus."\n\nSaya wartawan Mahakam Daily. Ini sudah sering terjadi. Mohon rilis dan dokumentasi kegiatan pimpinan dibagikan lebih cepat dan akurat agar media bisa memberitakan dengan benar.',
    ),
    Case(
        "telegram",
        "prokom",
        "Dari kanal Telegram 'Cek Fakta Kaltim':\n\n\"Sebuah akun Facebook bernama mirip Bupati Kukar dengan foto profil resmi menghubungi warga lewat pesan pribadi, menawarkan bantuan modal usaha dengan syarat transfer 'biaya pencairan'.\"\n\nIbu saya di Sanga-Sanga hampir transfer Rp 2 juta. Mohon pemerintah mengumumkan akun-akun media sosial resmi Bupati, melaporkan akun palsu itu, dan membuat peringatan ke masyarakat.",
    ),
    Case(
        "twitter",
        "prokom",
        "Akun IG resmi pemkab posting ucapan Hari Kartini tapi fotonya pejabat kabupaten lain 🤦 komentar yang ngingetin malah dihapus. Adminnya tolong lebih teliti ya @PemkabKukar",
    ),
    Case(
        "twitter",
        "prokom",
        "Kami pelajar SMA di Tenggarong Seberang pengen ngundang Pak Bupati jadi pembicara di acara pentas inspirasi bulan depan. Surat undangan dikirim ke mana ya dan berapa lama konfirmasinya? @PemkabKukar",
    ),
    Case(
        "twitter",
        "prokom",
        "Liputan pelantikan pejabat hari ini: wartawan lokal dilarang masuk, cuma boleh ambil gambar dari luar pagar. Sementara influencer bebas masuk. Ini kebijakan siapa? @PemkabKukar #KebebasanPers",
    ),
]

_PERENCANAAN_KEUANGAN = [
    Case(
        "email",
        "perencanaan_keuangan",
        "Yth. Sekretariat Daerah Kabupaten Kutai Kartanegara,\n\nSaya Lestari Handayani, jurnalis Borneo Insight. Kami mendapat pengaduan dari pemilik usaha katering 'Dapur Bu Ipah' di Tenggarong, yang menyediakan makan-minum rapat di lingkungan Sekretariat Daerah sejak Juli hingga Desember 2024. Menurut pemilik, tagihan Rp 87,5 juta belum dibayar hingga kini. 'Saya sudah berutang ke toko bahan makanan, karyawan belum saya bayar penuh,' ujarnya.\n\nKami mohon konfirmasi: apakah tagihan itu benar tertunggak, apa penyebabnya, dan kapan akan dibayarkan?\n\nSalam,\nLestari Handayani",
    ),
    Case(
        "email",
        "perencanaan_keuangan",
        "Kepada Yth. Pemerintah Kabupaten Kutai Kartanegara,\n\nKami pemilik toko alat tulis kantor 'Sinar Jaya' di Jl. Diponegoro, Tenggarong. Keluhan kami sempat dimuat portal Kutai Post (12/3/2025):\n\n\"Sejumlah toko penyedia ATK di Tenggarong mengeluhkan pembayaran dari lingkungan Sekretariat Kabupaten yang molor. Salah satunya mengaku sudah menyerahkan barang senilai Rp 42 juta sejak Oktober 2024 dan melengkapi seluruh kuitansi, namun belum juga menerima pembayaran.\"\n\nMohon kejelasan kapan tagihan kami dibayar. Semua dokumen sudah kami serahkan dan ditandatangani penerima barang.\n\nHormat kami,\nLiem Hendra",
    ),
    Case(
        "email",
        "perencanaan_keuangan",
        'Dengan hormat,\n\nSurat Pembaca saya dimuat 14 Mei 2025, saya kirimkan kembali:\n\n"Honor Tiga Bulan Tak Kunjung Cair\nSuami saya tenaga kontrak di Sekretariat Kabupaten Kukar. Sejak Februari honornya belum dibayar. Setiap ditanya, jawabannya menunggu proses. Kami punya dua anak sekolah, kontrakan pun sudah menunggak. Kami mohon perhatian, karena suami saya tetap masuk kerja setiap hari.\nNur Aini, Kelurahan Timbau, Tenggarong"\n\nMohon kepastian kapan honor tersebut dibayarkan.\n\nHormat saya,\nNur Aini',
    ),
    Case(
        "email",
        "perencanaan_keuangan",
        "Yth. Sekretariat Daerah Kukar,\n\nSaya Gunawan dari media daring Etam Pos. Sejumlah pegawai di lingkungan Sekretariat Daerah yang meminta namanya tidak disebut mengeluhkan tunjangan tambahan penghasilan bulan April 2025 yang dibayarkan lebih kecil dari biasanya, dengan potongan hingga Rp 1,2 juta, tanpa penjelasan tertulis. Mereka juga menyebut pembayarannya terlambat tiga minggu.\n\nKami mohon penjelasan: apa dasar perhitungan potongan tersebut dan mengapa pembayarannya terlambat? Kami memberikan hak jawab sebelum berita dimuat.\n\nSalam,\nGunawan",
    ),
    Case(
        "web",
        "perencanaan_keuangan",
        'Postingan dari grup Facebook \'UMKM Tenggarong Naik Kelas\' yang saya salin:\n\n"Ada yang pernah kerja sama cetak spanduk & baliho untuk acara di Kantor Bupati? Saya cetak 40 spanduk dan 6 baliho untuk kegiatan Sekretariat bulan November, total Rp 18,7 juta. Sampai sekarang belum dibayar, katanya nunggu anggaran cair. Sudah lima bulan lho."\n\nKomentar: "Saya juga pernah nunggu 4 bulan."\n\nSaya pemilik percetakan itu. Nota dan berita acara serah terima sudah saya serahkan. Mohon dibayarkan.',
    ),
    Case(
        "web",
        "perencanaan_keuangan",
        "Transkrip video TikTok @ppkukar_baru:\n\n\"Jadi saya ini PPPK yang baru dilantik, penempatan di Sekretariat Kabupaten. Sudah tiga bulan kerja, gaji belum masuk sama sekali. Teman di dinas lain sudah terima. Kita ditanya ke siapa, jawabannya 'datanya masih diproses'. Cicilan motor jalan terus, gaes.\"\n\nSaya pemilik akun tersebut. Mohon kejelasan kapan gaji kami yang ditempatkan di Sekretariat dibayarkan, termasuk rapelan bulan-bulan sebelumnya.",
    ),
    Case(
        "web",
        "perencanaan_keuangan",
        'Kutipan berita Suara Etam (8/8/2025):\n\n"Sejumlah staf Sekretariat Kabupaten Kukar mengaku biaya perjalanan dinas mereka ke Jakarta dan Balikpapan pada Juni 2025 belum diganti. Mereka terpaksa menalangi tiket pesawat dan hotel dengan uang pribadi. Sementara itu, Pemkab tengah menyiapkan peringatan HUT RI."\n\nSaya salah satu staf tersebut, talangan saya Rp 7,4 juta dan semua bukti sudah diserahkan. Mohon kepastian jadwal penggantian biaya perjalanan dinas ini.',
    ),
    Case(
        "whatsapp",
        "perencanaan_keuangan",
        "*Diteruskan*\n\nTeman-teman anggota tim penyusun dokumen di Sekretariat Kabupaten, honorarium kegiatan triwulan I sampai sekarang belum dibayar, padahal SK tim sudah terbit Januari. Siapa yang tahu kabarnya?\n\nPak, pesan ini beredar di grup kami. Saya salah satu anggota tim yang dimaksud. Mohon kejelasan kapan honorarium tersebut dibayarkan.",
    ),
    Case(
        "whatsapp",
        "perencanaan_keuangan",
        'Selamat siang. Saya teruskan berita yang dishare kawan:\n\n"Penyedia tenda dan sound system untuk rangkaian kegiatan Sekretariat Kabupaten pada peringatan HUT Kukar mengaku tagihannya Rp 63 juta belum dibayar sejak September 2024."\n\nSaya pemilik usaha tersebut, CV Bintang Mahakam Organizer. Mohon informasi kapan tagihan dibayar, karena kami juga harus membayar sewa peralatan ke pihak lain.',
    ),
    Case(
        "sms",
        "perencanaan_keuangan",
        "Yth Setda Kukar, tagihan servis 14 unit AC ruang kerja Sekretariat bln Feb 2025 Rp 9,8jt blm dibayar. Berkas sdh lengkap. Mohon kepastian. Toko Teknik Jaya, Arif 0812-5188-4402",
    ),
    Case(
        "telegram",
        "perencanaan_keuangan",
        "Saya teruskan utas X dari akun @vendor_kecil_kukar:\n\n1/ Barang sudah dikirim, diterima, ditandatangani. Tapi pembayaran dari Sekretariat Kabupaten tertahan karena katanya laporan pertanggungjawaban keuangannya belum beres.\n2/ Itu kan urusan internal, kenapa vendor yang kena?\n3/ Sudah 4 bulan, Rp 26 juta.\n\nSaya pemilik akun. Mohon dipercepat penyelesaian dokumen pertanggungjawaban itu supaya pembayaran kami bisa dicairkan.",
    ),
    Case(
        "telegram",
        "perencanaan_keuangan",
        "Dari kanal Telegram 'Kukar Hari Ini', 24 Maret 2025:\n\n\"Menjelang Idulfitri, pegawai di lingkungan Sekretariat Kabupaten Kukar belum menerima tunjangan tambahan penghasilan bulan Februari dan Maret. Di instansi lain tunjangan sudah dibayarkan.\"\n\nSaya istri salah satu pegawai tersebut. Mohon kejelasan kapan tunjangan dibayarkan, karena kebutuhan Lebaran sudah dekat.",
    ),
    Case(
        "twitter",
        "perencanaan_keuangan",
        "Katering nasi kotak rapat di Kantor Bupati Kukar, 1.200 kotak, belum dibayar sejak Desember. Ibu saya usaha kecil, modalnya habis buat talangin. Tolong dibayar @PemkabKukar 🙏",
    ),
    Case(
        "twitter",
        "perencanaan_keuangan",
        "Honorer Setkab Kukar: honor Januari–Maret belum cair, tapi absen tetap wajib fingerprint jam 7.30. Kami juga butuh makan @PemkabKukar",
    ),
    Case(
        "twitter",
        "perencanaan_keuangan",
        "Perjalanan dinas bulan Mei, tiket & hotel pakai uang pribadi, sampai Agustus belum diganti. Tiap tanya bendahara jawabannya 'sabar'. Staf Sekretariat juga manusia @PemkabKukar",
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
