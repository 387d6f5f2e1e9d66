# ruff: noqa: E501
"""Blind set written 2026-12-07 (thirty-third of the day) for issue 16: complaints whose everyday words could belong to several offices, where only the writer's actual request decides (a road in a complaint about a mine or a tender, a mosque in one about a market or an official car, a company in one about a scholarship or a vendor's invoice, a contract in one about salaries or a ceremony, the regent named in one about a permit or slow service, a village head in one about a flood or a building project); every channel, register and district. 15 cases per section; per section 3 email, 4 whatsapp, 2 web, 2 sms, 2 telegram, 2 twitter (48 whatsapp, 36 email, 24 each of web, sms, telegram and twitter). Written by two helper sessions, six sections each, with the same instructions, and joined into this file unread.

Written without reading config.yaml, routing/ or tests/routing/; each case is labelled only from
the mandates in docs/sections.md.

Scored ONCE, blind, with the rules of main 592a165 (this file committed unread in that commit;
after the tuning on 2026-12-07y to af), on 2026-12-08 at 01:10 UTC: 168/180 correct = 93.3%
(Wilson 95% interval 88.7%-96.1%), no fallback. Per channel: email 31/36 = 86.1%, sms 23/24,
telegram 21/24, twitter 23/24, web 24/24, whatsapp 46/48. The rules of 5fbef44 (the session's
start) place 163/180 = 90.6% (email 31/36).
The errors (index in CASES, label -> got): #17 kesra -> kerjasama, #21 kesra -> pbj, #32 hukum ->
prokom, #35 hukum -> sda, #60 perekonomian -> sda, #87 sda -> kesra, #117 pbj -> sda, #122
organisasi -> adpem, #130 organisasi -> adpem, #148 umum -> organisasi, #152 prokom ->
kerjasama, #176 perencanaan_keuangan -> umum.
"""

from __future__ import annotations

from tests.routing.case import Case

_PEMERINTAHAN = [
    Case(
        "email",
        "pemerintahan",
        "Kepada Yth. Sekretaris Daerah Kabupaten Kutai Kartanegara\ndi Tenggarong\n\nDengan hormat,\nKami Badan Permusyawaratan Desa (BPD) Sungai Meriam, Kecamatan Anggana, menyampaikan keberatan atas sikap Kepala Desa kami. Sejak banjir rob dan luapan Sungai Mahakam pada 14-20 Januari 2025 yang merendam RT 03, 05 dan 07, Kepala Desa tidak pernah hadir di kantor desa maupun di posko, dan hingga kini sudah hampir tiga bulan tidak masuk kantor. Musyawarah desa untuk RKPDes 2025 juga tidak pernah digelar walaupun sudah kami surati dua kali (surat BPD No. 07/BPD-SM/II/2025 dan No. 09/BPD-SM/III/2025).\n\nPenanganan banjir sudah dibantu relawan dan kecamatan. Yang kami mohonkan adalah agar Pemkab melalui Camat Anggana memanggil dan mengevaluasi Kepala Desa, serta memberikan pembinaan sesuai ketentuan tentang kewajiban kepala desa.\n\nHormat kami,\nH. Baharuddin\nKetua BPD Sungai Meriam",
    ),
    Case(
        "email",
        "pemerintahan",
        "Yth. Bapak/Ibu di Sekretariat Daerah Kukar,\n\nSaya Rusdi Hamzah, Sekretaris Desa Jembayan Tengah, Kecamatan Loa Kulu. Kami memohon fasilitasi penegasan batas antara Desa Jembayan Tengah dan Desa Loa Duri Ulu (Kecamatan Loa Janan). Masalah ini mencuat sejak PT Bara Kencana Mulia membuka pit baru di sekitar KM 12 dan hendak membayar tali asih lahan kepada warga. Kedua desa sama-sama menerbitkan surat keterangan tanah untuk bidang yang sama, sekitar 38 hektare, karena patok batas peninggalan tahun 2009 sudah hilang.\n\nKami tidak sedang mempersoalkan tambangnya. Kami hanya minta tim penegasan batas desa dari kabupaten turun, memanggil kedua kepala desa dan kedua camat, lalu menetapkan garis batas yang sah supaya jelas warga desa mana yang berhak.\n\nTerima kasih.\nRusdi Hamzah\n0812 5530 4471",
    ),
    Case(
        "email",
        "pemerintahan",
        "Perihal: Keberatan atas penetapan calon Kepala Desa Separi\n\nYth. Sekretaris Daerah Kabupaten Kutai Kartanegara,\n\nSaya, Agus Salim, bakal calon kepala desa Separi, Kecamatan Tenggarong Seberang, pada pemilihan kepala desa serentak gelombang 2025. Pada 3 Maret 2025 panitia desa menyatakan saya tidak memenuhi syarat karena fotokopi ijazah Paket C saya dianggap tidak dilegalisir, padahal legalisir dari Dinas Pendidikan sudah saya lampirkan (terlampir tanda terima berkas tanggal 24 Februari 2025). Dua bakal calon lain dengan berkas serupa justru diloloskan.\n\nSaya sudah mengajukan keberatan ke panitia desa dan panitia kabupaten tetapi belum ada jawaban, sementara pengundian nomor urut tinggal seminggu lagi. Saya mohon panitia tingkat kabupaten meninjau ulang penetapan ini sebelum pengundian. Bila tidak ada tanggapan saya terpaksa menempuh jalur pengadilan, tetapi saya lebih berharap persoalan ini selesai di tingkat panitia.\n\nHormat saya,\nAgus Salim",
    ),
    Case(
        "whatsapp",
        "pemerintahan",
        "Assalamualaikum min, sy warga RT 27 Kel. Loa Ipuh Darat Tenggarong. Mau tanya, RT kami kan dipecah jd RT 27 sama RT 41 bulan lalu, tp ketua RT 41 tiba2 ditunjuk lurah tanpa pemilihan, warga ga pernah diundang rapat. Yg ditunjuk itu bahkan bukan warga sini, KTP nya masih Sukarame. Kami 96 KK minta pemilihan ulang yg sesuai aturan. Ke kelurahan udah 2x cuma dibilang 'sudah SK'. Tolong diteruskan ke yg berwenang ya min 🙏",
    ),
    Case(
        "whatsapp",
        "pemerintahan",
        "Pak, kami warga Desa Tanjung Limau Muara Badak mau lapor. Kepala desa kami sekarang merangkap jadi pemborong semenisasi jalan lingkungan RT 09 yg pakai dana desa 2024, pakai nama CV adiknya. Jalannya sih sudah jadi, soal mutu biar nanti dicek. Yg kami keberatan ini kades pakai jabatan utk usaha sendiri, terus perangkat desa yg protes malah diancam diganti. Mohon kades kami dipanggil dan dibina camat/Pemkab. Kami siap kasih nama2 saksi.",
    ),
    Case(
        "whatsapp",
        "pemerintahan",
        "Assalamualaikum pian, ulun warga Desa Teluk Bingkai Kec. Kenohan. Handak melapor masalah tapal batas lawan Desa Kahala. Masjid Nurul Huda wan kuburan di pinggir danau tu jar urang Kahala masuk wilayah sidin, padahal bahari masuk Teluk Bingkai. Wayah ini dua kades saling klaim, sampai warga nang diam di situ kada jelas ikut desa mana. Masjidnya kada papa, bantuan masjid kada kami minta. Ulun cuma handak batas desa ditetapkan resmi, tolong turunkan tim dari kabupaten. Terima kasih.",
    ),
    Case(
        "whatsapp",
        "pemerintahan",
        "Pak, aku warga Loa Tebu Tenggarong. Kades kami meninggal bulan Desember tadi, sampai sekarang April ndik ada Pj Kades nang ditunjuk. Surat2 warga ditandatangani sekdes aja, ngape kabupaten ndik cepat nunjuk? Mun bisa minta tolong dipercepat SK Pj-nya, kasian warga bingung. Makasih pak.",
    ),
    Case(
        "web",
        "pemerintahan",
        "Nama: Sugiyanto\nAlamat: Dusun Karya Bakti, Desa Bukit Raya, Kec. Tenggarong Seberang\n\nIsi pengaduan:\nDusun Karya Bakti sudah mengusulkan pemekaran menjadi desa persiapan sejak 2021. Penduduk kami 2.140 jiwa / 612 KK, jarak ke kantor desa induk 17 km dan sebagian jalannya jalan hauling tambang. Berkas usulan (hasil musdes, peta wilayah, persetujuan BPD dan rekomendasi camat) sudah diserahkan ke kabupaten bulan Agustus 2023, tetapi sampai sekarang tidak ada kabar apakah sudah dikaji atau belum. Kami mohon penjelasan posisi usulan kami dan apa kekurangannya, supaya bisa segera kami lengkapi.",
    ),
    Case(
        "web",
        "pemerintahan",
        "Pengaduan warga Desa Santan Ulu, Kecamatan Marang Kayu.\n\nSejak Januari 2025 ada sengketa lahan sekitar 120 ha di perbatasan Santan Ulu dan Bunga Putih. Lahan itu sudah ditanami sawit oleh warga Santan Ulu sejak 2012, tetapi Kepala Desa Bunga Putih menerbitkan segel baru atas nama warganya dan menyebut lahan tersebut masuk peta desa mereka. Dua pemerintah desa sudah dua kali rapat di kantor camat tanpa hasil, dan hampir terjadi bentrok saat panen tanggal 11 Maret.\n\nKami tidak mempersoalkan kebun atau perusahaannya. Kami mohon kabupaten memfasilitasi penyelesaian sengketa lahan antardesa ini dan memastikan peta batas desa mana yang berlaku.",
    ),
    Case(
        "sms",
        "pemerintahan",
        "Yth Setda Kukar, kami 4 perangkat desa Sebemban Kec Muara Wis diberhentikan kades scr sepihak tgl 2 Mei tanpa rekomendasi camat. Siltap kami 3 bln jg ditahan. Mohon pemberhentian ini ditinjau & kami dipulihkan. Ttd Jumadi, Kasi Pelayanan",
    ),
    Case(
        "sms",
        "pemerintahan",
        "Slmt siang. Kami warga Gg Mawar RT 12 Kel Baru Tenggarong, jumlah sdh 183 KK dlm 1 RT. Usulan pemekaran RT sdh masuk kelurahan sejak Okt 2024 blm diproses. Mohon dibantu. -Hendra",
    ),
    Case(
        "telegram",
        "pemerintahan",
        "Selamat malam. Saya pengawas dari unsur warga Desa Sumber Sari Kec. Loa Kulu. Di daftar pemilih sementara pilkades yang ditempel di balai desa ada ±240 nama pekerja mess PT Mahakam Bara Sejahtera yang KTP-nya dari luar daerah, padahal syaratnya harus penduduk desa minimal 6 bulan. Ada juga 31 nama warga yang sudah meninggal. Kalau dibiarkan hasil pilkades 14 Juni bisa dipersoalkan. Mohon panitia kabupaten menegur panitia desa dan memerintahkan pencermatan ulang data pemilih.",
    ),
    Case(
        "telegram",
        "pemerintahan",
        "Permisi admin. Kami warga Desa Kedang Ipil. Sejak pemekaran kecamatan, desa kami di peta masuk Kota Bangun Darat, tapi sebagian warga Dusun III masih tercatat Kec. Kota Bangun dan ngurus surat2 ke sana. Dua camat saling lempar. Kapan ada kepastian desa kami sepenuhnya ikut kecamatan mana? Kami minta ada surat resmi dari kabupaten soal cakupan wilayah kecamatan.",
    ),
    Case(
        "twitter",
        "pemerintahan",
        "Kades Embalut udah dua bulan ga ngantor, rapat sama warga soal banjir kemarin yg dateng cuma sekdes. Kami ga minta bantuan apa2, cuma minta kadesnya ditegur & dibina camat/pemkab. @pemkabkukar #Kukar",
    ),
    Case(
        "twitter",
        "pemerintahan",
        "Pak Bupati waktu kampanye janji wilayah hulu Muara Wis (Melintang, Enggelam, Sebemban) dimekarkan jd kecamatan sendiri. Udah setahun, usulannya nyangkut di mana ya? Mohon kejelasan @pemkabkukar",
    ),
]

