# ruff: noqa: E501
"""Blind set written 2026-12-07 (seventeenth of the day) for issue 16: the second half of the year: dry season (haze from land fires, water shortage, a low river), the 17 August celebrations, the budget cycle (APBD Perubahan), the new school year, village head elections, a new regent's first months. Parents, pensioners, farmers, fish farmers, drivers, shop owners, street vendors, students and student unions, teachers, nurses, religious and customary leaders, RT/RW heads, village officials, camat staff, agencies and state companies writing officially, universities, NGOs, contractors, suppliers, investors, journalists, lawyers, residents of neighbouring regencies; SMS in chat spelling to e-mails of 120-250 words with letterhead, subject, replies, forwards and cover notes; a third long with other sections' matters (and what the writer is not asking about) around the one request, a fifth short, vague, angry or ironic. 15 cases per section; per section 4 email, 3 whatsapp, 3 web, 2 sms, 2 telegram, 1 twitter (48 email, 36 each of whatsapp and web, 24 each of sms and telegram, 12 twitter). Written by two helper sessions, six sections each, with the same instructions, and joined into this file unread.

Written without reading config.yaml, routing/ or tests/routing/; each case is labelled only from
the mandates in docs/sections.md.

Scored ONCE, blind, with the rules of main a87bbd3 (this file committed unread in that commit), on
2026-12-07, after the changes tuned on 2026-12-07n, o and p and the request bonus: 167/180
correct = 92.8% (Wilson 95% interval 88.0%-95.7%), 2 fallbacks. Per channel: email 45/48 =
93.8%, sms 22/24, telegram 21/24, twitter 12/12, web 35/36, whatsapp 32/36. The rules of 1ca627b
(the session's start) place 160/180 (email 40/48); those of 5f89a60 (before the request bonus)
165/180: the day's changes gained #48, #53, #92, #120, #135, #136 and #170 (the request bonus
#92 and #136) and lost none.
The errors (index in CASES, label -> got): #1 pemerintahan -> hukum, #6 pemerintahan -> kesra,
#25 kesra -> fallback, #50 kerjasama -> sda, #73 perekonomian -> perencanaan_keuangan, #91 adpem
-> pbj, #97 adpem -> sda, #106 pbj -> perekonomian, #118 pbj -> adpem, #125 organisasi -> sda,
#126 organisasi -> fallback, #130 organisasi -> pemerintahan, #133 organisasi -> prokom.
"""

from __future__ import annotations

from tests.routing.case import Case

_E = Case

_PEMERINTAHAN = [
    _E(
        "email",
        "pemerintahan",
        "PEMERINTAH DESA SIDOMUKTI\nKECAMATAN MUARA KAMAN - KABUPATEN KUTAI KARTANEGARA\nJl. Poros Muara Kaman-Sebulu Km 12\n\nNomor: 140/118/DS-SM/VIII/2025\nLampiran: 2 (dua) berkas\nPerihal: Permohonan fasilitasi penegasan batas desa\n\nYth. Sekretaris Daerah Kabupaten Kutai Kartanegara\ndi Tenggarong\n\nDengan hormat,\nMenghadapi kemarau panjang tahun ini, Pemerintah Desa Sidomukti merencanakan pembangunan sumur bor komunal di RT 07 dari Dana Desa tahap II. Lahan untuk sumur tersebut sudah dihibahkan oleh warga, tetapi pada saat pengeboran dimulai tanggal 4 Agustus 2025, aparat desa tetangga datang dan menyatakan lokasi itu masuk wilayah mereka. Patok batas yang dipasang tahun 2012 sudah hilang waktu kebakaran lahan 2019, dan peta yang dipegang kedua desa selisih kurang lebih 400 meter.\n\nKebutuhan air warga untuk sementara sudah tertangani dengan mobil tangki dari kecamatan, jadi hal itu tidak kami mohonkan di sini. Yang kami mohonkan adalah agar Pemerintah Kabupaten memfasilitasi penelusuran dan penegasan batas antara Desa Sidomukti dan desa tetangga, termasuk peninjauan lapangan bersama pihak kecamatan dan kedua kepala desa, supaya ada kepastian wilayah sebelum tahun anggaran berakhir.\n\nBersama ini kami lampirkan fotokopi peta desa versi kami dan berita acara musyawarah dusun.\n\nDemikian permohonan ini kami sampaikan. Atas perhatian dan bantuannya kami ucapkan terima kasih.\n\nKepala Desa Sidomukti,\n\nttd\n\nSUPARMAN\nHP 0813-4672-1190",
    ),
    _E(
        "email",
        "pemerintahan",
        "BADAN PERMUSYAWARATAN DESA (BPD)\nDESA LONG BELEH MODANG, KECAMATAN KEMBANG JANGGUT\n\nNomor: 07/BPD-LBM/IX/2025\nPerihal: Kepastian jadwal pemilihan kepala desa\n\nYth. Bapak Sekretaris Daerah Kab. Kutai Kartanegara\nc.q. pihak yang menangani pemilihan kepala desa\n\nDengan hormat,\nMasa jabatan Kepala Desa kami berakhir bulan Juni 2025 dan saat ini desa dipimpin Penjabat dari kecamatan. Pada sosialisasi bulan Mei lalu disampaikan bahwa desa kami masuk gelombang pemilihan serentak akhir tahun 2025. Namun sampai pertengahan September belum ada surat resmi mengenai tahapan, sehingga panitia desa belum bisa dibentuk dan biaya pemilihan belum bisa kami masukkan ke APBDes Perubahan.\n\nKami juga mendengar kabar bahwa pemilihan akan diundur ke tahun 2026 karena anggaran kabupaten dialihkan. Kabar ini membuat suasana di desa mulai panas karena para bakal calon sudah bergerak sejak Lebaran.\n\nBerkenaan dengan hal tersebut, kami mohon penjelasan tertulis: (1) apakah desa kami tetap ikut pemilihan serentak tahun 2025, (2) kapan keputusan Bupati tentang jadwal dan tahapan diterbitkan, dan (3) berapa bantuan biaya dari kabupaten yang bisa kami perhitungkan.\n\nDemikian surat ini kami sampaikan, atas perhatiannya kami ucapkan terima kasih.\n\nKetua BPD Desa Long Beleh Modang\n\nYOHANES LUHAT\nTelp. 0852-4811-3067",
    ),
    _E(
        "email",
        "pemerintahan",
        "Terima kasih atas balasannya, tetapi mohon dicermati lagi.\n\n> Pada Kam, 14 Agu 2025 pukul 10.22, Admin Aduan menulis:\n> Pengangkatan penjabat kepala desa merupakan kewenangan Bupati atas usulan Camat.\n> Silakan usulan disampaikan melalui surat resmi kecamatan.\n\nUsulan resmi itu sudah kami kirim dengan surat Camat Muara Jawa Nomor 141/233/Kec-MJ/VII/2025 tanggal 21 Juli 2025, tembusan ke Sekretaris Daerah. Kepala Desa Dondang mengundurkan diri per 1 Juli karena maju sebagai calon anggota legislatif pengganti antarwaktu, dan sejak itu desa tanpa pimpinan definitif. Sekretaris desa hanya menjalankan tugas harian, tidak berani menandatangani SPP pencairan Dana Desa tahap II, sehingga kegiatan 17 Agustus kemarin pun dibiayai swadaya warga.\n\nKami mohon informasi sampai di mana proses usulan penjabat kepala desa tersebut dan apakah ada kekurangan berkas yang perlu kami lengkapi. Nomor agenda surat masuk di Setda juga belum kami terima.\n\nSalam,\nRAHMAT HIDAYAT, S.IP\nKasi Tata Pemerintahan Kecamatan Muara Jawa\nNIP 19830612 201001 1 004",
    ),
    _E(
        "email",
        "pemerintahan",
        "Mohon diteruskan ke pihak yang mengurus batas wilayah. Kelurahan di Bontang bilang bukan kewenangan mereka. Terima kasih.\n\n---------- Forwarded message ---------\nFrom: Hendra Saputra <hendra.saputra88@gmail.com>\nDate: Sen, 8 Sep 2025 pukul 09.14\nSubject: Kampung kami ini masuk Bontang atau Kukar?\nTo: Kelurahan Guntung <kel.guntung@bontangkota.go.id>\n\nSelamat pagi Bapak/Ibu,\nSaya warga permukiman di perbatasan antara Kelurahan Guntung (Kota Bontang) dan Desa Santan Ulu (Kecamatan Marangkayu). KTP saya Bontang, tetapi rumah saya dan sekitar 60 rumah lain selama ini diurus oleh RT dari Desa Santan Ulu. Tahun ini kami menerima dua tagihan PBB untuk objek yang sama, satu dari Bontang dan satu dari Kukar. Posyandu juga rebutan, kadang petugas dua-duanya datang, kadang tidak ada yang datang sama sekali.\n\nSoal PBB nanti kami urus sendiri ke Bapenda, itu bukan pertanyaan saya. Yang kami butuhkan adalah kepastian garis batas wilayah antara Bontang dan Kutai Kartanegara di titik ini, dan RT mana yang sah mengurus kami. Apakah sudah ada penetapan batas dari pemerintah, atau masih dalam proses? Kalau masih proses, kami mohon warga dilibatkan saat pengecekan lapangan.\n\nTerima kasih.\nHendra Saputra\n0821-5320-7741",
    ),
    _E(
        "whatsapp",
        "pemerintahan",
        "Assalamualaikum pak/bu. Sy ketua RT 14 Desa Loa Janan Ulu. RT kami sdh 280 KK, terlalu besar, sy kewalahan urus surat2 warga. Sejak Maret kami usulkan pemekaran jadi 2 RT, berkas lengkap sdh diserahkan ke kantor desa, tp sampai skrg tdk diproses. Kata sekdes nunggu peraturan desa, ditanya kapan jawabnya blm tau. Mohon arahan prosedurnya bagaimana dan siapa yg bisa mendorong desa. Terima kasih",
    ),
    _E(
        "whatsapp",
        "pemerintahan",
        "Pian tolong lah. Kades di kampung ulun di Kota Bangun kada suah ngantor lagi sejak habis 17an. Kantor desa bekunci haja tiap hari, perangkat desa jua kada tahu kades ke mana. Warga handak minta tanda tangan kada bisa, lawas banar sudah kayak ini 😡😡 siapa nang kawa menegur kades ni?",
    ),
    _E(
        "whatsapp",
        "pemerintahan",
        "Selamat siang. Sy bakal calon kepala desa Sebulu Ulu, Kec. Sebulu. Berkas sy dinyatakan tidak memenuhi syarat oleh panitia desa krn fotokopi ijazah SMP katanya tdk dilegalisir, padahal sudah dilegalisir dinas pendidikan dan stempelnya jelas. Calon lain yg berkasnya sama malah diloloskan.\n\nSoal isu bagi2 sembako oleh petahana itu nanti sy laporkan sendiri ke polsek, dan soal bansos beras yg katanya ditahan RT juga bukan itu yg sy tanyakan di sini. Yg sy minta: panitia tingkat kabupaten meninjau ulang keputusan panitia desa sebelum penetapan calon tgl 20 September. Kemana sy harus ajukan keberatan dan apa bisa dibantu? Terima kasih 🙏",
    ),
    _E(
        "web",
        "pemerintahan",
        "Saya anggota BPD di salah satu desa di Kecamatan Muara Muntai. Sampai akhir September kepala desa belum pernah mengundang musyawarah desa untuk membahas perubahan APBDes 2025, padahal banyak kegiatan yang harus digeser karena kemarau (sawah tidak bisa ditanam, jalan usaha tani belum bisa dikerjakan). Selain itu penghasilan tetap perangkat desa sudah tiga bulan terlambat dan para kepala dusun mulai tidak mau bekerja. Surat BPD ke kepala desa dua kali tidak dijawab, camat sudah kami lapori lisan. Kami mohon pemerintah kabupaten melakukan pembinaan dan teguran kepada kepala desa agar tata kelola desa kembali berjalan.",
    ),
    _E(
        "web",
        "pemerintahan",
        "Kami warga Dusun Gunung Sari, Desa Kampung Baru, Kecamatan Tabang, sudah mengusulkan pemekaran dusun kami menjadi desa sendiri sejak 2023. Jumlah penduduk sekarang sekitar 1.100 jiwa dan jarak ke kantor desa induk 38 km lewat sungai. Musim kemarau seperti sekarang air sungai surut, ketinting tidak bisa lewat, sehingga untuk mengurus surat saja warga harus jalan kaki setengah hari. Pengaduan soal sungai dangkal sudah pernah kami sampaikan ke instansi lain dan kami tidak mempersoalkannya di sini. Yang kami tanyakan: usulan pembentukan desa baru kami sekarang sampai di tahap mana, persyaratan apa saja yang masih kurang, dan apakah pemerintah kabupaten yang baru masih menerima usulan pemekaran desa?",
    ),
    _E(
        "web",
        "pemerintahan",
        "Kepala desa kami di Kecamatan Kenohan baru dilantik bulan Agustus setelah pilkades. Dalam tiga minggu dia memberhentikan sekretaris desa, dua kaur dan semua kepala dusun, lalu menggantinya dengan tim suksesnya sendiri. Setahu kami pemberhentian perangkat desa harus dengan rekomendasi camat dan ada alasan yang jelas, tapi ini tidak ada sama sekali, SK-nya pun tidak diperlihatkan. Perangkat yang diberhentikan sudah bekerja lebih dari 10 tahun. Mohon pemerintah kabupaten memeriksa dan meluruskan pemberhentian ini.",
    ),
    _E(
        "sms",
        "pemerintahan",
        "kpn pilkades desa sy di muara wis. sy blm dpt undangan dan nama sy tdk ada di dpt pdhl udh 20 thn tinggal dsni. gmn caranya biar bs milih",
    ),
    _E(
        "sms",
        "pemerintahan",
        "pak rt sy di loa kulu udh meninggal 3 bln blm ada pengganti. warga bingung urus surat pengantar, desa tdk respon. mhn dibantu",
    ),
    _E(
        "telegram",
        "pemerintahan",
        "Min, desa gue di Samboja sama desa sebelah lagi rebutan tapal batas gara2 ada lahan mau dibebasin buat proyek. Dua2nya ngeluarin surat segel buat bidang tanah yg sama 🙃 warga udah mulai panas. Pemkab bisa turun nengahin gak sih? Jangan nunggu ribut dulu.",
    ),
    _E(
        "telegram",
        "pemerintahan",
        "Selamat sore. Desa kami di Kecamatan Anggana sudah hampir 2 tahun dipimpin penjabat kepala desa dari kecamatan, bergantinya sudah 3 kali. Kabarnya bupati yang baru mau mengevaluasi semua penjabat. Kami ingin tahu kapan desa kami bisa memilih kepala desa definitif, apakah lewat pilkades serentak berikutnya atau pemilihan antarwaktu lewat musyawarah desa. Warga perlu kepastian.",
    ),
    _E(
        "twitter",
        "pemerintahan",
        "Kades kami di Kota Bangun pasang umbul2 17an pakai foto dia sendiri segede gaban di tiap gang, jelas2 kampanye buat pilkades periode kedua. Pakai dana desa pula. Ini dibolehin? Tolong ditertibkan @pemkabkukar #Kukar",
    ),
]

