# ruff: noqa: E501  (a table of whole sentences reads better unwrapped)
"""Complaints written for these tests (not from the dev set), in the styles citizens use."""

PROBES: list[tuple[str, str, str]] = [
    (
        "pemerintahan",
        "sms",
        "pak camat tlg turun ke desa kami, kades sm bpd ribut trs soal dana desa",
    ),
    (
        "pemerintahan",
        "email",
        "Dengan hormat, kami mohon kejelasan batas wilayah antara Desa Loa Duri Ilir dan Desa Loa Duri Ulu yang hingga kini masih diperebutkan.",
    ),
    (
        "pemerintahan",
        "whatsapp",
        "ulun handak betakon, kapan pemilihan petinggi di kampung kami dilaksanakan? sudah lewat masa jabatannya",
    ),
    (
        "kesra",
        "twitter",
        "@kukarkab beasiswa kuliah taun ini kok blm cair2 min?? udh semester baru nih",
    ),
    (
        "kesra",
        "web",
        "Kami pengurus musala di RT 05 mengajukan bantuan rumah ibadah untuk perbaikan lantai, mohon informasi prosesnya.",
    ),
    ("kesra", "sms", "insentif marbot masjid sdh 4 bln blm diterima, mhn dibantu"),
    (
        "hukum",
        "email",
        "Yth. Kepala Bagian Hukum, kami memohon pendampingan hukum terkait gugatan warga atas lahan kantor kecamatan.",
    ),
    (
        "hukum",
        "telegram",
        "Apakah raperda tentang pengelolaan sampah sudah bisa diakses publik? Di JDIH belum ada.",
    ),
    (
        "hukum",
        "whatsapp",
        "pak sy warga kurang mampu, anak sy kena kasus, ada bantuan pengacara gratis dr pemkab gak?",
    ),
    (
        "kerjasama",
        "email",
        "Kami dari universitas ingin menindaklanjuti penandatanganan MoU dengan Pemkab tentang program KKN tematik.",
    ),
    (
        "kerjasama",
        "twitter",
        "dana csr perusahaan tambang di desa kami ga jelas larinya kemana @kukarkab",
    ),
    (
        "kerjasama",
        "web",
        "Bagaimana prosedur mengajukan perjanjian kerja sama antara yayasan kami dan Pemerintah Kabupaten?",
    ),
    (
        "perekonomian",
        "whatsapp",
        "gas melon langka lg di pangkalan, sekalinya ada harganya 45rb 😭",
    ),
    (
        "perekonomian",
        "sms",
        "harga beras di pasar tangga arung naik terus, mhn diadakan operasi pasar",
    ),
    (
        "perekonomian",
        "telegram",
        "Kami kelompok UMKM amplang mohon info pendampingan dan pelatihan pemasaran dari Pemkab.",
    ),
    (
        "sda",
        "twitter",
        "lubang bekas tambang di samping sekolah gak dipagar, anak2 main di situ, bahaya bgt",
    ),
    (
        "sda",
        "whatsapp",
        "sungai di kampung kami keruh dan bau sejak ada pembukaan kebun sawit di hulu",
    ),
    (
        "sda",
        "web",
        "Kelompok tani kami belum menerima bantuan alat pertanian yang dijanjikan tahun lalu.",
    ),
    ("adpem", "sms", "jln poros desa berlubang parah, proyek pengaspalan berhenti sejak bln lalu"),
    (
        "adpem",
        "twitter",
        "jembatan kayu penghubung rt kami udah miring, proyek penggantiannya mangkrak @kukarkab",
    ),
    (
        "adpem",
        "email",
        "Kami melaporkan mutu pekerjaan drainase di jalan utama yang sudah retak padahal baru selesai dikerjakan kontraktor.",
    ),
    (
        "pbj",
        "web",
        "Kami menyampaikan sanggahan atas hasil evaluasi tender pembangunan gedung di LPSE Kukar.",
    ),
    ("pbj", "whatsapp", "pak akun penyedia sy di spse ga bisa login, mau ikut lelang besok"),
    (
        "pbj",
        "email",
        "Mohon informasi mekanisme pengajuan produk lokal ke e-katalog daerah bagi penyedia UMKM.",
    ),
    (
        "organisasi",
        "sms",
        "ngurus ktp di kecamatan diminta uang 100rb sm petugasnya, ini pungli kan?",
    ),
    (
        "organisasi",
        "twitter",
        "pelayanan di kantor dinas lambat bgt, antre dr pagi sampe siang blm dipanggil",
    ),
    (
        "organisasi",
        "web",
        "Mohon agar setiap unit layanan memasang standar pelayanan dan maklumat pelayanan secara jelas.",
    ),
    ("umum", "sms", "ac ruang rapat lt 2 kantor bupati mati, mhn diperbaiki sblm acara besok"),
    (
        "umum",
        "email",
        "Kami bermaksud meminjam aula kantor bupati untuk kegiatan organisasi wanita pada tanggal 12.",
    ),
    (
        "umum",
        "whatsapp",
        "mobil dinas bagian kami mogok di pool, sopirnya bilang blm diservis berbulan2",
    ),
    (
        "prokom",
        "email",
        "Kami memohon kesediaan Bapak Bupati untuk hadir memberikan sambutan pada peringatan hari jadi sekolah kami.",
    ),
    (
        "prokom",
        "twitter",
        "min akun ig resmi pemkab salah nulis nama desa di postingan kemarin, tolong diralat",
    ),
    (
        "prokom",
        "telegram",
        "Saya wartawan, mohon rilis resmi kegiatan kunjungan kerja Bupati ke Kecamatan Muara Badak.",
    ),
    ("perencanaan_keuangan", "sms", "tpp pegawai setda bln ini kok blm masuk ya"),
    (
        "perencanaan_keuangan",
        "email",
        "Tagihan kami atas pengadaan ATK untuk Sekretariat Daerah sejak Juni belum dibayarkan, mohon informasinya.",
    ),
    (
        "perencanaan_keuangan",
        "whatsapp",
        "uang harian sppd dinas luar bulan lalu blm dicairkan bendahara pak",
    ),
    # A second set, written later by another hand, in the same styles.
    (
        "perekonomian",
        "whatsapp",
        "min knp gas melon di kampung sy ilang trs? kl ada 50rb, pangkalan blg jatah abis",
    ),
    (
        "perencanaan_keuangan",
        "email",
        "Yth Bapak, kami kontraktor pekerjaan rehab kantor camat, termin kedua belum dibayar Setda padahal BAST sudah",
    ),
    (
        "sda",
        "sms",
        "kolam bekas galian batubara di blakang rumah warga udh makan korban, perusahaannya kabur",
    ),
    (
        "adpem",
        "twitter",
        "jln desa kami hancur lebur gara2 truk sawit, proyek semenisasi thn lalu baru 6 bulan udh retak",
    ),
    ("kesra", "web", "mohon info pendaftaran beasiswa kukar idaman utk S1, anak sy baru lulus SMA"),
    (
        "organisasi",
        "telegram",
        "pak camat minta uang 500rb utk tanda tangan surat tanah, ini pungli kan?",
    ),
    ("pemerintahan", "whatsapp", "kades kami korupsi dana desa, tolong diperiksa inspektorat"),
    (
        "kerjasama",
        "email",
        "Kami dari Universitas Kutai Kartanegara ingin menjajaki perjanjian kerja sama KKN tematik",
    ),
    (
        "pbj",
        "sms",
        "pengumuman pemenang tender paket jalan di LPSE kok tdk sesuai, kami mau sanggah",
    ),
    ("umum", "twitter", "AC ruang rapat Bupati mati dari minggu lalu, acara besok pagi"),
    (
        "prokom",
        "web",
        "kami mau undang bupati ke acara pernikahan massal di kecamatan loa kulu, surat undangan ke mana?",
    ),
    (
        "perencanaan_keuangan",
        "telegram",
        "Honor tim pengelola kegiatan di Setda bulan oktober blm cair, kata bendahara nunggu SP2D",
    ),
    (
        "kesra",
        "whatsapp",
        "Masjid di desa kami rusak kena angin puting beliung, ada bantuan rumah ibadah dari pemkab?",
    ),
    (
        "pemerintahan",
        "email",
        "Kami warga desa X bersengketa tapal batas dengan desa Y, sudah 3 kali mediasi di kecamatan",
    ),
    ("pbj", "sms", "mau tanya syarat jadi penyedia di e-katalog lokal kukar gmn ya"),
    (
        "perekonomian",
        "twitter",
        "harga beras naik terus di pasar tenggarong, 16rb sekilo. operasi pasar kapan?",
    ),
    (
        "kerjasama",
        "web",
        "Perusahaan sawit tdk menyalurkan CSR ke desa kami padahal sudah 10 thn beroperasi",
    ),
    (
        "hukum",
        "telegram",
        "ada rancangan perda tentang pajak daerah? kami pengusaha mau kasih masukan",
    ),
    (
        "organisasi",
        "whatsapp",
        "pelayanan KTP di disdukcapil lama bgt, 3 bulan blm jadi. standar pelayanannya brp hari?",
    ),
    (
        "adpem",
        "email",
        "ulun handak melapor, jembatan ulin di desa kami roboh, proyek perbaikan kadada kabar",
    ),
    (
        "prokom",
        "sms",
        "Wartawan media online minta konfirmasi bupati soal pernyataan di acara kemarin",
    ),
    ("sda", "twitter", "hutan di hulu sungai ditebang liar, air jadi keruh, ikan2 pada mati"),
    ("pemerintahan", "web", "Insentif RT bulan ini belum dibayar, ketua RT se-kelurahan mengeluh"),
    (
        "perencanaan_keuangan",
        "telegram",
        "SPPD perjalanan dinas ke Balikpapan ditolak bendahara, alasannya kwitansi hotel kurang",
    ),
    (
        "umum",
        "whatsapp",
        "mobil dinas bupati parkir sembarangan di depan kantor menghalangi jalan keluar",
    ),
    ("prokom", "email", "surat permohonan audiensi kami ke bupati sudah sebulan blm dijawab"),
    ("kesra", "sms", "guru ngaji di kampung sy blm terima insentif 6 bulan"),
    (
        "hukum",
        "twitter",
        "tolong bantuan pengacara gratis, sy dituntut pidana padahal tdk bersalah",
    ),
    ("sda", "web", "bantuan bibit dan pupuk utk kelompok tani tdk sampai ke kami"),
    (
        "perekonomian",
        "telegram",
        "UMKM kami butuh pelatihan pemasaran online, ada program dari pemkab?",
    ),
    # A third set: sections that are easy to confuse (CSR vs mining, aid vs prices, ...).
    (
        "kerjasama",
        "email",
        "Perusahaan tambang di desa kami berjanji dana CSR untuk pembangunan balai warga tapi sampai sekarang belum ada realisasinya",
    ),
    ("sda", "web", "Debu dari jalan hauling batubara masuk ke rumah warga, anak-anak batuk terus"),
    (
        "adpem",
        "whatsapp",
        "Irigasi sawah yang dibangun tahun lalu sudah jebol, kontraktornya tidak bertanggung jawab",
    ),
    (
        "kesra",
        "sms",
        "Kapan pencairan bansos untuk kelompok pengajian kami? proposal hibah sudah masuk sejak januari",
    ),
    (
        "umum",
        "telegram",
        "Saya ingin meminjam aula kantor bupati untuk acara wisuda TPA, bagaimana prosedurnya?",
    ),
    (
        "prokom",
        "twitter",
        "Mohon dokumentasi dan rilis berita kegiatan kunjungan kerja Bupati ke Muara Jawa kemarin",
    ),
    ("umum", "email", "Satpam di gerbang kantor bupati kasar kepada tamu yang datang"),
    (
        "organisasi",
        "web",
        "Petugas di loket perizinan tidak ada di tempat saat jam kerja, sudah 3 kali saya datang",
    ),
    (
        "pbj",
        "whatsapp",
        "Pokja tidak menjawab pertanyaan kami di aanwijzing, padahal jadwal upload penawaran sudah dekat",
    ),
    (
        "perencanaan_keuangan",
        "sms",
        "Sudah 4 bulan kami menunggu pembayaran SPM untuk pengadaan konsumsi rapat di Setda",
    ),
    (
        "pemerintahan",
        "telegram",
        "Kepala desa memberhentikan perangkat desa tanpa prosedur, kami minta camat turun tangan",
    ),
    ("kesra", "twitter", "Pembagian beras bantuan untuk warga miskin di kelurahan tidak merata"),
    (
        "perekonomian",
        "email",
        "Minyak goreng kemasan hilang dari warung-warung di Sebulu sejak seminggu",
    ),
    ("sda", "web", "Nelayan kami belum menerima bantuan mesin tempel dan jaring yang dijanjikan"),
    (
        "hukum",
        "whatsapp",
        "Mohon legal opinion atas rencana perjanjian pinjam pakai aset antara dinas dan yayasan",
    ),
    (
        "kerjasama",
        "sms",
        "Kami dari Pemkot Samarinda ingin menyusun kesepakatan bersama pengelolaan sampah lintas daerah",
    ),
    (
        "organisasi",
        "telegram",
        "Sejak ada aplikasi baru, antrian layanan makin lama dan tidak ada maklumat pelayanan yang dipasang",
    ),
    (
        "adpem",
        "twitter",
        "Gedung puskesmas pembantu di desa kami dibangun asal jadi, atapnya sudah bocor sebelum diresmikan",
    ),
    (
        "sda",
        "email",
        "tolong pak, kebun sawit plasma kami diserobot perusahaan, izin HGU nya dipertanyakan",
    ),
    ("pemerintahan", "web", "pemilihan ketua RT di lingkungan kami dicurangi, panitia berpihak"),
    (
        "prokom",
        "whatsapp",
        "Bapak Bupati diundang sebagai pembina upacara HUT sekolah kami tanggal 17, mohon konfirmasi kehadiran",
    ),
    (
        "prokom",
        "sms",
        "Akun sosial media resmi bupati membagikan informasi yang salah soal jadwal vaksinasi",
    ),
    (
        "perencanaan_keuangan",
        "telegram",
        "Travel dinas ke Jakarta kemarin, uang harian belum diganti sampai sekarang",
    ),
    ("pbj", "twitter", "Pendaftaran vendor di SIKaP ditolak terus, padahal dokumen lengkap"),
    ("perekonomian", "email", "Pasar Tenggarong becek dan bau, pengelola pasar tidak peduli"),
    (
        "umum",
        "web",
        "Surat dari kecamatan yang kami kirim ke Setda katanya tidak pernah diterima bagian persuratan",
    ),
    (
        "hukum",
        "whatsapp",
        "Kami mengajukan keberatan atas Perbup tentang tarif retribusi parkir yang baru",
    ),
    (
        "organisasi",
        "sms",
        "Saya tidak puas dengan pelayanan di kantor Setda, petugasnya tidak ramah dan berbelit-belit",
    ),
    ("sda", "telegram", "Ada tambang ilegal di pinggir sungai mahakam, airnya jadi keruh"),
    (
        "adpem",
        "twitter",
        "Proyek pembangunan jalan usaha tani di desa kami dikerjakan asal-asalan dan belum selesai",
    ),
    # A fourth set: chat and tweets with typos, dialect and abbreviations.
    (
        "sda",
        "twitter",
        "@kukarkab woi itu lubang tambang deket SD kok ga ditutup2, nunggu korban lg?",
    ),
    ("perekonomian", "sms", "elpiji 3kg d pangkalan hbs trs, d eceran 60rb. tlg sidak"),
    (
        "kesra",
        "whatsapp",
        "assalamualaikum pak, sy mau tny kapan bantuan rehab langgar di rt kami cair",
    ),
    ("adpem", "sms", "jembtn gantung di desa kmi putus, anak sekolah nyebrang pake perahu"),
    (
        "organisasi",
        "twitter",
        "pelayanan di kantor kecamatan lelet bgt, dtg pagi plg sore blm beres #kukar",
    ),
    (
        "pemerintahan",
        "whatsapp",
        "Pak, kades kami sdh 2 bln tdk ngantor, surat2 warga terbengkalai",
    ),
    (
        "perencanaan_keuangan",
        "telegram",
        "sy vendor, pembayaran pekerjaan pengecatan gedung setda blm masuk padahal sdh selesai 3 bln lalu",
    ),
    ("pbj", "sms", "min, lelang paket pengadaan laptop kok dibatalkan tanpa alasan"),
    (
        "perekonomian",
        "whatsapp",
        "pian, kami handak bepadah, harga gula di pasar kadada turun2, mahal banar",
    ),
    ("prokom", "twitter", "@kukarkab kpn bupati mau nerima kami audiensi? surat udh masuk sebulan"),
    ("umum", "sms", "toilet di gedung kantor bupati lt 1 rusak dan bau sekali"),
    (
        "sda",
        "whatsapp",
        "perusahaan batubara buang limbah ke sungai, ikan mati semua, warga gatal2",
    ),
    (
        "kerjasama",
        "telegram",
        "mau nanya, MoU antara pemkab dan kampus kami utk magang mahasiswa sudah ditandatangani blm?",
    ),
    ("hukum", "sms", "anak sy ditangkap, kami org ga mampu, ada bantuan hukum gratis dr pemkab?"),
    ("kesra", "whatsapp", "beasiswa sy dicabut tanpa alasan pdhl ipk sy diatas 3"),
    (
        "adpem",
        "twitter",
        "proyek drainase depan rumah udh setahun ga selesai2, galiannya dibiarin aja bahaya",
    ),
    (
        "pemerintahan",
        "sms",
        "batas kampung kami dgn kampung sebelah di geser sepihak, patok dicabut",
    ),
    ("perencanaan_keuangan", "whatsapp", "TPP sy sbg staf setda dipotong tanpa penjelasan bln ini"),
    ("umum", "telegram", "parkiran kantor bupati dipakai jualan, mobil tamu ga bisa masuk"),
    ("organisasi", "sms", "petugas minta uang 100rb utk percepat surat izin, ga ada kwitansi"),
    (
        "prokom",
        "twitter",
        "admin ig resmi bupati kok posting hoaks soal banjir, tolong diklarifikasi",
    ),
    ("sda", "whatsapp", "kami kelompok tani mau ngajuin bantuan traktor gmn caranya"),
    ("kerjasama", "sms", "CSR PT tambang tdk pernah sampai ke desa kami, cuma desa tetangga"),
    (
        "hukum",
        "telegram",
        "perda ttg miras kok blm diterapkan, minuman keras dijual bebas di warung",
    ),
    ("perekonomian", "whatsapp", "harga tiket speedboat naik, sembako di pedalaman jd mahal"),
    (
        "pbj",
        "sms",
        "hasil tender diumumkan tp pemenangnya perusahaan keluarga pejabat, mohon diperiksa",
    ),
    ("umum", "twitter", "mobil plat merah dipake mudik lebaran, ini mobil dinas setda kan?"),
    (
        "pemerintahan",
        "whatsapp",
        "pilkades desa kami diulang? katanya ada kecurangan penghitungan suara",
    ),
    (
        "adpem",
        "telegram",
        "rumah dinas guru di desa kami yg dibangun pemkab belum selesai, kontraktor menghilang",
    ),
    ("kesra", "sms", "honor imam masjid dan marbot blm dibayar 3 bln"),
    # A fifth set: formal letters from agencies, vendors and organisations; a compliment.
    (
        "kerjasama",
        "email",
        "Subjek: Permohonan fasilitasi penandatanganan nota kesepakatan\n\nYth. Kepala Bagian,\nBersama ini kami dari Dinas Pariwisata memohon fasilitasi penyusunan dan penandatanganan nota kesepakatan dengan Kabupaten Berau terkait promosi wisata bersama.\n\nHormat kami,\nKepala Dinas",
    ),
    (
        "hukum",
        "email",
        "Subjek: Mohon harmonisasi rancangan peraturan bupati\n\nDengan hormat, bersama ini kami sampaikan draf Perbup tentang tata kelola data statistik sektoral untuk dilakukan harmonisasi. Terima kasih.\n\nBappeda",
    ),
    (
        "perencanaan_keuangan",
        "email",
        "Subjek: Keterlambatan pembayaran uang muka pekerjaan\n\nYth. PPK, pekerjaan pengadaan meubelair ruang rapat Setda telah kami selesaikan 100% dan BAST telah ditandatangani, namun pembayaran belum kami terima hingga hari ini.\n\nDirektur CV Mandiri",
    ),
    (
        "pbj",
        "email",
        "Subjek: Sanggahan atas pengumuman hasil pemilihan\n\nKami PT Borneo Konstruksi menyampaikan sanggahan atas hasil evaluasi paket pembangunan gedung serbaguna karena terdapat kesalahan dalam penilaian kualifikasi.",
    ),
    (
        "adpem",
        "email",
        "Subjek: Laporan progres fisik\n\nDengan hormat, kami sampaikan bahwa progres fisik pembangunan jalan Tenggarong Seberang baru mencapai 40% padahal kontrak berakhir bulan depan. Mohon dilakukan monitoring.",
    ),
    (
        "prokom",
        "email",
        "Subjek: Undangan pembukaan Pekan Raya Kukar\n\nYth. Bapak Bupati Kutai Kartanegara, dengan hormat kami mengundang Bapak untuk berkenan membuka Pekan Raya Kukar pada tanggal 5 Desember.",
    ),
    (
        "umum",
        "email",
        "Subjek: Peminjaman ruang rapat\n\nKami dari Bagian Hukum bermaksud meminjam Ruang Rapat Lantai 3 Kantor Bupati untuk rapat koordinasi pada hari Kamis.",
    ),
    (
        "organisasi",
        "email",
        "Subjek: Evaluasi standar pelayanan\n\nMohon bimbingan penyusunan standar pelayanan dan maklumat pelayanan untuk unit layanan kami sesuai PermenPAN-RB 15/2014.",
    ),
    (
        "kesra",
        "email",
        "Subjek: Data penerima beasiswa\n\nBersama ini kami mohon data penerima beasiswa Kukar Idaman tahun 2025 per kecamatan untuk keperluan pelaporan.",
    ),
    (
        "perekonomian",
        "email",
        "Subjek: Kelangkaan BBM jenis solar\n\nDengan hormat, kami dari Himpunan Nelayan Muara Badak melaporkan kelangkaan solar subsidi di SPBN selama dua minggu terakhir.",
    ),
    (
        "pemerintahan",
        "email",
        "Subjek: Penataan batas desa\n\nKami Camat Tabang mohon fasilitasi penegasan batas antara Desa Umaq Dian dan Desa Sidomulyo yang menjadi sengketa.",
    ),
    (
        "sda",
        "email",
        "Subjek: Kerusakan lingkungan akibat tambang\n\nKami dari LSM Peduli Mahakam melaporkan void bekas tambang seluas 5 hektar yang tidak direklamasi di Kecamatan Loa Kulu.",
    ),
    (
        "organisasi",
        "web",
        "Saya ingin mengucapkan terima kasih, aduan saya soal lampu jalan sudah ditindaklanjuti dengan cepat.",
    ),
    (
        "prokom",
        "email",
        "Subjek: Klarifikasi pemberitaan\n\nKami dari redaksi Kaltim Post mohon klarifikasi Pemkab atas pemberitaan mengenai rencana kunjungan Bupati ke IKN.",
    ),
    (
        "hukum",
        "email",
        "Subjek: Permohonan pendampingan hukum\n\nDinas kami digugat oleh pihak ketiga di PTUN Samarinda terkait pencabutan izin. Mohon pendampingan dari Bagian Hukum.",
    ),
    (
        "perencanaan_keuangan",
        "email",
        "Subjek: Kekurangan bayar perjalanan dinas\n\nMohon penjelasan terkait kekurangan bayar SPPD pegawai Bagian Umum untuk perjalanan ke Balikpapan bulan lalu.",
    ),
    (
        "kerjasama",
        "email",
        "Subjek: Penyaluran TJSL\n\nPT Pupuk Kaltim bermaksud menyalurkan program TJSL ke desa-desa di Kecamatan Marangkayu dan mohon koordinasi dengan Pemkab.",
    ),
    (
        "umum",
        "email",
        "Subjek: Kendaraan dinas rusak\n\nKendaraan dinas operasional Bagian Protokol dengan nomor polisi KT 1234 A mengalami kerusakan dan perlu perbaikan segera.",
    ),
    (
        "organisasi",
        "email",
        "Subjek: Pengaduan pelayanan RSUD\n\nPelayanan di IGD RSUD AM Parikesit sangat lambat, pasien menunggu 4 jam tanpa penanganan dan petugas tidak ramah.",
    ),
    (
        "perekonomian",
        "email",
        "Subjek: Usulan program UMKM\n\nKami Asosiasi Pengrajin Tenun Ulap Doyo mengusulkan program pendampingan dan pemasaran produk UMKM melalui BUMD.",
    ),
    # "pura-pura" (to pretend) is no temple
    (
        "sda",
        "telegram",
        "tambang malam2 bunyi alat berat smp subuh, semua pura2 gak tau. mana pemkab??",
    ),
    ("sda", "sms", "Lubang tambang tdk dipagar, aparat berpura-pura tidak tahu"),
    ("kesra", "whatsapp", "Mohon bantuan rehab pura di desa kami, atapnya bocor"),
    # a village map, land counted in the next village
    (
        "pemerintahan",
        "telegram",
        "peta desa kami kok masuk wilayah kecamatan sebelah?? ngurusnya ke mana",
    ),
    # a company or a village named by the mine is no mining impact
    (
        "kerjasama",
        "whatsapp",
        "Perusahaan tambang janji bantuan sumur bor utk warga, sampai skrg blm ada",
    ),
    ("sda", "whatsapp", "Perusahaan tambang di desa kami membuang limbah ke sungai"),
    ("sda", "sms", "tambang dekat rumah peledakan tiap hari, retak semua dinding"),
    # the Secretariat's small vendors waiting for payment (catering, printing, consumption)
    (
        "perencanaan_keuangan",
        "twitter",
        "UMKM diajak nyediain konsumsi acara di Setda, blm dibayar",
    ),
    ("perencanaan_keuangan", "whatsapp", "sy katering nasi kotak rapat setda, kapan dibayar pak"),
    ("organisasi", "sms", "cetak KTP disuruh bayar 100rb, katanya utk blangko"),  # not a printer
    # neighbourhood dues are no invoice; the boundary between two RTs is a boundary
    ("pemerintahan", "twitter", "ditagih iuran sama 2 RT, batas RT nya ga jelas, tolong tegasin"),
    # a bidder's objection as written; "menyanggah secara hukum" is not one
    ("pbj", "sms", "mohon info sanggah banding dikirim kemana"),
    (
        "hukum",
        "telegram",
        "Kami ingin menyanggah secara hukum surat pengosongan lahan, ke pengadilan?",
    ),
    # the complaint service itself
    ("organisasi", "sms", "laporan sy bln lalu blm ada jawaban smp skrg. tlg dicek"),
    ("kesra", "sms", "bsw mhs smt ganjil kpn cair pak. udh sept blm ada info"),
    # "jaringan pipa" is no fishing net
    (
        "adpem",
        "web",
        "Pembangunan jaringan pipa air bersih di desa kami berhenti, pompanya blm ada",
    ),
    ("organisasi", "whatsapp", "tiap datang ke kantor disuruh lengkapi yg lain2, gak ada tertulis"),
    ("pbj", "telegram", "seleksi jasa konsultansi perencanaan syaratnya mengunci perusahaan luar"),
    # a contractor's own termin, with its workers named further on; a bill said not to be sent
    (
        "perencanaan_keuangan",
        "email",
        "Kami kontraktor renovasi ruang rapat Setda. Pembayaran termin akhir belum dibayar sampai"
        " sekarang, padahal tukang dan toko bangunan terus menagih kami.",
    ),
    (
        "kesra",
        "email",
        "Kami penyedia jasa konstruksi masjid, kami tidak menagih pembayaran dari Pemkab. Mohon"
        " bantuan rumah ibadah tahap II untuk panitia masjid segera dicairkan.",
    ),
    # a grant or a scholarship paid late is the matter of the section that manages it
    (
        "kesra",
        "email",
        "Majelis taklim kami penerima hibah Rp 25 juta. NPHD sudah kami tandatangani, rekening"
        " sudah dibuka, tetapi dananya belum juga ditransfer. Kami malah sudah ditagih laporan"
        " pertanggungjawaban. Mohon penjelasan.",
    ),
    # an embankment ("timbunan") is no hoarding ("penimbunan")
    (
        "adpem",
        "web",
        "Timbunan oprit jembatan baru di desa kami turun, ada celah antara aspal dan lantai"
        " jembatan",
    ),
    # a company's social programme is CSR, not the regency's social aid
    (
        "kerjasama",
        "telegram",
        "Min, operator seluler dulu janji pasang wifi gratis buat balai desa sbg bantuan sosial"
        " perusahaan. Maret udh mati. Bisa dibantu tagih ke perusahaannya?",
    ),
]