_KESRA = [
    Case(
        "email",
        "kesra",
        "Yth. Sekretariat Daerah Kabupaten Kutai Kartanegara,\n\nSaya Nur Aisyah, mahasiswi semester 5 Prodi Keperawatan Poltekkes Kaltim, asal Desa Margomulyo, Kecamatan Samboja Barat. Saya penerima Beasiswa Kukar Idaman kategori tidak mampu tahun 2024 (nomor pendaftaran KI-2024-08817). Dana semester genap yang dijanjikan cair Februari 2025 sampai sekarang belum masuk ke rekening saya, sementara beberapa teman satu angkatan sudah menerima.\n\nSebelumnya saya sempat mendaftar beasiswa dari sebuah perusahaan migas di Samboja tetapi tidak lolos, sehingga kuliah saya sepenuhnya bergantung pada beasiswa dari Pemkab. UKT sebesar Rp 4.750.000 harus dibayar paling lambat 30 April. Mohon dicek status pencairan saya dan apakah ada berkas yang kurang.\n\nTerima kasih,\nNur Aisyah\nHP 0853 4612 7790",
    ),
    Case(
        "email",
        "kesra",
        "Kepada Yth. Sekda Kukar\nPerihal: Tindak lanjut proposal bantuan renovasi Masjid Al-Muhajirin\n\nAssalamu'alaikum wr. wb.\nKami pengurus Masjid Al-Muhajirin, RT 11 Desa Loa Duri Ilir, Kecamatan Loa Janan. Proposal bantuan renovasi atap dan tempat wudhu senilai Rp 185.000.000 telah kami ajukan pada 12 Juni 2024 dan tim verifikasi sudah meninjau lokasi pada 9 September 2024. Sejak itu tidak ada kabar apakah masjid kami masuk daftar penerima tahun anggaran 2025.\n\nAtap masjid bocor di 14 titik, apalagi setiap truk pengangkut batu bara lewat jalan poros, getarannya membuat genteng bergeser. Kami mohon informasi status proposal dan jadwal pencairannya.\n\nWassalamu'alaikum wr. wb.\nKetua Takmir, H. Muhammad Yusran",
    ),
    Case(
        "email",
        "kesra",
        "Yth. Bapak Sekretaris Daerah,\n\nKami Karang Taruna 'Bina Bersama' Kelurahan Sanga-Sanga Dalam. Pada November 2024 kami sudah menandatangani Naskah Perjanjian Hibah Daerah untuk hibah peralatan olahraga dan sablon sebesar Rp 75.000.000. Dalam naskah tersebut tertulis dana ditransfer paling lambat Maret 2025, namun sampai 15 Mei belum ada transfer dan setiap kami tanyakan dijawab 'masih proses'.\n\nKami sudah terlanjur memesan mesin sablon dengan uang muka pribadi pengurus. Mohon kepastian kapan hibah ini dicairkan dan apakah ada dokumen yang perlu kami perbaiki.\n\nHormat kami,\nRendy Pratama, Ketua",
    ),
    Case(
        "whatsapp",
        "kesra",
        "Assalamualaikum bapak/ibu, mohon maaf mengganggu. Saya guru TPA di Desa Rantau Hempang Kec. Muara Kaman. Insentif guru ngaji dari kabupaten utk kami ber-23 di kecamatan ini belum cair dari Juli sampai Desember 2024. Kami ini bukan pegawai, 'gaji' kami ya cuma itu Rp 500 ribu sebulan. Kontrak/SK dari kecamatan sudah diperpanjang Januari kemarin, tp yg 2024 nya belum dibayar. Mohon dibantu dicek ya 🙏",
    ),
    Case(
        "whatsapp",
        "kesra",
        "Selamat pagi. Saya orang tua dari Fadlan, peserta MTQ tingkat kabupaten di Kota Bangun bulan lalu, juara 2 cabang tilawah anak utusan Kecamatan Muara Jawa. Waktu malam penutupan diumumkan uang pembinaan Rp 3 juta akan ditransfer, tapi sudah 5 minggu belum masuk. Kafilah kecamatan lain katanya sudah terima. Panitia kecamatan bilang tunggu dari kabupaten. Mohon bantuannya dicek ke panitia/LPTQ ya pak.",
    ),
    Case(
        "whatsapp",
        "kesra",
        "Assalamualaikum. Ulun calon jamaah haji tahun ini dari Kec. Tenggarong, kloter Balikpapan. Handak batakun, tahun tadi bubuhan jamaah Kukar diantar bus pemkab ka asrama haji Balikpapan, tahun ini jar kada ada lagi, kami disuruh baangkat surang. Jamaah kami banyak nang sudah tuha, ada nang pakai kursi roda. Tolong pian pastikan ada fasilitas antar jamaah wan manasik tingkat kabupaten, jadwalnya kapan. Terima kasih banyak.",
    ),
    Case(
        "whatsapp",
        "kesra",
        "min mau nanya, aku daftar beasiswa kukar idaman jalur prestasi (IPK 3,71) tp ditolak, alasannya ortu kerja di perusahaan tambang jd dianggap mampu. Padahal bapak cuma sopir harian lepas di kontraktor, gajinya 3,2 jt, adik ada 4. Surat keterangan penghasilan dari perusahaan udah aku upload. Bisa ajukan sanggah ga min? Batasnya kapan? 🙏 (Dinda, Kel. Jahab, Tenggarong)",
    ),
    Case(
        "web",
        "kesra",
        "Nama pelapor: Siti Rahmah\nKelompok: Paguyuban Lansia Sehat Bahagia, Kel. Kampung Lama, Samboja\n\nPaguyuban kami beranggotakan 64 lansia dan rutin mengadakan senam serta cek tensi bersama puskesmas. Tahun 2024 kami mengajukan bantuan sosial kelompok untuk kursi roda, alat cek gula darah dan paket nutrisi, dan sudah disurvei petugas bulan Oktober. Di daftar penerima bansos kelompok 2025 yang ditempel di kantor kelurahan, nama paguyuban kami tidak ada, sedangkan kelompok yang baru dibentuk bulan Desember justru masuk. Kami mohon penjelasan kriteria penetapan penerima dan kemungkinan kami diusulkan kembali.",
    ),
    Case(
        "web",
        "kesra",
        "Kami jemaat Gereja Kemah Injil di Desa Long Lalang, Kecamatan Tabang. Bangunan gereja kami dari kayu dan lantainya sudah lapuk. Proposal bantuan rehab rumah ibadah sudah kami kirim lewat kecamatan pada Maret 2024 dan menurut kecamatan masuk daftar verifikasi. Tim verifikasi tidak pernah datang karena katanya jalan dari Tabang ke Long Lalang rusak dan harus lewat sungai. Kami siap menjemput tim dengan longboat dari dermaga Tabang. Mohon proposal kami tidak dicoret hanya karena belum disurvei, dan mohon dijadwalkan verifikasinya.\n\nPdt. Yohanes Lusat",
    ),
    Case(
        "sms",
        "kesra",
        "Yth Setda. Sy Rahmadi mhs Unikarta asal Sebulu Ilir. Nama sy lolos verifikasi beasiswa kukar idaman tp tdk ada di pengumuman penerima 2025. No daftar KI25-03114. Mohon dicek. Trims",
    ),
    Case(
        "sms",
        "kesra",
        "Assalamualaikum. Kami 7 marbot masjid di Desa Jantur Muara Muntai blm trima insentif marbot thn 2024. Kata kecamatan data kami hilang. Mohon dibantu. H. Ramli",
    ),
    Case(
        "telegram",
        "kesra",
        "Selamat siang. Kami pengurus Pondok Pesantren Darul Falah di Desa Tani Harapan, Loa Janan. Tahun lalu ponpes kami dijanjikan hibah Rp 150 juta untuk asrama santri putri, dan menurut info kecamatan sudah masuk daftar hibah APBD 2025. Tapi sampai sekarang kami belum diundang tanda tangan naskah hibah dan belum ada petunjuk apa-apa. Santri putri kami 86 orang masih tidur di musala. Mohon info jadwal dan syaratnya.",
    ),
    Case(
        "telegram",
        "kesra",
        "Assalamu'alaikum, izin bertanya. Anak saya hafal 20 juz, ikut seleksi beasiswa tahfidz Quran dari Pemkab Kukar bulan Februari di Masjid Agung Sultan Sulaiman, dan dinyatakan lulus. Tapi beasiswanya belum cair dan nomor panitia tidak aktif. Kami dari Desa Sepatin, Anggana, ongkos ke Tenggarong untuk tanya langsung cukup mahal. Mohon info kapan cair. Terima kasih.",
    ),
    Case(
        "twitter",
        "kesra",
        "Beasiswa Kukar Idaman semester ini kapan cair sih? UKT jatuh tempo minggu depan, mau kerja part-time di perusahaan aja ga keburu 😭 Mohon info min @pemkabkukar #BeasiswaKukar",
    ),
    Case(
        "twitter",
        "kesra",
        "Proposal bantuan masjid kami di Muara Badak Ulu udah masuk 2 tahun, survei udah, foto udah, tapi ga ada kabar. Mesjid makin miring pak 😔 mohon ditindaklanjuti @pemkabkukar",
    ),
]