_KESRA = [
    _E(
        "email",
        "kesra",
        "KELUARGA MAHASISWA KUTAI KARTANEGARA (KMKK) YOGYAKARTA\nSekretariat: Jl. Kaliurang Km 5, Sleman\n\nNomor: 019/KMKK-YK/IX/2025\nPerihal: Pencairan beasiswa mahasiswa semester ganjil 2025/2026\n\nYth. Sekretaris Daerah Kabupaten Kutai Kartanegara\ndi Tenggarong\n\nDengan hormat,\nKami pengurus KMKK Yogyakarta, mewakili sekitar 140 mahasiswa asal Kukar yang menerima beasiswa pemerintah kabupaten tahun 2024. Batas pembayaran UKT semester ganjil di sebagian besar kampus di Yogyakarta adalah 15 September 2025, namun sampai hari ini belum ada informasi pencairan beasiswa tahap berikutnya. Banyak anggota kami yang orang tuanya petani dan nelayan terpaksa meminjam untuk menutup UKT.\n\nKami juga mendengar bahwa kuota beasiswa akan dikurangi dalam APBD Perubahan. Perlu kami sampaikan bahwa soal asrama mahasiswa Kukar di Yogyakarta, termasuk perjanjian pinjam pakainya, sedang kami bicarakan terpisah dan tidak kami mohonkan dalam surat ini.\n\nYang kami mohonkan adalah: (1) jadwal pencairan beasiswa semester ganjil 2025/2026, (2) kepastian apakah penerima lama tetap dilanjutkan, dan (3) kebijakan bagi mahasiswa yang terlambat membayar UKT karena menunggu pencairan.\n\nDemikian surat ini kami sampaikan, atas perhatiannya kami ucapkan terima kasih.\n\nKetua Umum,\n\nMUHAMMAD RIZKY ANANDA\n0857-5012-3348",
    ),
    _E(
        "email",
        "kesra",
        "PENGURUS MASJID AL-IKHLAS\nDesa Muara Badak Ulu, Kecamatan Muara Badak\n\nNomor: 23/PM-AI/VIII/2025\nPerihal: Menanyakan tindak lanjut proposal bantuan pembangunan masjid\n\nYth. Bupati Kutai Kartanegara\nmelalui Sekretaris Daerah\ndi Tenggarong\n\nAssalamualaikum warahmatullahi wabarakatuh.\nDengan hormat,\nPada tanggal 12 Februari 2025 kami telah mengajukan proposal bantuan untuk penyelesaian atap dan kubah Masjid Al-Ikhlas yang pembangunannya terhenti sejak 2023 karena kekurangan dana. Nilai yang kami ajukan Rp 350.000.000, dilengkapi rencana anggaran, foto kondisi, dan surat keterangan dari KUA Kecamatan Muara Badak. Tim dari kabupaten sudah meninjau lokasi pada bulan April.\n\nSampai saat ini kami belum mendapat kabar apakah proposal tersebut disetujui dan apakah dapat dianggarkan dalam APBD Perubahan 2025. Jamaah terus bertanya karena setiap hujan lantai masjid basah dan salat Jumat terpaksa sebagian di teras.\n\nMohon kiranya Bapak berkenan memberi informasi status proposal kami dan kelengkapan apa yang masih diperlukan.\n\nDemikian, atas perhatian Bapak kami ucapkan terima kasih.\nWassalamualaikum warahmatullahi wabarakatuh.\n\nKetua Pengurus,\nH. ABDUL GANI\nHP 0812-5536-0924",
    ),
    _E(
        "email",
        "kesra",
        "Kami teruskan surel dari forum guru ngaji di kecamatan, mohon ditindaklanjuti. Salam, Kasi Kesos Kec. Loa Kulu.\n\n---------- Forwarded message ---------\nFrom: Forum Guru TPQ Loa Kulu <forumtpq.loakulu@gmail.com>\nDate: Rab, 3 Sep 2025 pukul 20.41\nSubject: Insentif guru ngaji belum dibayar 8 bulan\nTo: Kecamatan Loa Kulu <kec.loakulu@kukarkab.go.id>\n\nAssalamualaikum Bapak Camat,\nKami menyampaikan bahwa insentif guru TPQ, guru ngaji kampung dan pengajar majelis taklim di Kecamatan Loa Kulu untuk bulan Januari sampai Agustus 2025 belum dibayarkan. Tahun lalu insentif sudah cair per triwulan. Jumlah guru ngaji yang terdata di forum kami 212 orang, sebagian besar mengajar sukarela sore hari di langgar dan rumah.\n\nSetiap kami tanyakan ke desa, jawabannya data sedang diverifikasi ulang di kabupaten. Kami mohon kejelasan kapan insentif dibayar, apakah besarannya tetap Rp 300.000 per bulan, dan apakah ada guru yang dicoret dari daftar.\n\nWassalam,\nUstadz Mahmud\nKetua Forum Guru TPQ Loa Kulu\n0813-4700-2281",
    ),
    _E(
        "email",
        "kesra",
        "Yth. Admin Aduan,\n\nTerima kasih atas jawaban tanggal 29 Juli 2025 yang kami kutip di bawah ini:\n> Proposal hibah rumah ibadah wajib dilengkapi surat keterangan terdaftar\n> dari Kantor Kementerian Agama dan sertifikat/ bukti kepemilikan tanah.\n\nKedua dokumen itu sudah kami serahkan ke loket pada 6 Agustus 2025 (tanda terima terlampir). Untuk izin bangunan (PBG) memang masih berproses di dinas perizinan, tetapi itu urusan lain dan sudah ditangani panitia pembangunan kami sendiri.\n\nKami hanya ingin memastikan bahwa proposal hibah renovasi Gereja Kemah Injili Jemaat Bukit Pariaman, Kecamatan Tenggarong Seberang, dengan nilai Rp 275.000.000, sudah dinyatakan lengkap dan lolos verifikasi, sehingga dapat dipertimbangkan dalam APBD Perubahan 2025. Bangunan kami dari kayu, sebagian tiang sudah lapuk dimakan rayap, dan jemaat sekarang sekitar 180 kepala keluarga.\n\nDemikian kami sampaikan, terima kasih atas perhatian dan pelayanannya.\n\nHormat kami,\nPdt. MARKUS TANDI\nKetua Majelis Jemaat\n0811-5834-672",
    ),
    _E(
        "whatsapp",
        "kesra",
        "Selamat malam, sy mau tanya. Anak sy lulus SMA thn ini dan diterima di Unmul. Mau daftar beasiswa S1 dr pemkab tp website pendaftarannya error terus dr kemarin, upload berkas gagal. Pendaftarannya tutup tgl berapa ya? Apa bisa kirim berkas manual? Takut telat pak 🙏",
    ),
    _E(
        "whatsapp",
        "kesra",
        "Assalamualaikum. Kami pengurus majelis taklim ibu2 Nurul Huda di Samboja, anggota 65 orang. Kami mau mengajukan bantuan untuk pengeras suara dan karpet buat pengajian rutin, katanya ada bantuan hibah pemkab utk kelompok keagamaan. Syaratnya apa saja dan diajukan kemana? Apa harus punya akta notaris dulu? Terima kasih",
    ),
    _E(
        "whatsapp",
        "kesra",
        "Assalamualaikum pian. Ulun juara 2 tilawah remaja MTQ tingkat kabupaten bulan Juni tadi. Sampai wayah ini uang pembinaan kada cair haja, kawan2 dari kecamatan lain kabarnya sudah. Ulun tanya ke LPTQ kecamatan kada tahu jua. Minta tolong lah dicekkan, ulun dari Loa Kulu 🙏",
    ),
    _E(
        "web",
        "kesra",
        "Saya anak dari jamaah haji asal Kecamatan Muara Muntai yang pulang pada kloter gelombang kedua bulan Juli 2025. Bus jemputan yang disediakan hanya mengantar sampai Tenggarong tengah malam, setelah itu orang tua kami yang rata-rata sudah di atas 65 tahun harus menunggu sampai pagi dan menyewa speedboat sendiri dengan biaya Rp 2.500.000 per rombongan. Padahal jamaah dari kecamatan pesisir dijemput sampai ke kecamatan. Kami mohon pengaturan pemulangan dan penjemputan jamaah haji tahun depan dievaluasi, dan kami ingin tahu sejak kapan keluarga bisa mendapat informasi jadwal kepulangan untuk daerah hulu.",
    ),
    _E(
        "web",
        "kesra",
        "Waktu kampanye dijanjikan seragam sekolah gratis untuk semua siswa baru SD dan SMP mulai tahun ajaran 2025/2026. Sekarang sudah akhir September, anak saya kelas 1 di SDN 012 Sangasanga belum menerima apa-apa, sekolah juga tidak bisa menjelaskan, katanya menunggu dari kabupaten. Sementara itu kami sudah terpaksa beli seragam sendiri. Programnya jadi atau tidak? Kalau jadi, kapan dibagikan dan apakah orang tua yang sudah beli bisa diganti?",
    ),
    _E(
        "web",
        "kesra",
        "Kami Sanggar Seni Tingkilan Bebaya dari Kecamatan Kota Bangun, anggotanya anak muda putus sekolah dan pelajar. Pada bulan Juli lalu kami memasukkan proposal bantuan hibah alat musik (gambus, ketipung, biola) dan kostum senilai Rp 48.000.000 karena alat kami rusak terendam banjir tahun lalu. Sanggar kami sudah terdaftar di Dinas Pariwisata dan berbadan hukum perkumpulan.\n\nSebagai gambaran, kami tampil di malam puncak 17 Agustus di kecamatan dengan alat pinjaman, dan untuk undangan kepada bupati membuka festival budaya bulan November sudah kami urus lewat protokol, jadi itu tidak kami tanyakan. Yang kami tanyakan hanya nasib proposal hibah kami: apakah masuk daftar penerima tahun ini atau harus diajukan ulang untuk 2026?",
    ),
    _E(
        "sms",
        "kesra",
        "bsw mhs smt ganjil kpn cair pak. udh sept blm ada info. sy kuliah di smd ukt udh jatuh tempo",
    ),
    _E(
        "sms",
        "kesra",
        "asslm. insentif imam dan marbot mesjid di desa kmi sebulu ilir blm trima dr januari. desa sebelah udh. kpn cairnya. trims",
    ),
    _E(
        "telegram",
        "kesra",
        "Om Swastiastu. Kami pengurus Pura Puseh di Desa Kerta Buana, Tenggarong Seberang. Tembok penyengker dan bale kulkul pura kami retak dan miring, dikhawatirkan roboh saat piodalan bulan depan. Apakah umat Hindu juga bisa mengajukan bantuan renovasi tempat ibadah ke pemkab? Formatnya seperti apa dan ke alamat mana dikirim? Terima kasih. Om Shanti Shanti Shanti Om.",
    ),
    _E(
        "telegram",
        "kesra",
        "Pak, anak saya umur 14 th sudah hafal 30 juz, sekarang mondok di Tenggarong. Saya dengar pemkab ada beasiswa atau penghargaan untuk penghafal Al-Quran. Benar tidak? Kalau benar, pendaftarannya kapan dan syaratnya apa? Kami keluarga nelayan di Muara Badak.",
    ),
    _E(
        "twitter",
        "kesra",
        "Katanya beasiswa mahasiswa Kukar dipotong gara2 APBD Perubahan? Bener gak sih min?? Kami yg kuliah di Jogja udah nombok UKT duluan, jangan PHP dong 😭 #Kukar #Beasiswa",
    ),
]

_HUKUM = [
    _E(
        "email",
        "hukum",
        "KANTOR ADVOKAT & KONSULTAN HUKUM\nSURYA WIBAWA & REKAN\nJl. Pahlawan No. 41, Samarinda\n\nNomor: 112/SWR/IX/2025\nPerihal: Permohonan pertemuan terkait perkara Nomor 27/G/2025/PTUN.SMD\n\nYth. Kepala Bagian Hukum Sekretariat Daerah\nKabupaten Kutai Kartanegara\ndi Tenggarong\n\nDengan hormat,\nKami selaku kuasa hukum dari Sdr. Arbain dan 11 warga Desa Sungai Seluang, Kecamatan Samboja, berdasarkan Surat Kuasa Khusus tanggal 2 Juni 2025, dalam perkara gugatan atas keputusan penetapan lokasi pembangunan jalan yang saat ini diperiksa di PTUN Samarinda.\n\nPerlu kami jelaskan bahwa keberatan klien kami mengenai nilai ganti rugi hasil appraisal sedang ditempuh melalui jalur tersendiri dan tidak menjadi pokok surat ini. Demikian pula kualitas pekerjaan jalan di lokasi bukan kewenangan kami untuk dipersoalkan.\n\nMengingat majelis hakim pada sidang 28 Agustus 2025 memberi kesempatan para pihak menempuh perdamaian, kami memohon agar tim hukum Pemerintah Kabupaten Kutai Kartanegara selaku Tergugat dapat menerima kami untuk pertemuan pendahuluan sebelum sidang berikutnya tanggal 25 September 2025, guna menjajaki kemungkinan penyelesaian di luar persidangan.\n\nDemikian permohonan ini, atas perhatian dan kerja samanya kami ucapkan terima kasih.\n\nHormat kami,\nSURYA WIBAWA, S.H., M.H.\nAdvokat\nTelp. 0541-7420-118",
    ),
    _E(
        "email",
        "hukum",
        "PEMERINTAH KABUPATEN KUTAI KARTANEGARA\nDINAS LINGKUNGAN HIDUP\nJl. Wolter Monginsidi, Tenggarong\n\nNomor: 660/1472/DLH-III/VIII/2025\nSifat: Segera\nPerihal: Permohonan telaah hukum rancangan Peraturan Bupati\n\nYth. Sekretaris Daerah Kabupaten Kutai Kartanegara\ndi Tenggarong\n\nDengan hormat,\nMenindaklanjuti meningkatnya titik panas dan kabut asap di wilayah Muara Kaman, Kenohan dan Kota Bangun sejak akhir Juli 2025, kami telah menyusun Rancangan Peraturan Bupati tentang Pencegahan dan Pengendalian Kebakaran Hutan dan Lahan, yang mengatur kewajiban pemegang izin perkebunan menyediakan sarana pemadaman serta sanksi administratif bagi pembakar lahan.\n\nPenanganan kebakaran di lapangan tetap kami koordinasikan bersama BPBD dan Manggala Agni, sehingga surat ini tidak menyangkut operasional pemadaman. Yang kami mohonkan adalah telaah hukum dan harmonisasi atas rancangan tersebut, khususnya: (1) kesesuaian pengaturan sanksi administratif dengan peraturan yang lebih tinggi, (2) apakah sanksi denda dapat diatur dalam Peraturan Bupati atau harus dengan Peraturan Daerah, dan (3) jadwal pembahasan bersama tim penyusun.\n\nBersama ini kami lampirkan draf rancangan dan naskah penjelasannya.\n\nDemikian disampaikan, atas perhatiannya diucapkan terima kasih.\n\nKepala Dinas Lingkungan Hidup,\n\nttd\n\nIr. BAMBANG SETIAWAN, M.Si\nNIP 19710305 199803 1 006",
    ),
    _E(
        "email",
        "hukum",
        "UNIVERSITAS KUTAI KARTANEGARA\nFAKULTAS HUKUM\nJl. Gunung Kombeng No. 27, Tenggarong\n\nNomor: 208/FH-UNIKARTA/IX/2025\nPerihal: Permohonan salinan produk hukum daerah\n\nYth. Sekretaris Daerah Kabupaten Kutai Kartanegara\n\nDengan hormat,\nDalam rangka penelitian dosen dan penyusunan skripsi mahasiswa semester ganjil, kami membutuhkan salinan peraturan daerah dan peraturan bupati tentang pajak dan retribusi daerah, perlindungan lahan pertanian pangan berkelanjutan, serta desa adat, yang terbit antara tahun 2015 sampai 2025. Sejak awal September laman JDIH kabupaten tidak dapat diakses (muncul pesan error 503), sehingga mahasiswa tidak dapat mengunduh dokumen tersebut.\n\nPerlu kami sampaikan bahwa nota kesepahaman antara Fakultas Hukum dan Pemerintah Kabupaten tentang pendampingan hukum sudah ditandatangani bulan Juni, jadi yang kami mohonkan di sini hanya salinan dokumen dan informasi kapan laman JDIH dapat digunakan kembali.\n\nDemikian permohonan ini kami sampaikan, atas perhatian dan kerja samanya kami ucapkan terima kasih.\n\nDekan,\n\nDr. HJ. SITI RAHMAWATI, S.H., M.H.\nNIDN 1107057501",
    ),
    _E(
        "email",
        "hukum",
        "Yth. Admin Layanan Aduan Setda Kukar,\n\nMenanggapi balasan Bapak/Ibu:\n> Raperda tentang Pengakuan dan Perlindungan Masyarakat Hukum Adat\n> telah masuk dalam Propemperda Tahun 2025 dan akan dibahas sesuai jadwal.\n\nTerima kasih atas informasinya. Namun sampai akhir September kami belum melihat draf raperda tersebut dipublikasikan, dan belum ada undangan konsultasi publik kepada komunitas adat di Kenohan, Tabang dan Kembang Janggut. Dari pengalaman kami, konsultasi publik yang dilakukan di Tenggarong saja tidak menjangkau komunitas di hulu, apalagi saat kemarau ketika perjalanan sungai sulit.\n\nMohon kiranya kami dapat diberikan: (1) draf terbaru raperda beserta naskah akademiknya, (2) jadwal uji publik, dan (3) kemungkinan uji publik dilaksanakan juga di salah satu kecamatan hulu.\n\nSalam hormat,\nYUSTINA BULAN\nKoordinator Program, Perkumpulan Pemerhati Masyarakat Adat Kaltim\n0812-5421-9930",
    ),
    _E(
        "whatsapp",
        "hukum",
        "Assalamualaikum pian. Anak ulun umur 19 tahun ditangkap polsek Tenggarong Seberang, dituduh mencuri HP. Ulun kada mampu bayar pengacara, nang ditawarkan polisi pengacara kada jelas. Kabarnya pemkab ada bantuan hukum gratis gasan urang miskin, kaya apa caranya? Ulun ada SKTM dari desa. Tolong lah 🙏",
    ),
    _E(
        "whatsapp",
        "hukum",
        "Selamat siang. Sy punya warung makan di Jl. Panjaitan Tenggarong. Kemarin ada petugas bilang ada Perbup baru, PKL dan warung di trotoar cuma boleh buka jam 5 sore sampai 11 malam. Apa benar aturannya sudah berlaku? Nomor berapa dan bisa dibaca dimana? Kami tdk pernah dapat sosialisasi. Terima kasih",
    ),
    _E(
        "whatsapp",
        "hukum",
        "Pak, link JDIH kukar mati ya? Sy supplier, perlu Perbup standar harga satuan 2025 dan perubahannya utk penawaran. Bisa dikirim file pdf nya atau ada link lain? Trims",
    ),
    _E(
        "web",
        "hukum",
        "Kami lembaga adat Dayak Kenyah di Kecamatan Tabang. Pada bulan Agustus, tujuh warga kami dilaporkan ke polisi oleh sebuah perusahaan kayu karena menutup jalan hauling yang melewati hutan adat, dan minggu lalu mereka menerima surat panggilan sebagai saksi terlapor. Kerusakan hutan dan sungai di wilayah adat sudah kami laporkan ke dinas kehutanan provinsi, dan janji bantuan sosial perusahaan yang tidak pernah terealisasi juga sudah kami sampaikan lewat jalur lain, jadi dua hal itu tidak kami minta di sini. Yang kami mohonkan adalah pendampingan hukum bagi tujuh warga tersebut, karena mereka petani ladang yang tidak mengerti proses hukum dan tidak mampu membayar pengacara. Apakah pemerintah kabupaten dapat memberikan atau menunjuk pendamping hukum?",
    ),
    _E(
        "web",
        "hukum",
        "Saya wartawan media daring lokal. APBD Perubahan 2025 kabarnya sudah ditetapkan pada rapat paripurna akhir Agustus, tetapi dokumen perdanya belum ada di laman JDIH maupun laman resmi pemkab. Yang terpajang masih Perda APBD murni. Sebagai dokumen publik, kapan Perda APBD Perubahan 2025 beserta lampiran penjabarannya diunggah? Kalau belum bisa diunggah, bagaimana cara mengajukan permintaan salinannya?",
    ),
    _E(
        "web",
        "hukum",
        "Kami paguyuban sopir truk di Loa Kulu dan Loa Janan. Sejak awal September truk kami dihentikan petugas di jalan poros dengan alasan ada Peraturan Bupati baru yang melarang angkutan batubara dan material lewat jalan umum pada siang hari. Kami tidak pernah melihat aturannya dan petugas tidak bisa menunjukkan salinannya. Mohon penjelasan: apakah peraturan itu benar sudah ditetapkan dan diundangkan, nomor dan tanggal berapa, apakah ada masa peralihan, dan di mana kami bisa mendapatkan teks lengkapnya. Kami tidak menolak diatur, tapi butuh kepastian hukumnya.",
    ),
    _E(
        "sms",
        "hukum",
        "sy mau tny bantuan hukum gratis utk warga tdk mampu di kukar dmn daftarnya. sy di loa janan, ada masalah tanah warisan digugat saudara",
    ),
    _E(
        "sms",
        "hukum",
        "perda kukar ttg larangan miras no brp thn brp. mau sy tunjukkan ke warung yg jual tuak dkt mesjid kmi",
    ),
    _E(
        "telegram",
        "hukum",
        "Selamat siang. Kami CV Borneo Karya Mandiri, kontraktor pekerjaan rehabilitasi gedung tahun 2024. Sisa pembayaran 30% belum dibayar dan tidak ada kejelasan dari dinas teknis. Tanggal 1 September kami sudah mengirim somasi kepada Pemkab melalui kuasa hukum, tapi sampai batas 14 hari belum ada tanggapan. Kami tidak sedang minta pembayaran lewat kanal ini; kami ingin tahu siapa yang mewakili Pemkab dalam sengketa ini dan apakah somasi kami sudah diterima dan akan ditanggapi, sebelum kami mendaftarkan gugatan wanprestasi ke Pengadilan Negeri Tenggarong.",
    ),
    _E(
        "telegram",
        "hukum",
        "min, raperda pajak daerah yg baru itu kapan dibahas DPRD? katanya tarif PBJT restoran naik. drafnya bisa diunduh gak? pengen baca dulu sebelum ribut2 😅",
    ),
    _E(
        "twitter",
        "hukum",
        "Pemkab kalah di PTUN soal lahan warga Samboja kok diem2 aja? Mau banding apa gak? Warga yg menang udah nunggu eksekusi berbulan2. Publik berhak tau #Kukar",
    ),
]

