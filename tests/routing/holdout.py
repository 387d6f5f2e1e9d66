# ruff: noqa: E501  (a table of whole sentences reads better unwrapped)
"""A TUNING set (see docs/routing.md): it was written blind, before reading the rules, and labelled
by docs/sections.md mandates only, but the rules have since been changed while its errors were known,
so its score no longer estimates accuracy on unseen complaints; it guards against regressions. Hard cases carry a comment with
the reasoning behind the label.

Labelling conventions for mandates that overlap:
- an illegal levy or extra fee charged for a service (even by a village head or a camat's staff)
  is `organisasi` (its mandate names pungli explicitly); the conduct of a village head otherwise
  (absence, nepotism, village funds, musdes, elections) is `pemerintahan`;
- bribes or rigging inside a tender are `pbj` (the procurement process), not pungli at a counter;
- a company's CSR/TJSL money and how it is shared is `kerjasama`, even when the company mines coal
  or grows oil palm; the mine's or plantation's damage itself is `sda`;
- an unpaid invoice of a vendor who served the Secretariat is `perencanaan_keuangan`, not `pbj`;
- a Perda/Perbup as such (is it in force, where is the text, a draft) is `hukum`, whatever its topic;
- a request to borrow a hall or room at the regent's office is `umum`; a request to meet or invite
  the regent is `prokom`;
- subsidised fertiliser for farmers is `sda` (farm assistance), not `perekonomian` (staple goods).
"""