_HUKUM = [
    Case(
        "email",
        "hukum",
        "Kepada Yth. Sekretaris Daerah Kabupaten Kutai Kartanegara\n\nDengan hormat,\nSaya Marlina, warga RT 05 Desa Salo Palai, Kecamatan Muara Badak, ibu rumah tangga dengan tiga anak. Pada 2 April 2025 keluarga saya menerima somasi dari kuasa PT Cahaya Delta Sawit yang mengklaim tanah dan rumah kami seluas 600 m2 masuk areal HGU mereka dan meminta kami mengosongkannya dalam 14 hari. Tanah tersebut dibeli almarhum suami saya tahun 2006 dan sudah bersertifikat sejak 2015.\n\nKami tidak mampu membayar pengacara. Saya mohon informasi apakah Pemkab dapat memberikan pendampingan advokat gratis bagi warga miskin, atau merujuk kami ke lembaga yang menjadi mitra Pemkab, dan apa saja syaratnya (SKTM sudah ada).\n\nHormat saya,\nMarlina",
    ),
    Case(
        "email",
        "hukum",
        "Yth. Sekretariat Daerah Kabupaten Kutai Kartanegara,\n\nKami Paguyuban Pedagang Pasar Tangga Arung Tenggarong telah membaca Rancangan Perda tentang Pengelolaan dan Retribusi Pasar Rakyat yang diunggah untuk uji publik pada 5 Mei 2025. Kami ingin menyampaikan masukan tertulis atas rancangan tersebut, khususnya:\n1. Pasal 18 ayat (2) yang membolehkan pengelola mencabut hak pakai kios tanpa teguran tertulis terlebih dahulu;\n2. Pasal 24 tentang denda keterlambatan retribusi 2% per hari yang menurut kami tidak wajar;\n3. Belum adanya ketentuan peralihan bagi pedagang yang sudah menempati kios sebelum Perda berlaku.\n\nMohon diinformasikan ke mana masukan ini kami serahkan, batas waktunya, dan apakah perwakilan pedagang dapat diundang dalam rapat pembahasan sebelum rancangan diajukan ke DPRD.\n\nHormat kami,\nH. Syahrani, Ketua Paguyuban",
    ),
    Case(
        "email",
        "hukum",
        "Perihal: Permohonan pelaksanaan putusan PTUN Samarinda\n\nYth. Sekda Kutai Kartanegara,\n\nKami, kuasa dari 12 warga Kelurahan Mangkurawang, menyampaikan bahwa putusan PTUN Samarinda Nomor 41/G/2023/PTUN.SMD yang telah berkekuatan tetap sejak 18 Oktober 2024 mewajibkan Bupati Kutai Kartanegara mencabut Keputusan tentang penetapan lokasi gudang logistik di atas lahan klien kami. Hingga kini, lebih dari enam bulan kemudian, keputusan tersebut belum dicabut dan papan nama proyek masih berdiri.\n\nKami memohon Pemkab segera melaksanakan putusan tersebut dan mengundang kami dalam pertemuan penyelesaian. Apabila tidak ada tanggapan dalam 30 hari, kami akan mengajukan permohonan eksekusi kepada Ketua PTUN.\n\nHormat kami,\nAndi Firmansyah, S.H.\nAdvokat",
    ),
    Case(
        "whatsapp",
        "hukum",
        "Selamat siang, maaf mau tanya. Website JDIH Kukar dari minggu lalu error terus, cuma muncul 'database connection failed'. Sy guru SMP di Loa Kulu, perlu salinan Perbup terbaru ttg tambahan penghasilan pegawai utk dilampirkan di laporan sekolah. Bisa dikirim file PDF-nya atau ada link lain? Terima kasih.",
    ),
    Case(
        "whatsapp",
        "hukum",
        "Assalamualaikum pian. Ulun ketua RT 18 Kelurahan Sukarame. Jar urang kelurahan Perda soal RT wan RW sudah diganti lawan nang hanyar, masa jabatan RT jadi 5 tahun kada 3 tahun lagi. Ulun cari di internet kada tatamu naskahnya. Kawa kah pian kirimakan salinan Perda hanyar itu, nomor berapa wan tahun berapa? Supaya kami kada salah langkah waktu pemilihan RT bulan depan. Terima kasih.",
    ),
    Case(
        "whatsapp",
        "hukum",
        "Pak, tolong. Adik sy Arbain nelayan di Desa Sungai Meriam Anggana, ditangkap polisi 3 hari lalu krn ikut demo warga nolak kapal tongkang batu bara yg nabrak rumpon. Dia dilaporkan perusahaan pasal perusakan. Kami keluarga miskin ga ngerti proses pengadilan dan ga punya duit utk pengacara. Apa pemkab ada program pengacara gratis/pendampingan buat warga ga mampu? Gimana caranya daftar?",
    ),
    Case(
        "whatsapp",
        "hukum",
        "Assalamualaikum, saya pengusaha sarang burung walet di Kota Bangun. Mau minta penjelasan soal Perda pajak sarang walet yg baru. Di pasal tarifnya tertulis 10% dari nilai jual, tp di Perbup pelaksananya dasar pengenaan pakai harga patokan Rp 8 juta/kg, padahal harga di pengepul skrg cuma 6,5 jt. Mana yg berlaku? Kalau memang aturannya bertentangan, kami mohon Perbup itu direvisi. Kami sdh kirim surat ke Bapenda tp disuruh tanya ke penyusun aturannya.",
    ),
    Case(
        "web",
        "hukum",
        "Identitas: Abdul Gani, Desa Bangunrejo, Kecamatan Tenggarong Seberang.\n\nPada 2019 Pemkab membuka jalan poros Bangunrejo-Bukit Pariaman yang memotong kebun saya sepanjang ±210 meter dengan lebar 12 meter. Saat itu dijanjikan ganti rugi setelah pengukuran, namun sampai sekarang tidak ada pembayaran. Jalannya sudah bagus dan saya tidak mempersoalkan kualitas proyeknya. Yang saya tuntut adalah penyelesaian hak atas tanah saya (SHM No. 1187). Saya meminta pertemuan mediasi dengan Pemkab sebelum mengajukan gugatan perdata ke Pengadilan Negeri Tenggarong. Mohon ditunjuk pihak yang mewakili Pemkab dalam perkara ini.",
    ),
    Case(
        "web",
        "hukum",
        "Saya Ridwan, pegiat LSM Pokja Pesisir di Muara Jawa. Saya mendengar Pemkab sedang menyusun Raperda tentang Tanggung Jawab Sosial dan Lingkungan Perusahaan pengganti Perda lama. Kami ingin mendapatkan draf terbarunya dan jadwal konsultasi publik. Catatan kami: draf tahun lalu tidak mengatur sanksi bagi perusahaan yang tidak melapor, dan tidak ada ruang bagi warga desa ring 1 untuk ikut menentukan program. Mohon kami diundang dalam pembahasan naskah akademik dan pasal-pasalnya.",
    ),
    Case(
        "sms",
        "hukum",
        "Slmt pagi. Sy ibu rumah tangga di Kel. Timbau, mau gugat cerai krn KDRT tp tdk mampu bayar pengacara. Apa pemkab ada layanan pendampingan gratis? Sy punya SKTM. Mohon info. Wati",
    ),
    Case(
        "sms",
        "hukum",
        "Mohon info Perbup ttg jam operasional tempat hiburan malam di Tenggarong no berapa thn berapa. Cafe dkt rumah sy buka sampai jam 3 pagi, sy mau cek aturannya. Trims. Yudi, Kel Panji",
    ),
    Case(
        "telegram",
        "hukum",
        "Selamat malam. Saya mewakili ahli waris alm. H. Masrani di Desa Perian, Muara Muntai. Ada SK Bupati yang ditandatangani Pak Edi Damansyah tahun 2023 yang memberikan izin lokasi kebun kepada sebuah koperasi di atas tanah warisan kami tanpa persetujuan ahli waris. Kami sudah mengajukan keberatan administratif tertulis tanggal 10 Maret 2025 dan belum dijawab. Apakah keberatan kami sedang diproses? Kalau tidak dijawab kami akan menggugat ke PTUN, tapi kami ingin tahu dulu siapa yang menangani keberatan ini di Pemkab.",
    ),
    Case(
        "telegram",
        "hukum",
        "Halo admin. Saya pemilik warung kopi di Jl. Imam Bonjol, Tenggarong. Kemarin ada razia dan saya ditegur karena pelanggan merokok di dalam, katanya melanggar Perda Kawasan Tanpa Rokok dan bisa didenda Rp 50 juta. Setahu saya warung makan tidak termasuk KTR. Boleh minta naskah Perda KTR beserta Perbup pelaksananya, dan penjelasan pasal mana yang mengatur warung makan? Terima kasih.",
    ),
    Case(
        "twitter",
        "hukum",
        "Min, Perbup Kukar No. 9 Tahun 2025 yg katanya soal tarif parkir tepi jalan kok belum ada di JDIH? Warga kan perlu tau isinya sebelum ditarik tarif baru. Tolong diunggah dong @pemkabkukar",
    ),
    Case(
        "twitter",
        "hukum",
        "Tanah kakek kami di Loa Janan Ulu dipakai Pemkab bikin pustu sejak 2016 tanpa ganti rugi. Mau nempuh gugatan tp pengen mediasi dulu sama pemkab. Ke mana ya kami harus ngajuin? @pemkabkukar",
    ),
]

_KERJASAMA = [
    Case(
        "email",
        "kerjasama",
        "Yth. Sekretaris Daerah Kabupaten Kutai Kartanegara,\n\nKami orang tua siswa dari Desa Sepatin dan Desa Tani Baru, Kecamatan Anggana. Program beasiswa TJSL PT Samudera Gas Nusantara tahun 2024 untuk 40 siswa SMA dari desa ring 1, yang menurut perusahaan disalurkan melalui forum CSR kabupaten, ternyata 27 penerimanya adalah anak karyawan perusahaan dan anak perangkat desa. Anak-anak nelayan yang nilainya lebih baik tidak ada yang lolos.\n\nKami sudah bertanya ke perusahaan dan dijawab bahwa daftar penerima ditetapkan bersama Pemkab. Kami memohon Pemkab membuka daftar penerima dan kriteria seleksi program TJSL tersebut, serta mengevaluasi penyalurannya untuk tahun 2025.\n\nHormat kami,\nPerwakilan orang tua, Syamsuddin",
    ),
    Case(
        "email",
        "kerjasama",
        "Perihal: Ketimpangan penyaluran program TJSL di Kecamatan Muara Badak\n\nDengan hormat,\nKami Forum Pemuda Desa Saliki menyampaikan bahwa selama 2022-2024 desa kami yang paling dekat dengan fasilitas produksi PT Delta Hulu Energi hanya menerima program CSR berupa dua kali pengobatan gratis, sementara desa lain yang lebih jauh memperoleh bantuan perahu, pelatihan las dan bedah rumah bernilai ratusan juta. Laporan realisasi CSR per desa tidak pernah dipublikasikan.\n\nKami memohon Pemkab selaku koordinator forum TJSL meminta laporan penyaluran per desa dari perusahaan, membukanya kepada masyarakat, dan mengundang perwakilan Desa Saliki dalam penyusunan program CSR 2026.\n\nHormat kami,\nMuhammad Ilham, Ketua",
    ),
    Case(
        "email",
        "kerjasama",
        "Yth. Sekretariat Daerah Kabupaten Kutai Kartanegara,\n\nKami warga Perumahan Griya Batuah Permai, Desa Batuah, Kecamatan Loa Janan, sekitar 340 KK. Selama ini kami dilayani jaringan air bersih dari Samarinda berdasarkan perjanjian antara Pemkab Kukar dan Pemkot Samarinda yang ditandatangani tahun 2020. Bulan Maret lalu kami menerima pemberitahuan bahwa pelayanan akan dihentikan per 1 Juli 2025 karena perjanjian tersebut berakhir dan belum diperpanjang.\n\nKami memohon Pemkab segera memperpanjang atau memperbarui perjanjian dengan Pemkot Samarinda, dan memberi informasi kepada warga tentang perkembangan pembahasannya.\n\nHormat kami,\nKetua RT 21, Joko Susilo",
    ),
    Case(
        "whatsapp",
        "kerjasama",
        "Assalamualaikum, kami dr Desa Jembayan Kec. Loa Kulu. Tahun lalu PT Bumi Jembayan Coal janji kasih 1 unit ambulans desa lewat program CSR, sudah diumumkan waktu acara di balai desa Agustus 2024 bahkan sudah foto2 sama camat. Tp sampai skrg ambulansnya ga pernah datang, kalau warga sakit masih diangkut pakai pickup. Kata humas perusahaan 'sudah diserahkan ke pemkab utk disalurkan'. Mohon dicek di mana ambulansnya pak 🙏",
    ),
    Case(
        "whatsapp",
        "kerjasama",
        "Assalamualaikum pian. Ulun nelayan di Desa Tani Baru, Anggana. Bantuan kapal wan mesin dari program TJSL perusahaan migas tahun tadi kada sampai ka bubuhan nelayan. Nang menarima malah urang nang kada pernah turun ka laut, ada nang langsung dijual. Perusahaan bilang daftar penerima diusulkan lewat forum CSR kabupaten. Tolong pian periksa daftar penerima bantuan CSR itu, kami bubuhan nelayan asli handak diusulkan jua.",
    ),
    Case(
        "whatsapp",
        "kerjasama",
        "Permisi pak/bu, saya Reza mahasiswa Fakultas Ekonomi Unikarta. Kampus kami punya MoU dengan Pemkab Kukar soal penempatan mahasiswa magang di OPD, ditandatangani 2022. Semester ini kampus bilang MoU-nya sudah habis dan belum diperpanjang, jadi 46 mahasiswa ga bisa magang di kantor pemkab. Apa ada rencana perpanjangan? Kata kampus draf perpanjangannya sudah dikirim bulan Januari tapi belum ada jawaban.",
    ),
    Case(
        "whatsapp",
        "kerjasama",
        "Pak, mau lapor soal bantuan CSR. Bulan Ramadan kemarin PT Kaltim Sawit Prima (kebunnya di Kembang Janggut) menyerahkan bantuan CSR karpet & sound system utk 5 masjid di Desa Kelekat, diserahkan simbolis di kantor kecamatan. Tp yg sampai ke masjid cuma 2, sisanya katanya masih di gudang kecamatan. Sudah 3 bulan. Mohon ditelusuri penyaluran CSR ini.",
    ),
    Case(
        "web",
        "kerjasama",
        "Kami Asosiasi Pemuda Digital Kaltim (APDK), lembaga nirlaba yang berbasis di Samarinda. Kami ingin mengajukan nota kesepahaman dengan Pemkab Kutai Kartanegara untuk program pelatihan literasi digital bagi pemuda di 20 desa, dengan pendanaan dari mitra swasta tanpa membebani APBD. Surat permohonan kami kirim 7 Februari 2025 namun belum ada balasan. Mohon informasi tahapan pengajuan MoU di Pemkab, dokumen yang harus disiapkan (proposal, draf naskah, profil lembaga), dan kontak petugas yang menangani.",
    ),
    Case(
        "web",
        "kerjasama",
        "Desa Kerta Buana, Kecamatan Tenggarong Seberang. Pada rapat forum CSR Oktober 2024, perusahaan tambang di sekitar desa kami menyatakan telah mengalokasikan dana TJSL Rp 1,2 miliar untuk perbaikan jalan usaha tani dan air bersih Kerta Buana, dan dananya 'disalurkan melalui koordinasi Pemkab'. Sampai Mei 2025 tidak ada satu kegiatan pun di desa, dan pemerintah desa tidak pernah menerima informasi. Kami meminta salinan berita acara atau naskah penyaluran CSR tersebut dan kejelasan kapan program dilaksanakan.",
    ),
    Case(
        "sms",
        "kerjasama",
        "Panel surya PLTS dr program CSR perusahaan utk Desa Muara Enggelam dijanjikan thn lalu, sdh 1 thn blm terpasang, warga msh pake genset. Mohon ditanyakan ke perusahaan & forum CSR. -Pak Ijai, Muara Wis",
    ),
    Case(
        "sms",
        "kerjasama",
        "Yth Setda. Katanya Pemkab sdh tanda tangan MoU dgn Universitas Mulawarman utk dokter spesialis di RSUD AM Parikesit. Sampai skrg poli jantung msh tutup. MoU itu kapan berlaku & apa isinya? Trims. Rudi, Tenggarong",
    ),
    Case(
        "telegram",
        "kerjasama",
        "Selamat siang. Kami dari pemerintah Desa Tuana Tuha, Kenohan. Tahun lalu Pemkab menandatangani perjanjian dengan salah satu universitas di Samarinda untuk program desa binaan, dan desa kami termasuk 10 desa sasaran (pendampingan budidaya ikan dan BUMDes). Tahun ini dosen dan mahasiswanya tidak datang lagi, kata pihak kampus perjanjian turunannya dengan Pemkab belum diteken. Mohon kejelasan apakah program ini berlanjut.",
    ),
    Case(
        "telegram",
        "kerjasama",
        "Admin, aku warga Desa Tanjung Batu, Tenggarong Seberang. Di berita Pak Bupati teken MoU lawan PT Agro Mahakam Investama soal pabrik pengolahan jagung di wilayah kami. Sampai wayah ini warga ndik pernah dikasih tau isinya, apa ada kewajiban perusahaan nyerap tenaga kerja lokal atau kemitraan lawan petani. Mun bisa isi MoU itu dibuka ke warga, kami mau tau hak kami.",
    ),
    Case(
        "twitter",
        "kerjasama",
        "CSR perusahaan tambang buat Desa Loa Lepu katanya 'disalurkan lewat pemkab'. Warga ga pernah liat wujudnya. Minta laporan penyaluran TJSL per desa dibuka dong @pemkabkukar #TransparansiCSR",
    ),
    Case(
        "twitter",
        "kerjasama",
        "Pemkab Kukar katanya udah MoU sama Otorita IKN soal pelatihan & penyerapan tenaga kerja warga Samboja. Isinya apa aja? Kapan mulai? Kami di Samboja Barat belum denger apa2 nih @pemkabkukar",
    ),
]