_KERJASAMA = [
    _E(
        "email",
        "kerjasama",
        "POLITEKNIK PERTANIAN NEGERI SAMARINDA\nJl. Samratulangi, Samarinda\n\nNomor: 1845/PL21/KS/2025\nPerihal: Usulan nota kesepahaman pengembangan pertanian lahan kering\n\nYth. Bupati Kutai Kartanegara\nmelalui Sekretaris Daerah\ndi Tenggarong\n\nDengan hormat,\nSejalan dengan program bupati tentang ketahanan pangan, Politeknik Pertanian Negeri Samarinda bermaksud menjalin kerja sama dengan Pemerintah Kabupaten Kutai Kartanegara dalam bidang pendidikan, penelitian dan pengabdian masyarakat, khususnya pengembangan budidaya lahan kering dan praktik kerja lapangan mahasiswa di Kecamatan Tenggarong Seberang dan Sebulu.\n\nBersama surat ini kami lampirkan draf nota kesepahaman dan rencana kegiatan tahun 2025-2028. Kami mohon petunjuk mengenai mekanisme pengajuan, dokumen yang perlu disiapkan, penelaahan draf oleh pemerintah kabupaten, serta kemungkinan waktu penandatanganan, yang kami harapkan dapat dilakukan sebelum Dies Natalis kami pada bulan November 2025.\n\nDemikian, atas perhatian dan kerja sama Bapak kami ucapkan terima kasih.\n\nDirektur,\n\nttd\n\nDr. Ir. HENDRA KUSUMA, M.P.\nNIP 19680910 199403 1 002\nNarahubung: Unit Kerja Sama, 0541-7890-223",
    ),
    _E(
        "email",
        "kerjasama",
        "PEMERINTAH KOTA BONTANG\nSEKRETARIAT DAERAH\nJl. Moh. Roem No. 1, Bontang\n\nNomor: 415.4/318/Setda/VIII/2025\nPerihal: Tindak lanjut rancangan perjanjian kerja sama penyediaan air baku\n\nYth. Sekretaris Daerah Kabupaten Kutai Kartanegara\ndi Tenggarong\n\nDengan hormat,\nMemperhatikan kemarau yang berkepanjangan dan menurunnya debit sumber air baku kami, serta kesepakatan bersama kedua kepala daerah pada bulan Maret 2025 mengenai pemanfaatan air baku dari wilayah Kecamatan Marangkayu, kami telah menyampaikan rancangan perjanjian kerja sama (PKS) melalui surat Nomor 415.4/201/Setda/V/2025 tanggal 14 Mei 2025.\n\nDistribusi air tangki kepada warga terdampak kekeringan saat ini ditangani masing-masing daerah dan tidak kami mintakan dalam surat ini. Yang kami mohonkan adalah tanggapan Pemerintah Kabupaten Kutai Kartanegara atas rancangan PKS tersebut, khususnya pasal mengenai pembagian biaya pemeliharaan jaringan dan kompensasi kepada desa yang dilalui, serta usulan jadwal rapat pembahasan bersama tim kedua daerah pada bulan September 2025.\n\nDemikian disampaikan, atas perhatian dan kerja samanya kami ucapkan terima kasih.\n\na.n. Sekretaris Daerah Kota Bontang\nAsisten Pemerintahan,\n\nttd\n\nDrs. ANDI MAPPANYUKKI\nNIP 19700121 199203 1 005",
    ),
    _E(
        "email",
        "kerjasama",
        "Kami kirim ulang pengaduan warga yang sudah sebulan tidak ada jawaban dari kecamatan.\n\n---------- Forwarded message ---------\nFrom: Syamsul Bahri <syamsulbahri.mb@yahoo.co.id>\nDate: Jum, 22 Agu 2025 pukul 16.05\nSubject: Bantuan tandon air dari perusahaan hanya untuk keluarga tertentu\nTo: Kecamatan Sangasanga <kec.sangasanga@kukarkab.go.id>\n\nDengan hormat,\nSaya Ketua RT 09 Kelurahan Sarijaya. Awal Agustus, perusahaan tambang batubara yang beroperasi di belakang kampung kami memberikan bantuan 40 tandon air 1.100 liter dan pengiriman air bersih sebagai program tanggung jawab sosial, karena sumur warga kering. Kenyataannya, 31 tandon dipasang di RT yang dekat rumah lurah dan keluarganya, sementara RT kami yang paling dekat ke lokasi tambang hanya mendapat 2.\n\nLubang tambang yang belum ditutup di dekat kampung juga sudah kami laporkan tahun lalu, itu bukan yang kami persoalkan sekarang. Yang kami minta: pemerintah daerah selaku koordinator program sosial perusahaan memeriksa daftar penerima bantuan tersebut dan meminta perusahaan membagikan sisa bantuan secara adil sesuai kebutuhan warga terdampak.\n\nHormat saya,\nSyamsul Bahri\nKetua RT 09\n0852-5019-8843",
    ),
    _E(
        "email",
        "kerjasama",
        "PT PERTAMINA HULU SANGA SANGA\nField Relations & TJSL\n\nNomor: 241/PHSS/TJSL/IX/2025\nPerihal: Koordinasi program TJSL tahun 2026\n\nYth. Sekretaris Daerah Kabupaten Kutai Kartanegara\ndi Tenggarong\n\nDengan hormat,\nDalam rangka penyusunan rencana program Tanggung Jawab Sosial dan Lingkungan (TJSL) tahun 2026 di wilayah operasi kami di Kecamatan Sangasanga, Anggana dan Muara Jawa, kami bermaksud menyelaraskan program dengan prioritas pembangunan Pemerintah Kabupaten di bawah kepemimpinan bupati yang baru.\n\nSehubungan dengan itu, kami mohon: (1) data desa prioritas dan daftar usulan program dari forum TJSL kabupaten, (2) informasi mengenai mekanisme pelaporan realisasi TJSL yang berlaku saat ini, serta (3) kesediaan menjadwalkan rapat koordinasi pada minggu kedua Oktober 2025.\n\nSebagai informasi, realisasi program tahun 2025 meliputi bantuan air bersih musim kemarau di 6 desa, beasiswa 120 pelajar, dan pembinaan 15 kelompok UMKM.\n\nDemikian kami sampaikan, atas perhatian dan kerja samanya kami ucapkan terima kasih.\n\nHormat kami,\nRINI WULANDARI\nAsst. Manager Community Development\nHP 0811-5550-2147",
    ),
    _E(
        "whatsapp",
        "kerjasama",
        "Selamat siang pak. Sy orang tua siswa di Muara Badak. Tiap tahun ada beasiswa dari perusahaan migas lewat program CSR, tp penerimanya tdk pernah diumumkan terbuka, yg dapat anak perangkat desa terus. Anak sy juara kelas, keluarga nelayan, tdk pernah dapat. Pemkab kan ikut mengkoordinasi CSR, bisa minta daftar penerima & kriterianya dibuka?",
    ),
    _E(
        "whatsapp",
        "kerjasama",
        "Pian, bubuhan perusahaan sawit di kampung ulun di Kembang Janggut dulu janji bantuan CSR sumur bor gasan warga, waktu sosialisasi tahun tadi. Sampai wayah kemarau kaya ini kada ada haja, warga mandi di sungai nang keruh. Siapa nang kawa menagih janji perusahaan ni?",
    ),
    _E(
        "whatsapp",
        "kerjasama",
        "Halo min. Kami komunitas Relawan TIK Kukar, biasa ngadain pelatihan literasi digital gratis buat pelajar dan ibu2 UMKM di kecamatan. Kami mau ngajuin kerja sama resmi sama pemkab biar kegiatan bisa pakai fasilitas dan jadi program bareng. Bentuknya MoU atau perjanjian kerja sama ya? Prosedurnya gimana dan ke siapa diajukan? Makasih 🙏",
    ),
    _E(
        "web",
        "kerjasama",
        "Kami tim peneliti Fakultas Kehutanan Universitas Mulawarman yang sejak 2021 meneliti kebakaran gambut dan kualitas udara di Muara Kaman dan Kenohan. Penelitian kami dulu berjalan di bawah perjanjian kerja sama antara universitas dan Pemerintah Kabupaten yang berakhir pada Juni 2025. Kami sadar situasi kabut asap sekarang sedang ditangani instansi teknis, dan data hotspot kami tetap kami bagikan ke BPBD, jadi itu tidak kami tanyakan di sini. Masalahnya, tanpa perjanjian yang berlaku kami tidak bisa mengurus izin masuk lokasi dan penggunaan data desa untuk pengambilan sampel bulan Oktober. Kami mohon informasi bagaimana proses perpanjangan atau addendum perjanjian kerja sama tersebut, siapa yang harus kami hubungi, dan berapa lama biasanya prosesnya.",
    ),
    _E(
        "web",
        "kerjasama",
        "Kami perusahaan swasta di bidang rantai dingin hasil perikanan. Kami melihat bangunan bekas pabrik es milik pemerintah kabupaten di Muara Badak yang terbengkalai sejak 2018. Kami berminat memanfaatkannya sebagai cold storage untuk menampung hasil tangkapan nelayan setempat, dengan skema kerja sama pemanfaatan selama 10 tahun dan bagi hasil kepada daerah. Mohon informasi apakah skema seperti ini dimungkinkan, dokumen apa yang perlu kami ajukan, dan bagaimana tahapannya sampai penandatanganan perjanjian.",
    ),
    _E(
        "web",
        "kerjasama",
        "Menjelang 17 Agustus, panitia HUT RI tingkat desa di Kecamatan Loa Janan mengajukan permohonan dukungan dana ke tiga perusahaan tambang di sekitar desa. Menurut camat, bantuan program sosial perusahaan sebesar Rp 45.000.000 sudah dikumpulkan lewat forum di kecamatan untuk dibagi ke 8 desa. Sampai sekarang bulan September, desa kami tidak menerima sepeser pun, padahal lomba dan pawai sudah lewat dan panitia berutang ke warung. Kami mohon ditelusuri ke mana dana bantuan perusahaan itu disalurkan dan bagaimana pertanggungjawabannya.",
    ),
    _E(
        "sms",
        "kerjasama",
        "bantuan csr prshn di desa sy di anggana dibagi ke org itu2 aja. tdk merata. tlg pemkab cek daftar penerimanya",
    ),
    _E(
        "sms",
        "kerjasama",
        "Pak sy ketua forum rt di samboja. mau ajukan program tjsl air bersih ke pertamina lewat pemkab, caranya gmn dan proposalnya ke mana",
    ),
    _E(
        "telegram",
        "kerjasama",
        "Selamat pagi. Saya warga Kecamatan Penyinggahan, Kutai Barat. Kampung kami lebih dekat ke Muara Muntai dan Kota Bangun daripada ke Sendawar, jadi kami berobat dan sekolah di Kukar. Dulu ada perjanjian kerja sama antar kabupaten Kubar dan Kukar supaya warga perbatasan dilayani sama seperti warga Kukar. Sekarang kami ditolak dengan alasan kerja samanya sudah habis. Apakah perjanjian itu memang tidak diperpanjang? Kalau masih dibahas, kapan selesainya?",
    ),
    _E(
        "telegram",
        "kerjasama",
        "Kak, aku mahasiswa semester 5 di salah satu kampus di Samarinda. Katanya kampus udah tanda tangan MoU sama Pemkab Kukar termasuk program magang di OPD. Tapi pas aku tanya ke kampus, mereka suruh tanya ke pemkab 😅 Isi kerja samanya apa aja ya dan gimana cara daftar magangnya?",
    ),
    _E(
        "twitter",
        "kerjasama",
        "Perusahaan tambang di Loa Kulu pamer program CSR di IG tiap 17an, tapi warga ring 1 gak pernah kebagian apa2. Pemkab kan koordinator forum CSR, buka dong datanya siapa dapat apa 🙄 #Kukar",
    ),
]