HOLDOUT: list[tuple[str, str, str]] = [
    # ---------------------------------------------------------------- pemerintahan
    (
        "pemerintahan",
        "sms",
        "kades kami jarang ngantor, warga mau ketemu susah bgt. desa Sungai Payang Loa Kulu",
    ),
    (
        "pemerintahan",
        "whatsapp",
        "Pak, pilkades di Desa Bukit Raya Tenggarong Seberang ada dugaan politik uang, amplop 200rb per KK. panitia diam aja. mohon ditindak",
    ),
    (
        "pemerintahan",
        "email",
        "Dengan hormat,\n\nKami warga RT 12 Kelurahan Loa Ipuh, Kecamatan Tenggarong, mengajukan permohonan pemekaran RT karena jumlah kepala keluarga di RT kami sudah lebih dari 150 KK sehingga pelayanan ketua RT tidak lagi efektif.\n\nAtas perhatian Bapak kami ucapkan terima kasih.\n\nHormat kami,\nPerwakilan warga RT 12",
    ),
    (
        "pemerintahan",
        "twitter",
        "@kukarkab tapal batas desa Sumber Sari sm desa Bukit Pariaman gak jelas, patoknya dicabut orang. pemkab tolong turun dong",
    ),
    (
        "pemerintahan",
        "telegram",
        "Ketua RT kami mengundurkan diri sejak Januari, sampai sekarang belum ada pemilihan ketua RT baru. Pak lurah diam saja.",
    ),
    (
        "pemerintahan",
        "sms",
        "ulun warga desa Tanjung Batu, handak melapor petinggi kami kada pernah mengundang warga musdes, sagala diputus surang",
    ),
    (
        "pemerintahan",
        "web",
        "Pengangkatan perangkat desa di salah satu desa di Kecamatan Kembang Janggut dilakukan tanpa penjaringan dan penyaringan, semua yang diangkat keluarga kepala desa. Mohon camat dan Pemkab meninjau SK pengangkatan tersebut.",
    ),
    (
        "pemerintahan",
        "whatsapp",
        "pak kapan pelantikan kades terpilih desa kami? pilkades udah 3 bulan lalu tp blm dilantik2, masih dipegang pj kades",
    ),
    # Land dispute between two villages: land administration disputes between villages are in the mandate.
    (
        "pemerintahan",
        "email",
        "Yth. Kepala Bagian Pemerintahan Setda Kukar\n\nBersama ini kami sampaikan bahwa terjadi tumpang tindih lahan di perbatasan Desa Sebuntal dan Desa Bunga Putih, Kecamatan Marangkayu. Kedua pemerintah desa sama-sama menerbitkan surat keterangan tanah atas lokasi yang sama sehingga warga saling klaim. Mohon fasilitasi penyelesaian.\n\nWassalam,\nKetua BPD Desa Sebuntal",
    ),
    (
        "pemerintahan",
        "sms",
        "BPD desa kami tdk prnh rapat, APBDes tdk dipasang di baliho, warga tdk tau dana desa dipake apa",
    ),
    (
        "pemerintahan",
        "twitter",
        "KECAMATAN MUARA KAMAN HARUS DIMEKARKAN!! wilayahnya luas bgt, ke kantor camat aja 3 jam naik ketinting",
    ),
    (
        "pemerintahan",
        "sms",
        "mhn info syarat jd calon kades thn ini, kpn pendaftaran dibuka di kec. sebulu?",
    ),
    (
        "pemerintahan",
        "telegram",
        "Warga Desa Loa Janan Ulu mempertanyakan usulan perubahan status desa menjadi kelurahan, tidak pernah ada sosialisasi dari kecamatan.",
    ),
    (
        "pemerintahan",
        "whatsapp",
        "kades korupsi DD, laporan pertanggungjawaban tdk prnh disampaikan ke warga. sdh 2 periode begini trs 😡",
    ),
    (
        "pemerintahan",
        "web",
        "Sekretaris desa kami merangkap sebagai pengurus partai dan jarang masuk kantor desa. Bagaimana aturan dan siapa yang berwenang menegur perangkat desa?",
    ),
    # ---------------------------------------------------------------- kesra
    (
        "kesra",
        "sms",
        "beasiswa kukar idaman thn ini kpn dibuka pendaftaranny? anak sy br lulus SMA",
    ),
    (
        "kesra",
        "whatsapp",
        "Assalamualaikum pak, insentif guru ngaji TPA kami blm masuk sejak bulan 6, ustadzah2 udh nanya terus 🙏",
    ),
    (
        "kesra",
        "email",
        "Dengan hormat,\n\nKami pengurus Langgar Al-Ikhlas Desa Rapak Lambur, Tenggarong, bermaksud mengajukan proposal bantuan untuk rehab langgar yang atapnya rusak dan tempat wudhunya tidak layak. Proposal sudah kami serahkan melalui kecamatan bulan Maret.\n\nMohon informasi tindak lanjutnya.\n\nWassalamualaikum wr. wb.\nKetua Pengurus",
    ),
    (
        "kesra",
        "twitter",
        "kafilah MTQ kecamatan Sebulu blm dapet uang pembinaan, katanya dr kabupaten. gmn nih @kukarkab",
    ),
    (
        "kesra",
        "telegram",
        "Calon jemaah haji asal Kota Bangun bertanya apakah ada fasilitas transportasi dari kabupaten ke embarkasi Balikpapan tahun ini.",
    ),
    (
        "kesra",
        "web",
        "Kami majelis jemaat gereja di Samboja mengajukan permohonan bantuan renovasi atap gereja yang bocor. Mohon informasi persyaratan bantuan rumah ibadah.",
    ),
    (
        "kesra",
        "sms",
        "bansos utk kelompok lansia di RT kami ga prnh turun pdhl sdh ajukan proposal 2x",
    ),
    (
        "kesra",
        "whatsapp",
        "pian, ulun handak betakon beasiswa S2 dari pemkab masih ada kah? syaratnya apa aja",
    ),
    (
        "kesra",
        "email",
        "Selamat siang,\n\nNama saya tercantum sebagai penerima beasiswa prestasi tahun 2024 di pengumuman resmi, namun sampai hari ini dananya belum ditransfer ke rekening saya. Saya sudah mengirim berkas lengkap.\n\nMohon bantuannya.\nTerima kasih,\nMahasiswa Universitas Kutai Kartanegara",
    ),
    ("kesra", "twitter", "BEASISWA MAHASISWA KUKAR TELAT LAGI!!! KAMI BAYAR UKT PAKE APA?? 😭😭"),
    (
        "kesra",
        "telegram",
        "insentif imam masjid, marbot dan penjaga makam thn ini jadi dinaikkan? blm ada kabar dr kabupaten",
    ),
    ("kesra", "sms", "hibah utk pura di desa kami sdh disetujui tp dananya blm dicairkan smp skrg"),
    # Health welfare programme coordination (free treatment for the poor) is kesra, not organisasi.
    (
        "kesra",
        "web",
        "Program berobat gratis untuk warga kurang mampu tidak jelas. Ibu saya ditolak karena kartu BPJS PBI tidak aktif padahal kami terdaftar sebagai keluarga miskin.",
    ),
    (
        "kesra",
        "whatsapp",
        "bantuan seragam sekolah gratis utk anak SD di Tabang kok ga merata ya, byk yg ga dapet",
    ),
    ("kesra", "sms", "beasiswa kpn cair?"),
    (
        "kesra",
        "telegram",
        "Pak, honor guru TPQ dan insentif pengurus masjid di Kecamatan Anggana kenapa dipotong? dulu 500rb sekarang 300rb",
    ),
    # ---------------------------------------------------------------- hukum
    (
        "hukum",
        "web",
        "Saya mencari salinan Perbup tentang penghasilan tetap perangkat desa tahun 2022, tetapi di website JDIH tidak bisa diunduh.",
    ),
    (
        "hukum",
        "sms",
        "mhn info bantuan hukum gratis utk warga tdk mampu, sy digugat org soal tanah warisan",
    ),
    (
        "hukum",
        "email",
        "Dengan hormat,\n\nKami dari Lembaga Bantuan Hukum yang mendampingi warga Desa Perangat Baru memohon informasi perkembangan gugatan warga terhadap Pemerintah Kabupaten Kutai Kartanegara di Pengadilan Negeri Tenggarong terkait ganti rugi lahan.\n\nHormat kami,\nKuasa Hukum",
    ),
    (
        "hukum",
        "twitter",
        "ranperda ttg pengakuan masyarakat adat kapan dibahas? udh 3 thn ngambang @kukarkab",
    ),
    (
        "hukum",
        "telegram",
        "Kami dari salah satu OPD mohon pendampingan hukum karena dinas kami digugat ke PTUN oleh kontraktor terkait pemutusan kontrak.",
    ),
    # About the Perda itself (is it in force), not about parking at the regent's office.
    (
        "hukum",
        "whatsapp",
        "pak, perda retribusi parkir yg baru itu apa udh berlaku? tukang parkir di tepian narik 5rb skrg",
    ),
    ("hukum", "sms", "web jdih kukar error trs, gabisa buka produk hukum"),
    (
        "hukum",
        "web",
        "Kami ingin memberi masukan pada rancangan peraturan bupati tentang pengelolaan sampah. Di mana draftnya bisa dibaca dan kapan uji publiknya?",
    ),
    (
        "hukum",
        "whatsapp",
        "ulun kena tipu urang jual tanah, handak minta bantuan hukum, kada punya duit bayar pengacara",
    ),
    (
        "hukum",
        "twitter",
        "perbup soal jam operasional tempat hiburan malam di tenggarong itu msh berlaku ga sih? dilanggar terus",
    ),
    (
        "hukum",
        "telegram",
        "Mohon dikirimkan file Perda Nomor 9 Tahun 2023 beserta lampirannya, di situs tidak lengkap.",
    ),
    (
        "hukum",
        "sms",
        "putusan pengadilan sdh inkracht, pemkab hrs bayar ganti rugi lahan kami tp smp skrg blm dilaksanakan",
    ),
    (
        "hukum",
        "email",
        "Yth. Bagian Hukum,\n\nKecamatan Loa Janan mohon telaah hukum atas rancangan keputusan camat tentang penetapan lokasi pasar malam, apakah bertentangan dengan peraturan daerah yang lebih tinggi.\n\nTerima kasih.\nSekretaris Kecamatan",
    ),
    (
        "hukum",
        "whatsapp",
        "mau konsultasi hukum, tanah sy diserobot perusahaan, sertifikat ada. bisa dibantu pendampingan ga pak?",
    ),
    # ---------------------------------------------------------------- kerjasama
    (
        "kerjasama",
        "email",
        "Dengan hormat,\n\nUniversitas Mulawarman bermaksud menjajaki nota kesepahaman dengan Pemerintah Kabupaten Kutai Kartanegara di bidang KKN tematik dan penelitian. Mohon informasi prosedur dan dokumen yang perlu kami siapkan.\n\nHormat kami,\nWakil Rektor Bidang Kerja Sama",
    ),
    # CSR of a mining company: the sharing of CSR money is kerjasama, not the mine's damage (sda).
    (
        "kerjasama",
        "sms",
        "dana CSR perusahaan tambang utk desa kami kmn? thn ini blm ada sama sekali",
    ),
    (
        "kerjasama",
        "whatsapp",
        "pak, program TJSL dari perusahaan migas di Muara Badak kok cuma dinikmati 1 RT aja",
    ),
    (
        "kerjasama",
        "twitter",
        "@kukarkab MoU sama Pemkot Samarinda soal pengelolaan sampah gimana kabarnya? kok sepi",
    ),
    (
        "kerjasama",
        "web",
        "Yayasan kami ingin mengajukan perjanjian kerja sama dengan Pemkab untuk pelatihan keterampilan pemuda. Bagaimana alur pengajuan PKS-nya?",
    ),
    (
        "kerjasama",
        "telegram",
        "Perjanjian kerja sama dengan BPJS Ketenagakerjaan untuk perlindungan pekerja rentan sudah habis masa berlakunya, apakah akan diperpanjang?",
    ),
    ("kerjasama", "sms", "forum CSR kukar kpn rapat lg? desa kami blm prnh dpt program"),
    (
        "kerjasama",
        "email",
        "Perihal: Permohonan Kerja Sama Antar Daerah\n\nPemerintah Kabupaten Paser bermaksud menjalin kerja sama antar daerah dengan Pemerintah Kabupaten Kutai Kartanegara di bidang pariwisata dan perdagangan. Mohon arahan mengenai tahapan penyusunan kesepakatan bersama.\n\nTerima kasih.",
    ),
    # Oil palm company, but the complaint is about its CSR being shared unfairly.
    (
        "kerjasama",
        "whatsapp",
        "bantuan CSR dari perusahaan sawit di Kembang Janggut kada merata, ulun minta pemkab mengawasi penyalurannya",
    ),
    (
        "kerjasama",
        "twitter",
        "kerja sama sister city Kukar dgn kota di luar negeri itu hasilnya apa? cuma kunjungan doang",
    ),
    (
        "kerjasama",
        "web",
        "Kami dari politeknik ingin memperpanjang nota kesepahaman program magang mahasiswa di lingkungan Pemkab yang berakhir bulan depan.",
    ),
    (
        "kerjasama",
        "telegram",
        "Draft perjanjian kerjasama dengan pihak ketiga untuk pengelolaan dermaga wisata sudah kami kirim sebulan lalu, mohon ditindaklanjuti.",
    ),
    (
        "kerjasama",
        "sms",
        "dana tanggung jawab sosial perusahaan batubara di loa kulu cuma dibagi ke org2 dekat kades",
    ),
    (
        "kerjasama",
        "whatsapp",
        "Bank daerah mau kerjasama penyaluran kredit utk ASN? ada MoU nya ga pak, kami dari koperasi mau ikut",
    ),
    # ---------------------------------------------------------------- perekonomian
    ("perekonomian", "sms", "lpg langka"),
    ("perekonomian", "sms", "gas melon di Sanga-Sanga 40rb/tabung, pangkalan tutup trs"),
    (
        "perekonomian",
        "twitter",
        "antrian solar di SPBU Loa Janan sampe 2 km, truk2 nginep di jalan. @kukarkab",
    ),
    ("perekonomian", "whatsapp", "harga cabe di pasar Tangga Arung naik gila, 120rb sekilo 🌶️"),
    (
        "perekonomian",
        "web",
        "Pedagang Pasar Kota Bangun keberatan dengan kenaikan sewa los dan pembagian lapak yang tidak adil oleh pengelola pasar.",
    ),
    (
        "perekonomian",
        "email",
        "Dengan hormat,\n\nKami pelaku UMKM keripik pisang di Tenggarong Seberang memohon informasi program pendampingan usaha, sertifikasi halal dan bantuan modal bagi usaha mikro.\n\nTerima kasih atas perhatiannya.\nIbu Rahmah",
    ),
    (
        "perekonomian",
        "telegram",
        "Perusda milik Pemkab katanya rugi terus tiap tahun, kapan BUMD ini diaudit dan dievaluasi direksinya?",
    ),
    ("perekonomian", "sms", "minyak goreng di warung kada ada, pian tolong cek distributornya"),
    (
        "perekonomian",
        "whatsapp",
        "beras naik lagi bu, 5kg skrg 85rb, operasi pasar kapan ada di muara jawa?",
    ),
    (
        "perekonomian",
        "twitter",
        "PERTALITE KOSONG DI SEMUA SPBU TENGGARONG!! pengecer jual 20rb/liter",
    ),
    (
        "perekonomian",
        "web",
        "Pangkalan elpiji 3 kg di desa kami menjual ke pengecer dengan harga tinggi sehingga warga tidak kebagian.",
    ),
    ("perekonomian", "telegram", "gula pasir langka di Tabang, harganya 25 ribu sekilo"),
    (
        "perekonomian",
        "whatsapp",
        "mau daftar bazar UMKM yg di tenggarong bulan depan, kami usaha amplang. daftarnya ke mana?",
    ),
    ("perekonomian", "sms", "harga telur & ayam naik trs, inflasi kukar gmn pemkab?"),
    # ---------------------------------------------------------------- sda
    (
        "sda",
        "sms",
        "lubang tambang dkt sekolah di loa kulu blm ditutup, thn lalu ada anak tenggelam",
    ),
    ("sda", "twitter", "sungai di Muara Kaman keruh & ikan2 mati, diduga limbah pabrik sawit 😢"),
    (
        "sda",
        "whatsapp",
        "kebun sawit perusahaan masuk lahan warga di Kembang Janggut, kebun plasma tdk diberikan",
    ),
    (
        "sda",
        "web",
        "Debu batubara dari jalan hauling di Sanga-Sanga masuk ke rumah warga setiap hari, anak-anak batuk dan sesak napas.",
    ),
    (
        "sda",
        "email",
        "Dengan hormat,\n\nKelompok Tani Maju Jaya Desa Loleng, Kecamatan Kota Bangun, mengajukan permohonan bantuan alat dan mesin pertanian berupa hand traktor dan pompa air untuk musim tanam mendatang.\n\nHormat kami,\nKetua Kelompok Tani",
    ),
    (
        "sda",
        "telegram",
        "bantuan mesin tempel dan jaring utk nelayan Anggana sampai skrg blm turun, padahal sdh didata",
    ),
    (
        "sda",
        "sms",
        "banyu sungai di kampung kami hirang wan bebau, mun kena kulit gatal. ada tambang di hulu",
    ),
    ("sda", "twitter", "ilegal logging di hutan Tabang makin parah, truk kayu lewat tiap malem"),
    # Subsidised fertiliser is farm assistance (sda), not staple-goods scarcity (perekonomian).
    ("sda", "whatsapp", "pupuk subsidi langka pak, petani padi di Sebulu gak bisa tanam"),
    (
        "sda",
        "web",
        "Ada tambang ilegal yang beroperasi dekat permukiman Desa Batuah, Loa Janan, menggunakan alat berat pada malam hari.",
    ),
    (
        "sda",
        "email",
        "Kepada Yth. Bapak Bupati\n\nKami warga sekitar PLTU di Tenggarong Seberang melaporkan pencemaran udara dan abu yang jatuh di atap rumah kami sejak beberapa bulan ini.\n\nMohon ditindaklanjuti.\nWarga RT 07",
    ),
    ("sda", "telegram", "kebakaran hutan dan lahan di Samboja, asapnya sampai ke jalan tol"),
    ("sda", "sms", "bibit ikan & pakan utk pembudidaya keramba di Kota Bangun kpn dibagi"),
    (
        "sda",
        "whatsapp",
        "banjir lumpur dari lokasi tambang nutupin sawah kami, gagal panen 2 musim",
    ),
    ("sda", "twitter", "hutan mangrove di delta mahakam dibabat buat tambak, abrasi makin parah"),
    # ---------------------------------------------------------------- adpem
    (
        "adpem",
        "sms",
        "jalan poros kota bangun - muara muntai baru diperbaiki thn lalu, skrg udh hancur lagi. kualitas proyek asal2an",
    ),
    ("adpem", "twitter", "jembatan di Loa Kulu mangkrak 2 thn, tiangnya doang yg berdiri 🤦"),
    (
        "adpem",
        "whatsapp",
        "drainase yg baru dibangun di jl. Panjaitan Tenggarong udh retak2, kontraktornya asal jadi",
    ),
    (
        "adpem",
        "web",
        "Pembangunan gedung puskesmas pembantu di desa kami sudah melewati masa kontrak, namun pekerjaan fisik baru sekitar 40 persen.",
    ),
    (
        "adpem",
        "email",
        "Dengan hormat,\n\nKami menyampaikan bahwa pekerjaan semenisasi jalan usaha tani di Desa Sumber Sari dikerjakan dengan ketebalan beton yang sangat tipis dan kini sudah retak di banyak titik, padahal baru selesai dua bulan.\n\nHormat kami,\nKelompok warga",
    ),
    (
        "adpem",
        "telegram",
        "proyek turap sungai di Muara Badak ditinggal kontraktor, alat berat udh ditarik semua",
    ),
    (
        "adpem",
        "sms",
        "jalan ke desa kami rusak parah, mun hujan kada kawa dilewati, sdh dijanjikan diaspal thn lalu",
    ),
    (
        "adpem",
        "twitter",
        "JALAN DI SAMBOJA KAYAK KUBANGAN KERBAU. ANGGARAN TIAP TAHUN ADA TAPI GA PERNAH BERES",
    ),
    (
        "adpem",
        "web",
        "Pembangunan gedung olahraga di kecamatan kami terbengkalai sejak 2022, bangunan mulai rusak dan dipakai anak-anak nongkrong.",
    ),
    (
        "adpem",
        "whatsapp",
        "papan proyek ga dipasang, kami ga tau ini proyek apa & anggarannya brp, pengerjaan jalan lingkungan di RT 3",
    ),
    (
        "adpem",
        "email",
        "Yth. Bagian Administrasi Pembangunan\n\nKami mohon data realisasi fisik dan keuangan kegiatan pembangunan APBD 2024 di Kecamatan Muara Jawa sebagai bahan pemantauan oleh forum warga.\n\nTerima kasih.",
    ),
    (
        "adpem",
        "telegram",
        "aspal baru 3 bulan di jalan Tenggarong Seberang udh bolong2, siapa yg ngawasin proyeknya?",
    ),
    (
        "adpem",
        "sms",
        "gedung sekolah baru di Tabang blm selesai tp anak2 udh disuruh pindah, atapnya bocor",
    ),
    ("adpem", "whatsapp", "jalan rusak parah"),
    # ---------------------------------------------------------------- pbj
    (
        "pbj",
        "email",
        "Dengan hormat,\n\nKami CV Karya Mandiri menyampaikan sanggahan atas hasil evaluasi tender paket peningkatan jalan di Kecamatan Tabang, karena penawaran kami digugurkan dengan alasan yang tidak tercantum dalam dokumen pemilihan.\n\nHormat kami,\nDirektur",
    ),
    (
        "pbj",
        "sms",
        "lpse kukar ga bs login, akun penyedia terkunci, besok batas upload dokumen penawaran",
    ),
    (
        "pbj",
        "twitter",
        "pemenang lelang proyek di kukar itu2 aja, perusahaannya satu keluarga. tender cuma formalitas",
    ),
    (
        "pbj",
        "whatsapp",
        "pak mau tanya cara daftar jd penyedia di e-katalog lokal kukar, produk kami mebel kayu",
    ),
    (
        "pbj",
        "web",
        "Pengumuman pemenang tender paket rehabilitasi gedung ditunda berkali-kali tanpa penjelasan dari pokja pemilihan.",
    ),
    ("pbj", "telegram", "verifikasi akun SPSE perusahaan kami sudah 2 minggu belum diproses"),
    (
        "pbj",
        "sms",
        "paket pengadaan langsung di setda kok dikasih ke perusahaan luar daerah, pengusaha lokal gmn",
    ),
    (
        "pbj",
        "email",
        "Perihal: Permohonan Klarifikasi Hasil Evaluasi Kualifikasi\n\nKami digugurkan pada tahap evaluasi kualifikasi karena SBU dianggap tidak sesuai, padahal subklasifikasi kami sesuai dengan persyaratan. Mohon klarifikasi.\n\nTerima kasih.",
    ),
    (
        "pbj",
        "whatsapp",
        "ulun kontraktor kecil, handak ikut lelang tapi kada paham cara upload dokumen di LPSE",
    ),
    (
        "pbj",
        "web",
        "Harga laptop yang dibeli lewat e-katalog untuk kantor jauh di atas harga pasaran, mohon diperiksa.",
    ),
    ("pbj", "twitter", "@kukarkab jadwal tender di SIRUP sama di LPSE beda, mana yg bener?"),
    (
        "pbj",
        "telegram",
        "mohon info sanggah banding dikirim kemana dan jaminan sanggah bandingnya berapa persen",
    ),
    # A bribe demanded inside a tender is procurement (pbj), not pungli at a service counter.
    ("pbj", "sms", "oknum pokja minta uang pelicin biar perusahaan kami menang tender"),
    ("pbj", "whatsapp", "lpse down lg"),
    # ---------------------------------------------------------------- organisasi
    ("organisasi", "sms", "urus KTP di disdukcapil 3 bln blm jd, alasannya blanko habis trs"),
    # Pungli at a sub-district counter: the extra fee is the complaint, so organisasi not pemerintahan.
    (
        "organisasi",
        "whatsapp",
        "di kantor camat minta surat pengantar aja disuruh bayar 50rb, ga ada kwitansi",
    ),
    (
        "organisasi",
        "twitter",
        "pelayanan di MPP tenggarong lelet bgt, nomor antrean dipanggil 1 jam sekali, petugasnya main hp",
    ),
    (
        "organisasi",
        "web",
        "Di loket pelayanan perizinan tidak ada informasi standar pelayanan: persyaratan, biaya dan waktu penyelesaian tidak dipasang.",
    ),
    (
        "organisasi",
        "email",
        "Dengan hormat,\n\nSaya ingin mengadukan maladministrasi dalam pelayanan izin: berkas permohonan saya dikembalikan tiga kali dengan persyaratan yang berubah-ubah tanpa dasar yang jelas.\n\nHormat saya,\nPemohon",
    ),
    (
        "organisasi",
        "telegram",
        "link survei kepuasan masyarakat di kantor dinas tidak bisa dibuka, QR code-nya rusak",
    ),
    # A village head charging for a letter: the levy is the complaint (organisasi), see module docstring.
    (
        "organisasi",
        "sms",
        "kades minta uang rokok 200rb buat tanda tangan surat keterangan tdk mampu",
    ),
    (
        "organisasi",
        "whatsapp",
        "ulun sudah bolak-balik ke kantor dinas, petugasnya kada ada, disuruh datang besok terus",
    ),
    (
        "organisasi",
        "twitter",
        "PELAYANAN PUBLIK DI KUKAR MAKIN PARAH!! NOMOR PENGADUAN GA PERNAH DIANGKAT",
    ),
    (
        "organisasi",
        "web",
        "Petugas loket bersikap tidak ramah dan membentak warga lansia saat mengurus berkas.",
    ),
    (
        "organisasi",
        "email",
        "Yth. Bagian Organisasi\n\nSebagai masukan reformasi birokrasi, kami mengusulkan penyederhanaan SOP perizinan dan penerapan pelayanan online agar warga di kecamatan jauh seperti Tabang tidak harus datang ke Tenggarong.\n\nSalam,\nForum Warga",
    ),
    (
        "organisasi",
        "telegram",
        "mau urus izin usaha disuruh lewat calo, kalo urus sendiri dipersulit terus",
    ),
    ("organisasi", "sms", "jam pelayanan di kantor kelurahan tdk sesuai, jam 10 blm buka"),
    (
        "organisasi",
        "whatsapp",
        "Ada biaya tambahan di loket samsat? katanya biaya administrasi 100rb tanpa kwitansi",
    ),
    (
        "organisasi",
        "web",
        "Service di kantor dinas sangat slow, no clear SOP, staff saling lempar tanggung jawab.",
    ),
    # ---------------------------------------------------------------- umum
    (
        "umum",
        "web",
        "Kami ingin meminjam ruang rapat di Kantor Bupati untuk rapat koordinasi organisasi kepemudaan. Bagaimana prosedur peminjamannya?",
    ),
    (
        "umum",
        "sms",
        "mobil dinas plat merah dipake antar anak sekolah & belanja ke pasar tiap hari, nopol KT 1234",
    ),
    (
        "umum",
        "twitter",
        "parkiran kantor bupati kukar penuh mobil pegawai, tamu disuruh parkir di pinggir jalan",
    ),
    ("umum", "whatsapp", "toilet di lantai 2 kantor bupati kotor & bau, air ga ngalir"),
    (
        "umum",
        "email",
        "Dengan hormat,\n\nKami telah mengantar surat resmi kepada Sekretariat Daerah tiga minggu lalu namun belum menerima tanda terima maupun nomor agenda. Mohon dicek keberadaan surat kami di bagian persuratan.\n\nHormat kami,\nSekretaris Yayasan",
    ),
    ("umum", "telegram", "satpam kantor bupati tidur di pos, motor tamu hilang kemarin siang"),
    ("umum", "sms", "AC ruang tunggu lobi kantor bupati mati, panas bgt"),
    (
        "umum",
        "web",
        "Lift di gedung Sekretariat Daerah rusak sudah sebulan, pegawai dan tamu difabel kesulitan naik ke lantai atas.",
    ),
    # Borrowing a hall is umum even for a religious gathering (not kesra).
    (
        "umum",
        "whatsapp",
        "pian, ulun handak minjam aula kantor bupati gasan acara pengajian ibu-ibu, kayapa caranya?",
    ),
    (
        "umum",
        "twitter",
        "mobil dinas setda ugal2an di jalan Tenggarong-Samarinda, nyaris nabrak motor",
    ),
    (
        "umum",
        "telegram",
        "surat kami nomor agendanya berapa ya? sudah diantar ke TU setda tanggal 3",
    ),
    ("umum", "sms", "lampu halaman kantor bupati mati semua, gelap, rawan maling"),
    ("umum", "web", "Sampah menumpuk di belakang gedung kantor bupati, berbau dan banyak lalat."),
    (
        "umum",
        "email",
        "Selamat pagi,\n\nKendaraan dinas operasional yang dipinjamkan ke bagian kami mogok terus dan belum pernah diservis. Mohon tindak lanjut dari pengelola kendaraan dinas Setda.\n\nTerima kasih,\nStaf Setda",
    ),
    # ---------------------------------------------------------------- prokom
    (
        "prokom",
        "email",
        "Dengan hormat,\n\nKami Pengurus KNPI Kabupaten Kutai Kartanegara memohon waktu untuk beraudiensi dengan Bapak Bupati guna menyampaikan program kerja organisasi periode 2025-2028.\n\nHormat kami,\nKetua",
    ),
    (
        "prokom",
        "whatsapp",
        "pak mau ngundang bupati ke peresmian masjid di desa kami bulan depan, suratnya ditujukan ke mana?",
    ),
    (
        "prokom",
        "twitter",
        "admin IG resmi pemkab kok komen warga dihapus2? akun resmi harusnya terbuka kritik",
    ),
    (
        "prokom",
        "telegram",
        "Kami wartawan media online mohon jadwal doorstop atau konferensi pers Bupati terkait banjir di Kota Bangun.",
    ),
    (
        "prokom",
        "sms",
        "sambutan bupati di acara HUT desa kami bisa diwakilkan? bupati ga bisa hadir katanya",
    ),
    (
        "prokom",
        "web",
        "Kami panitia upacara adat Erau ingin mengetahui susunan acara resmi dan siapa yang akan mewakili Bupati dalam pembukaan.",
    ),
    (
        "prokom",
        "whatsapp",
        "ulun handak betemu lawan bupati, kayapa caranya? sudah datang ke kantor kada dibari masuk",
    ),
    (
        "prokom",
        "twitter",
        "KENAPA RILIS PERS PEMKAB SOAL BANJIR KEMARIN SALAH DATA?? HUMAS GIMANA SIH",
    ),
    (
        "prokom",
        "email",
        "Yth. Bagian Protokol dan Komunikasi Pimpinan\n\nKami dari media lokal mengajukan permohonan wawancara eksklusif dengan Bupati mengenai program 100 hari kerja.\n\nSalam,\nRedaksi",
    ),
    ("prokom", "telegram", "dokumentasi foto kegiatan bupati di website pemkab ga pernah update"),
    (
        "prokom",
        "sms",
        "mhn info protokol kunjungan kerja bupati ke muara jawa tgl 15, kami pihak desa sbg tuan rumah",
    ),
    (
        "prokom",
        "web",
        "Kami mengundang Bapak Bupati untuk membuka turnamen sepak bola antar kecamatan. Mohon informasi alur pengajuan undangan.",
    ),
    (
        "prokom",
        "whatsapp",
        "hoaks soal bupati beredar di grup FB, humas pemkab tolong klarifikasi dong",
    ),
    # ---------------------------------------------------------------- perencanaan_keuangan
    # A vendor's unpaid invoice from the Secretariat: finance, not procurement.
    (
        "perencanaan_keuangan",
        "email",
        "Dengan hormat,\n\nKami CV Sinar Abadi telah menyelesaikan pekerjaan penyediaan alat tulis kantor untuk Sekretariat Daerah sejak Agustus, namun sampai saat ini tagihan kami belum dibayarkan.\n\nMohon informasi kapan pembayaran dapat direalisasikan.\n\nHormat kami,\nDirektur",
    ),
    ("perencanaan_keuangan", "sms", "TPP pegawai setda bln ini blm masuk, bagian lain sdh"),
    (
        "perencanaan_keuangan",
        "whatsapp",
        "honor narasumber kegiatan sosialisasi di setda bulan lalu blm dibayar pak",
    ),
    (
        "perencanaan_keuangan",
        "telegram",
        "SPPD perjalanan dinas ke Jakarta bulan lalu belum diganti, kwitansi sudah dikumpul semua",
    ),
    (
        "perencanaan_keuangan",
        "web",
        "Gaji tenaga kontrak di Sekretariat Daerah terlambat dua bulan tanpa penjelasan.",
    ),
    (
        "perencanaan_keuangan",
        "twitter",
        "vendor katering rapat setda kukar belum dibayar 6 bulan, usaha kecil bisa bangkrut",
    ),
    (
        "perencanaan_keuangan",
        "sms",
        "duit perjalanan dinas ulun kada dibayar lagi, padahal sudah SPJ",
    ),
    (
        "perencanaan_keuangan",
        "email",
        "Yth. Bagian Perencanaan dan Keuangan\n\nMohon penjelasan pemotongan tambahan penghasilan pegawai bulan lalu. Kami tidak menerima pemberitahuan.\n\nTerima kasih,\nStaf Bagian Umum",
    ),
    (
        "perencanaan_keuangan",
        "whatsapp",
        "SPJ kegiatan bagian kami dikembalikan trs sama bendahara, syaratnya ga jelas",
    ),
    ("perencanaan_keuangan", "telegram", "uang lembur pegawai setda sejak maret belum dibayar"),
    (
        "perencanaan_keuangan",
        "web",
        "Invoice kami untuk sewa tenda dan sound system acara di kantor bupati sudah diserahkan ke bendahara Setda, sampai sekarang belum dibayarkan.",
    ),
    ("perencanaan_keuangan", "sms", "tpp blm cair"),
    (
        "perencanaan_keuangan",
        "email",
        "Dengan hormat,\n\nKami mohon informasi pagu anggaran dan DPA Sekretariat Daerah tahun 2025 untuk penyusunan rencana kegiatan bagian.\n\nTerima kasih.",
    ),
    (
        "perencanaan_keuangan",
        "whatsapp",
        "pak, pembayaran termin kedua pekerjaan kami di setda kok belum dibayar? berkas sdh lengkap 🙏",
    ),
]