_PEREKONOMIAN = [
    Case(
        "email",
        "perekonomian",
        "Kepada Yth. Sekretaris Daerah Kabupaten Kutai Kartanegara\n\nDengan hormat,\nKami pedagang Pasar Induk Kota Bangun menyampaikan keluhan atas rencana relokasi 112 pedagang ikan dan sayur ke bangunan baru di belakang Masjid Al-Ikhlas per 1 Juni 2025. Bangunan itu hanya punya satu akses jalan sempit, tidak ada saluran limbah ikan, dan pembeli jarang ke sana. Pengurus masjid sendiri sudah keberatan karena bau dan genangan air di halaman masjid.\n\nKami mohon Pemkab menunda relokasi, mengevaluasi tata letak pasar bersama perwakilan pedagang, dan menjamin pedagang tidak kehilangan pembeli. Data pedagang terdampak kami lampirkan.\n\nHormat kami,\nPaguyuban Pedagang Pasar Kota Bangun",
    ),
    Case(
        "email",
        "perekonomian",
        "Yth. Sekda Kukar,\n\nKami 37 karyawan kontrak PT Kukar Agro Mandiri (Perseroda), perusahaan daerah milik Pemkab yang mengelola unit penggilingan padi dan gudang di Tenggarong Seberang. Gaji kami sudah tiga bulan (Februari-April 2025) belum dibayar. Kontrak kerja kami diperpanjang Januari 2025 dengan janji upah sesuai UMK Kukar, tetapi direksi hanya menjawab sedang menunggu penyertaan modal dari Pemkab.\n\nKami mohon Pemkab sebagai pemilik perusahaan memanggil direksi, meminta penjelasan kondisi perusahaan, dan memastikan hak gaji kami dibayar.\n\nPerwakilan karyawan,\nDedi Kurniawan",
    ),
    Case(
        "email",
        "perekonomian",
        "Yth. Sekretariat Daerah Kukar,\n\nSaya Hj. Fatimah, Ketua Kelompok Usaha Amplang dan Kerupuk Ikan 'Pesisir Jaya' di Kelurahan Muara Jawa Ulu. Pada 2024 kelompok kami yang terdiri dari 15 pelaku usaha mikro mengikuti pelatihan dan kurasi produk, dan dijanjikan bantuan peralatan (vacuum sealer, spinner minyak) serta pendampingan PIRT dan sertifikat halal agar produk bisa masuk gerai oleh-oleh di Tenggarong dan bandara. Hingga Mei 2025 alat tidak diterima, dan dinas-dinas saling melempar: Dinas Koperasi menyebut itu program Dinas Perindustrian, dan sebaliknya.\n\nKami mohon Setda mengoordinasikan dinas-dinas tersebut agar ada satu kejelasan bagi kami.\n\nHormat saya,\nHj. Fatimah",
    ),
    Case(
        "whatsapp",
        "perekonomian",
        "Pak mohon maaf, di Kec. Kota Bangun gas melon 3 kg langka sudah 2 minggu. Di pangkalan selalu habis, di warung dijual Rp 45-50 ribu padahal HET kan cuma 22 ribuan. Saya jualan nasi kuning, tiap hari harus keliling cari gas. Tolong dicek distribusi ke pangkalan dan ditambah kuotanya, apalagi mau lebaran haji.",
    ),
    Case(
        "whatsapp",
        "perekonomian",
        "Assalamualaikum. Ulun handak melaporakan rega baras di pasar Loa Kulu naik tarus, baras lokal nang biasanya 14 ribu wayah ini 17 ribu sekilo, gula pasir gin 19 ribu. Bubuhan kami nang bagawi buruh kada kawa manukar lagi. Kaya apa pemkab, kawa kah diadakan pasar murah atawa operasi pasar di Loa Kulu? Terima kasih.",
    ),
    Case(
        "whatsapp",
        "perekonomian",
        "Selamat siang bapak ibu. Saya sopir angkutan sembako Muara Jawa-Samarinda. Solar subsidi di SPBU Muara Jawa hampir tiap hari habis jam 9 pagi karena antrean dipenuhi truk2 yg angkut material ke site tambang, pakai jeriken juga. Kami yg angkut sembako dan nelayan kebagian sisa. Mohon pemkab koordinasi sama Pertamina/BPH Migas supaya penyaluran solar subsidi tepat sasaran dan ada pengawasan.",
    ),
    Case(
        "whatsapp",
        "perekonomian",
        "Pak, aku dari Desa Sabintulung Muara Kaman. Pangkalan gas melon di desa kami jual tabung ke rumah makan wan pengecer luar desa, warga sini ndik kebagian. Kami lapor ke kades, kades bilang itu bukan urusan desa. Ngape kawa kaya itu? Mohon pemkab tegur pangkalannya, mun perlu diganti pangkalan lain. Makasih.",
    ),
    Case(
        "web",
        "perekonomian",
        "Pelapor: Hasanah, pedagang kios No. B-17 Pasar Samboja, Kelurahan Sungai Seluang.\n\nSejak April 2025 sewa kios di Pasar Samboja dinaikkan dari Rp 350.000 menjadi Rp 900.000 per bulan oleh pengelola pasar tanpa sosialisasi. Banyak kios yang sekarang tutup, pedagang pindah berjualan di tepi jalan sehingga pasar makin sepi. Kami meminta besaran sewa ditinjau ulang sesuai kondisi pasar, diadakan pertemuan antara pengelola dan pedagang, dan pengelolaan pasar dievaluasi.",
    ),
    Case(
        "web",
        "perekonomian",
        "Kepada Pemkab Kukar. Kami warga Kecamatan Muara Muntai, wilayah yang hanya bisa dijangkau lewat sungai. Menjelang Ramadan harga bahan pokok di sini naik jauh di atas Tenggarong: minyak goreng Rp 24.000/liter, gula Rp 21.000/kg, bawang merah Rp 60.000/kg, telur Rp 65.000/rak. Kapal pengangkut barang juga hanya datang dua kali seminggu. Kami memohon Muara Muntai dimasukkan dalam jadwal operasi pasar atau gerakan pangan murah sebelum puasa, dan ada pemantauan harga di kecamatan kami. Terima kasih.\n(Ahmad Sanusi, Desa Muara Muntai Ulu)",
    ),
    Case(
        "sms",
        "perekonomian",
        "Minyakita di Tabang sdh 3 minggu kosong, klo ada dijual 25rb/ltr. Mohon pemkab cek distribusinya ke pedalaman. Warga Desa Sidomulyo Tabang",
    ),
    Case(
        "sms",
        "perekonomian",
        "Yth Setda, SPBU Kembang Janggut 5 hari tdk ada pertalite, di eceran 20rb/ltr. Mohon kuota & jadwal kiriman BBM dicek. Terima kasih. Anto",
    ),
    Case(
        "telegram",
        "perekonomian",
        "Selamat malam admin. Air PDAM Tirta Mahakam di Kelurahan Maluhu sudah 3 minggu cuma ngalir tengah malam, tapi tagihan April malah naik jadi Rp 287.000 dari biasanya Rp 110.000. Pengaduan ke kantor unit cuma dicatat. PDAM kan perusahaan milik Pemkab, mohon Pemkab sebagai pemilik menegur direksinya dan mengevaluasi kinerjanya.",
    ),
    Case(
        "telegram",
        "perekonomian",
        "Halo min, saya pelaku usaha kue tradisional (apam, bingka) dari Kelurahan Melayu. Tahun ini mau ikut bazar UMKM di area Erau, sudah daftar online dan lolos kurasi, tapi pas pembagian stand yang dapat malah pedagang dari luar Kukar, sedangkan UMKM binaan lokal disuruh di luar area dengan sewa Rp 2,5 juta. Acaranya kami dukung, yg kami minta cuma kuota stand buat UMKM lokal diperjelas dan diawasi.",
    ),
    Case(
        "twitter",
        "perekonomian",
        "Gas 3 kg di Tenggarong Seberang langka lagi, pangkalan di Bukit Raya tutup terus, pengecer jual 40rb. Tolong dong sidak pangkalan & tambah pasokan @pemkabkukar",
    ),
    Case(
        "twitter",
        "perekonomian",
        "Harga cabe rawit di Pasar Tangga Arung tembus 120rb/kg, telur 60rb/rak. Ada rencana operasi pasar nggak min? Ibu2 pada pusing 😩 @pemkabkukar",
    ),
]