_PEREKONOMIAN = [
    _E(
        "email",
        "perekonomian",
        "PAGUYUBAN PANGKALAN LPG 3 KG\nKECAMATAN TENGGARONG SEBERANG\nSekretariat: Desa Bukit Raya, RT 05\n\nNomor: 09/PP-LPG/IX/2025\nPerihal: Permohonan penambahan alokasi LPG 3 kg\n\nYth. Sekretaris Daerah Kabupaten Kutai Kartanegara\ndi Tenggarong\n\nDengan hormat,\nKami, 34 pangkalan LPG 3 kg di Kecamatan Tenggarong Seberang, melaporkan bahwa sejak pertengahan Agustus 2025 pasokan dari agen berkurang rata-rata 20 persen, sementara permintaan meningkat karena banyak warga transmigrasi yang sebelumnya memasak dengan kayu kini tidak bisa karena larangan membakar di musim kemarau. Akibatnya tabung habis dalam 2-3 jam setelah datang dan di tingkat pengecer harganya mencapai Rp 40.000 sampai Rp 45.000.\n\nKami sudah menjalankan pencatatan pembeli dengan KTP sesuai ketentuan. Kami mohon Pemerintah Kabupaten berkoordinasi dengan Pertamina dan agen agar alokasi untuk kecamatan kami ditambah, atau diberikan tambahan pasokan sementara sampai akhir tahun, serta mengawasi pengecer yang menjual jauh di atas HET.\n\nDemikian permohonan ini kami sampaikan, atas perhatian Bapak kami ucapkan terima kasih.\n\nKetua Paguyuban,\n\nI WAYAN SUDARSA\nHP 0813-5098-4416",
    ),
    _E(
        "email",
        "perekonomian",
        "CV SUMBER PANGAN MAHAKAM\nDistributor Beras dan Bahan Pokok\nJl. Jend. Sudirman No. 88, Tenggarong\n\nNomor: 031/SPM/IX/2025\nPerihal: Tunggakan pembayaran oleh perusahaan daerah\n\nYth. Bupati Kutai Kartanegara\ndi Tenggarong\n\nDengan hormat,\nPerusahaan kami telah memasok 48 ton beras medium dan 6.000 liter minyak goreng kepada perusahaan daerah milik Pemerintah Kabupaten yang bergerak di bidang perdagangan, untuk kegiatan pasar murah di 12 kecamatan pada bulan Maret-April 2025, dengan nilai Rp 712.400.000. Sampai hari ini baru dibayar Rp 250.000.000, dan direksi perusahaan daerah tersebut tidak pernah memberikan jadwal pelunasan.\n\nPerlu kami tegaskan bahwa tagihan ini bukan tagihan kepada Sekretariat Daerah dan bukan sengketa pengadaan. Kami menyurati Bapak semata-mata dalam kedudukan Bupati sebagai pemilik perusahaan daerah, karena usaha kami ikut terancam: kami menanggung bunga pinjaman bank dan belum bisa membayar petani pemasok gabah.\n\nKami mohon Pemerintah Kabupaten meminta pertanggungjawaban direksi perusahaan daerah dan memfasilitasi pertemuan untuk menyepakati jadwal pelunasan.\n\nDemikian surat ini kami sampaikan, atas perhatiannya kami ucapkan terima kasih.\n\nHormat kami,\nHENDRIK GUNAWAN\nDirektur\n0812-5300-7719",
    ),
    _E(
        "email",
        "perekonomian",
        "Yth. Pengelola Layanan Aduan,\n\nTerima kasih atas balasan tanggal 2 September:\n> Pemerintah Kabupaten bersama TPID terus memantau harga bahan pokok\n> dan akan melaksanakan operasi pasar apabila diperlukan.\n\nMohon maaf, tetapi menurut kami operasi pasar sudah sangat diperlukan. Di Pasar Tangga Arung hari ini beras medium Rp 15.500/kg, premium Rp 17.000/kg, naik hampir Rp 2.000 dalam sebulan. Gula pasir Rp 19.000/kg dan bawang merah Rp 48.000/kg. Pembeli kami berkurang karena warga beralih membeli sedikit-sedikit, dan pedagang kecil ikut rugi karena modal tertahan di stok.\n\nKami mohon kepastian kapan dan di mana operasi pasar atau pasar murah akan digelar di Tenggarong, serta apakah ada langkah untuk menambah pasokan beras dari Bulog ke pasar-pasar kecamatan.\n\nHormat kami,\nH. MASRANI\nKetua Ikatan Pedagang Pasar Tangga Arung\n0853-4688-1205",
    ),
    _E(
        "email",
        "perekonomian",
        "Kami teruskan laporan dari kepala desa untuk menjadi perhatian. Terima kasih. (Kasi Ekbang Kec. Tabang)\n\n---------- Forwarded message ---------\nFrom: Pemdes Muara Tiq <pemdes.muaratiq@gmail.com>\nDate: Sel, 16 Sep 2025 pukul 11.30\nSubject: Harga barang melonjak, kapal tidak bisa masuk\nTo: Kecamatan Tabang <kec.tabang@kukarkab.go.id>\n\nBapak Camat,\nSejak akhir Agustus air Sungai Belayan surut, kapal barang dari Tenggarong hanya bisa sampai Kembang Janggut dan barang harus dipindah ke longboat. Akibatnya harga di desa melonjak: beras Rp 22.000/kg, gula Rp 25.000/kg, telur Rp 75.000/rak, LPG 3 kg Rp 70.000 dan bensin eceran Rp 20.000/liter. Pengerukan sungai memang kami harapkan, tapi itu urusan jangka panjang. Yang mendesak adalah harga kebutuhan pokok: kami mohon ada bantuan ongkos angkut, operasi pasar, atau pengiriman stok bahan pokok ke desa-desa hulu selama kemarau.\n\nKepala Desa Muara Tiq\nYUSUF ANYE",
    ),
    _E(
        "whatsapp",
        "perekonomian",
        "Pian, gas melon di Tenggarong Seberang ni langka banar. Pangkalan dekat rumah ulun bukanya sejam haja habis, di warung 45 ribu 😤 ulun jualan gorengan kada kawa masak. Kaya apa pemkab ni, kada ada nang mengawasi kah?",
    ),
    _E(
        "whatsapp",
        "perekonomian",
        "Selamat malam pak. Sy sopir truk sembako Tenggarong-Samarinda. SPBU di Loa Janan antrean solar sampai 1 km tiap hari, kami antre dr subuh baru dapat siang. Yg bikin kesal, mobil2 tangki modifikasi pelangsir bolak balik isi terus dan dibiarkan petugas. Tolong diawasi distribusi solarnya, kami rugi waktu dan ongkos.",
    ),
    _E(
        "whatsapp",
        "perekonomian",
        "Assalamualaikum. Sy pelaku UMKM keripik pisang di Loa Kulu. Waktu kampanye bupati yg baru janji ada pinjaman modal bergulir tanpa bunga buat UMKM. Sudah ada programnya atau belum? Kalau ada, daftarnya dimana, syaratnya apa? Kami juga butuh bantuan izin PIRT dan kemasan. Terima kasih",
    ),
    _E(
        "web",
        "perekonomian",
        "Saya pedagang ikan di pasar baru hasil relokasi di salah satu kecamatan hulu. Bangunan pasar ini dulu dikerjakan asal-asalan dan atapnya bocor, tapi itu sudah kami laporkan lewat jalur lain dan tidak saya persoalkan di sini. Yang jadi masalah sekarang, sejak pengelolaan pasar diserahkan ke perusahaan daerah bulan Juli, sewa los naik dari Rp 150.000 menjadi Rp 450.000 per bulan, ditambah iuran kebersihan dan keamanan harian, padahal pembeli sepi karena letak pasar jauh dari jalan utama. Sudah belasan pedagang kembali berjualan di pinggir jalan. Kami minta pemerintah kabupaten meninjau tarif sewa dan cara pengelolaan pasar oleh perusahaan daerah, dan mengadakan pertemuan dengan pedagang.",
    ),
    _E(
        "web",
        "perekonomian",
        "Saya petani padi di Loa Kulu. Musim ini gabah kering panen kami hanya dihargai tengkulak Rp 5.800/kg dengan alasan kualitas turun karena kemarau, tapi di pasar Tenggarong beras malah naik sampai Rp 16.000/kg. Petani tidak menikmati kenaikan harga, pembeli juga menjerit. Ada yang bermain di tengah. Pemerintah daerah katanya punya tim pengendali inflasi, tolong diperiksa rantai distribusi beras ini dan dipastikan harga pembelian gabah tidak di bawah ketentuan.",
    ),
    _E(
        "web",
        "perekonomian",
        "Kami kelompok nelayan di Muara Badak. Satu-satunya stasiun solar khusus nelayan di daerah kami sudah tiga minggu kosong, katanya kuota bulan ini habis. Kami punya surat rekomendasi pembelian BBM dari dinas perikanan dan kartu nelayan lengkap, tapi terpaksa beli solar eceran Rp 12.000/liter, hampir dua kali harga subsidi. Soal bantuan mesin dan alat tangkap tidak kami minta di sini, yang kami minta hanya penyaluran solar subsidi untuk nelayan dipulihkan dan kuotanya ditambah sesuai jumlah kapal, karena kemarau ini musim ikan.",
    ),
    _E(
        "sms",
        "perekonomian",
        "gas 3kg di pangkalan sy di muara jawa kosong 2 mgg. eceran 50rb. tlg pak ditindak",
    ),
    _E(
        "sms",
        "perekonomian",
        "harga cabe di pasar kota bangun 120rb/kg bawang 55rb. kpn ada pasar murah. warga susah",
    ),
    _E(
        "telegram",
        "perekonomian",
        "Bang, pertalite di SPBU Sangasanga kosong mulu seminggu ini, katanya kapal pengangkut BBM telat krn sungai dangkal. Ojol sama ojek kampung pada gak bisa narik, eceran botol jadi 18rb. Kapan normal? Ada solusi sementara gak dari pemkab? 😩",
    ),
    _E(
        "telegram",
        "perekonomian",
        "Selamat siang. Kami karyawan salah satu perusahaan daerah milik Pemkab Kukar, jumlahnya 37 orang. Gaji kami sudah 4 bulan belum dibayar, BPJS Ketenagakerjaan juga menunggak sejak awal tahun. Direksi hanya bilang menunggu penyertaan modal dari APBD Perubahan. Kami mohon pemkab sebagai pemilik perusahaan menjelaskan nasib perusahaan dan gaji kami.",
    ),
    _E(
        "twitter",
        "perekonomian",
        "Minyakita di toko2 Tenggarong dijual 18rb, HET-nya 15.700 lho. Stok juga suka ngilang. Pemkab ngapain aja nih? 🙄 #InflasiKukar #Kukar",
    ),
]

_SDA = [
    _E(
        "email",
        "sda",
        "GABUNGAN KELOMPOK TANI (GAPOKTAN) SUMBER REJEKI\nDesa Manunggal Jaya, Kecamatan Tenggarong Seberang\n\nNomor: 14/GPT-SR/VIII/2025\nPerihal: Permohonan bantuan pompa air dan selang irigasi\n\nYth. Bupati Kutai Kartanegara\nmelalui Sekretaris Daerah\ndi Tenggarong\n\nDengan hormat,\nGapoktan Sumber Rejeki membawahi 9 kelompok tani dengan luas sawah 310 hektare. Sejak Juli 2025 hujan tidak turun dan saluran irigasi dari embung mengering, sehingga sekitar 120 hektare padi umur 40-60 hari terancam puso. Petani yang mampu menyewa pompa dengan biaya Rp 250.000 per hari, tetapi sebagian besar tidak sanggup.\n\nKami juga mengeluhkan harga pupuk nonsubsidi yang terus naik, namun hal itu sudah kami sampaikan melalui penyuluh dan tidak menjadi pokok surat ini. Yang kami mohonkan adalah bantuan 10 unit pompa air 4 inci beserta selang, agar air dari Sungai Mahakam dan anak sungai dapat dialirkan ke sawah sebelum tanaman mati, serta informasi apakah bantuan alat pertanian dapat diberikan melalui APBD Perubahan 2025.\n\nTerlampir daftar kelompok, luas lahan terdampak dan foto kondisi sawah.\n\nDemikian permohonan ini, atas perhatian Bapak kami ucapkan terima kasih.\n\nKetua Gapoktan,\n\nSUGIYONO\nHP 0812-5577-3096",
    ),
    _E(
        "email",
        "sda",
        "YAYASAN BUMI LESTARI KALTIM\nJl. Juanda No. 12, Samarinda\n\nNomor: 077/YBL/IX/2025\nPerihal: Laporan titik api di areal konsesi perkebunan\n\nYth. Sekretaris Daerah Kabupaten Kutai Kartanegara\ndi Tenggarong\n\nDengan hormat,\nBerdasarkan pemantauan satelit dan verifikasi lapangan tim kami pada 1-10 September 2025, kami mencatat 46 titik panas di Kecamatan Muara Kaman dan Kenohan, 29 di antaranya berada di dalam atau berbatasan langsung dengan areal izin dua perusahaan perkebunan kelapa sawit. Di beberapa lokasi kami temukan lahan gambut yang baru dibuka dan terbakar berulang, sementara menara pantau dan peralatan pemadam di kebun tidak berfungsi.\n\nKabut asap sudah membuat sekolah di dua desa meliburkan siswa dan kasus ISPA meningkat. Kami memohon Pemerintah Kabupaten: (1) memeriksa kepatuhan kedua perusahaan terhadap kewajiban pencegahan kebakaran, (2) menghentikan pembukaan lahan baru selama musim kemarau, dan (3) membuka hasil pemeriksaan kepada publik.\n\nPeta sebaran titik panas dan dokumentasi foto terlampir.\n\nDemikian kami sampaikan, atas perhatiannya kami ucapkan terima kasih.\n\nDirektur Eksekutif,\nFAJAR RAMADHAN\n0813-4622-5081",
    ),
    _E(
        "email",
        "sda",
        "Mohon segera ditindaklanjuti, ini kiriman dari kelompok pembudidaya di desa kami.\n\n---------- Forwarded message ---------\nFrom: Pokdakan Mina Lestari <minalestari.loakulu@gmail.com>\nDate: Min, 31 Agu 2025 pukul 07.48\nSubject: Ikan keramba mati massal, air sungai berubah warna\nTo: Desa Jembayan <desajembayan@gmail.com>\n\nAssalamualaikum Pak Kades,\nKami melaporkan bahwa pada 29-30 Agustus 2025 sekitar 14 ton ikan nila dan patin di 60 keramba milik anggota Pokdakan Mina Lestari mati mendadak. Air Sungai Jembayan berubah kecoklatan pekat dan berbau setelah hujan sebentar pada malam sebelumnya. Kami menduga ada air limbah dari kolam pengendapan tambang batubara di hulu yang jebol atau sengaja dibuang, karena debit sungai sedang rendah.\n\nKerugian anggota ditaksir Rp 420.000.000. Kami mohon diteruskan kepada pemerintah kabupaten agar air sungai dan kolam pengendapan perusahaan segera diperiksa, dan jika terbukti ada pencemaran, perusahaan bertanggung jawab.\n\nWassalam,\nKetua Pokdakan Mina Lestari\nSAMSUDIN\n0852-4700-1683",
    ),
    _E(
        "email",
        "sda",
        "Yth. Admin Aduan Setda Kukar,\n\nKami membaca jawaban Bapak/Ibu tanggal 4 Agustus:\n> Laporan telah kami teruskan kepada instansi terkait untuk ditindaklanjuti\n> sesuai kewenangan.\n\nSudah sebulan lebih dan tidak ada satu pun petugas datang. Lubang bekas tambang di RT 11 Kelurahan Sangasanga Dalam, yang pada bulan Juni menewaskan seorang anak kelas 4 SD, sampai hari ini masih terbuka tanpa pagar dan tanpa papan peringatan. Di musim kemarau air di kampung habis, jadi anak-anak justru makin sering ke sana untuk mandi dan memancing.\n\nSoal santunan untuk keluarga korban dan proses pidananya sedang didampingi LBH dan tidak kami tanyakan di sini. Kami hanya minta satu hal: lubang tambang itu segera dipagar, diberi penjagaan, dan perusahaan pemegang izinnya dipaksa menutup atau mereklamasi sesuai kewajibannya. Mohon jangan dijawab diteruskan lagi, kami butuh jadwal pasti kapan ada tindakan di lapangan.\n\nHormat kami,\nDARMAWATI\nKetua RT 11, Kelurahan Sangasanga Dalam\n0821-5288-4410",
    ),
    _E(
        "whatsapp",
        "sda",
        "Pian, bantuan perahu wan mesin ketinting gasan nelayan di Muara Muntai tahun ini cuma dibagi ke kelompok nang dekat kades haja. Kelompok ulun sudah terdaftar lawas, proposal masuk dari tahun tadi, kada dapat apa2. Kaya apa pembagiannya ni? Tolong dicek datanya 🙏",
    ),
    _E(
        "whatsapp",
        "sda",
        "Selamat siang. Sy petani plasma sawit di Kecamatan Kembang Janggut. Sejak 2019 lahan kami masuk kebun plasma perusahaan, tp bagi hasil cuma Rp 150rb per bulan per kavling dan tdk ada laporan keuangan dari koperasi. Janji 20% kebun plasma dari luas HGU juga tdk jelas. Mohon pemkab mengevaluasi kewajiban plasma perusahaan sawit ini. Terima kasih",
    ),
    _E(
        "whatsapp",
        "sda",
        "Assalamualaikum. Sy warga Desa Sungai Payang Loa Kulu. Jalan hauling batubara lewat dekat kampung, debunya masuk rumah tiap hari krn kemarau, anak2 batuk pilek. Air sungai di belakang kampung juga jadi coklat susu sejak ada bukaan tambang baru di hulu. Tolong dicek perusahaan mana yg buang limbah dan disiram jalannya biar tdk berdebu.",
    ),
    _E(
        "web",
        "sda",
        "Saya guru di sebuah SD di Kecamatan Muara Kaman. Sudah tiga minggu asap pekat dari kebakaran lahan menyelimuti desa kami, dan sekolah terpaksa dipulangkan lebih awal. Anak-anak banyak yang sesak dan puskesmas sudah kewalahan. Jadwal belajar dan pembagian masker biarlah diatur dinas pendidikan dan puskesmas, bukan itu yang saya minta. Masalah pokoknya, api berasal dari lahan yang sedang dibuka untuk kebun sawit di belakang desa, dan setiap sore masih terlihat orang membakar tumpukan kayu di sana. Saya mohon pemerintah kabupaten memeriksa siapa pemilik lahan dan perusahaannya, menghentikan pembukaan lahan dengan cara membakar, dan memastikan kebun tersebut punya izin yang sah.",
    ),
    _E(
        "web",
        "sda",
        "Kami kelompok pembudidaya udang dan bandeng di Desa Sepatin, Kecamatan Anggana, kawasan delta Mahakam. Tahun lalu dinas mensosialisasikan bantuan benih bandeng, pakan dan alat berat untuk normalisasi saluran tambak. Kami sudah mengirim proposal lengkap dengan data 26 anggota dan luas 48 hektare, dan petugas sudah mengukur di lapangan bulan Maret. Sekarang kemarau, air tambak asin sekali dan saluran dangkal, panen terancam gagal. Mohon informasi status bantuan untuk kelompok kami dan kapan alat berat bisa masuk.",
    ),
    _E(
        "web",
        "sda",
        "Di Desa Bukit Pariaman, Tenggarong Seberang, ada penambangan batubara tanpa izin yang beroperasi malam hari di sebelah sawah warga, sekitar 200 meter dari permukiman. Sejak Juli, saluran irigasi tertimbun tanah galian dan air sawah berubah asam. Beberapa petani sudah ditawari uang supaya diam. Kami sudah lapor ke polsek tapi belum ada tindakan, dan soal ganti rugi sawah akan kami urus sendiri. Kami minta pemerintah kabupaten berkoordinasi dengan provinsi dan aparat untuk menghentikan tambang ilegal ini dan memulihkan saluran irigasi.",
    ),
    _E(
        "sms",
        "sda",
        "asap parah bgt di kota bangun, ada yg bakar lahan di pinggir danau semayang tiap mlm. tlg ditindak pak sblm makin luas",
    ),
    _E(
        "sms",
        "sda",
        "hand traktor bantuan utk klmpk tani kami di sebulu blm dtg pdhl nama klmpk udh diumumkan bln juni. ditanya ke ppl tdk tau. mhn info",
    ),
    _E(
        "telegram",
        "sda",
        "Selamat malam. Di hulu Sungai Belayan, Kecamatan Tabang, banyak kayu log ulin dan meranti ditebang dari hutan dan dirakit untuk dihanyutkan ke hilir. Karena sungai sedang surut, puluhan rakit kayu tertahan di dekat desa kami dan jelas kelihatan. Ini bukan kayu dari perusahaan berizin. Tolong pemerintah koordinasikan penertiban pembalakan liar ini sebelum hutan kami habis.",
    ),
    _E(
        "telegram",
        "sda",
        "Min, sungai di belakang rumah gue di Muara Jawa bau solar parah, ada lapisan minyak ngambang sampai ke tambak warga. Ikan sama udang pada mati 😡 Ini dari kapal tongkang apa dari perusahaan di hulu? Tolong dicek dong, jangan dibiarin.",
    ),
    _E(
        "twitter",
        "sda",
        "Lubang tambang di Loa Janan makan korban lagi. Anak 11 tahun. Berapa anak lagi harus mati baru ditutup?? Mana reklamasinya? @pemkabkukar #LubangTambang #Kukar",
    ),
]