_SDA = [
    Case(
        "email",
        "sda",
        "Kepada Yth. Sekretaris Daerah Kabupaten Kutai Kartanegara\n\nDengan hormat,\nKami warga RT 08 dan RT 09 Desa Bukit Pariaman, Kecamatan Tenggarong Seberang, melaporkan dampak kegiatan tambang batu bara PT Sinar Bara Abadi. Sejak Januari 2025 perusahaan membuka pit baru sekitar 200 meter dari permukiman. Truk hauling melintas di jalan desa siang-malam sehingga debu menutupi rumah, dan peledakan (blasting) setiap sore membuat dinding retak di setidaknya 17 rumah. Air sumur warga juga menjadi keruh dan berbau.\n\nKami tidak meminta perbaikan jalan. Kami memohon agar Pemkab meminta instansi berwenang memeriksa kepatuhan lingkungan perusahaan dan jarak pit dari permukiman, serta memastikan ganti rugi rumah yang retak.\n\nHormat kami,\nPerwakilan warga, Sumarno",
    ),
    Case(
        "email",
        "sda",
        "Yth. Sekda Kukar,\n\nKami warga Desa Genting Tanah dan Desa Loa Sakoh, Kecamatan Kembang Janggut, melaporkan bahwa sejak Februari 2025 kolam limbah pabrik kelapa sawit milik PT Mahakam Hijau Lestari meluap ke Sungai Belayan setiap hujan. Ikan di keramba warga mati (sekitar 2,3 ton nila dan patin), air sungai berwarna coklat kehitaman dan berbau. Warga yang mandi di sungai mengalami gatal-gatal.\n\nKami memohon Pemkab menurunkan tim pemeriksa lingkungan, mengambil sampel air, meminta perusahaan menghentikan pembuangan limbah, serta mengganti kerugian pembudidaya ikan.\n\nHormat kami,\nKetua Kelompok Pembudidaya Ikan 'Belayan Sejahtera', Iskandar",
    ),
    Case(
        "email",
        "sda",
        "Yth. Sekretariat Daerah Kabupaten Kutai Kartanegara,\n\nKami 22 nelayan tangkap di Desa Muara Pantuan, Kecamatan Anggana, anggota Kelompok Nelayan 'Harapan Delta'. Pada Desember 2024 kabupaten menyalurkan bantuan 15 unit mesin ketinting 13 PK dan 30 pis jaring insang untuk desa kami. Ternyata daftar penerima yang diusulkan lewat kepala desa berisi keluarga dan kerabat kepala desa, beberapa di antaranya pedagang yang tidak memiliki perahu. Tiga mesin sudah dijual kembali di Samarinda.\n\nKami memohon daftar penerima bantuan alat tangkap diverifikasi ulang di lapangan, mesin yang tidak tepat sasaran ditarik, dan nelayan yang berhak diusulkan untuk tahap berikutnya.\n\nHormat kami,\nKetua Kelompok, Daeng Rahman",
    ),
    Case(
        "whatsapp",
        "sda",
        "Assalamualaikum pak. Desa kami Sarijaya, Sanga-Sanga, kebanjiran lagi tadi malam, air setinggi paha masuk rumah di RT 04 sampai RT 07. Dulu ga pernah banjir begini, sejak bukit di hulu dikupas perusahaan tambang lumpurnya turun dan parit2 jadi dangkal. Kades kami sudah lapor ke perusahaan 2x ga ditanggapi, dia bilang desa ga punya wewenang. Mohon pemkab turun periksa bukaan tambang dan kolam endapan di hulu itu. Foto2 sy kirim menyusul.",
    ),
    Case(
        "whatsapp",
        "sda",
        "Assalamualaikum pian. Ulun warga Desa Sedulang, Muara Kaman. Banyu Sungai Kedang Kepala wayah ini kuning wan kental, jar urang di hulu ada tambang batu bara kada baizin nang manggali di pinggir sungai. Banyu nitu kami pakai gasan mandi wan mambasuh. Kami takutan anak-anak garing. Tolong pian sampaikan ka nang bawenang supaya dicek, tambang liar itu dihentikan.",
    ),
    Case(
        "whatsapp",
        "sda",
        "Selamat siang pak. Saya ketua Gapoktan Sri Rejeki Desa Manunggal Jaya, Tenggarong Seberang. Kami sudah ajukan bantuan hand traktor 2 unit dan pompa air sejak 2023 lewat penyuluh, katanya sudah masuk daftar penerima 2025. Tp waktu penyerahan bulan lalu yg dapat malah kelompok tani di desa lain yg baru dibentuk. Musim tanam sudah mulai, sawah kami 86 ha masih dibajak manual. Mohon dicek daftarnya pak.",
    ),
    Case(
        "whatsapp",
        "sda",
        "Lapor pak. Di hutan sekitar Desa Umaq Dian, Kec. Tabang, sudah sebulan ada penebangan kayu ulin & meranti pakai chainsaw, kayunya dihanyutkan lewat Sungai Belayan malam2. Setahu kami itu kawasan hutan produksi dan tidak ada izin. Warga takut melapor langsung krn pelakunya bawa orang. Mohon diteruskan ke instansi kehutanan dan ada patroli. Nama sy mohon dirahasiakan.",
    ),
    Case(
        "web",
        "sda",
        "Lokasi: Desa Sepatin dan Desa Muara Pantuan, Kecamatan Anggana (kawasan Delta Mahakam).\n\nSejak awal 2025 kami melihat pembukaan hutan mangrove untuk tambak baru menggunakan ekskavator, diperkirakan sudah lebih dari 40 hektare. Akibatnya abrasi di tepi sungai makin parah dan hasil tangkapan kepiting warga turun drastis. Pemilik tambak katanya pengusaha dari Samarinda. Kami meminta Pemkab mengoordinasikan pemeriksaan status kawasan, menghentikan pembukaan mangrove baru, dan mendorong rehabilitasi.",
    ),
    Case(
        "web",
        "sda",
        "Nama: Hairul Anwar, Desa Jonggon Jaya, Kecamatan Loa Kulu.\n\nSebuah perusahaan mulai memasang patok dan membuka jalan masuk alat berat di belakang permukiman Jonggon Jaya untuk rencana tambang batuan dan pasir. Ketika warga bertanya, pengawas lapangan menyebut 'izinnya sudah diteken Pak Bupati, jadi jangan dihalangi'. Warga tidak pernah diajak konsultasi dan lokasinya berada di hulu sumber air bersih desa. Kami mohon dicek apakah benar ada izin tambang di lokasi tersebut, siapa pemegangnya, apakah ada dokumen lingkungannya, dan meminta kegiatan dihentikan sampai dampaknya terhadap sumber air jelas.",
    ),
    Case(
        "sms",
        "sda",
        "Yth Setda, debu batu bara dr stockpile & jetty di Muara Jawa Pesisir tiap hari masuk rumah, anak2 batuk. Mohon dicek & perusahaannya ditindak. Warga RT 3",
    ),
    Case(
        "sms",
        "sda",
        "Kelompok tani Maju Bersama Desa Sidomulyo Anggana blm trima bantuan benih padi & pompa air yg dijanjikan utk musim tanam Mei. Mohon dicek. Pak Slamet",
    ),
    Case(
        "telegram",
        "sda",
        "Selamat pagi. Kami nelayan Danau Semayang, Desa Semayang Kec. Kenohan. Sudah seminggu ribuan ikan mati mengapung, air danau berbau minyak. Dugaan kami dari limbah pabrik sawit di hulu yang dibuang lewat anak sungai. Ikan tangkapan kami sekarang ditolak pengepul dan harganya di pasar Kota Bangun jatuh karena orang takut beli. Mohon segera diambil sampel air dan perusahaan yang membuang limbah diperiksa.",
    ),
    Case(
        "telegram",
        "sda",
        "Min, di Kelurahan Rapak Lambur ada bekas lubang tambang yang sudah ditinggal perusahaan, jaraknya cuma ±50 meter dari Masjid Nurul Iman dan TPA anak-anak. Airnya dalam, tidak dipagar, tidak ada papan peringatan. Anak-anak sering mandi di situ sehabis mengaji. Tahun lalu sudah ada korban tenggelam di lubang tambang kecamatan sebelah. Mohon Pemkab desak perusahaan menutup/mereklamasi lubang itu atau minimal dipagar. Jangan tunggu ada korban.",
    ),
    Case(
        "twitter",
        "sda",
        "Satu lagi lubang bekas tambang di Samboja dibiarin nganga tanpa pagar, deket SD. Berapa anak lagi yg harus tenggelam?? Mohon reklamasi ditagih ke perusahaannya @pemkabkukar #LubangTambang",
    ),
    Case(
        "twitter",
        "sda",
        "Sungai Santan di Marang Kayu keruh & bau lagi habis hujan, diduga limpasan tambang batubara di hulu. Ikan mati, warga ga bisa pake air sungai. Tolong dicek @pemkabkukar",
    ),
]

_ADPEM = [
    Case(
        "email",
        "adpem",
        "Kepada Yth. Sekretaris Daerah Kabupaten Kutai Kartanegara\ndi Tenggarong\n\nDengan hormat,\nKami warga RT 07 Desa Bukit Raya, Kecamatan Tenggarong Seberang, menyampaikan keadaan jalan semenisasi sepanjang kurang lebih 850 meter yang dikerjakan dengan APBD Kukar tahun 2024 dan selesai pada bulan Oktober. Baru tiga bulan dipakai, permukaan cor sudah retak memanjang di sedikitnya dua belas titik dan di dekat jembatan kecil sudah ambles. Kepala desa kami sudah melihat sendiri dan menyarankan kami menulis ke kabupaten karena pekerjaan ini bukan dari dana desa.\nKami mohon agar pekerjaan tersebut diperiksa ulang mutunya, termasuk ketebalan cor yang menurut warga tidak sampai 15 cm, dan kontraktor diminta memperbaiki selama masa pemeliharaan belum habis.\n\nHormat kami,\nSuparno (Ketua RT 07)\nHP 0812-5xxx-3310",
    ),
    Case(
        "email",
        "adpem",
        "Yth. Bapak/Ibu di Sekretariat Daerah Kukar,\n\nSaya ingin menanyakan nasib pekerjaan saluran drainase di Jl. Gunung Belah, Kelurahan Sukarame, Tenggarong. Di papan proyek tertulis pemenangnya CV Bumi Etam Karya dengan nilai kontrak Rp 2,37 miliar dan waktu pelaksanaan 150 hari sejak Juli 2024. Sejak awal Desember alat berat sudah ditarik, pekerja tidak pernah datang lagi, dan galian sedalam hampir 2 meter dibiarkan terbuka di depan rumah warga. Dua kali motor warga terperosok di situ.\nSaya tidak mempersoalkan siapa pemenangnya, yang kami perlukan adalah kepastian kapan pekerjaan ini dilanjutkan atau setidaknya galian diamankan. Mohon ada peninjauan ke lapangan.\n\nTerima kasih,\nRahmat Hidayat\nJl. Gunung Belah Gg. Mawar No. 14",
    ),
    Case(
        "email",
        "adpem",
        "Perihal: Atap Gedung Puskesmas Pembantu Kelekat bocor padahal baru selesai dibangun\n\nAssalamualaikum wr. wb.\nSaya bidan desa yang bertugas di Desa Kelekat, Kecamatan Kembang Janggut. Gedung pustu baru kami, yang menurut papan informasi dibangun dengan anggaran sekitar Rp 1,2 miliar dari APBD kabupaten, diserahterimakan bulan Agustus lalu. Setiap hujan deras air masuk lewat sambungan atap ke ruang periksa dan ruang obat, plafon gypsum sudah menggelembung, dan lantai keramik di teras sudah lepas-lepas.\nKami khawatir obat dan alat rusak. Mohon pekerjaan gedung ini dievaluasi dan penyedianya diminta memperbaiki sesuai kewajibannya.\n\nWassalam,\nNurhayati, A.Md.Keb.",
    ),
    Case(
        "whatsapp",
        "adpem",
        "assalamualaikum pian, ulun warga Desa Jantur Muara Muntai handak betakun. jembatan ulin nang menghubungkan RT 3 wan RT 5 tu dibangun tahun tadi tapi sampai wayah ini baru tiang haja, lantainya kada dipasang2. bubuhan tukang sudah kada datang lagi sejak habis lebaran. kakanakan sekolah tapaksa naik jukung. tulung dicek lah proyeknya, kaya apa kabarnya",
    ),
    Case(
        "whatsapp",
        "adpem",
        "Selamat siang. Saya jamaah Masjid Nurul Iman Desa Jembayan, Loa Kulu. Jalan menuju masjid kami diaspal bulan lalu pakai dana kabupaten, tapi aspalnya tipis sekali, diinjak pakai sandal saja sudah mengelupas, sekarang sudah berlubang lagi di depan gerbang masjid. Kami tidak minta bantuan untuk masjid, cuma mohon pekerjaan jalannya diperiksa karena sepertinya tidak sesuai spek. Terima kasih",
    ),
    Case(
        "whatsapp",
        "adpem",
        "permisi, aku warga Kota Bangun Ulu. turap tepi sungai Mahakam yang dibangun 2023 itu dah runtuh sebagian, kurang lebih 30 meter, tanahnya ikut longsor ke sungai. rumah warga di belakangnya dah mulai retak. kenape baru 2 tahun dah ndik kuat? mohon dicek pembangunannya sama pemkab, takut pas air pasang makin parah",
    ),
    Case(
        "whatsapp",
        "adpem",
        "Pak, mau tanya soal pembangunan gedung Pasar Muara Kaman. Targetnya selesai Desember 2024 tapi sampai sekarang (Februari) bangunannya baru rangka, atap belum ada. Pedagang sudah terlanjur dipindah ke los sementara yang becek. Kami cuma mau tahu kenapa molor dan kapan gedungnya rampung dikerjakan. Makasih",
    ),
    Case(
        "web",
        "adpem",
        "Saya mengikuti perkembangan peningkatan jalan poros Sebulu - Muara Kaman yang dikerjakan dengan skema tahun jamak. Di lapangan tidak ada papan informasi proyek, dan di situs pemkab tidak ada data berapa persen realisasinya. Beberapa segmen di Desa Senoni sudah dicor, tapi segmen lain masih tanah merah. Saya mohon informasi capaian fisik pekerjaan ini per akhir 2024 dan jadwal penyelesaiannya, karena warga ingin ikut memantau.",
    ),
    Case(
        "web",
        "adpem",
        "Kami komite sekolah SDN 011 Samboja. Ruang kelas baru yang dibangun pemkab tahun 2024 sudah dipakai belajar, tapi dua kolom di sisi timur retak dari bawah sampai atas dan pintu-pintunya tidak bisa ditutup karena kusennya melengkung. Kami takut bangunan ini membahayakan anak-anak. Mohon ada tim teknis yang datang memeriksa kualitas konstruksinya sebelum ada kejadian.",
    ),
    Case(
        "sms",
        "adpem",
        "Yth Setda Kukar, jln lingkungan RT 12 Kel. Loa Ipuh baru dicor 2 minggu sdh retak2 & pecah pinggirnya. Pekerja blg itu proyek kabupaten. Mohon dicek kualitasnya. Trims. -Hendra",
    ),
    Case(
        "sms",
        "adpem",
        "Lapor, pekerjaan box culvert di Jl. Muara Jawa Ulu dekat SMP 1 ditinggal sdh 1 bln, lubang galian terbuka tanpa rambu. Kpn dilanjut? Bahaya utk anak sekolah.",
    ),
    Case(
        "telegram",
        "adpem",
        "Selamat pagi. Gedung serbaguna di Kecamatan Tabang yang dibiayai APBD Kukar sudah tiga tahun mangkrak. Pak Camat bilang itu bukan wewenang kecamatan. Dindingnya sudah ditumbuhi semak, besi tulangan berkarat dan sekarang dipakai anak muda nongkrong malam. Apakah proyek ini akan dilanjutkan atau bagaimana? Mohon penjelasan dari pemkab.",
    ),
    Case(
        "telegram",
        "adpem",
        "Lapor min. Semenisasi jalan usaha tani di Desa Sumber Sari Loa Kulu tahun ini kami ukur sendiri tebalnya cuma 10-12 cm, padahal di papan proyek tertulis 20 cm. Memang jalan itu kadang dilewati truk, tapi baru sebulan sudah pecah-pecah. Minta tolong diperiksa pekerjaannya sebelum serah terima akhir.",
    ),
    Case(
        "twitter",
        "adpem",
        "Jalan Tenggarong - Kota Bangun katanya proyek multiyears, tapi udah 2 tahun progresnya gitu-gitu aja, tiap musim hujan lumpurnya selutut. Kapan kelarnya @pemkabkukar? Ada laporan progresnya nggak sih",
    ),
    Case(
        "twitter",
        "adpem",
        "Trotoar Jl. Sudirman Tenggarong dibongkar sejak November buat revitalisasi, sekarang ditinggal gitu aja, paving numpuk, pejalan kaki terpaksa turun ke aspal. Proyeknya dilanjut nggak nih @pemkabkukar",
    ),
]