_ADPEM = [
    _E(
        "email",
        "adpem",
        "Nomor: 140/087/DS-SBT/VIII\nPerihal: Pekerjaan Jembatan Penghubung RT 05 yang Terhenti\n\nYth. Sekretaris Daerah Kabupaten Kutai Kartanegara\ndi Tenggarong\n\nDengan hormat,\nBersama ini kami sampaikan bahwa pekerjaan jembatan beton penghubung RT 05 dan RT 07 Desa Sabintulung, Kecamatan Muara Kaman, yang dibiayai APBD Kabupaten tahun ini, sudah berhenti sejak pertengahan Juli. Di lokasi hanya tersisa tiang pancang dan besi yang mulai berkarat, sementara pekerja dan alat berat sudah tidak ada. Papan nama proyek mencantumkan waktu pelaksanaan 150 hari kalender, dan menurut hitungan kami masa itu tinggal sekitar lima minggu.\n\nSaat ini warga menyeberang memakai titian kayu darurat. Sungai sedang surut karena kemarau sehingga masih bisa dilewati, tetapi begitu air naik sekitar November titian itu pasti hanyut dan anak-anak sekolah di seberang akan terputus.\n\nKami tidak mempersoalkan siapa pelaksana pekerjaannya. Yang kami mohon adalah peninjauan ke lapangan dan kejelasan apakah pekerjaan ini akan dilanjutkan serta kapan ditargetkan selesai.\n\nDemikian kami sampaikan, atas perhatian Bapak kami ucapkan terima kasih.\n\nKepala Desa Sabintulung\n\nHASANUDDIN\nHP 0812-5430-4471",
    ),
    _E(
        "email",
        "adpem",
        "Kepada Yth.\nSekretariat Daerah Kabupaten Kutai Kartanegara\n\nDengan hormat,\nKami dari Lembaga Pemantau Anggaran Publik (LPAP) Kaltim telah melakukan pemantauan pada ruas peningkatan jalan Tani Bhakti - Purwajaya, Kecamatan Loa Janan, yang diserahterimakan awal Juni lalu. Dalam kunjungan lapangan tanggal 12 Agustus kami menemukan:\n1. retak memanjang pada perkerasan beton di sekitar KM 2+300 sepanjang kurang lebih 40 meter;\n2. bahu jalan tidak dipadatkan sehingga mulai tergerus dan beton di tepinya menggantung;\n3. di beberapa titik patahan, ketebalan beton yang kami ukur hanya sekitar 15 cm.\n\nDugaan kami soal proses lelang paket ini sudah kami sampaikan ke instansi lain dan tidak kami bawa di surat ini. Permohonan kami di sini: agar kondisi fisik pekerjaan diperiksa ulang oleh tim teknis, penyedia diminta memperbaiki selama masa pemeliharaan yang masih berjalan, dan hasil pemeriksaannya dapat kami terima secara tertulis.\n\nFoto, video dan koordinat setiap titik kami lampirkan.\n\nHormat kami,\nRahmat Saleh\nKoordinator Divisi Infrastruktur LPAP Kaltim\n0853-4620-1187",
    ),
    _E(
        "email",
        "adpem",
        "Subject: Re: Pembangunan RKB SDN 012 Kota Bangun\n\nSelamat siang,\nMenanggapi balasan sebelumnya, kami masih menunggu.\n\n> Pada 18 Jun, admin aduan menulis:\n> Terima kasih atas laporannya. Berdasarkan informasi penyedia, pembangunan dua ruang kelas baru ditargetkan selesai sebelum tahun ajaran baru pada pertengahan Juli.\n\nKenyataannya sekarang sudah akhir Agustus, tahun ajaran baru sudah berjalan lebih dari sebulan, dan bangunan itu baru sampai rangka atap, belum ada plafon, kusen jendela dan lantai. Murid kelas 1 dan kelas 2 terpaksa belajar bergantian di perpustakaan dan mushola sekolah, sebagian masuk siang. Tukang hanya datang dua atau tiga hari dalam seminggu, kadang cuma dua orang.\n\nKami dari komite sekolah mohon ada pengecekan langsung ke lokasi dan target selesai yang jelas, bukan janji lagi. Kalau memang ada masalah dengan penyedia, tolong disampaikan terbuka kepada sekolah dan orang tua supaya kami bisa mengatur jadwal belajar anak-anak sampai akhir semester.\n\nHormat kami,\nSuparno\nKetua Komite SDN 012 Kota Bangun\n0813-4700-2265",
    ),
    _E(
        "email",
        "adpem",
        "Mohon ditindaklanjuti, kami teruskan laporan warga di bawah. Terima kasih.\n-- Seksi Ekbang Kecamatan Samboja\n\n---------- Forwarded message ----------\nFrom: Karang Taruna Margomulyo <kt.margomulyo@gmail.com>\nDate: Sen, 2 Sep 08:41\nSubject: Gedung serbaguna baru sudah retak\nTo: sieekbang.samboja@gmail.com\n\nAssalamualaikum Bapak/Ibu,\nGedung serbaguna di Kelurahan Margomulyo yang dibangun pemerintah kabupaten dan baru dipakai sejak bulan Mei, sekarang dindingnya retak dari lantai sampai ke kusen jendela di sisi timur. Lantai panggung juga turun kira-kira 3 cm dan pintu samping tidak bisa ditutup lagi. Kemarin kami pakai untuk malam puncak 17-an, dan waktu penonton penuh terasa ada getaran di panggung, jadi kami hentikan acaranya lebih cepat.\n\nMohon ada yang memeriksa kekuatan bangunannya dan kontraktornya dipanggil untuk memperbaiki, mumpung katanya masih masa pemeliharaan. Kami takut kalau dibiarkan akan roboh waktu dipakai posyandu atau pengajian.\n\nWassalam,\nDimas\nKetua Karang Taruna Margomulyo",
    ),
    _E(
        "whatsapp",
        "adpem",
        "Assalamualaikum pian, ulun petani di Giri Agung Sebulu. Jalan usaha tani nang dibangun tahun tadi baru 6 bulan sudah jadi batu2 haja, semennya tipis kaya kulit bawang 😤 truk angkut gabah kada kawa lewat. Tolong dicek lah kualitasnya, jangan dibiarkan lawas2",
    ),
    _E(
        "whatsapp",
        "adpem",
        "Selamat pagi min. Saya sopir truk dari Kubar, tiap minggu lewat jalur Kota Bangun - Kenohan. Proyek pelebaran jalan di sekitar Desa Kahala sudah 3 bulan cuma dikupas, aspal lama dibongkar tapi tidak dikerjakan lagi. Musim kemarau begini debunya tebal ditambah asap karhutla, jarak pandang kadang cuma 20 meter, minggu lalu ada motor nabrak tumpukan material malam2. Kami tanya ke pekerja katanya nunggu material. Mohon info kapan proyeknya lanjut dan minimal dipasang rambu di titik galian.",
    ),
    _E(
        "whatsapp",
        "adpem",
        "Ijin lapor pak, saya ketua RT 09 Desa Loa Kulu Kota. Galian drainase di depan gang kami sudah dibiarkan terbuka sejak Juni, panjang kira2 60 m dalamnya hampir 1 meter, box culvertnya baru terpasang separuh. Sudah 2 anak jatuh ke dalam. Sekarang memang kemarau jadi tdk banjir, tapi nanti kalau hujan mulai air pasti masuk rumah krn saluran lama sdh dibongkar semua. Mohon proyek ini dicek dan dilanjutkan sebelum musim hujan 🙏",
    ),
    _E(
        "web",
        "adpem",
        "Nama: Yohanes L.\nAlamat: Desa Tabang Lama, Kec. Tabang\n\nIsi laporan:\nPembangunan jaringan pipa air bersih dan bak penampung di desa kami dimulai bulan Maret, menurut papan proyek targetnya selesai Juli. Sampai sekarang pipa baru tertanam sampai tengah kampung, bak penampungnya belum diplester, dan pompanya tidak pernah datang. Di musim kemarau ini sungai sudah sangat surut dan keruh, warga ambil air pakai jeriken ke hulu naik ketinting. Bantuan air tangki dari kecamatan sudah datang dua kali dan kami berterima kasih, jadi itu bukan yang kami minta. Kami hanya minta kepastian proyek air bersih ini diteruskan sampai airnya benar-benar mengalir, dan kalau ada kendala tolong dijelaskan ke warga.",
    ),
    _E(
        "web",
        "adpem",
        "Siring beton di tepi sungai di Desa Badak Baru, Muara Badak, yang selesai dibangun akhir tahun lalu, sekarang ambruk sepanjang kurang lebih 25 meter. Karena air sungai sedang surut, kelihatan jelas tiang-tiangnya pendek dan tidak sampai ke tanah keras, sebagian malah cuma kayu galam. Dua rumah warga di belakangnya mulai retak lantainya. Kami minta pekerjaan ini diperiksa, apakah masih dalam masa pemeliharaan kontraktor, dan segera diperbaiki sebelum musim hujan datang.",
    ),
    _E(
        "web",
        "adpem",
        "Saya perawat di Puskesmas Muara Wis. Gedung baru puskesmas yang dibangun sejak tahun lalu sampai sekarang belum bisa dipakai: listrik belum tersambung, instalasi air tidak ada, keramik lantai sebagian sudah pecah padahal belum pernah diinjak pasien. Kontraktornya tidak terlihat lagi sejak Juni. Sementara itu pasien ISPA karena kabut asap terus bertambah, kami melayani di gedung lama yang sempit dan pasien menunggu di teras. Saya tidak mengeluhkan pelayanan teman-teman atau ketersediaan obat, itu sudah ditangani dinas kesehatan. Yang ingin saya tanyakan: bagaimana kelanjutan pembangunan gedung baru ini dan kapan bisa diserahkan untuk dipakai?",
    ),
    _E(
        "sms",
        "adpem",
        "jembatan ulin di desa kelekat kembang janggut udh 3 bln blm selesai tukangnya ngilang gmn ini pak",
    ),
    _E(
        "sms",
        "adpem",
        "semenisasi gang mawar rt 14 timbau baru sebulan udh retak2 pinggirnya pecah kualitas jelek bgt tlg dicek",
    ),
    _E(
        "telegram",
        "adpem",
        "Selamat siang. Kami dari BEM Fakultas Teknik salah satu kampus di Tenggarong sedang menyusun kajian tentang proyek fisik yang mangkrak di Kukar. Kami mohon data progres fisik (persentase) paket-paket jalan dan jembatan tahun berjalan, terutama yang progresnya masih di bawah 50% per akhir Agustus, beserta catatan hasil pemantauannya kalau bisa dibuka untuk publik. Kajian ini rencananya juga kami serahkan ke DPRD.",
    ),
    _E(
        "telegram",
        "adpem",
        "Saya pensiunan guru, tinggal dekat taman tepian Mahakam di Tenggarong. Katanya renovasi taman itu selesai sebelum 17 Agustus, ternyata sampai sekarang pagar seng masih menutup separuh lokasi, lampu taman belum terpasang, paving sudah bergelombang. Sayang sekali, anggarannya kabarnya miliaran. Kapan sebenarnya target selesainya?",
    ),
    _E(
        "twitter",
        "adpem",
        "Jalan poros Anggana-Sangasanga katanya diperbaiki tahun ini, udah September cuma ditumpuk batu di pinggir doang 🙄 proyeknya jalan gak sih? #Kukar",
    ),
]

_PBJ = [
    _E(
        "email",
        "pbj",
        "CV SINAR MAHAKAM KONSTRUKSI\nJl. Panjaitan No. 17, Tenggarong Seberang\n\nNomor: 023/SMK/IX\nLampiran: 1 berkas\nPerihal: Sanggahan atas Hasil Pemilihan\n\nYth. Kelompok Kerja Pemilihan\nPaket Rehabilitasi Gedung SD di Kecamatan Sebulu\ndi Tenggarong\n\nDengan hormat,\nKami selaku peserta dengan nilai penawaran terendah, yaitu Rp 1.874.500.000, menyampaikan keberatan atas pengumuman pemenang tanggal 4 September. Perusahaan kami dinyatakan gugur dengan alasan 'tidak melampirkan sertifikat kompetensi tenaga ahli', padahal dokumen SKK pelaksana atas nama Sdr. Arif Budiman telah kami unggah pada folder dokumen teknis di aplikasi dan tercatat dalam daftar dokumen penawaran. Sebaliknya, penyedia yang ditetapkan sebagai pemenang menawar Rp 1.962.000.000, lebih mahal hampir Rp 88 juta.\n\nBerdasarkan hal tersebut kami mohon dilakukan evaluasi ulang, dan kami diberi jawaban tertulis sebelum masa sanggah berakhir. Bukti tangkapan layar unggahan dan log aplikasi kami lampirkan.\n\nDemikian sanggahan ini kami sampaikan, atas perhatiannya kami ucapkan terima kasih.\n\nHormat kami,\nIr. Bambang Priyono\nDirektur\n0812-5501-3390",
    ),
    _E(
        "email",
        "pbj",
        "Yth. Pengelola Aduan Setda Kukar,\n\nSaya pemilik toko alat tulis dan perlengkapan kantor di Tenggarong, usaha mikro. Sejak awal Juli saya mendaftarkan 46 produk ke katalog elektronik lokal kabupaten supaya bisa dibeli langsung oleh dinas-dinas. Statusnya sampai hari ini masih 'menunggu verifikasi', sementara toko lain yang mendaftar sesudah saya sudah tayang. Saya sudah dua kali datang ke kantor dan hanya diminta menunggu.\n\nSebagai informasi, ada satu tagihan lama kami ke sebuah dinas yang belum dibayar, tetapi itu sedang kami urus sendiri dengan dinas tersebut dan tidak perlu ditindaklanjuti di sini.\n\nYang saya mohon hanya kejelasan: dokumen apa yang kurang dari pendaftaran kami, dan berapa lama seharusnya verifikasi produk. Menjelang APBD Perubahan biasanya belanja kantor naik, jadi bagi usaha kecil seperti kami kesempatan ini penting.\n\nTerima kasih.\n\nSalam,\nNurhayati\nToko Berkah ATK, Jl. Diponegoro, Tenggarong\nWA 0821-5312-0098",
    ),
    _E(
        "email",
        "pbj",
        "Kami kirim ulang karena email pertama belum dibalas.\n\n---------- Forwarded message ---------\nFrom: Admin PT Borneo Tekno Solusi <admin@borneotekno.co.id>\nDate: Rab, 21 Agu 09:14\nSubject: Verifikasi akun penyedia belum diproses\nTo: aduan Setda Kukar\n\nSelamat pagi,\nKami perusahaan penyedia jasa teknologi informasi yang berkedudukan di Samarinda. Pada 5 Agustus kami membuat akun baru di SPSE Kabupaten Kutai Kartanegara dan telah mengunggah akta pendirian, NIB, NPWP serta KTP direktur. Pada 8 Agustus staf kami juga sudah datang ke Tenggarong membawa dokumen asli untuk verifikasi dan diberi tanda terima. Namun sampai sekarang akun kami belum aktif, sehingga kami tidak bisa mendaftar pada paket pengadaan aplikasi yang pendaftarannya ditutup 28 Agustus.\n\nMohon bantuan agar verifikasi akun kami diselesaikan, atau kami diberi tahu apa yang masih kurang.\n\nTerima kasih,\nDewi Anggraini\nStaf Administrasi Tender\n0811-5840-7712",
    ),
    _E(
        "email",
        "pbj",
        "Perihal: Permohonan Informasi Jadwal Pengadaan Paket APBD Perubahan\n\nYth. Bapak/Ibu Pengelola Pengaduan\nSekretariat Daerah Kabupaten Kutai Kartanegara\n\nDengan hormat,\nKami PT Karya Nusantara Baja, produsen rangka baja ringan dan jembatan modular yang berkedudukan di Balikpapan, berminat mengikuti pengadaan di Kabupaten Kutai Kartanegara. Kami membaca di media bahwa APBD Perubahan tahun ini menambah anggaran jembatan di wilayah hulu Mahakam. Namun di Sistem Informasi Rencana Umum Pengadaan kami belum menemukan paket-paket tersebut, dan pengumuman di LPSE masih memuat paket lama saja.\n\nMohon informasi: (1) kapan paket-paket APBD Perubahan mulai diumumkan; (2) apakah sebagian akan dilakukan melalui e-purchasing katalog, sehingga kami perlu menayangkan produk lebih dulu; dan (3) persyaratan kualifikasi bagi penyedia dari luar daerah.\n\nKami tidak meminta perlakuan khusus, hanya kepastian jadwal agar dapat menyiapkan dokumen sejak dini.\n\nDemikian, atas perhatiannya kami ucapkan terima kasih.\n\nHormat kami,\nAndreas Wibisono\nManajer Pengembangan Bisnis\nTelp. 0542-873-4210",
    ),
    _E(
        "whatsapp",
        "pbj",
        "Pak darurat 🙏 SPSE tdk bisa dibuka dr jam 11, kami mau upload penawaran paket drainase Loa Ipuh batasnya jam 14.00 hari ini. Sdh coba 3 laptop & 2 provider tetap gagal. Apa batas waktunya bisa diperpanjang? Tolong dibalas cepat",
    ),
    _E(
        "whatsapp",
        "pbj",
        "Assalamualaikum, sy ibu rumah tangga punya usaha kecil nasi kotak dan snack box di Tenggarong Seberang. Sy dengar kantor2 pemerintah sekarang harus belanja dari UMKM lewat toko daring / katalog. Bagaimana cara daftar jadi penyedianya? Sy blm punya CV, cuma NIB dari OSS. Apa bisa? Mohon dibantu langkah2nya",
    ),
    _E(
        "whatsapp",
        "pbj",
        "Selamat malam. Saya kontraktor lokal di Muara Jawa. Mau melaporkan tender paket peningkatan jalan lingkungan di Muara Jawa Ulu. Dari 7 peserta, 3 perusahaan pakai alamat email dan nomor telepon yang mirip, dan salah satunya menang dengan harga cuma selisih 0,3% dari HPS. Pemenangnya juga disebut-sebut masih keluarga oknum di kecamatan. Saya tidak sedang minta apa-apa untuk perusahaan saya, kami kalah ya sudah. Tapi saya minta tender ini diperiksa ulang dan kalau terbukti ada persekongkolan, diulang. Tangkapan layarnya ada sama saya.",
    ),
    _E(
        "web",
        "pbj",
        "Saya perwakilan distributor laptop di Samarinda. Pada mini kompetisi e-katalog untuk pengadaan 40 unit laptop sekolah menyambut tahun ajaran baru, kami menawar lebih rendah Rp 310 ribu per unit dengan spesifikasi sesuai, tetapi pesanan diberikan ke penyedia lain tanpa penjelasan. Di aplikasi status kami hanya tertulis 'tidak terpilih'. Kami minta penjelasan dasar pemilihannya dan apakah ada mekanisme keberatan untuk proses e-purchasing seperti ini.",
    ),
    _E(
        "web",
        "pbj",
        "Kami usaha katering di Tenggarong. Beberapa tahun terakhir kami ikut penyediaan konsumsi acara 17 Agustus dan resepsi kenegaraan. Tahun ini kami tidak pernah tahu ada pengadaannya, tiba-tiba sudah ada penyedia lain yang masak. Soal acaranya sendiri kami tidak ada masalah, acaranya meriah dan lancar. Kami hanya bertanya: pengadaan konsumsi untuk acara-acara pemerintah seperti ini diumumkan di mana dan bagaimana caranya supaya kami bisa ikut bersaing secara terbuka tahun depan?",
    ),
    _E(
        "web",
        "pbj",
        "Kami paguyuban pemilik speedboat di Muara Muntai, ada 18 armada. Dalam dua bulan terakhir ada rangkaian kunjungan kerja Bupati baru ke desa-desa perairan, dan sewa speedboatnya diberikan ke satu pengusaha dari Samarinda lewat penunjukan langsung, tidak ada pengumuman apa pun. Nilainya kami dengar lebih dari Rp 200 juta. Kami tidak mempersoalkan kunjungannya, justru senang Bupati datang. Pertanyaan kami: apakah sewa sebesar itu boleh tanpa lelang? Kami minta ke depan pengadaan sewa angkutan air dibuka supaya pengusaha lokal bisa ikut menawar.",
    ),
    _E(
        "sms",
        "pbj",
        "tender paket rehab sekolah di sebulu kok dibatalkan tnp alasan di lpse, kami udh keluar biaya jaminan penawaran. mohon penjelasan",
    ),
    _E(
        "sms",
        "pbj",
        "gmn cara daftar akun spse utk cv baru? sdh ke kantor 2x tdk ada petugas helpdesk nya",
    ),
    _E(
        "telegram",
        "pbj",
        "Mohon info, pengumuman pemenang paket pengadaan seragam sekolah gratis untuk siswa baru sudah lewat 10 hari dari jadwal di aplikasi tapi belum muncul juga, dan tidak ada perubahan jadwal tahapan. Kami salah satu peserta. Bagaimana status tendernya?",
    ),
    _E(
        "telegram",
        "pbj",
        "Saya direktur konsultan perencana lokal di Tenggarong. Di seleksi jasa konsultansi perencanaan jembatan bulan ini syaratnya pengalaman 3 pekerjaan jembatan bentang di atas 60 m dalam 4 tahun terakhir. Di Kukar hampir tidak ada konsultan lokal yang bisa memenuhi itu. Apakah persyaratannya bisa ditinjau ulang? Kesannya mengunci untuk perusahaan tertentu dari luar daerah.",
    ),
    _E(
        "twitter",
        "pbj",
        "LPSE error dari pagi, 'server sedang sibuk' mulu. Gimana mau ikut lelang kalo gini 😤 #Kukar",
    ),
]

_ORGANISASI = [
    _E(
        "email",
        "organisasi",
        "KANTOR ADVOKAT SUTRISNO, S.H. & REKAN\nJl. Kartini No. 8, Tenggarong\n\nNomor: 47/SR-ADV/VIII\nPerihal: Pengaduan Keterlambatan Pelayanan Perizinan\n\nYth. Sekretaris Daerah Kabupaten Kutai Kartanegara\ndi Tenggarong\n\nDengan hormat,\nBertindak untuk dan atas nama klien kami, Sdr. H. Mahyudin, pemilik usaha penggilingan padi di Kecamatan Sebulu, kami sampaikan bahwa permohonan Persetujuan Bangunan Gedung klien kami telah diajukan pada 3 April dan pada hari yang sama dinyatakan lengkap oleh petugas. Standar pelayanan yang terpampang di kantor layanan menyebut waktu penyelesaian 28 hari kerja, namun hingga surat ini dibuat, lebih dari empat bulan kemudian, belum ada keputusan dan tidak pernah ada pemberitahuan kekurangan apa pun. Tiga kali klien kami datang, jawabannya selalu 'masih di meja pimpinan'.\n\nKami belum menempuh upaya hukum dan berharap hal itu tidak diperlukan. Untuk itu kami mohon agar keterlambatan ini diperiksa sebagai dugaan maladministrasi, dan klien kami memperoleh kepastian tertulis mengenai status permohonannya.\n\nDemikian, atas perhatian Bapak kami ucapkan terima kasih.\n\nHormat kami,\nSutrisno, S.H.\nAdvokat\n0811-5566-1203",
    ),
    _E(
        "email",
        "organisasi",
        "Perihal: Dugaan pungutan liar perekaman KTP-el menjelang pilkades\n\nYth. Bapak/Ibu pengelola pengaduan,\n\nKami Forum Warga Peduli Desa Kecamatan Kenohan menerima banyak laporan bahwa menjelang pemilihan kepala desa di Desa Semayang dan Teluk Muda, warga yang baru berusia 17 tahun dan warga yang KTP-nya rusak diminta membayar Rp 50.000 sampai Rp 100.000 oleh petugas saat perekaman dan pencetakan KTP-el keliling, dengan alasan 'supaya jadi sebelum hari pencoblosan'. Tidak ada kuitansi. Setahu kami layanan ini gratis.\n\nKami tidak mempersoalkan jadwal maupun kerja panitia pilkades; itu urusan desa. Yang kami minta adalah penghentian pungutan tersebut, pemeriksaan terhadap petugas yang bersangkutan, dan pengumuman terbuka kepada warga bahwa layanan KTP-el tidak dipungut biaya.\n\nDaftar nama 14 warga yang bersedia memberi keterangan dapat kami serahkan bila diperlukan.\n\nHormat kami,\nMarlina\nSekretaris FWPD Kenohan\n0852-5077-3419",
    ),
    _E(
        "email",
        "organisasi",
        "Subject: Re: Permintaan data Survei Kepuasan Masyarakat\n\nYth. Admin,\nTerima kasih atas jawabannya.\n\n> Hasil SKM setiap unit layanan dipublikasikan per semester di laman resmi masing-masing perangkat daerah.\n\nKami sudah memeriksa laman 12 perangkat daerah dan hanya 3 yang memuat hasil semester I; sisanya kosong atau masih hasil tahun lalu. Selain itu, saat kami turun ke beberapa loket pelayanan pada Agustus, kode QR kuesioner di meja layanan ternyata mengarah ke tautan yang sudah tidak aktif, sehingga warga yang ingin mengisi survei tidak bisa.\n\nKami mohon (1) hasil SKM semester I dapat diberikan atau diumumkan, dan (2) tautan survei di loket-loket diperbaiki. Data ini kami perlukan untuk penelitian mahasiswa tentang kualitas pelayanan publik di Kukar, dan hasilnya nanti akan kami bagikan kembali ke pemerintah daerah.\n\nSalam,\nDr. Wulan Sari\nDosen Program Studi Administrasi Publik\nFISIP Universitas Kutai Kartanegara",
    ),
    _E(
        "email",
        "organisasi",
        "Nomor: 060/112/KEC-MM/IX\nPerihal: Permohonan Pendampingan Penyusunan Standar Pelayanan PATEN\n\nYth. Sekretaris Daerah Kabupaten Kutai Kartanegara\ndi Tenggarong\n\nDengan hormat,\nSehubungan dengan hasil penilaian kepatuhan pelayanan publik oleh Ombudsman semester lalu, Kecamatan Muara Muntai mendapat catatan bahwa standar pelayanan untuk 9 jenis layanan PATEN (antara lain surat keterangan, rekomendasi izin keramaian, dan legalisasi dokumen) belum ditetapkan dan belum dipajang di ruang pelayanan. Kami ingin memperbaikinya sebelum penilaian berikutnya, namun belum ada staf yang memahami cara menyusun komponen standar pelayanan beserta maklumatnya.\n\nUntuk itu kami mohon pendampingan teknis atau contoh format, dan bila memungkinkan kunjungan ke kecamatan pada bulan Oktober. Biaya kegiatan di pihak kami sudah ditampung dalam DPA Perubahan kecamatan.\n\nDemikian permohonan ini, atas perhatian dan kerja samanya diucapkan terima kasih.\n\nSekretaris Camat Muara Muntai\n\nAhmad Fauzi, S.Sos\nNIP 19780412 200501 1 009",
    ),
    _E(
        "whatsapp",
        "organisasi",
        "Selamat sore. Anak saya daftar SMP lewat jalur zonasi, diminta surat keterangan domisili dari kelurahan. Di kantor Kelurahan Sukarame dimintai Rp 100 ribu, katanya 'uang administrasi', tanpa kuitansi. Tetangga saya juga sama. Bukannya surat begini gratis? Pendaftaran sekolahnya sendiri lancar kok, cuma urusan surat ini yang bikin kesal. Mohon ditertibkan 🙏",
    ),
    _E(
        "whatsapp",
        "organisasi",
        "Assalamualaikum. Saya pensiunan, umur 68. Kemarin kontrol jantung di rumah sakit daerah di Tenggarong, datang jam 6 pagi ambil antrean, baru dipanggil ke poli jam 13.30. Informasi di loket simpang siur, petugas bilang dokter datang jam 9 ternyata jam 12. Papan antrean elektroniknya mati, nama dipanggil tanpa pengeras suara. Kami orang tua duduk berjam-jam di ruang tunggu yang pengap, asap kabut dari luar masuk. Obat dan dokternya bagus, saya tidak mengeluhkan itu. Mohon alur pelayanannya dibenahi, minimal ada kepastian jam dokter.",
    ),
    _E(
        "whatsapp",
        "organisasi",
        "ulun sudah tiga kali bulik ke kantor kecamatan ngurus surat, tiap datang disuruh lengkapi haja nang lain2, kada ada tertulis apa syaratnya. pian pejabat kada tahu kah rasanya rakyat kecil 😡",
    ),
    _E(
        "web",
        "organisasi",
        "Saya sopir truk angkutan TBS sawit di Loa Kulu. Waktu uji KIR bulan Agustus, selain retribusi resmi sesuai karcis, kami dimintai tambahan Rp 150.000 per kendaraan oleh orang di lokasi pengujian supaya 'tidak ribet'. Kalau tidak mau, katanya lampu dan remnya pasti dinyatakan tidak lulus. Tidak ada kuitansi untuk uang tambahan itu. Teman-teman sopir lain juga mengalami hal yang sama. Mohon ditindak dan diumumkan tarif resminya di lokasi pengujian.",
    ),
    _E(
        "web",
        "organisasi",
        "Nama: Samsul\nPekerjaan: pembudidaya ikan keramba, Desa Melintang, Muara Wis\n\nSaya mengajukan surat rekomendasi untuk pembelian solar bagi mesin perahu keramba sejak awal Juli. Sudah dua bulan tidak ada kabar. Setiap ditanya jawabannya beda-beda: ada yang bilang tunggu tanda tangan, ada yang bilang berkasnya hilang dan harus mengulang dari awal. Tidak ada papan informasi berapa lama prosesnya dan apa saja syaratnya. Yang saya keluhkan bukan jatah solar atau harganya, tapi cara kantor melayani yang tidak jelas begini. Di musim kemarau air danau surut, kami harus bolak-balik jauh dan biayanya tidak sedikit.",
    ),
    _E(
        "web",
        "organisasi",
        "Saya mahasiswa yang sedang mengurus SKTM di kantor dinas sosial untuk melengkapi berkas beasiswa. Persyaratan di aplikasi online berbeda dengan yang diminta petugas di loket: di aplikasi cukup unggah scan, di loket diminta fotokopi dilegalisir 3 rangkap plus materai. Nomor pengaduan yang tertera di aplikasi tidak pernah diangkat. Saya tidak menanyakan hasil seleksi beasiswanya, itu lain urusan. Saya hanya minta informasi persyaratan layanan dibuat seragam antara online dan loket, dan ada petugas yang bisa dihubungi.",
    ),
    _E(
        "sms",
        "organisasi",
        "pelayanan di kantor camat tiap hr tutup jam 12 pdhl jam kerja smp jam 4 sore. sy dr desa jauh sia2 datang",
    ),
    _E(
        "sms",
        "organisasi",
        "ngurus akta kelahiran anak diminta 200rb sm oknum katanya biar cepat. ini resmi kah?",
    ),
    _E(
        "telegram",
        "organisasi",
        "Mohon identitas saya dirahasiakan. Saya honorer di salah satu unit layanan. Kuesioner survei kepuasan bulan ini diisi sendiri oleh petugas, puluhan lembar sekaligus, supaya nilainya bagus untuk laporan ke pimpinan yang baru. Warga yang datang tidak pernah ditawari mengisi. Kalau begini hasil surveinya tidak ada artinya.",
    ),
    _E(
        "telegram",
        "organisasi",
        "Waktu pidato pertamanya, Bupati baru janji perizinan sederhana bisa selesai satu hari. Sudah 5 bulan, di mal pelayanan masih sama saja: izin usaha mikro saya 3 minggu belum terbit, alasannya sistem. Kapan janji pembenahan layanan ini benar-benar dijalankan di kantor-kantor?",
    ),
    _E(
        "twitter",
        "organisasi",
        "Antre 4 jam di dukcapil cuma buat ganti KK, nomor antrean udah abis jam 9 pagi. Pelayanan macam apa ini 🙃 #Kukar",
    ),
]