_PBJ = [
    Case(
        "email",
        "pbj",
        "Nomor: 017/CV-MJ/III/2025\nPerihal: Keberatan atas hasil evaluasi paket Peningkatan Jalan Desa Perangat, Kecamatan Marang Kayu\n\nKepada Yth. Pokja Pemilihan\nSekretariat Daerah Kabupaten Kutai Kartanegara\n\nDengan hormat,\nKami CV Mahakam Jaya, peserta paket tersebut dengan penawaran Rp 4.183.550.000 (terendah kedua), menyatakan keberatan atas pengguguran penawaran kami dengan alasan SKK tenaga ahli tidak sesuai. SKK yang kami unggah adalah SKK Ahli Muda Teknik Jalan yang masih berlaku hingga 2027, sesuai persyaratan dalam dokumen pemilihan.\nKami mohon evaluasi ditinjau kembali dan kami diberi penjelasan tertulis sebelum penetapan pemenang.\n\nHormat kami,\nIr. Jumadi\nDirektur",
    ),
    Case(
        "email",
        "pbj",
        "Yth. Admin LPSE Kabupaten Kutai Kartanegara,\n\nPerusahaan kami, PT Sinar Borneo Teknik (Samarinda), mendaftar sebagai penyedia pada 3 Februari 2025 dan sudah menyerahkan dokumen asli untuk verifikasi di Tenggarong pada 6 Februari. Sampai hari ini, tiga minggu kemudian, status akun kami masih menunggu verifikasi sehingga kami tidak bisa ikut paket-paket yang sedang tayang. Petugas yang kami telepon hanya bilang sedang antre.\nMohon kejelasan kapan akun kami diaktifkan atau apa kekurangan dokumen kami.\n\nSalam,\nDewi Anggraini\nStaf Administrasi",
    ),
    Case(
        "email",
        "pbj",
        "Dengan hormat,\nSaya mewakili beberapa kontraktor lokal Kukar ingin menyampaikan keberatan terkait paket rehabilitasi Masjid Agung di Kecamatan Muara Badak. Jadwal pemasukan penawaran yang semula sampai 14 Mei tiba-tiba dimajukan menjadi 10 Mei melalui adendum yang diunggah malam hari tanpa pemberitahuan ke peserta. Akibatnya beberapa calon peserta tidak sempat mengunggah dokumen.\nKami bukan pengurus masjid dan tidak mempersoalkan bangunannya; kami mohon proses pemilihan penyedia untuk paket ini dievaluasi dan jadwalnya dibuka kembali secara wajar.\n\nHormat saya,\nH. Syahrani",
    ),
    Case(
        "whatsapp",
        "pbj",
        "Assalamualaikum pak. Saya pelaku usaha mebel rotan dari Desa Kutai Lama Anggana. Kemarin ikut sosialisasi katanya produk lokal bisa masuk katalog elektronik daerah supaya bisa dibeli kantor-kantor pemkab. Saya sudah daftar di aplikasi tapi produknya ditolak terus tanpa alasan jelas. Bagaimana caranya supaya tayang pak? Siapa yang bisa bantu",
    ),
    Case(
        "whatsapp",
        "pbj",
        "pian, ulun kontraktor dealer di Tenggarong. lelang mobil dinas kecamatan nang tayang minggu ini spesifikasinya aneh banar, ukuran mesin, warna jok sampai tipe velg disebut persis, jelas banar mengarah ke satu merek haja. kami kada kawa ikut. kaya apa ini, kawa kah diperbaiki spesifikasinya sebelum batas penawaran?",
    ),
    Case(
        "whatsapp",
        "pbj",
        "Pak tolong, situs SPSE Kukar error dari jam 13.00 tadi, tidak bisa upload dokumen penawaran. Batas waktunya jam 15.00 hari ini untuk paket pembangunan drainase Kelurahan Timbau. Kami sudah coba beda browser dan beda jaringan tetap gagal. Apakah batas waktunya bisa diperpanjang? Screenshot terlampir",
    ),
    Case(
        "whatsapp",
        "pbj",
        "Mau lapor, paket semenisasi di Desa Teluk Dalam kabarnya sudah diatur dari awal. Yang menang ternyata perusahaan milik ipar kepala desa, padahal penawarannya paling tinggi dari 6 peserta. Dua peserta lain digugurkan cuma karena salah tulis tanggal di surat penawaran. Mohon proses lelangnya diperiksa.",
    ),
    Case(
        "web",
        "pbj",
        "Kami peserta tender paket Pembangunan Gedung Puskesmas Muara Wis. Kami sudah menyampaikan sanggahan melalui aplikasi pada 21 Maret 2025, dalam masa sanggah. Sesuai jadwal, jawaban sanggahan seharusnya diberikan paling lambat 5 hari kalender, namun sampai hari ini tidak ada jawaban, sementara penetapan pemenang sudah diumumkan. Kami mohon sanggahan kami dijawab sebelum penandatanganan kontrak.",
    ),
    Case(
        "web",
        "pbj",
        "Saya penjahit dan pemilik konveksi di Tenggarong. Saya dengar pengadaan seragam untuk siswa kurang mampu tahun ini diberikan langsung ke satu konveksi dari luar daerah tanpa pengumuman apa pun di LPSE maupun katalog. Nilainya kabarnya lebih dari Rp 1 miliar. Bukankah nilai sebesar itu harus dilelang terbuka? Kami pelaku usaha lokal ingin diberi kesempatan yang sama.",
    ),
    Case(
        "sms",
        "pbj",
        "Slmt siang, sy kontraktor di Kenohan. Paket jembatan Desa Teluk Muda yg ada di RUP kpn ditayangkan di LPSE? Sdh lewat bln rencana tp blm ada pengumuman. Trims",
    ),
    Case(
        "sms",
        "pbj",
        "Pak, akun spse perusahaan aku keblokir gara2 salah password 3x, dah kirim email reset ndik ade balasan. Besok ada penawaran yg tutup. Gimana cara buka akunnya? CV Tepian Etam",
    ),
    Case(
        "telegram",
        "pbj",
        "Selamat sore. Kami distributor laptop yang tayang di katalog elektronik. Pesanan 25 unit laptop untuk beberapa kecamatan sudah kami terima dan kami konfirmasi tanggal 4 Juni, lalu tiba-tiba dibatalkan sepihak oleh pejabat pembuat komitmen tanggal 10 Juni tanpa alasan, kemudian kami lihat paket yang sama dibeli dari penyedia lain dengan harga lebih mahal. Mohon penjelasan.",
    ),
    Case(
        "telegram",
        "pbj",
        "Saya peserta paket rehabilitasi jaringan irigasi di Kecamatan Muara Kaman. Pengumuman hasil evaluasi hanya mencantumkan nama pemenang, tanpa nilai teknis dan harga terkoreksi peserta lain. Bagaimana kami bisa menilai apakah evaluasinya adil? Mohon berita acara hasil pemilihan dibuka sesuai aturan.",
    ),
    Case(
        "twitter",
        "pbj",
        "Paket peningkatan jalan Badak Baru Muara Badak udah gagal tender 3x. Kontraktor lokal banyak yg daftar tapi selalu digugurkan karena syarat yg nggak masuk akal. Pokjanya ngapain aja sih @LPSEkukar?",
    ),
    Case(
        "twitter",
        "pbj",
        "Tender jasa katering buat perayaan HUT Kota Tenggarong dimenangkan penawar paling mahal, yang lebih murah 15% digugurkan karena 'metode kerja kurang lengkap'. Aneh. @pemkabkukar tolong dicek prosesnya",
    ),
]

_ORGANISASI = [
    Case(
        "email",
        "organisasi",
        "Yth. Sekretariat Daerah Kabupaten Kutai Kartanegara,\n\nPada peluncuran program layanan cepat tahun lalu, Bapak Bupati Edi Damansyah menyampaikan di media bahwa pencetakan KTP elektronik di Kukar cukup satu hari. Kenyataannya, saya sudah mengurus penggantian KTP rusak di kantor Disdukcapil Tenggarong sejak 2 September dan sampai 26 September belum juga dicetak. Setiap kali datang jawabannya blangko habis atau petugas operator tidak masuk, tanpa ada pengumuman resmi apa pun.\nSaya mohon kejelasan berapa lama sebenarnya waktu layanan pencetakan KTP dan agar informasi itu dipasang terbuka di loket.\n\nHormat saya,\nAgus Salim\nKelurahan Melayu, Tenggarong",
    ),
    Case(
        "email",
        "organisasi",
        'Kepada Yth. Sekretaris Daerah Kukar\n\nDengan hormat,\nSaya warga Kelurahan Sungai Merdeka, Kecamatan Samboja Barat. Pada 12 Agustus saya mengurus surat keterangan untuk keperluan balik nama sertifikat di kantor kecamatan. Petugas di loket meminta uang Rp 750.000 "untuk biaya pengukuran dan tanda tangan", tanpa kuitansi. Saya tanyakan dasar tarifnya, petugas hanya bilang memang begitu biasanya. Di dinding loket tidak ada daftar biaya atau persyaratan apa pun.\nSaya mohon pungutan seperti ini ditertibkan dan ada kejelasan biaya resmi.\n\nHormat saya,\nM. Ridwan',
    ),
    Case(
        "email",
        "organisasi",
        "Perihal: Tidak ada informasi persyaratan dan waktu layanan PBG\n\nYth. Bapak/Ibu,\nSaya sedang mengurus Persetujuan Bangunan Gedung untuk ruko dua lantai di Tenggarong Seberang. Di kantor DPMPTSP tidak ada papan informasi persyaratan, waktu penyelesaian maupun biaya. Berkas saya sudah tiga kali dikembalikan dengan alasan berbeda-beda, setiap kali dilayani petugas lain. Sudah hampir empat bulan. Kontraktor saya sudah menunggu dan ongkos material naik.\nSaya mohon agar layanan ini punya standar yang jelas dan diumumkan, sehingga pemohon tahu apa yang harus disiapkan sejak awal.\n\nTerima kasih,\nLiem Hok Seng",
    ),
    Case(
        "whatsapp",
        "organisasi",
        "assalamualaikum, ulun handak mengadu. kemarin mengantar uma berobat ke RSUD AM Parikesit, antre pendaftaran dari jam 7 sampai jam 12 kada dipanggil2. nomor antrean kada jalan, petugasnya bepander haja sambil main hp. waktu ulun betakun malah dijawab kasar. kaya apa pelayanan kaya ini, tulung diperhatiakan",
    ),
    Case(
        "whatsapp",
        "organisasi",
        "Pak saya mau lapor. Tadi uji KIR truk di UPT Dishub Tenggarong, di loket diminta tambahan Rp 150 ribu biar cepat, kalau tidak bayar katanya baru selesai minggu depan. Retribusi resminya kan tidak segitu. Banyak sopir lain juga dimintai. Mohon ditindak",
    ),
    Case(
        "whatsapp",
        "organisasi",
        "Selamat siang. Tadi saya urus dokumen di Mal Pelayanan Publik Kukar. Selesai dilayani, petugas bilang survei kepuasannya sudah dia isi sendiri, saya tidak diberi kesempatan menilai. Pengunjung lain juga begitu. Kalau begini hasil surveinya jadi tidak jujur dong. Tolong diperiksa",
    ),
    Case(
        "whatsapp",
        "organisasi",
        "permisi, aku mau ngadu. ngurus akta lahir anak di disdukcapil dah lawas, sejak bulan 3. kemaren ditanya katanya berkasnya ndik ade, hilang, suruh ngulang dari awal. ape ndik ade sistem tanda terima kah? kami dari Muara Wis ongkos ke Tenggarong mahal, pulang pergi lebih 400 ribu",
    ),
    Case(
        "web",
        "organisasi",
        "Saya pemilik usaha bengkel las di Loa Janan. Saya mengajukan izin usaha melalui kantor perizinan kabupaten sejak Januari. Setiap kali saya datang, persyaratannya berubah: pertama diminta surat domisili, lalu rekomendasi lingkungan, lalu gambar denah, padahal semua tidak disebut di awal. Perusahaan teman saya dengan jenis usaha sama cukup dengan NIB. Mohon diperiksa mengapa perlakuannya berbeda dan apa sebenarnya syarat resminya.",
    ),
    Case(
        "web",
        "organisasi",
        "Anak saya penerima beasiswa kuliah dan perlu legalisir ijazah SMA yang sekolahnya sudah tutup, jadi harus lewat Dinas Pendidikan Kukar. Sudah dua minggu legalisir belum selesai, dan petugas bilang bisa cepat kalau ada 'uang administrasi'. Tidak ada papan tarif maupun jangka waktu. Kami mohon layanan legalisir ini diperjelas dan tidak dipersulit.",
    ),
    Case(
        "sms",
        "organisasi",
        "Mohon ditindak, ngurus KK di kantor camat Muara Badak dimintai 50rb tanpa kwitansi, kata petugas utk uang map. Bkn sy aja, warga lain jg. -Yusran",
    ),
    Case(
        "sms",
        "organisasi",
        "Sy ke kantor Dinas PUPR Kukar jam 10 pagi mau tanya soal rekomendasi teknis, loket informasi kosong, satpam blg petugasnya blm datang. Nunggu 2 jam tdk ada yg melayani.",
    ),
    Case(
        "telegram",
        "organisasi",
        "Aplikasi layanan online perizinan Kukar error sejak dua minggu, tidak bisa upload berkas. Saat datang langsung ke kantor, petugas menolak menerima berkas fisik dan menyuruh kembali minggu depan menunggu aplikasinya normal. Tidak ada jalur alternatif sama sekali. Bagaimana masyarakat bisa dilayani kalau begini?",
    ),
    Case(
        "telegram",
        "organisasi",
        "Kami pengurus Masjid Al-Ikhlas Desa Tani Bhakti, Loa Janan. Permohonan persetujuan bangunan untuk renovasi masjid kami ajukan ke dinas perizinan sejak Oktober, sudah lengkap sesuai daftar yang diberikan. Empat bulan berlalu tanpa kabar, ditanya jawabannya masih di meja kepala bidang. Kami tidak minta bantuan dana, hanya mohon kepastian proses izinnya yang berlarut-larut ini.",
    ),
    Case(
        "twitter",
        "organisasi",
        "Pak Bupati katanya mau pelayanan publik Kukar cepat dan ramah, tapi antrean online Disdukcapil Kukar udah 3 minggu nggak bisa diakses, datang langsung disuruh pulang ambil nomor online. Muter-muter terus. @pemkabkukar",
    ),
    Case(
        "twitter",
        "organisasi",
        "Puskesmas Sanga-Sanga, loket pendaftaran minta 'uang administrasi' 20rb padahal pakai BPJS. Ditanya dasar tarifnya malah ketus. Ini resmi atau pungli? @pemkabkukar",
    ),
]

_UMUM = [
    Case(
        "email",
        "umum",
        "Yth. Sekretariat Daerah Kabupaten Kutai Kartanegara\n\nDengan hormat,\nPada 28 April 2025 kami, Ikatan Keluarga Besar Pensiunan Guru Kukar, telah mengantarkan surat permohonan peminjaman ruang rapat di lantai 2 Kantor Bupati untuk kegiatan musyawarah anggota pada 24 Mei 2025 (sekitar 80 orang). Kami siap menanggung sendiri biaya konsumsi dan kebersihan. Hingga 15 Mei belum ada jawaban, sedangkan undangan kepada anggota harus segera kami sebarkan.\nMohon informasi apakah ruangan tersebut dapat kami gunakan, atau jika tidak, agar kami dapat mencari tempat lain.\n\nHormat kami,\nDrs. Abdul Karim\nKetua",
    ),
    Case(
        "email",
        "umum",
        "Dengan hormat,\nPada 5 Maret 2025 saya mengantarkan langsung surat dari Yayasan Pendidikan Tunas Bangsa Anggana yang ditujukan kepada Bapak Bupati Aulia Rahman Basri, perihal permohonan data sekolah swasta, ke loket penerimaan surat di Kantor Bupati. Saya mendapat tanda terima dengan nomor agenda 1874. Ketika saya menanyakan perkembangannya di dinas terkait, mereka mengatakan tidak pernah menerima disposisi, dan saat saya cek ke loket, nomor agenda tersebut tidak ditemukan.\nMohon bantuan melacak keberadaan surat kami.\n\nHormat saya,\nSiti Rohana",
    ),
    Case(
        "email",
        "umum",
        "Yth. Bapak/Ibu,\nSaya ingin melaporkan penggunaan mobil dinas berpelat merah KT 1247 Z yang menurut stikernya milik Sekretariat Daerah. Sejak awal Ramadan, mobil itu hampir setiap malam terparkir di halaman Masjid Jami Loa Janan Ilir dan dipakai untuk mengantar-jemput keluarga seorang pegawai, termasuk ke pasar dan acara pernikahan hari Minggu lalu. Saya tidak keberatan orang beribadah, tetapi kendaraan dinas semestinya tidak untuk urusan keluarga. Foto-foto terlampir.\n\nSalam,\nWarga Loa Janan",
    ),
    Case(
        "whatsapp",
        "umum",
        "Selamat pagi pak. Tiap ada urusan ke kantor bupati, tamu susah dapat parkir karena halaman depan penuh mobil pribadi pegawai dari pagi. Kemarin saya terpaksa parkir di ruko seberang bayar 5 ribu lalu jalan kaki panas-panasan, padahal saya bawa orang tua. Mohon diatur ada tempat khusus untuk tamu",
    ),
    Case(
        "whatsapp",
        "umum",
        "pian, ulun hanyar tadi rapat di kantor bupati. WC di lobi bawah tu kada ada banyunya, baunya kada nyaman banar, tisu kada ada, pintunya gen rusak kada kawa dikunci. malu ai kalau ada tamu dari luar daerah. tulung diperhatiakan kebersihannya",
    ),
    Case(
        "whatsapp",
        "umum",
        "Pak saya mau lapor, helm dan jas hujan saya hilang di parkiran motor kantor bupati waktu saya ada urusan kemarin jam 10-12. Satpam di pos cuma bilang itu risiko sendiri. Apa bisa dicek CCTV-nya? Dan tolong penjagaan parkiran diperketat, katanya bukan sekali ini ada kejadian",
    ),
    Case(
        "whatsapp",
        "umum",
        "Permisi, mau lapor. Mobil plat merah KT 1088 Z (Innova hitam, stiker Setda) ngebut dan nyalip sembarangan di jalan poros Tenggarong-Samarinda dekat Loa Janan tadi jam 4 sore, hampir nabrak motor. Tolong sopirnya ditegur, kendaraan dinas harusnya kasih contoh. Video ada",
    ),
    Case(
        "web",
        "umum",
        "Pada 14 Juni kami menggunakan ruang rapat di lantai 3 Kantor Bupati untuk rapat bersama forum RT se-Kelurahan Timbau. AC di ruangan mati total, jendela tidak bisa dibuka, proyektor tidak menyala, dan peserta banyak yang keluar karena kepanasan. Petugas yang dihubungi mengatakan AC itu sudah rusak sejak lama. Mohon fasilitas ruang rapat diperbaiki agar layak dipakai.",
    ),
    Case(
        "web",
        "umum",
        "Saya sering ke Kantor Bupati Kukar untuk urusan pekerjaan. Plafon di ruang tunggu dekat lobi sebelah kiri sudah jebol karena bocor dan sebagian runtuh, hanya diberi ember dan pita. Lantainya licin kalau hujan. Ini membahayakan tamu, apalagi ada lansia yang menunggu di situ. Mohon segera diperbaiki.",
    ),
    Case(
        "sms",
        "umum",
        "Lampu di parkiran belakang kantor bupati Tenggarong mati semua sdh seminggu. Malam gelap total, rawan. Mohon diperbaiki. Trims",
    ),
    Case(
        "sms",
        "umum",
        "Sy antar surat ke loket surat masuk kantor bupati tgl 3 Juni, no 045/FK-LK/VI/2025. Bgmn cara cek surat sdh diteruskan ke mana? Blm ada kabar.",
    ),
    Case(
        "telegram",
        "umum",
        "Lapor. Minggu kemarin saya lihat mobil dinas pelat merah KT 1563 Z dengan logo Setda Kukar dipakai satu keluarga liburan ke pantai Manggar Balikpapan, penuh anak-anak dan barang bawaan. Foto dan jamnya ada. Apakah boleh mobil dinas dipakai akhir pekan untuk keperluan pribadi?",
    ),
    Case(
        "telegram",
        "umum",
        "Di bagian belakang kompleks kantor bupati yang dekat tepian sungai, sampah kantor (kardus, kertas, sisa nasi kotak) ditumpuk terbuka sudah berhari-hari. Baunya sampai ke jalan dan banyak anjing liar mengais. Mohon petugas kebersihan kantor segera mengangkut dan menyediakan bak sampah tertutup.",
    ),
    Case(
        "twitter",
        "umum",
        "Datang ke kantor bupati Kukar buat antar berkas, gerbang samping dikunci, satpam nyuruh muter lewat depan sambil bentak-bentak. Penjagaan boleh ketat tapi sopan dong. @pemkabkukar",
    ),
    Case(
        "twitter",
        "umum",
        "Parkiran kantor bupati Kukar penuh motor pegawai sampai ke lorong, tamu disuruh parkir di bahu jalan. Tadi ada yang ditilang gara-gara itu. Tolong ditata @pemkabkukar",
    ),
]