_UMUM = [
    _E(
        "email",
        "umum",
        "Nomor: 005/418/DKP-Sekr/VIII\nPerihal: Permohonan Peminjaman Ruang Rapat\n\nYth. Sekretaris Daerah Kabupaten Kutai Kartanegara\ndi Tenggarong\n\nDengan hormat,\nDalam rangka Rapat Koordinasi Penanganan Kekeringan dan Ketahanan Pangan yang melibatkan perwakilan 20 kecamatan, kami bermaksud meminjam Ruang Rapat Utama di lantai 2 Kantor Bupati pada hari Selasa, 10 September, pukul 08.30 s.d. 13.00 WITA, dengan perkiraan peserta 80 orang. Kami juga memerlukan pengeras suara dan layar proyektor yang tersedia di ruangan tersebut.\n\nMengenai kehadiran Bupati untuk membuka rapat, kami ajukan melalui surat tersendiri, sehingga surat ini khusus untuk penggunaan ruangan. Konsumsi serta kebersihan ruangan setelah acara menjadi tanggung jawab kami.\n\nMohon konfirmasi ketersediaan ruangan paling lambat 5 September agar undangan kepada peserta dapat segera kami kirimkan.\n\nDemikian permohonan ini, atas perhatian dan bantuannya kami ucapkan terima kasih.\n\nSekretaris Dinas Ketahanan Pangan\nKabupaten Kutai Kartanegara\n\nDra. Siti Rahmah\nNIP 19700815 199503 2 004",
    ),
    _E(
        "email",
        "umum",
        "Nomor: 0712/KOM.03/UP3-SMD/VIII\nPerihal: Konfirmasi Penerimaan Surat\n\nYth. Sekretariat Daerah Kabupaten Kutai Kartanegara\ndi Tenggarong\n\nDengan hormat,\nPada tanggal 29 Juli kami telah mengirimkan surat nomor 0655/KOM.03/UP3-SMD/VII perihal usulan penandatanganan nota kesepahaman percepatan elektrifikasi desa, yang ditujukan kepada Bupati Kutai Kartanegara. Surat tersebut diantar langsung oleh staf kami dan diterima di meja penerimaan surat Kantor Bupati, namun tanda terima yang kami peroleh hanya berupa paraf petugas tanpa nomor agenda.\n\nHingga kini kami belum mengetahui apakah surat tersebut sudah teregister dan didisposisikan ke unit mana. Substansi nota kesepahaman nantinya akan kami bahas bersama unit yang ditunjuk; pada kesempatan ini kami hanya memohon konfirmasi nomor agenda dan posisi surat tersebut, agar dapat kami tindak lanjuti.\n\nDemikian kami sampaikan, atas perhatian dan kerja samanya kami ucapkan terima kasih.\n\nPT PLN (Persero) UP3 Samarinda\nAsisten Manajer Komunikasi\n\nRudi Hartono\nTelp. 0541-736-118",
    ),
    _E(
        "email",
        "umum",
        "Perihal: Mobil dinas dipakai liburan keluarga\n\nYth. Pengelola pengaduan Setda Kukar,\n\nSaya ingin melaporkan pemakaian kendaraan dinas di luar keperluan kantor. Pada libur panjang 17 Agustus lalu, hari Sabtu sekitar pukul 15.00, sebuah mobil SUV hitam berpelat merah terlihat parkir di pantai wisata di Samboja, dipakai rombongan keluarga lengkap dengan tikar dan kotak pendingin. Mobil yang sama, dengan nomor polisi yang sama, biasa saya lihat terparkir di deretan parkir pejabat di halaman Kantor Bupati setiap hari kerja, karena saya sering mengantar dokumen ke sana.\n\nFoto mobil di pantai dan di halaman kantor, lengkap dengan jam pengambilan, saya lampirkan. Saya paham pejabat juga perlu libur, tetapi kendaraan itu dibeli dan dirawat dengan uang rakyat, bensinnya pun dari anggaran.\n\nMohon dicek siapa pemegang kendaraan tersebut, dan aturan pemakaian mobil dinas di luar jam kerja ditertibkan.\n\nSalam,\nWarga Loa Janan (identitas mohon dirahasiakan)\n0812-5873-0042",
    ),
    _E(
        "email",
        "umum",
        "Yth. Admin aduan Setda,\nBerikut kami teruskan laporan mahasiswa magang kami. Mohon bantuan tindak lanjutnya.\nSalam, Koordinator Magang FISIP\n\n---------- Forwarded message ----------\nFrom: Rizky Pratama <rizky.pratama02@gmail.com>\nDate: Kam, 15 Agu 16:02\nSubject: Motor hilang di parkiran Kantor Bupati\nTo: Koordinator Magang FISIP\n\nPak, saya mau lapor. Hari ini sekitar jam 10 sampai jam 15 saya parkir motor Vario merah di parkiran roda dua sisi belakang Kantor Bupati, dekat gudang. Waktu pulang motornya sudah tidak ada. Pos satpam di gerbang belakang kosong, kata petugas kebersihan satpamnya sedang bantu persiapan upacara 17-an di halaman depan. Saya sudah lapor ke Polsek dan dapat surat tanda lapor.\n\nYang saya minta ke pihak kantor bupati: rekaman CCTV parkiran belakang hari ini disimpan dan boleh dilihat polisi, dan penjagaan parkir belakang diperbaiki supaya tidak ada korban lain, karena teman-teman magang dan tamu banyak yang parkir di situ.\n\nTerima kasih, Pak.\nRizky",
    ),
    _E(
        "whatsapp",
        "umum",
        "Pak mohon maaf mau kasih masukan. Tiap Senin pagi parkiran tamu di kantor bupati penuh mobil pegawai, kami warga yg mau antar surat terpaksa parkir di bahu jalan dan ditegur polisi. Trus ada juru parkir pakai rompi oranye minta 5rb, padahal setahu saya parkir di kantor pemerintah gratis. Tolong diatur lagi parkir tamu sama pegawai.",
    ),
    _E(
        "whatsapp",
        "umum",
        "Selamat siang. Saya tadi nunggu di ruang tunggu tamu lantai 1 kantor bupati hampir 2 jam utk antar undangan. AC-nya mati, jendela dibuka jadi asap kabut masuk semua, ada ibu2 bawa bayi batuk2. Dispenser air juga kosong. Mohon ruang tunggu tamunya diperbaiki, apalagi musim asap begini 🙏",
    ),
    _E(
        "whatsapp",
        "umum",
        "Izin lapor min, di gedung belakang kantor bupati lantai 2 dan 3 air toilet sdh seminggu mati, katanya tandon kosong krn air PDAM giliran musim kemarau. Pegawai dan tamu terpaksa numpang ke masjid. Sdh lapor ke teknisi gedung tapi blm ada tindakan. Mungkin bisa dipesankan air tangki dulu utk isi tandonnya?",
    ),
    _E(
        "web",
        "umum",
        "Saya warga yang tinggal persis di belakang kompleks Kantor Bupati di Tenggarong. Hampir setiap sore petugas kebersihan membakar tumpukan sampah daun dan kertas di pojok halaman belakang kompleks. Di musim kabut asap seperti sekarang, asapnya masuk ke rumah kami, anak saya sedang sakit ISPA. Selain itu ada dahan pohon besar dari dalam pagar kompleks yang sudah lapuk dan menjorok ke jalan. Mohon sampahnya tidak dibakar lagi dan dahan itu dipangkas sebelum jatuh menimpa orang lewat.",
    ),
    _E(
        "web",
        "umum",
        "Kami Forum OSIS se-Kecamatan Tenggarong akan mengadakan lomba gerak jalan indah dan tarik tambang antarsekolah pada 24 Agustus dalam rangka HUT RI. Kami ingin meminjam halaman depan dan aula Kantor Bupati untuk titik start dan tempat penjurian. Kami tidak mengundang Bupati atau pejabat, cukup izin memakai tempatnya saja. Bagaimana prosedur peminjamannya, apakah ada biaya, dan berapa hari sebelumnya harus mengajukan?",
    ),
    _E(
        "web",
        "umum",
        "Pada 2 September saya menyerahkan surat permohonan bantuan alat pertanian untuk kelompok tani kami di Tenggarong Seberang ke meja penerimaan surat di Kantor Bupati. Petugas menerima tapi tidak memberi tanda terima atau nomor, katanya nanti di-scan. Sampai sekarang tidak ada kabar apakah surat itu sudah tercatat. Isi permohonannya biar nanti dinilai yang berwenang, saya tidak menanyakan itu. Saya hanya ingin tahu surat saya sudah masuk atau belum dan bagaimana cara melacaknya.",
    ),
    _E(
        "sms",
        "umum",
        "pak gerbang samping kantor bupati dikunci terus, kami pejalan kaki hrs mutar jauh lewat depan. tlg dibuka pagi",
    ),
    _E("sms", "umum", "lampu parkiran kantor bupati mati semua kl mlm gelap bgt rawan maling"),
    _E(
        "telegram",
        "umum",
        "Saya pengemudi kendaraan operasional pimpinan di Setda. Mobil yang saya bawa remnya sudah bunyi dan AC bocor sejak Juli, sudah 3 kali saya ajukan servis tapi belum dijadwalkan. Minggu depan mobil ini dipakai ke Tabang lewat jalan tanah. Saya khawatir soal keselamatan penumpang. Soal uang lembur saya tidak saya tanyakan di sini, itu lain lagi. Mohon servisnya dipercepat.",
    ),
    _E(
        "telegram",
        "umum",
        "Saya kurir ekspedisi. Tiap antar dokumen atau paket dinas ke kantor bupati di atas jam 15.00 ditolak petugas penerima surat, disuruh balik besok, padahal jam kantor sampai 16.00. Barang jadi nginap dan kami kena komplain pengirim. Mohon kejelasan jam penerimaan surat dan paket di kantor bupati.",
    ),
    _E(
        "twitter",
        "umum",
        "Halaman kantor bupati tiap malam jadi tempat nongkrong, pagi2 bungkus nasi & botol berserakan depan pintu masuk 🙄 satpamnya kemana? #Tenggarong",
    ),
]