_PROKOM = [
    Case(
        "email",
        "prokom",
        "Kepada Yth. Bupati Kutai Kartanegara\nmelalui Sekretariat Daerah\n\nDengan hormat,\nKami Gabungan Kelompok Tani Sawit Mandiri Desa Sebulu Ilir telah mengirimkan surat permohonan bertemu langsung dengan Bapak Bupati pada 10 Januari 2025 (No. 03/GKT-SM/I/2025) untuk menyampaikan persoalan harga TBS dan akses jalan kebun. Sudah dua bulan tidak ada jawaban mengenai jadwal pertemuan. Kami sekitar 15 orang perwakilan siap datang ke Tenggarong kapan saja.\nMohon kiranya kami diberi kepastian jadwal untuk menghadap Bapak Bupati.\n\nHormat kami,\nSuryadi\nKetua Gapoktan",
    ),
    Case(
        "email",
        "prokom",
        "Yth. Sekretariat Daerah Kukar,\n\nPanitia MTQ ke-45 tingkat Kecamatan Muara Kaman telah menyampaikan undangan kepada Bapak Bupati untuk membuka acara pada 17 Juli 2025 pukul 19.30 WITA di lapangan Desa Muara Kaman Ulu. Undangan kami antar tanggal 20 Juni. Kami perlu kepastian apakah Bapak Bupati berkenan hadir atau diwakilkan, karena susunan acara, tempat duduk tamu, dan naskah sambutan harus disiapkan. Sampai sekarang belum ada konfirmasi.\n\nHormat kami,\nH. Muhammad Arsyad\nKetua Panitia",
    ),
    Case(
        "email",
        "prokom",
        "Dengan hormat,\nSanggar Tari Lembuswana Tenggarong telah menandatangani perjanjian dengan panitia untuk menampilkan tari Jepen pada upacara peringatan HUT RI di halaman Kantor Bupati pada 17 Agustus 2024. Kami sudah berlatih sebulan dengan 24 penari. Namun pada hari H, penampilan kami dicoret dari susunan acara lima menit sebelum tampil, tanpa penjelasan, dan anak-anak penari menangis di pinggir lapangan. Honor kami sudah diselesaikan, jadi ini bukan soal uang.\nKami mohon penjelasan dan agar pengaturan acara resmi ke depan lebih tertib dan menghargai pengisi acara.\n\nHormat kami,\nRatna Dewi\nPimpinan Sanggar",
    ),
    Case(
        "whatsapp",
        "prokom",
        "Selamat siang, saya wartawan media online lokal di Tenggarong. Tadi ada jumpa pers Bupati soal program pendidikan gratis di pendopo, tapi kami wartawan lokal tidak diberi tahu, hanya media tertentu yang diundang. Siaran persnya juga tidak dibagikan ke grup media. Mohon ke depan info peliputan kegiatan pimpinan dibagikan merata",
    ),
    Case(
        "whatsapp",
        "prokom",
        "Pak, postingan IG resmi Bupati kemarin soal kunjungan ke desa kami salah tulis nama desa, ditulis Desa Pela Kecamatan Kenohan, padahal Desa Pela itu di Kecamatan Kota Bangun. Warga kami jadi ramai di komentar. Mohon caption-nya diperbaiki ya pak",
    ),
    Case(
        "whatsapp",
        "prokom",
        "assalamualaikum pian, ulun ketua panitia Pesta Adat Desa Kedang Ipil, Kota Bangun. undangan gasan Bapak Bupati sudah ulun antar ke kantor bupati tanggal 2 tadi, acaranya tanggal 25. sampai wayah ini kada ada kabar sidin kawa hadir kah kada. warga sudah bausaha menyiapakan penyambutan. tulung dikabari lah",
    ),
    Case(
        "whatsapp",
        "prokom",
        "Mau komplain soal akun medsos resmi Bupati Kukar. Komentar saya yang isinya kritik sopan soal banjir di Loa Janan dihapus, sekarang akun saya diblokir tidak bisa komentar lagi. Akun resmi pemerintah kok anti kritik? Mohon admin medsosnya dievaluasi",
    ),
    Case(
        "web",
        "prokom",
        "Di kanal YouTube resmi Pemkab Kukar, video sambutan Bupati pada peresmian panti asuhan kami bulan lalu diberi judul dan deskripsi yang keliru: nama yayasan kami tertulis Yayasan Nurul Hikmah, seharusnya Yayasan Nurul Hidayah Loa Kulu. Kutipan sambutan di berita portal pemkab juga salah menyebut jumlah anak asuh. Mohon publikasinya dikoreksi.",
    ),
    Case(
        "web",
        "prokom",
        "Kami pengurus BEM Universitas Kutai Kartanegara ingin menyampaikan aspirasi mahasiswa secara langsung kepada Bapak Bupati terkait program beasiswa daerah yang pencairannya terlambat. Kami sudah dua kali datang membawa surat, namun selalu diarahkan ke tempat lain. Bagaimana prosedur yang benar untuk memohon waktu bertemu Bapak Bupati dan berapa lama biasanya menunggu jadwal?",
    ),
    Case(
        "sms",
        "prokom",
        "Pak, aku ketua kelompok nelayan Muara Badak. Kami mau ketemu langsung Pak Bupati nyampaikan soal jaring & mesin kapal. Caranya ngajukan gimana? Surat ditujukan ke mana? Trims",
    ),
    Case(
        "sms",
        "prokom",
        "Upacara hari jadi Kukar tadi pagi, tokoh adat dr Kutai Lama yg diundang resmi tdk dpt kursi, disuruh berdiri di belakang. Mohon pengaturan tamu undangan diperbaiki.",
    ),
    Case(
        "telegram",
        "prokom",
        "Selamat malam. Peresmian jalan poros Desa Bangun Rejo oleh Bupati yang dijadwalkan Sabtu besok tiba-tiba dikabarkan ditunda, tapi tidak ada pemberitahuan resmi ke desa. Warga sudah pasang tenda, masak, dan siapkan hadrah untuk penyambutan. Mohon kepastian jadwal acara peresmiannya.",
    ),
    Case(
        "telegram",
        "prokom",
        "Kami panitia Festival Budaya Muara Muntai. Acara kami dihadiri Wakil Bupati 3 minggu lalu dan ada tim dokumentasi pemkab yang memotret, tapi sampai sekarang tidak ada satu pun berita atau unggahan di kanal resmi pemkab, padahal kami sudah kirim bahan rilis. Apakah kegiatan desa tidak dipublikasikan?",
    ),
    Case(
        "twitter",
        "prokom",
        "Udah 3x DM akun resmi Bupati Kukar nanya jadwal open house lebaran, nggak pernah dibalas. Akun resmi cuma posting seremonial doang, nggak ada interaksi. @pemkabkukar",
    ),
    Case(
        "twitter",
        "prokom",
        "Pembukaan Erau tadi molor 2 jam, tamu undangan lansia disuruh nunggu berdiri di bawah terik tanpa tenda. Susunan acaranya amburadul. Tolong evaluasi penyelenggaraan acaranya @pemkabkukar",
    ),
]

_PERENCANAAN_KEUANGAN = [
    Case(
        "email",
        "perencanaan_keuangan",
        "Nomor: 022/TM/IV/2025\nPerihal: Permohonan pembayaran tagihan\n\nYth. Sekretaris Daerah Kabupaten Kutai Kartanegara\n\nDengan hormat,\nCV Tunas Mandiri Tenggarong telah menyelesaikan penyediaan alat tulis kantor dan kertas untuk Sekretariat Daerah sesuai Surat Pesanan Nomor 027/114/SP/XII/2024 senilai Rp 86.450.000. Barang telah diterima lengkap dengan berita acara serah terima tanggal 18 Desember 2024, dan tagihan beserta faktur pajak telah kami serahkan pada 20 Desember 2024. Hingga April 2025 pembayaran belum kami terima.\nKami usaha kecil dan modal kerja kami tertahan. Mohon kiranya pembayaran dapat segera diproses.\n\nHormat kami,\nHj. Masitah\nDirektur",
    ),
    Case(
        "email",
        "perencanaan_keuangan",
        "Yth. Bapak/Ibu di Sekretariat Daerah Kukar,\n\nKami dari Rumah Makan Ayam Bakar Tepian, Tenggarong, menyediakan makan siang dan kudapan untuk rapat koordinasi yang diselenggarakan Sekretariat Daerah di Ruang Serbaguna pada 12-13 November 2024, sebanyak 640 kotak, total Rp 32.000.000 sesuai nota pesanan. Sampai Februari 2025 tagihan kami belum dibayar, dan setiap kami tanya jawabannya masih menunggu kelengkapan pertanggungjawaban.\nMohon kejelasan kapan tagihan kami dibayarkan.\n\nHormat kami,\nAbdul Gani",
    ),
    Case(
        "email",
        "perencanaan_keuangan",
        "Dengan hormat,\nSaya dosen Universitas Kutai Kartanegara yang diundang sebagai narasumber pada bimbingan teknis penyusunan laporan kinerja yang diadakan Sekretariat Daerah pada 8 Oktober 2024. Saya sudah menandatangani daftar hadir dan kuitansi serta menyerahkan materi dan NPWP, namun honorarium narasumber belum saya terima hingga saat ini, hampir empat bulan kemudian.\nMohon informasi status pembayarannya.\n\nHormat saya,\nDr. Hj. Rusdiana, M.Si.",
    ),
    Case(
        "whatsapp",
        "perencanaan_keuangan",
        "assalamualaikum pian. ulun pegawai di Setda, TPP bulan Maret wan April sampai wayah ini kada cair2. bubuhan dinas lain sudah cair jar. ulun handak betakun napa masalahnya, kapan kawa dibayar? anak ulun handak bayar sekolah",
    ),
    Case(
        "whatsapp",
        "perencanaan_keuangan",
        "Selamat siang. Saya staf Setda yang ditugaskan ke Jakarta 3-6 Februari untuk konsultasi ke kementerian. Tiket pesawat dan hotel saya talangi pakai uang pribadi sekitar Rp 9,8 juta. Semua bukti sudah saya serahkan ke bendahara tanggal 10 Februari, tapi sampai sekarang SPPD-nya belum diganti. Mohon dibantu",
    ),
    Case(
        "whatsapp",
        "perencanaan_keuangan",
        "Pak, saya pemilik Bengkel Mandiri Motor di Jl. Panjaitan Tenggarong. Kami servis dan ganti ban 6 unit mobil dinas Setda bulan Oktober, tagihan Rp 27.600.000 sudah kami kirim dengan nota lengkap. Sudah 5 bulan belum dibayar, sementara spare part kami beli kontan. Tolong dibantu tanyakan kapan pembayarannya",
    ),
    Case(
        "whatsapp",
        "perencanaan_keuangan",
        "permisi pak, aku tenaga kontrak di Setda, kerjanya bersih2 ruangan. honor kami bulan Januari sama Februari belum dibayar, katanya anggarannya belum turun. kami ndik ade penghasilan lain pak, dah ngutang di warung. kapan dibayar?",
    ),
    Case(
        "web",
        "perencanaan_keuangan",
        "Kami CV Gema Nada, penyedia sewa tata suara dan panggung untuk rangkaian acara HUT Kabupaten yang diselenggarakan Sekretariat Daerah pada September 2024. Pekerjaan selesai, berita acara ditandatangani, dan dokumen tagihan lengkap kami serahkan 2 Oktober 2024 sebesar Rp 48.500.000. Sampai saat ini belum dibayar dengan alasan masih menunggu SPJ kegiatan selesai disusun. Mohon kepastian pembayaran.",
    ),
    Case(
        "web",
        "perencanaan_keuangan",
        "Saya ASN di lingkungan Sekretariat Daerah. TPP saya bulan Mei dipotong hampir 40% tanpa penjelasan. Presensi saya lengkap dan laporan kinerja sudah diunggah tepat waktu. Saya mohon rincian perhitungan potongan tersebut dan, jika ada kesalahan input, agar kekurangannya dibayarkan bulan berikutnya.",
    ),
    Case(
        "sms",
        "perencanaan_keuangan",
        "Yth Setda Kukar, tagihan cetak spanduk & baliho Percetakan Karya Baru utk kegiatan Setda Des 2024 Rp 14,2 jt blm dibayar smp skrg. Mohon info. -Hendrik",
    ),
    Case(
        "sms",
        "perencanaan_keuangan",
        "Pak, SPJ kegiatan rapat kami di Setda sdh 3x dikembalikan bendahara krn format beda2. Akibatnya uang kegiatan bln berikut blm bisa diajukan. Mohon ada format baku.",
    ),
    Case(
        "telegram",
        "perencanaan_keuangan",
        "Selamat pagi. Kami dari manajemen hotel di Tenggarong. Sekretariat Daerah menyewa aula dan 20 kamar kami untuk kegiatan bimtek pada 21-23 Agustus 2024, total tagihan Rp 61.750.000. Invoice sudah kami kirim beserta daftar tamu, tetapi hingga Desember belum ada pembayaran. Mohon informasi kepada siapa kami menindaklanjuti.",
    ),
    Case(
        "telegram",
        "perencanaan_keuangan",
        "Assalamualaikum. Saya qari yang diminta membaca tilawah pada acara peringatan Isra Miraj dan upacara pelantikan pejabat yang diadakan Setda bulan Januari dan Februari. Waktu itu dijanjikan ada honor dan saya sudah tanda tangan kuitansi, tapi sampai sekarang belum ditransfer. Mohon dicek pak",
    ),
    Case(
        "twitter",
        "perencanaan_keuangan",
        "Setda Kukar ambil sparepart & tinta printer dari toko kami sejak Oktober, total 19 juta, tagihan udah lengkap tapi 6 bulan belum dibayar. Usaha kecil kayak kami mau muter modal pakai apa? @pemkabkukar",
    ),
    Case(
        "twitter",
        "perencanaan_keuangan",
        "Suami kerja di Setda Kukar, uang harian perjalanan dinas ke Balikpapan bulan lalu belum diganti juga, padahal udah nombok duluan. Kapan cairnya? @pemkabkukar",
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