_PROKOM = [
    _E(
        "email",
        "prokom",
        "Nomor: 09/LA-LBH/VIII\nPerihal: Permohonan Audiensi\n\nYth. Bupati Kutai Kartanegara\ndi Tenggarong\n\nDengan hormat,\nKami pengurus Lembaga Adat Desa Long Beleh Haloq, Kecamatan Kembang Janggut, memohon kesempatan untuk beraudiensi dengan Bapak Bupati. Sejak Bapak dilantik, kami para tetua adat belum pernah bertatap muka langsung, padahal banyak hal yang ingin kami sampaikan, terutama soal tanah ulayat yang masuk konsesi perkebunan sawit dan kebakaran lahan yang berulang setiap kemarau di sekitar kampung kami.\n\nPersoalan lahan tersebut sudah kami laporkan ke dinas terkait dan sedang berjalan. Kali ini kami hanya memohon waktu untuk bertemu Bapak secara langsung, memperkenalkan lembaga adat, dan menyerahkan pernyataan sikap para tetua.\n\nRombongan kami berjumlah 12 orang dan akan datang dari hulu dengan perahu, sehingga kami mohon kepastian jadwal paling tidak satu minggu sebelumnya. Kami dapat menyesuaikan pada minggu kedua atau ketiga September.\n\nDemikian permohonan ini, atas perkenan Bapak kami ucapkan terima kasih.\n\nKetua Lembaga Adat\n\nPetrus Lawing\nHP 0853-4711-0926",
    ),
    _E(
        "email",
        "prokom",
        "Nomor: 311/STIKES-TM/WS/IX\nPerihal: Undangan Wisuda dan Permohonan Sambutan\n\nYth. Bupati Kutai Kartanegara\ndi Tenggarong\n\nDengan hormat,\nSTIKES Tepian Mahakam akan menyelenggarakan Wisuda Angkatan IX pada hari Sabtu, 28 September, pukul 08.00 WITA, bertempat di gedung pertemuan di Tenggarong. Sebanyak 214 lulusan perawat, bidan dan analis kesehatan akan diwisuda, sebagian besar berasal dari kecamatan di wilayah hulu.\n\nKami berharap Bapak Bupati berkenan hadir dan menyampaikan sambutan atau orasi singkat sekitar 10 menit mengenai peran tenaga kesehatan di daerah terpencil. Kami juga mohon arahan mengenai tata urutan acara, kebutuhan keprotokolan yang perlu kami siapkan, serta apakah bahan sambutan perlu kami kirimkan terlebih dahulu.\n\nNarahubung panitia: Ns. Fitriani, 0821-5340-7718.\n\nDemikian undangan ini kami sampaikan, atas perhatian dan kehadiran Bapak kami ucapkan terima kasih.\n\nKetua STIKES Tepian Mahakam\n\nDr. Ns. Hariyadi, M.Kep.",
    ),
    _E(
        "email",
        "prokom",
        "Kepada Yth.\nPengelola Kehumasan Pimpinan Pemkab Kutai Kartanegara\n\nDengan hormat,\nSaya pemimpin redaksi sebuah media daring lokal di Tenggarong yang sudah terverifikasi Dewan Pers. Sejak pergantian kepemimpinan daerah, undangan peliputan dan siaran pers kegiatan Bupati hanya dikirim ke grup WhatsApp beberapa media tertentu. Media kami tiga kali tidak tahu ada konferensi pers, termasuk tentang penanganan kabut asap dan rencana APBD Perubahan, sehingga kami tertinggal dibanding media lain.\n\nPerlu saya tegaskan, kami tidak sedang menagih kontrak publikasi atau iklan. Kami hanya mohon (1) media kami dimasukkan ke daftar penerima undangan liputan dan siaran pers, dan (2) ada mekanisme pendaftaran atau akreditasi wartawan yang jelas dan terbuka untuk semua media, supaya tidak ada kesan pilih kasih.\n\nAtas perhatiannya saya ucapkan terima kasih.\n\nSalam,\nFerry Setiawan\nPemimpin Redaksi\n0812-5398-6640",
    ),
    _E(
        "email",
        "prokom",
        "Subject: Re: Undangan Peresmian Perpustakaan SMPN 2 Loa Kulu\n\nYth. Admin,\n\n> Mohon maaf, pada tanggal tersebut jadwal Bupati sudah penuh dengan agenda di luar daerah.\n\nTerima kasih atas kabarnya, kami memahami kesibukan Bapak Bupati. Bila beliau berhalangan, apakah dapat diwakilkan kepada Wakil Bupati atau Sekretaris Daerah? Acara peresmian perpustakaan sekolah sekaligus pencanangan gerakan literasi tahun ajaran baru tetap kami laksanakan pada Kamis, 12 September, pukul 09.00 WITA, dengan tamu dari sekolah-sekolah se-Kecamatan Loa Kulu.\n\nKami juga ingin menanyakan apakah sambutan tertulis Bupati dapat kami terima sebelumnya untuk dibacakan oleh yang mewakili, dan siapa yang bisa kami hubungi untuk mengoordinasikan susunan acara serta penempatan tamu.\n\nHormat kami,\nKepala SMP Negeri 2 Loa Kulu\n\nDrs. Yusran\nNIP 19690310 199412 1 002\nHP 0813-4622-5817",
    ),
    _E(
        "whatsapp",
        "prokom",
        "Assalamualaikum. Kami dari aliansi mahasiswa Kukar (gabungan BEM dan OKP). Terkait kabut asap yang sudah 3 minggu menyelimuti Tenggarong dan sekitarnya, kami ingin beraudiensi langsung dengan Bupati, bukan cuma dengan dinas. Kami bawa kajian titik api dan tuntutan tertulis. Mohon info cara mengajukannya dan kapan bisa dijadwalkan. Kalau tidak ada respons minggu ini, kami akan aksi damai di depan kantor bupati.",
    ),
    _E(
        "whatsapp",
        "prokom",
        "Min kenapa komentar warga di IG resmi Bupati dihapus2? Saya cuma nanya soal jalan rusak di Marangkayu pakai bahasa sopan, besoknya hilang, terus akun saya diblok 😒 Akun pimpinan daerah kan milik publik. Kontennya juga seremoni terus. Tolong admin medsosnya lebih terbuka lah",
    ),
    _E(
        "whatsapp",
        "prokom",
        "Assalamualaikum wr wb. Saya ketua takmir masjid di Desa Bunga Putih, Marangkayu. Karena kemarau panjang dan kabut asap, para ulama dan warga sepakat menggelar Shalat Istisqa dan doa bersama hari Jumat 13 September pagi di lapangan desa. Kami sangat berharap Bapak Bupati berkenan hadir dan menyampaikan sepatah kata kepada jamaah. Surat undangan resmi sudah kami siapkan, mohon petunjuk dikirim ke mana dan siapa yang bisa kami hubungi. Terima kasih.",
    ),
    _E(
        "web",
        "prokom",
        "Saya anak dari seorang veteran pejuang yang tinggal di Kota Bangun. Pada upacara peringatan HUT RI 17 Agustus di Tenggarong tahun ini, ayah saya yang berusia 91 tahun bersama beberapa veteran lain tidak mendapat undangan, padahal tahun-tahun sebelumnya selalu diundang dan diberi tempat duduk di tenda kehormatan. Ada veteran yang datang sendiri malah tidak diberi tempat dan berdiri di bawah panas. Kami sedih sekali. Mohon ke depan daftar undangan upacara resmi dan pengaturan tempat duduk bagi para veteran diperhatikan.",
    ),
    _E(
        "web",
        "prokom",
        "Dalam siaran pers resmi Pemkab tentang kunjungan kerja Bupati ke Desa Sepatin, Anggana, tanggal 20 Agustus, tertulis bahwa saya selaku ketua kelompok nelayan 'menyatakan sudah menerima bantuan mesin kapal dan tidak ada kendala'. Padahal dalam pertemuan itu saya justru menyampaikan bahwa bantuannya belum sampai. Berita itu lalu dikutip beberapa media dan saya ditegur anggota kelompok. Saya minta siaran pers itu diralat dan koreksinya diunggah. Soal bantuan mesinnya akan saya tanyakan sendiri ke dinas.",
    ),
    _E(
        "web",
        "prokom",
        "Kami panitia Syukuran Panen dan Pesta Kampung Desa Kahala, Kecamatan Kenohan, yang akan digelar 5 Oktober. Kami ingin mengundang Bapak Bupati untuk membuka acara dan ikut menabur benih ikan di danau. Desa kami memang baru selesai pilkades dan masih ada keberatan dari salah satu calon, tapi itu tidak ada hubungannya dengan acara ini dan sedang diurus di kecamatan. Pertanyaan kami: undangan untuk Bupati cukup lewat camat atau langsung ke kantor bupati, dan paling lambat berapa minggu sebelumnya?",
    ),
    _E(
        "sms",
        "prokom",
        "mau tanya cara ajukan audiensi dgn pak bupati baru utk kelompok nelayan kami di muara pantuan anggana. hrs lwt siapa",
    ),
    _E(
        "sms",
        "prokom",
        "video sambutan bupati di akun resmi salah sebut nama desa kami, muara muntai ilir ditulis muara muntai ulu. tlg dikoreksi",
    ),
    _E(
        "telegram",
        "prokom",
        "Selamat pagi, saya kontributor sebuah majalah di Samarinda. Apakah bisa meminta foto resolusi tinggi dokumentasi resmi upacara 17 Agustus dan pawai budaya di Tenggarong untuk edisi September? Kami akan mencantumkan kredit foto Pemkab. Foto di akun medsos resmi sudah terkompres sehingga tidak layak cetak.",
    ),
    _E(
        "telegram",
        "prokom",
        "Pak, kami pembina drumband SD Negeri 004 Tenggarong Seberang. Kata dinas kami ditunjuk tampil di upacara penurunan bendera 17 Agustus di halaman kantor bupati. Tapi sampai tgl 12 ini belum ada undangan gladi atau technical meeting. Kapan jadwal gladi resiknya dan kami harus lapor ke siapa?",
    ),
    _E(
        "twitter",
        "prokom",
        "Min akun resmi Bupati, link live streaming upacara 17an kemarin mati di tengah jalan, padahal perantau Kukar pengen nonton 😢 next time tolong disiapin bener ya",
    ),
]

_PERENCANAAN_KEUANGAN = [
    _E(
        "email",
        "perencanaan_keuangan",
        "Perihal: Tagihan Konsumsi Rapat Bulan Juni-Juli Belum Dibayar\n\nYth. Sekretariat Daerah Kabupaten Kutai Kartanegara\ndi Tenggarong\n\nDengan hormat,\nKami CV Dapur Mahakam, penyedia makan-minum rapat di lingkungan Sekretariat Daerah berdasarkan surat pesanan tahun ini. Pesanan konsumsi untuk 14 kegiatan rapat di Kantor Bupati sepanjang Juni dan Juli telah kami layani seluruhnya, dengan total tagihan Rp 86.450.000. Berkas tagihan, nota, daftar hadir dan foto kegiatan telah kami serahkan pada 6 Agustus dan diterima oleh staf keuangan.\n\nProses pemilihan penyedia berjalan baik dan tidak kami persoalkan. Namun sudah lebih dari satu bulan tagihan belum dibayar, sementara kami harus membayar pemasok bahan dan upah karyawan harian. Informasi yang kami terima hanya 'menunggu APBD Perubahan'.\n\nMohon kepastian jadwal pembayaran, serta pemberitahuan apabila masih ada dokumen yang perlu kami lengkapi.\n\nDemikian, atas perhatiannya kami ucapkan terima kasih.\n\nHormat kami,\nHj. Rusmiati\nDirektur CV Dapur Mahakam\n0813-4600-8812",
    ),
    _E(
        "email",
        "perencanaan_keuangan",
        "Perihal: Pertanyaan pembayaran TPP Juli dan Agustus\n\nYth. Bapak/Ibu pengelola keuangan Sekretariat Daerah,\n\nKami beberapa ASN di lingkungan Sekretariat Daerah ingin menanyakan pembayaran Tambahan Penghasilan Pegawai bulan Juli dan Agustus yang belum kami terima. Rekan-rekan di beberapa dinas sudah menerima TPP Juli pada minggu kedua Agustus. Ada yang menyebut anggaran TPP Setda tidak mencukupi dan menunggu pergeseran di APBD Perubahan, ada pula yang menyebut karena rekap kehadiran elektronik belum diverifikasi.\n\nKami tidak mempersoalkan besaran TPP maupun penilaian kinerja. Kami hanya mohon penjelasan resmi tentang penyebab keterlambatan dan perkiraan kapan dibayarkan, karena banyak dari kami yang memiliki cicilan serta biaya anak masuk sekolah di tahun ajaran baru ini.\n\nDemikian, atas perhatian dan penjelasannya kami ucapkan terima kasih.\n\nHormat kami,\na.n. pegawai Sekretariat Daerah\n\nYudi Kurniawan, S.E.\nNIP 19880521 201101 1 003",
    ),
    _E(
        "email",
        "perencanaan_keuangan",
        "Mohon bantuan tindak lanjut, email di bawah sudah kami kirim dua kali ke alamat lama tanpa balasan.\n\n---------- Forwarded message ---------\nFrom: Finance Mahakam Tour & Travel <finance@mahakamtour.co.id>\nDate: Sen, 26 Agu 10:47\nSubject: Tagihan tiket perjalanan dinas Maret-Mei\nTo: keuangan setda\n\nDengan hormat,\nBersama ini kami sampaikan kembali tagihan pembelian tiket pesawat dan hotel untuk perjalanan dinas pegawai Sekretariat Daerah ke Jakarta, Makassar dan Yogyakarta pada bulan Maret sampai Mei, sebanyak 23 invoice dengan total Rp 148.720.000. Sesuai kesepakatan, pembayaran dilakukan setelah SPJ perjalanan dinas selesai. Menurut informasi yang kami terima, beberapa pegawai belum mengumpulkan boarding pass sehingga SPJ belum lengkap.\n\nKami mohon kepastian invoice mana yang sudah dapat dibayarkan lebih dahulu, dan untuk sisanya mohon dibantu agar kelengkapan dari para pegawai dapat segera dipenuhi.\n\nTerima kasih.\n\nLina Marlina\nFinance Officer\n0541-741-223",
    ),
    _E(
        "email",
        "perencanaan_keuangan",
        "Subject: Re: Honorarium Narasumber Bimtek Penulisan Naskah Sambutan\n\nYth. Ibu/Bapak,\n\n> Mohon maaf, honor Bapak belum dapat dibayarkan karena berkas SPJ perlu ditandatangani ulang dengan format baru.\n\nSaya sudah menandatangani ulang daftar penerimaan honor dan kuitansi format baru pada 19 Agustus, dan mengirimkannya kembali melalui kurir dengan resi yang masih saya simpan. Sampai hari ini, hampir tiga bulan setelah saya menjadi narasumber bimbingan teknis penulisan naskah sambutan pimpinan untuk staf Sekretariat Daerah pada 4 Juni, honorarium sebesar Rp 3.600.000 untuk dua sesi belum saya terima. Sebagai pembanding, di instansi lain honor narasumber biasanya diterima dalam dua minggu.\n\nMohon konfirmasi apakah berkas yang saya kirim sudah lengkap dan kapan honor ditransfer. Nomor rekening saya tidak berubah dari yang tercantum di berkas.\n\nSalam hormat,\nDr. Hendra Gunawan, M.Pd.\nDosen Bahasa Indonesia, Universitas Mulawarman\nHP 0812-5500-7741",
    ),
    _E(
        "whatsapp",
        "perencanaan_keuangan",
        "Assalamualaikum bu/pak, sy tenaga kontrak di Setda. SPPD perjalanan dinas sy ke Samarinda tgl 14-16 Mei mendampingi rapat di provinsi sampai skrg blm dibayar, totalnya kira2 Rp 2,1 jt. SPJ lengkap dgn kuitansi hotel sdh sy setor akhir Mei. Uangnya dulu sy talangin pakai uang pribadi. Mohon dicek 🙏",
    ),
    _E(
        "whatsapp",
        "perencanaan_keuangan",
        "Selamat sore pak. Saya pemilik percetakan di Tenggarong. Untuk acara HUT RI kemarin kami cetak 40 spanduk, 600 kartu undangan upacara dan resepsi, plus backdrop panggung, pesanan dari Sekretariat Daerah, nilainya Rp 27.800.000. Acaranya sukses, undangan sampai semua, tidak ada komplain. Tapi sampai sekarang pembayarannya belum ada, tiap tanya disuruh tunggu. Bulan depan saya harus bayar tinta dan kertas ke distributor. Mohon kejelasannya kapan dibayar.",
    ),
    _E(
        "whatsapp",
        "perencanaan_keuangan",
        "Pak izin, saya PPTK salah satu kegiatan di lingkungan Setda. Di rancangan APBD Perubahan pagu kegiatan kami dipotong 40%, padahal 60% sudah terkontrak dan ada kegiatan lanjutan yg sudah jalan. Kami tidak dilibatkan waktu pembahasan pergeseran. Mohon penjelasan dasar pemotongannya dan apakah masih bisa diusulkan revisi sebelum DPA Perubahan Setda difinalkan?",
    ),
    _E(
        "web",
        "perencanaan_keuangan",
        "Suami saya almarhum bekerja sebagai staf di Sekretariat Daerah Kukar dan meninggal dunia pada 2 Juli. Gaji dan TPP bulan Juni dan Juli yang menjadi haknya belum dibayarkan, padahal saya sudah menyerahkan akta kematian dan surat keterangan ahli waris pada akhir Juli. Untuk pensiun janda sudah saya urus ke Taspen dan sedang berjalan, jadi itu tidak perlu dibantu. Yang saya tanyakan adalah sisa gaji dan tunjangan suami di Setda. Anak kami baru masuk SMA bulan ini dan saya sangat membutuhkan.",
    ),
    _E(
        "web",
        "perencanaan_keuangan",
        "Saya salah satu pengemudi di Sekretariat Daerah. Uang lembur kami bulan Juni, Juli dan Agustus belum dibayar, padahal kami banyak bekerja malam dan hari libur mengantar tamu dan rombongan pimpinan, termasuk selama persiapan 17 Agustus. Mobilnya sendiri tidak ada masalah. Daftar lembur sudah ditandatangani atasan setiap bulan dan diserahkan. Mohon info kapan lembur kami dibayarkan.",
    ),
    _E(
        "web",
        "perencanaan_keuangan",
        "Saya staf Kecamatan Muara Jawa yang tahun ini ditunjuk lewat SK Bupati menjadi anggota tim koordinasi pengendalian kebakaran hutan dan lahan, yang kesekretariatannya ada di Setda. Honor tim triwulan II belum kami terima, sedangkan anggota dari unsur Setda katanya sudah dibayar. Kami anggota dari kecamatan sering turun ke lapangan saat titik api banyak. Penanganan apinya bukan yang saya tanyakan di sini, tapi kapan honor tim untuk anggota dari kecamatan dibayarkan dan apakah ada berkas yang masih kurang.",
    ),
    _E(
        "sms",
        "perencanaan_keuangan",
        "pak sppd sy bln juni blm cair2 pdhl spj udh lengkap dr lama. sdh 3 bln",
    ),
    _E(
        "sms", "perencanaan_keuangan", "tpp kami pegawai setda kok blm masuk, opd lain udh. gmn ini"
    ),
    _E(
        "telegram",
        "perencanaan_keuangan",
        "Selamat siang. Kami usaha rental mobil di Tenggarong. Waktu pelantikan Bupati baru dan rangkaian acaranya kami menyewakan 12 unit mobil ke Sekretariat Daerah selama 5 hari. Tagihan Rp 54 juta sampai sekarang belum dibayar, padahal SPK dan berita acara serah terima ada semua. Kapan kira-kira dibayar?",
    ),
    _E(
        "telegram",
        "perencanaan_keuangan",
        "Min, saya pegawai Setda. SPJ perjalanan dinas saya ke Kembang Janggut sudah 3 kali dikembalikan verifikator karena hal kecil (stempel desa kurang jelas, format tanggal di kuitansi beda). Tiap dikembalikan tidak sekaligus disebut semua kekurangannya, jadi bolak-balik. Akibatnya uang harian saya tertahan. Boleh minta daftar periksa kelengkapan SPJ yang baku?",
    ),
    _E(
        "twitter",
        "perencanaan_keuangan",
        "Vendor kecil kayak kami nalangin konsumsi rapat Setda, udah 4 bulan belum dibayar. Usaha mikro bisa gulung tikar lho min 🙏 #Kukar",
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
