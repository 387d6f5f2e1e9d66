# ruff: noqa: E501
"""Blind set written 2026-12-07 (fourth of the day) for issue 16: 180 hand-written cases, 15 per section, meant to look like a month of ordinary traffic rather than a puzzle book. About two thirds are plain complaints and requests as residents send them (short phone texts with abbreviations such as yg/udh/blm/tdk/mhn/tlg, Kutai/Banjar words such as handak/kada/pian/ulun/bubuhan, typos, ALL CAPS, emoji, tweets tagging @kukarkab or @bupatikukar, web-form posts with a Judul line, formal letters with Kepada Yth./Perihal/NIK and one-line e-mails sent from phone mail apps); about one third are hard: another section's vocabulary appears as an address or landmark, a thank-you or a settled matter precedes the real request, a forwarded e-mail quotes an unrelated thread, the writer names the wrong office, or a denial ("bukan soal ..., tapi ...") points away from the obvious section. Each section has 4 email, 3 whatsapp, 2 sms, 2 telegram, 2 twitter and 2 web cases (48 email, 36 whatsapp, 24 sms, 24 telegram, 24 twitter, 24 web in total).

Written without reading config.yaml, routing/ or tests/routing/; each case is labelled only from
the mandates in docs/sections.md.

Scored ONCE, blind, with the rules of main 790be9e (this file committed in that commit, unread by
the rules' authors), on 2026-12-07: 172/180 correct = 95.6% (Wilson 95% interval 91.5%-97.7%),
0 fallbacks. Per channel: email 46/48 (95.8%), sms 24/24, telegram 24/24, twitter 23/24,
web 22/24, whatsapp 33/36. (The rules of 303ab4f, the session's start: 165/180, email 45/48.)
The errors (index in CASES, label -> got):
- a land dispute taken to court beside the project that took the land: #33 hukum -> sda, #40
  hukum -> adpem ("somasi ... gugatan ke pengadilan"), #43 hukum -> adpem ("gugatan ganti rugi
  lahan ... Perkaranya sudah terdaftar di PN");
- #13 pemerintahan -> prokom ("berita acara musyawarah" read as news);
- #49 kerjasama -> sda (a coal company's CSR scholarship; the village "Tani Bhakti");
- #63 perekonomian -> sda (subsidised diesel, fishers queueing beside mining trucks);
- #85 sda -> adpem (a mine's excavation broke a village road; addressed to Bagian
  Administrasi Pembangunan "tidak tahu harus ke bagian mana");
- #173 perencanaan_keuangan -> prokom (a rented sound system unpaid, "bukan soal acaranya").
"""

from __future__ import annotations

from tests.routing.case import Case

_E = Case

_PEMERINTAHAN = [
    _E(
        "sms",
        "pemerintahan",
        "pak kades jonggon jaya udh 3 bln gk pernah ada di desa, musdes gk pernah diadain, dana desa gk jelas kemana. tlg ditegur",
    ),
    _E(
        "sms",
        "pemerintahan",
        "Mhn info jadwal pilkades serentak kukar thn dpn. kades desa kami Sebulu Ilir udh habis masa jabatan tp blm ada panitia",
    ),
    _E(
        "whatsapp",
        "pemerintahan",
        "Assalamualaikum pak, sy warga RT 14 Kel. Loa Ipuh. Ketua RT kami meninggal 2 bln lalu tp smp skrg blm ada pemilihan RT baru. Surat pengantar skrg yg tanda tangan siapa? mhn arahannya 🙏",
    ),
    _E(
        "whatsapp",
        "pemerintahan",
        "pak sy tinggal di gang belakang Pasar Tangga Arung. batas antara Kel. Timbau sama Kel. Maluhu di lingkungan kami gk jelas, KTP sy Timbau tp ketua RT Maluhu bilang rumah sy masuk wilayah dia. jadi sy ikut yg mana? tlg diperjelas batasnya",
    ),
    _E(
        "whatsapp",
        "pemerintahan",
        "Pak, ulun handak betakun. Kades di desa ulun (Kembang Janggut) kada mau melantik ketua RT hasil pemilihan warga, sudah 4 bulan. Bubuhan warga bingung, kaya apa jua ini pian?",
    ),
    _E(
        "telegram",
        "pemerintahan",
        "Min, usulan pemekaran Desa Sumber Sari (Loa Kulu) jadi 2 desa itu gimana kabarnya? udh diusulkan dari 2023, berkas lengkap, tp blm ada kejelasan dari kabupaten",
    ),
    _E(
        "telegram",
        "pemerintahan",
        "Makasih admin, laporan sy soal pohon tumbang minggu lalu udh diberesin 👍\nSkrg ada masalah lain: panitia pilkades Desa Teluk Dalam nyoret salah satu bakal calon tanpa alasan tertulis. Warga protes. Mohon pemkab turun tangan sebelum penetapan calon.",
    ),
    _E(
        "twitter",
        "pemerintahan",
        "@kukarkab pak camat muara muntai kapan ngadain musyawarah soal kades desa jantur yg dinonaktifkan? udh sebulan warga gk tau siapa plt nya",
    ),
    _E(
        "twitter",
        "pemerintahan",
        "@bupatikukar bukan soal jalan rusak ya pak, itu mah udh biasa 😅 yg gawat skrg batas desa bukit raya sm manunggal jaya (tenggarong seberang), warga 2 desa saling klaim lahan sampe hampir ribut. tlg difasilitasi",
    ),
    _E(
        "web",
        "pemerintahan",
        "Judul: Perangkat desa diberhentikan sepihak\n\nKepala desa yang baru di Desa Muara Kaman Ulu memberhentikan sekretaris desa dan tiga kepala urusan tanpa rekomendasi camat dan tanpa alasan yang jelas, lalu mengangkat keluarganya sendiri. Mohon pemerintah kabupaten memeriksa prosedur pengangkatan dan pemberhentian perangkat desa ini.",
    ),
    _E(
        "web",
        "pemerintahan",
        "Judul: untuk Bagian Hukum\n\nSaya diarahkan teman ke bagian hukum, tapi sebenarnya kami cuma mau tanya: warga Desa Jembayan sudah lama ingin desa kami berubah status jadi kelurahan karena sudah padat. Syaratnya apa saja dan diusulkan lewat mana? Kalau salah alamat mohon diteruskan ke bagian yang mengurus desa.",
    ),
    _E(
        "email",
        "pemerintahan",
        "Kepada Yth.\nKepala Bagian Pemerintahan Setda Kabupaten Kutai Kartanegara\ndi Tenggarong\n\nDengan hormat,\nPerihal: Permohonan fasilitasi penyelesaian tapal batas Desa Sungai Payang dan Desa Jembayan\n\nKami, Badan Permusyawaratan Desa Sungai Payang Kecamatan Loa Kulu, menyampaikan bahwa sejak 2024 terjadi perselisihan tapal batas dengan Desa Jembayan di sekitar km 12. Patok batas lama hilang dan kedua pemerintah desa memakai peta yang berbeda, sehingga penerbitan surat keterangan tanah warga di lokasi tersebut tertahan.\n\nKami mohon Bagian Pemerintahan memfasilitasi rapat penegasan batas bersama kedua desa dan Kecamatan Loa Kulu.\n\nHormat kami,\nKetua BPD Sungai Payang\nH. Abdul Rahman\nHP 0813-4721-8856",
    ),
    _E(
        "email",
        "pemerintahan",
        "pak tolong dicek, kades tanjung limau muara badak katanya pake duit desa buat kepentingan pribadi, APBDes gk pernah dipasang di baliho. warga resah. sy gk mau disebut namanya\n\nSent from my iPhone",
    ),
    _E(
        "email",
        "pemerintahan",
        "Pak, email di bawah sudah selesai ditangani, gas sudah normal lagi, terima kasih. Saya teruskan karena ada hal lain yang belum ada jawaban: RT 09 Desa Sidomulyo Anggana sudah 300 KK dan warga sepakat dipecah jadi 2 RT, berita acara musyawarah sudah kami serahkan ke kantor desa sejak Juni tapi tidak diproses. Mohon dibantu.\n\n---------- Forwarded message ---------\nDari: Sugeng Riyadi\nTanggal: Sen, 6 Okt 2025\nPerihal: gas melon langka di Anggana\n\nMohon perhatian, gas 3 kg di Desa Sidomulyo sudah seminggu kosong di semua pangkalan.",
    ),
    _E(
        "email",
        "pemerintahan",
        "Yth. Bapak/Ibu di Setda Kukar,\n\nKami Forum Ketua RT Kelurahan Mangkurawang menanyakan insentif ketua RT tahun 2026 yang sampai Desember belum diterima, padahal tahun lalu cair per semester. Pihak kelurahan hanya menjawab masih menunggu dari kabupaten. Mohon kejelasan.\n\nTerima kasih,\nSyamsuddin, Ketua RT 05\n0852-5012-3390",
    ),
]

_KESRA = [
    _E(
        "sms",
        "kesra",
        "pak beasiswa kukar idaman thn ini kpn dibuka? anak sy kuliah di unmul smt 3, tahun lalu telat daftar",
    ),
    _E(
        "sms",
        "kesra",
        "DUIT KULIAH BEASISWA BLM CAIR JUGA SDH 5 BLN, ANAK SY HAMPIR DI DO KRN GK BAYAR UKT. TLG PAK",
    ),
    _E(
        "whatsapp",
        "kesra",
        "Assalamualaikum, sy pengurus masjid Al Ikhlas desa Loa Duri Ilir. proposal bantuan pembangunan masjid udh masuk sejak maret blm ada kabar sama sekali. mhn info pak 🙏🙏",
    ),
    _E(
        "whatsapp",
        "kesra",
        "pian, insentif guru ngaji di desa ulun Kota Bangun Ilir kada turun-turun sudah 6 bulan. bubuhan guru ngaji handak betakun, kaya apa kabarnya?",
    ),
    _E(
        "whatsapp",
        "kesra",
        "pak sy tinggal pas di depan kantor camat loa janan. anak sy dinyatakan lolos seleksi beasiswa prestasi di tahap 1 tp namanya gk ada di pengumuman akhir. gmn ini pak, udh tanya kemana2 gk ada yg tau",
    ),
    _E(
        "telegram",
        "kesra",
        "min, MTQ tingkat kabupaten thn ini di kecamatan mana? kafilah kami dr Marangkayu blm dapet surat edaran, pdhl peserta udh latihan",
    ),
    _E(
        "telegram",
        "kesra",
        "Terima kasih sudah membantu soal sengketa batas desa kemarin, alhamdulillah sudah damai.\nSekarang kami kelompok majelis taklim ibu-ibu Desa Bukit Pariaman mau mengajukan hibah untuk kegiatan pengajian dan perlengkapan. Caranya bagaimana dan kapan batas proposalnya?",
    ),
    _E(
        "twitter",
        "kesra",
        "@kukarkab jemaah haji kukar tahun ini manasiknya kapan? ortu sy dr samboja udh dpt porsi berangkat tp blm ada info sama sekali",
    ),
    _E(
        "twitter",
        "kesra",
        "@bupatikukar janji beasiswa S1 buat anak petani & nelayan mana pak 😤 pendaftaran ditutup duluan sebelum diumumin",
    ),
    _E(
        "web",
        "kesra",
        "Judul: Insentif marbot dan imam masjid\n\nMarbot dan imam masjid di Kecamatan Tabang belum menerima insentif triwulan II dan III tahun ini. Kami sudah menanyakan ke kecamatan tetapi diminta menunggu. Mohon penjelasan kapan dibayarkan.",
    ),
    _E(
        "web",
        "kesra",
        "Judul: Bukan CSR, tapi bantuan rumah ibadah\n\nKami pengurus Gereja Kemah Injil di Desa Separi, Tenggarong Seberang. Kami tidak meminta dana CSR perusahaan, sudah pernah dan ditolak. Kami mengajukan bantuan rumah ibadah dari pemerintah kabupaten untuk mengganti atap gereja yang bocor. Proposal sudah kami kirim bulan Agustus, mohon informasi tindak lanjutnya.",
    ),
    _E(
        "email",
        "kesra",
        "Kepada Yth.\nKepala Bagian Kesejahteraan Rakyat Setda Kab. Kutai Kartanegara\ndi Tenggarong\n\nPerihal: Permohonan hibah kegiatan Karang Taruna\n\nDengan hormat,\nKami Karang Taruna Tunas Harapan Kelurahan Margomulyo, Kecamatan Samboja, bermaksud mengajukan permohonan bantuan hibah untuk kegiatan pelatihan keterampilan pemuda dan pengadaan peralatan olahraga. Proposal lengkap beserta akta dan SK kepengurusan kami lampirkan.\n\nMohon petunjuk apakah masih dapat masuk usulan tahun anggaran 2027.\n\nHormat kami,\nRizky Pratama, Ketua\nNIK 6402071204990003\nHP 0821-5566-7012",
    ),
    _E(
        "email",
        "kesra",
        "min sy mau tanya beasiswa utk S2 dr pemkab masih ada gk? sy guru honor di muara jawa mau lanjut kuliah\n\nDikirim dari Yahoo Mail di Android",
    ),
    _E(
        "email",
        "kesra",
        "Mohon maaf, pesan yang saya teruskan di bawah salah kirim, itu urusan kantor suami saya.\n\nYang ingin saya sampaikan: nama anak saya, Nurul Aini (mahasiswa Politeknik Negeri Samarinda), tidak tercantum dalam daftar penerima beasiswa berprestasi kabupaten, padahal IPK 3,8 dan semua berkas sudah diverifikasi. Mohon dicek kembali.\n\n---------- Pesan terusan ----------\nPerihal: Parkir kendaraan tamu di kantor bupati\nMohon area parkir sisi timur dibuka untuk tamu rapat hari Kamis.",
    ),
    _E(
        "email",
        "kesra",
        "Assalamualaikum wr wb.\n\nJalan ke pesantren kami di Desa Bunga Putih memang rusak, tapi itu sudah kami laporkan ke PU dan sedang diukur. Yang kami mohonkan ke Setda adalah insentif ustadz dan ustadzah TPA yang sejak tahun ini tidak lagi diterima, padahal mereka terdaftar. Ada 14 orang pengajar di pesantren kami.\n\nWassalam,\nUst. Mahmud, Pimpinan Ponpes Nurul Huda Marangkayu",
    ),
]

_HUKUM = [
    _E(
        "sms",
        "hukum",
        "pak sy org tdk mampu, digugat rentenir ke pengadilan krn utang. ada bantuan hukum gratis dr pemkab gk? sy di tenggarong",
    ),
    _E(
        "sms",
        "hukum",
        "Mhn info perda kukar ttg pajak sarang burung walet yg terbaru nomor brp, sy cari di jdih gk ketemu",
    ),
    _E(
        "whatsapp",
        "hukum",
        "Pak, website JDIH kukar error terus dr minggu lalu, gk bisa download perbup sama sekali, muncul 404. tlg diperbaiki, kami butuh buat tugas kuliah",
    ),
    _E(
        "whatsapp",
        "hukum",
        "Assalamualaikum pak, tanah kebun ortu kami di Loa Kulu dipakai pemkab buat bangun kantor UPT tanpa ganti rugi, sertifikat ada. Kami mau gugat ke pengadilan, tp kalo bisa mediasi dulu dgn pemkab. Prosedurnya gimana ya?",
    ),
    _E(
        "whatsapp",
        "hukum",
        "ulun handak minta bantuan hukum pian. anak ulun ditangkap di Tenggarong, kami kada punya duit gasan pengacara. pemkab ada kah pengacara gratis gasan urang kada mampu?",
    ),
    _E(
        "telegram",
        "hukum",
        "Raperda tentang pengakuan dan perlindungan masyarakat hukum adat itu kapan dibahas? Kami dari lembaga adat Kutai minta dilibatkan waktu uji publik drafnya.",
    ),
    _E(
        "telegram",
        "hukum",
        "Saya tinggal di ruko depan Pasar Tangga Arung. Katanya ada Perbup baru soal jam operasional toko modern dan tempat hiburan, tapi saya belum dapat salinannya. Mohon dikirim nomor dan tanggal Perbupnya, atau link di JDIH.",
    ),
    _E(
        "twitter",
        "hukum",
        "@kukarkab perbup soal retribusi parkir tepi jalan yg baru itu nomor brp & mulai berlaku kapan? mau baca sendiri isinya, gk nemu di web",
    ),
    _E(
        "twitter",
        "hukum",
        "@bupatikukar bukan soal gajinya pak. kami honorer yg diberhentikan sepihak mau gugat ke PTUN. sblm itu kami minta ruang mediasi sama bagian hukum pemkab dulu",
    ),
    _E(
        "web",
        "hukum",
        "Judul: Permohonan salinan Perda RTRW\n\nMohon dikirimkan salinan Perda Kabupaten Kutai Kartanegara tentang Rencana Tata Ruang Wilayah yang berlaku saat ini beserta lampiran petanya. Kami perlu untuk kajian skripsi dan di JDIH hanya tersedia batang tubuhnya.",
    ),
    _E(
        "web",
        "hukum",
        "Judul: untuk bagian pelayanan\n\nSaya warga Kelurahan Sangasanga Dalam. Sebagian pekarangan saya dibongkar untuk proyek saluran air tanpa pemberitahuan dan tanpa ganti rugi. Saya sudah mengirim somasi ke Pemkab Kukar dua kali, tidak pernah dijawab. Saya tidak mempersoalkan saluran airnya. Mohon somasi saya ditanggapi secara hukum oleh pemkab sebelum saya ajukan gugatan ke pengadilan.",
    ),
    _E(
        "email",
        "hukum",
        "Kepada Yth.\nKepala Bagian Hukum Setda Kab. Kutai Kartanegara\n\nPerihal: Permohonan konsultasi hukum\n\nDengan hormat,\nDinas Perikanan Kabupaten Kutai Kartanegara sedang menyusun rancangan Peraturan Bupati tentang pengelolaan dan retribusi Tempat Pelelangan Ikan di Kecamatan Muara Badak dan Anggana. Sehubungan dengan itu kami memohon jadwal konsultasi dan harmonisasi rancangan tersebut dengan Bagian Hukum sebelum diajukan.\n\nAtas perhatiannya kami ucapkan terima kasih.\n\nSekretaris Dinas Perikanan\nIr. Hendra Gunawan",
    ),
    _E(
        "email",
        "hukum",
        "pak mau nanya, kalo kena tipu arisan online bisa minta pendampingan hukum gratis dr pemkab gk ya? korbannya banyak ibu2 di muara badak, totalnya ratusan juta\n\nSent from my iPhone",
    ),
    _E(
        "email",
        "hukum",
        "Yth. Setda Kukar,\n\nAudiensi kami dengan Bapak Bupati sudah terlaksana, terima kasih. Sesuai arahan beliau saat audiensi, kami mohon dijadwalkan pertemuan dengan Bagian Hukum mengenai gugatan ganti rugi lahan warga Desa Dondang yang terkena pembangunan jalan kabupaten. Perkaranya sudah terdaftar di PN Tenggarong dan sidang pertama bulan depan; kami masih berharap ada perdamaian.\n\nSalam,\nKuasa warga, Andi Firmansyah\n\n----- Pesan asli -----\nPerihal: Permohonan audiensi warga Desa Dondang\nKami mohon waktu bertemu Bapak Bupati untuk menyampaikan aspirasi warga.",
    ),
    _E(
        "email",
        "hukum",
        "Dengan hormat,\n\nKami mahasiswa Fakultas Hukum Unikarta yang sedang meneliti produk hukum daerah. Di laman JDIH Kukar, Peraturan Bupati tahun 2025 nomor 30 sampai 45 belum diunggah, sementara beberapa sudah diundangkan. Mohon kiranya dokumen tersebut dapat ditambahkan atau dikirim melalui email ini.\n\nHormat kami,\nDewi Lestari\n0812-5390-2214",
    ),
]

_KERJASAMA = [
    _E(
        "sms",
        "kerjasama",
        "Pak CSR perusahaan sawit di desa kami kenohan cuma dibagi ke keluarga kades & perangkat, warga lain gk dapat apa2. tlg diatur biar adil",
    ),
    _E(
        "sms",
        "kerjasama",
        "mhn info cara ajukan proposal CSR utk bangun lapangan bola desa bhuana jaya, ke perusahaannya langsung atau hrs lewat pemkab?",
    ),
    _E(
        "whatsapp",
        "kerjasama",
        "Selamat siang pak, kampus kami (politeknik swasta di Samarinda) mau ajukan MoU dgn Pemkab Kukar utk magang mahasiswa di OPD. Alurnya gimana ya pak, draft nya dikirim ke siapa?",
    ),
    _E(
        "whatsapp",
        "kerjasama",
        "Assalamualaikum, paket TJSL dari perusahaan migas buat kelompok nelayan di Muara Badak katanya udh diserahkan lewat pemkab bulan lalu, tp blm sampe ke kelompok kami. nyangkut dimana pak? daftar penerimanya siapa yg nentuin?",
    ),
    _E(
        "whatsapp",
        "kerjasama",
        "pian, perusahaan batubara di Loa Janan dulu bejanji CSR beasiswa gasan anak-anak desa Tani Bhakti. sampai wayah ini kada ada satu pun. bubuhan warga handak menagih janji perusahaan, kaya apa caranya lewat pemkab?",
    ),
    _E(
        "telegram",
        "kerjasama",
        "Kerja sama Kukar dengan Kota Samarinda soal angkutan penyeberangan sungai itu masih berlaku atau sudah habis? Naskah perjanjiannya bisa dilihat di mana?",
    ),
    _E(
        "telegram",
        "kerjasama",
        "Terima kasih atas bantuan masjid tahun lalu 🙏\nSekarang kami mau tanya soal program CSR bedah rumah dari perusahaan migas di Anggana. Daftar penerimanya ditentukan siapa? Banyak rumah yang jelas tidak layak huni di Desa Sungai Meriam tidak masuk daftar.",
    ),
    _E(
        "twitter",
        "kerjasama",
        "@kukarkab MoU kukar sama UGM soal pendampingan desa wisata itu masih jalan gk? desa kami di pela kota bangun mau ikut jadi mitra",
    ),
    _E(
        "twitter",
        "kerjasama",
        "@bupatikukar dana CSR perusahaan tambang di kukar itu dikemanain sih pak? transparan dong, umumkan program & siapa aja penerimanya tiap tahun",
    ),
    _E(
        "web",
        "kerjasama",
        "Judul: Penjajakan kerja sama antardaerah\n\nKami dari Bappeda Kabupaten Mahakam Ulu ingin menjajaki kerja sama dengan Pemkab Kutai Kartanegara di bidang angkutan sungai dan pemasaran hasil bumi sepanjang Mahakam. Mohon informasi prosedur penyusunan kesepakatan bersama dan kontak yang dapat kami hubungi.",
    ),
    _E(
        "web",
        "kerjasama",
        "Judul: Bukan pengaduan lingkungan\n\nIni bukan laporan pencemaran. Perusahaan tambang di dekat Desa Sungai Payang sudah sepakat memberi CSR air bersih untuk tiga RT, tetapi pipanya hanya dipasang sampai rumah ketua RT dan beberapa tetangganya. Mohon pemkab memfasilitasi agar penyaluran CSR ini merata ke semua warga.",
    ),
    _E(
        "email",
        "kerjasama",
        "Kepada Yth.\nKepala Bagian Kerja Sama Setda Kabupaten Kutai Kartanegara\n\nPerihal: Permohonan perpanjangan Perjanjian Kerja Sama KKN Tematik\n\nDengan hormat,\nPerjanjian Kerja Sama antara Universitas Kutai Kartanegara dan Pemerintah Kabupaten Kutai Kartanegara tentang KKN Tematik Desa akan berakhir pada 31 Desember 2026. Kami bermaksud memperpanjang perjanjian tersebut untuk tiga tahun berikutnya dengan beberapa penyesuaian ruang lingkup. Draf perubahan kami lampirkan.\n\nHormat kami,\nWakil Rektor Bidang Kerja Sama\nDr. Muhammad Yusuf, M.Si.",
    ),
    _E(
        "email",
        "kerjasama",
        "pak, forum CSR kukar itu anggotanya siapa aja? sy mau usul program pelatihan menjahit dari CSR bank buat ibu2 di sebulu\n\nSent from my iPhone",
    ),
    _E(
        "email",
        "kerjasama",
        "Yth. Setda Kukar,\n\nUtas di bawah hanya riwayat, sudah diselesaikan bagian keuangan. Kami dari PT Mahakam Energi Lestari berencana menyalurkan TJSL tahun 2027 berupa dua unit ambulans desa dan beasiswa pelatihan kerja untuk desa-desa di sekitar wilayah operasi kami di Muara Jawa. Kami mohon arahan koordinasi dengan pemkab agar penyalurannya tidak tumpang tindih dengan program lain.\n\nSalam,\nManajer CSR, Rina Kartika\n\n----- Original Message -----\nSubject: Re: penagihan invoice katering rapat\nInvoice no. 118 sudah dibayar tanggal 3, mohon konfirmasi.",
    ),
    _E(
        "email",
        "kerjasama",
        "Dengan hormat,\n\nKami dari Lembaga Kajian Kebijakan Publik Kaltim meminta salinan atau daftar perjanjian kerja sama (MoU dan PKS) Pemkab Kukar dengan pemerintah daerah lain, perguruan tinggi dan pihak ketiga yang berlaku sepanjang 2025–2026, untuk kajian kami tentang efektivitas kerja sama daerah.\n\nTerima kasih.\nBambang S.\n0811-5820-771",
    ),
]

_PEREKONOMIAN = [
    _E(
        "sms",
        "perekonomian",
        "GAS MELON DI KOTA BANGUN HILANG LAGI!!! SEKALINYA ADA 35RB. PEMKAB KEMANA AJA",
    ),
    _E(
        "sms",
        "perekonomian",
        "pak harga cabe di pasar loa janan 120rb/kg, bawang jg naik. tlg adain operasi pasar",
    ),
    _E(
        "whatsapp",
        "perekonomian",
        "pak tabung ijo di pangkalan desa rempanga dijual ke pengecer semua, warga gk kebagian. pangkalannya nakal bgt tlg dicek 🙏",
    ),
    _E(
        "whatsapp",
        "perekonomian",
        "Ass pak, solar subsidi di SPBU Muara Jawa antre sampe malam, truk2 tambang ikut ngisi pake jeriken. nelayan kami gk kebagian. tlg diawasi penyalurannya",
    ),
    _E(
        "whatsapp",
        "perekonomian",
        "pian, harga baras di Muara Muntai naik tarus, sekarang 17 ribu seliter. bubuhan warga kada sanggup lagi. kaya apa pemerintah ini",
    ),
    _E(
        "telegram",
        "perekonomian",
        "Admin, pedagang sayur Pasar Tangga Arung sudah 2 bulan jualan di trotoar sejak los dikosongkan untuk relokasi. Sampai sekarang tidak ada kejelasan kapan dan di mana kami ditempatkan. Pengelola pasar tidak mau menjawab.",
    ),
    _E(
        "telegram",
        "perekonomian",
        "Makasih pak, pengaduan sy soal pungli di disdukcapil sdh ditindak 👍\nSkrg soal lain: Perusda milik kukar yg ngelola pelabuhan itu laporan keuangannya gk pernah dipublikasikan dan direkturnya plt bertahun2. Mohon dievaluasi kinerjanya.",
    ),
    _E(
        "twitter",
        "perekonomian",
        "@kukarkab minyak goreng di tenggarong kosong di warung2, kalo ada harganya gila. tolong dipantau dong stoknya",
    ),
    _E(
        "twitter",
        "perekonomian",
        "@bupatikukar bukan minta bantuan alat tangkap pak, nelayan anggana cuma butuh solar yg gampang didapet. tiap hari antre gk kebagian 😩",
    ),
    _E(
        "web",
        "perekonomian",
        "Judul: Pendampingan dan modal UMKM\n\nSaya pelaku usaha keripik pisang rumahan di Tenggarong Seberang. Apakah tahun ini ada program pendampingan atau bantuan modal UMKM dari pemkab? Bagaimana cara mendaftar dan apa syaratnya?",
    ),
    _E(
        "web",
        "perekonomian",
        "Judul: Pangkalan LPG dekat kantor bupati\n\nPangkalan gas 3 kg di gang dekat kompleks kantor bupati hanya melayani pembeli yang kenal dengan pemiliknya, warga sekitar disuruh pulang dengan alasan habis padahal truk baru datang. Mohon kuota dan penyalurannya diawasi.",
    ),
    _E(
        "email",
        "perekonomian",
        "Kepada Yth.\nKepala Bagian Perekonomian Setda Kab. Kutai Kartanegara\n\nPerihal: Kelangkaan LPG 3 kg di Kecamatan Tabang\n\nDengan hormat,\nSejak awal November, LPG 3 kg di Kecamatan Tabang sangat sulit didapat. Pangkalan hanya menerima kiriman dua minggu sekali dan harga di pengecer mencapai Rp 60.000 per tabung. Warga terpaksa kembali memakai kayu bakar.\n\nKami mohon pemerintah kabupaten berkoordinasi dengan agen dan Pertamina untuk menambah kuota dan mengawasi harga.\n\nHormat kami,\nTokoh masyarakat Tabang\nH. Jumransyah\nNIK 6402091003700002",
    ),
    _E(
        "email",
        "perekonomian",
        "harga ayam potong di pasar sebulu tembus 55rb sekilo. kapan ada pasar murah lagi?\n\nDikirim dari Yahoo Mail di Android",
    ),
    _E(
        "email",
        "perekonomian",
        "Pak,\nSoal beasiswa di bawah sudah beres, terima kasih. Saya pakai email ini lagi untuk hal lain: harga gula pasir di Muara Kaman sudah Rp 22.000 per kg dan telur Rp 2.500 per butir, jauh di atas Tenggarong. Katanya karena ongkos angkut, tapi naiknya tidak wajar. Mohon dipantau dan kalau bisa ada operasi pasar.\n\nSalam, Fitriani\n\n> Perihal: Pencairan beasiswa mahasiswa Muara Kaman\n> Mohon info jadwal pencairan tahap 2.",
    ),
    _E(
        "email",
        "perekonomian",
        "Yth. Setda Kukar,\n\nKami Paguyuban Pedagang Pasar Loa Kulu mendengar bahwa pengelolaan pasar akan dialihkan ke Perusda. Pedagang belum pernah diajak bicara soal tarif sewa los dan retribusi setelah pengalihan. Mohon pemkab menjelaskan rencana tersebut dan mengadakan pertemuan dengan pedagang.\n\nKetua Paguyuban,\nSlamet Riyanto\n0853-4612-9087",
    ),
]

_SDA = [
    _E(
        "sms",
        "sda",
        "lubang tambang di desa bukit pariaman blm ditutup juga, kemarin ada anak hampir tenggelam. tlg pemkab tindak perusahaannya!",
    ),
    _E(
        "sms",
        "sda",
        "Pak air sungai di desa sungai payang keruh coklat & bau sejak ada tambang di hulu. ikan pada mati, warga gk bisa mandi",
    ),
    _E(
        "whatsapp",
        "sda",
        "pak, perusahaan sawit nyerobot lahan warga di kembang janggut, patok kebun kami dicabut & ditanami sawit mereka. mhn dibantu 🙏",
    ),
    _E(
        "whatsapp",
        "sda",
        "assalamualaikum, kelompok tani Maju Bersama desa Sumber Sari blm terima bantuan hand traktor & pompa air yg dijanjikan thn lalu. proposal udh lengkap pak",
    ),
    _E(
        "whatsapp",
        "sda",
        "pian, asap dari lahan yang dibakar di Kenohan bikin sesak, anak-anak batuk tarus. siapa kah yang membakar, tolong ditindak",
    ),
    _E(
        "telegram",
        "sda",
        "Nelayan di Muara Pantuan (Anggana) minta bantuan jaring dan mesin ketinting. Banyak perahu sudah rusak. Kapan ada penyaluran alat tangkap lagi?",
    ),
    _E(
        "telegram",
        "sda",
        "Bukan soal CSR yang kami persoalkan, itu urusan lain. Kami minta pemkab memeriksa limbah pabrik kelapa sawit di Muara Wis yang dibuang ke sungai. Air tidak bisa dipakai mandi dan ikan keramba mati.",
    ),
    _E(
        "twitter",
        "sda",
        "@kukarkab ilegal logging di hutan tabang makin parah, truk kayu lewat tiap malam. kemana aparat??",
    ),
    _E(
        "twitter",
        "sda",
        "@bupatikukar debu batubara dr stockpile dekat SD di loa kulu bikin anak2 sesak, kelas kotor terus. tolong ditertibkan tambangnya pak",
    ),
    _E(
        "web",
        "sda",
        "Judul: Banjir lumpur dari tambang\n\nSetiap hujan, lumpur dari area tambang batubara di Desa Loa Ulung masuk ke sawah dan rumah warga. Kolam pengendapan perusahaan jebol sejak bulan lalu dan belum diperbaiki. Mohon pemkab meminta perusahaan bertanggung jawab.",
    ),
    _E(
        "web",
        "sda",
        "Judul: Kepada Bagian Administrasi Pembangunan\n\nSaya tidak tahu harus ke bagian mana. Jalan desa kami di Desa Batuah putus bukan karena proyeknya jelek, tetapi longsor akibat galian tambang di sebelahnya yang jaraknya cuma beberapa meter. Mohon izin tambang tersebut dievaluasi dan perusahaan diminta menghentikan galian di dekat jalan.",
    ),
    _E(
        "email",
        "sda",
        "Kepada Yth.\nKepala Bagian Sumber Daya Alam Setda Kab. Kutai Kartanegara\n\nPerihal: Permohonan bantuan alat dan mesin pertanian\n\nDengan hormat,\nGabungan Kelompok Tani Sido Makmur Desa Separi, Kecamatan Tenggarong Seberang, dengan luas sawah 240 ha, mengajukan permohonan bantuan satu unit combine harvester dan empat unit pompa air. Selama ini panen masih manual sehingga banyak gabah rusak saat musim hujan.\n\nProposal dan daftar anggota terlampir.\n\nHormat kami,\nKetua Gapoktan\nSuparno\nHP 0812-5544-1029",
    ),
    _E(
        "email",
        "sda",
        "pak tlg dicek, ada 3 sapi warga mati habis minum air bekas kolam tambang di samboja. perusahaan diem aja\n\nSent from my iPhone",
    ),
    _E(
        "email",
        "sda",
        "Pak, undangan di bawah sudah tidak relevan, acaranya sudah lewat.\n\nYang ingin saya laporkan: ada pembukaan lahan sawit baru di tepi Danau Semayang, Kecamatan Kenohan. Hutan rawa ditebang dan dikeringkan, padahal itu tempat ikan bertelur dan sumber hidup nelayan danau. Mohon dicek izinnya.\n\nHormat saya, Jailani\n\n---------- Forwarded message ---------\nPerihal: Undangan peresmian jembatan Desa Tuana Tuha\nDengan hormat, kami mengundang Bapak/Ibu hadir pada peresmian...",
    ),
    _E(
        "email",
        "sda",
        "Yth. Bapak/Ibu,\n\nKeramba ikan nila kami di Sungai Mahakam, Tenggarong, mati massal dua hari setelah ada tumpahan dari tongkang batubara yang kandas. Kerugian kelompok kami sekitar 40 juta. Mohon pemkab menyelidiki pencemaran ini dan meminta pertanggungjawaban perusahaan.\n\nKelompok Pembudidaya Ikan Mina Mahakam",
    ),
]

_ADPEM = [
    _E(
        "sms",
        "adpem",
        "pak jalan poros desa loa lepu ke tenggarong rusak parah kaya kubangan kerbau, kapan diperbaiki? udh 2 thn gk disentuh",
    ),
    _E(
        "sms",
        "adpem",
        "JEMBATAN DI DESA MUHURAN KOTA BANGUN BARU 6 BULAN SDH RETAK2. KONTRAKTORNYA SIAPA INI, TLG DICEK",
    ),
    _E(
        "whatsapp",
        "adpem",
        "pak proyek pembangunan puskesmas pembantu di desa kami (Tabang) dibiarin mangkrak, tiang doang berdiri udh setahun. duitnya kemana? kapan dilanjut?",
    ),
    _E(
        "whatsapp",
        "adpem",
        "assalamualaikum, drainase di jl. gunung belah tenggarong baru dibangun tp airnya gk ngalir, malah nggenang lebih parah dr sebelumnya. tolong dicek kualitas kerjanya",
    ),
    _E(
        "whatsapp",
        "adpem",
        "pian, jalan semenisasi di desa ulun Muara Kaman Ilir baru dikerjakan bulan tadi, sudah pecah-pecah. kaya apa pengawasannya ini, kada ada yang mengawasi kah?",
    ),
    _E(
        "telegram",
        "adpem",
        "Min, papan proyek peningkatan jalan Sebulu–Muara Kaman gak ada nilai kontrak & waktu pelaksanaan. Kerjanya lambat bgt, alat berat sering nganggur. Bisa minta info progresnya udah berapa persen?",
    ),
    _E(
        "telegram",
        "adpem",
        "Terima kasih, ayah saya sudah didampingi bantuan hukum dan perkaranya selesai.\nSekarang mau lapor: turap sungai di Kelurahan Sangasanga Dalam yang dibangun tahun lalu ambruk sebagian, rumah di atasnya terancam. Mohon diperiksa.",
    ),
    _E(
        "twitter",
        "adpem",
        "@kukarkab jalan ke samboja kayak kubangan kerbau 🐃🐃 proyek tiap tahun tp gk pernah beres",
    ),
    _E(
        "twitter",
        "adpem",
        "@bupatikukar bukan soal tendernya pak, siapa yg menang terserah. yg kami mau gedung olahraga di muara badak itu selesai, udh lewat masa kontrak masih 40%",
    ),
    _E(
        "web",
        "adpem",
        "Judul: Gedung serbaguna mangkrak\n\nGedung serbaguna di Kecamatan Muara Wis dibangun sejak 2022 dengan dana APBD, sampai sekarang tidak selesai dan mulai rusak, dindingnya ditumbuhi lumut. Mohon penjelasan kapan pembangunannya dilanjutkan.",
    ),
    _E(
        "web",
        "adpem",
        "Judul: Drainase depan Pasar Loa Kulu\n\nSaluran drainase yang baru dibangun di depan Pasar Loa Kulu ukurannya terlalu kecil, setiap hujan jalan depan pasar banjir sampai betis. Pedagang tidak bermasalah dengan pasarnya, yang bermasalah drainasenya. Mohon konstruksinya dievaluasi.",
    ),
    _E(
        "email",
        "adpem",
        "Kepada Yth.\nKepala Bagian Administrasi Pembangunan Setda Kab. Kutai Kartanegara\n\nPerihal: Laporan kualitas pekerjaan peningkatan jalan Desa Sebuntal\n\nDengan hormat,\nKami warga Desa Sebuntal, Kecamatan Marangkayu, melaporkan bahwa pekerjaan pengaspalan jalan desa yang selesai Oktober lalu sudah mengelupas di beberapa titik. Ketebalan aspal terlihat tipis dan tidak ada pemadatan yang layak. Foto terlampir.\n\nKami mohon pekerjaan tersebut diperiksa sebelum masa pemeliharaan berakhir.\n\nHormat kami,\nAhmad Yani\nNIK 6402140101800007\nHP 0852-4700-3318",
    ),
    _E(
        "email",
        "adpem",
        "pak itu jembatan gantung di kenohan kapan jadinya? tiap tahun katanya dibangun, tiap tahun jg gk ada\n\nDikirim dari Yahoo Mail di Android",
    ),
    _E(
        "email",
        "adpem",
        "Pak,\nMasalah gas di email lama di bawah sudah reda, terima kasih. Saya teruskan karena desanya sama: rehab gedung balai pertemuan umum di Desa Sungai Meriam, Anggana, ditinggal kontraktor sejak Agustus. Atap baru separuh terpasang dan material dibiarkan kena hujan. Mohon dicek progres dan kelanjutannya.\n\n---------- Forwarded message ---------\nPerihal: Gas 3 kg kosong di Sungai Meriam\nSudah 10 hari pangkalan kosong.",
    ),
    _E(
        "email",
        "adpem",
        "Dengan hormat,\n\nSebagai LSM pemantau pembangunan di Kecamatan Loa Janan, kami meminta laporan realisasi fisik dan keuangan proyek-proyek fisik APBD 2026 di kecamatan kami (jalan, jembatan, drainase dan gedung). Beberapa proyek terlihat belum dikerjakan padahal sudah akhir tahun.\n\nHormat kami,\nKoordinator LSM Pantau Loa Janan\nRudi Hartono",
    ),
]

_PBJ = [
    _E(
        "sms",
        "pbj",
        "pak LPSE kukar gk bisa diakses dr kemarin, tender tutup besok jam 10. tlg segera",
    ),
    _E(
        "sms",
        "pbj",
        "Mhn info syarat daftar jd penyedia/vendor di pemkab kukar, sy punya CV kecil di tenggarong",
    ),
    _E(
        "whatsapp",
        "pbj",
        "pak, sanggahan kami utk paket pengadaan mebel sekolah udh kami upload 3 hari lalu blm ada jawaban dr pokja, masa sanggah tinggal 1 hari. mhn dicek",
    ),
    _E(
        "whatsapp",
        "pbj",
        "assalamualaikum pak, produk kami kursi rotan dr Tenggarong mau masuk e-katalog lokal kukar biar bisa dibeli dinas2. caranya gimana ya pak? sy UMKM",
    ),
    _E(
        "whatsapp",
        "pbj",
        "pian, pemenang tender di Kukar itu kenapa bubuhan itu-itu haja. kami CV kecil kada pernah menang walau harga paling murah. ada permainan kah di pokja?",
    ),
    _E(
        "telegram",
        "pbj",
        "Akun SPSE perusahaan kami terkunci setelah ganti direktur. Verifikasi ulang ke LPSE Kukar bisa online atau harus datang bawa dokumen asli?",
    ),
    _E(
        "telegram",
        "pbj",
        "Terima kasih, tagihan kami dari Setda sudah dibayar bulan lalu 🙏\nPertanyaan baru: paket pengadaan ATK dan cetakan tahun 2027 kapan diumumkan di LPSE? Kami mau siapkan dokumen penawaran.",
    ),
    _E(
        "twitter",
        "pbj",
        "@kukarkab lelang proyek kok dimenangkan perusahaan yg alamat kantornya fiktif? coba cek deh pemenang di LPSE nya",
    ),
    _E(
        "twitter",
        "pbj",
        "@kukarkab e-katalog pemkab kukar harganya kemahalan, laptop 2x harga toko. siapa yg tayangin & siapa yg klik beli?",
    ),
    _E(
        "web",
        "pbj",
        "Judul: Jadwal tender berubah tanpa pemberitahuan\n\nJadwal pemasukan penawaran paket pengadaan alat laboratorium di LPSE Kukar dimajukan dua hari tanpa pemberitahuan di forum tanya jawab. Kami tidak sempat mengunggah penawaran. Mohon tahapan tender ini ditinjau ulang.",
    ),
    _E(
        "web",
        "pbj",
        "Judul: Ke Bagian Adpem\n\nSaya sudah diarahkan ke Administrasi Pembangunan, tapi masalah kami bukan kualitas proyeknya. Kami peserta lelang paket peningkatan jalan di Muara Jawa yang digugurkan karena alasan administrasi yang tidak ada di dokumen pemilihan. Sanggahan sudah kami ajukan tepat waktu. Mohon sanggahan kami ditinjau dengan benar.",
    ),
    _E(
        "email",
        "pbj",
        "Kepada Yth.\nKepala Bagian Pengadaan Barang dan Jasa Setda Kab. Kutai Kartanegara\n\nPerihal: Sanggahan atas hasil pemilihan paket Pengadaan Kendaraan Operasional Puskesmas\n\nDengan hormat,\nKami, CV Borneo Sejahtera Mandiri, peserta pemilihan paket tersebut, menyatakan sanggahan atas penetapan pemenang karena pemenang tidak melampirkan surat dukungan dealer sebagaimana disyaratkan dalam dokumen pemilihan, sementara penawaran kami dinyatakan gugur dengan alasan yang sama.\n\nBukti pendukung kami lampirkan.\n\nHormat kami,\nDirektur\nYulianto\n0811-5511-2098",
    ),
    _E(
        "email",
        "pbj",
        "min mau nanya pelatihan utk vendor baru soal e-purchasing & toko daring kapan ada lagi? sy baru daftar di LPSE\n\nSent from my iPhone",
    ),
    _E(
        "email",
        "pbj",
        "Yth. Setda Kukar,\n\nPertanyaan kami soal Perda di bawah sudah dijawab, terima kasih. Sekarang kami mau tanya: perusahaan kami berdomisili di Balikpapan, apakah bisa mendaftar sebagai penyedia di LPSE Kukar atau harus punya kantor cabang di Kukar dulu? Dokumen apa saja yang perlu diverifikasi?\n\nSalam,\nPT Kaltim Prima Teknik\n\n> Perihal: Perda tentang pajak reklame\n> Mohon info nomor Perda terbaru.",
    ),
    _E(
        "email",
        "pbj",
        "Dengan hormat,\n\nKami menemukan dugaan persekongkolan dalam tender pengadaan perahu dan mesin untuk kelompok nelayan tahun ini. Tiga peserta memakai alamat email dan IP yang sama, dan harga penawarannya hanya berbeda beberapa ribu rupiah. Kami tidak mempersoalkan bantuannya untuk nelayan, tetapi proses tendernya. Mohon tender ini diperiksa.\n\nHormat kami,\nAsosiasi Pengusaha Galangan Kapal Rakyat Kukar",
    ),
]

_ORGANISASI = [
    _E(
        "sms",
        "organisasi",
        "bikin KTP di disdukcapil kukar disuruh bayar 50rb biar cepet jadinya. itu resmi gk sih?",
    ),
    _E(
        "sms",
        "organisasi",
        "pak urus izin usaha di DPMPTSP udh 2 bln gk ada kabar, tiap ditanya disuruh nunggu. standar pelayanannya brp hari sih sebenernya?",
    ),
    _E(
        "whatsapp",
        "organisasi",
        "pak di loket pendaftaran RSUD AM Parikesit petugasnya main hp, antrean panjang gk dilayani. udh 2 jam sy nunggu. tlg dibina 😡",
    ),
    _E(
        "whatsapp",
        "organisasi",
        "Assalamualaikum, di puskesmas samboja bikin surat keterangan sehat utk lamaran kerja disuruh bayar 75rb tanpa kuitansi, pdhl katanya tarifnya gk segitu. mohon ditertibkan",
    ),
    _E(
        "whatsapp",
        "organisasi",
        "pian, ulun sudah tiga kali bulik-balik ke kantor Disdukcapil gasan akta lahir anak. tiap datang syaratnya beda-beda, petugasnya lain-lain jawabannya. kada jelas banar pelayanannya",
    ),
    _E(
        "telegram",
        "organisasi",
        "Survei kepuasan masyarakat (SKM) di kantor pelayanan itu cuma formalitas. Petugas yang ngisi sendiri di komputer. Hasilnya dipajang 'sangat baik' padahal antrean berjam-jam. Mohon diperiksa.",
    ),
    _E(
        "telegram",
        "organisasi",
        "Makasih pak, sanggahan tender kami kemarin sudah dijawab pokja.\nAda hal lain: di Dinas Perhubungan, uji KIR truk kami dimintai biaya tambahan 150rb per unit tanpa kuitansi, katanya biar cepat. Itu pungli kan?",
    ),
    _E(
        "twitter",
        "organisasi",
        "@kukarkab pelayanan di mal pelayanan publik tenggarong lambat bgt, 3 jam nunggu cuma buat dipanggil ke loket 😤 loketnya buka cuma 2",
    ),
    _E(
        "twitter",
        "organisasi",
        "@bupatikukar bukan soal kades nya pak, tp petugas di kantor camat tenggarong seberang tiap urus surat pindah minta uang rokok. itu pungli kan?",
    ),
    _E(
        "web",
        "organisasi",
        "Judul: Tidak ada standar pelayanan di Disnaker\n\nDi Dinas Tenaga Kerja, layanan pembuatan kartu pencari kerja (AK-1) tidak memasang standar pelayanan: persyaratan, biaya dan lama proses tidak diumumkan, sehingga tiap pemohon mendapat jawaban berbeda. Mohon semua loket diwajibkan memasang standar pelayanan.",
    ),
    _E(
        "web",
        "organisasi",
        "Judul: Pengaduan pelayanan, bukan soal beasiswa\n\nSaya tidak sedang meminta bantuan beasiswa lagi, yang itu sudah saya terima. Yang saya adukan adalah petugas layanan legalisir ijazah di Dinas Pendidikan yang melayani dengan kasar dan menyuruh saya kembali besok-besok tanpa kejelasan, sudah empat kali.",
    ),
    _E(
        "email",
        "organisasi",
        "Kepada Yth.\nKepala Bagian Organisasi Setda Kab. Kutai Kartanegara\n\nPerihal: Laporan dugaan maladministrasi pelayanan PBG\n\nDengan hormat,\nSaya mengajukan Persetujuan Bangunan Gedung untuk rumah tinggal di Kelurahan Melayu sejak Mei 2026. Berkas dinyatakan lengkap, tetapi sampai kini belum terbit dan status di aplikasi tidak berubah. Petugas meminta saya memakai jasa konsultan tertentu agar cepat, padahal tidak ada dalam persyaratan.\n\nMohon hal ini diperiksa.\n\nHormat saya,\nBudi Santoso\nNIK 6402050707850004\nHP 0813-5077-4412",
    ),
    _E(
        "email",
        "organisasi",
        "pak, loket dinsos utk ngurus surat rekomendasi DTKS tutup jam 11 pdhl di papan tertulis buka sampai jam 3. tolong ditegur\n\nSent from my iPhone",
    ),
    _E(
        "email",
        "organisasi",
        "Yth. Setda Kukar,\n\nPesan di bawah sudah lama dan sudah dijawab. Saya ingin mengadu soal lain: di RSUD Aji Batara Agung Dewa Sakti Samboja, berkas rujukan ibu saya hilang di bagian administrasi, lalu kami disuruh mengurus ulang dari puskesmas tanpa ada yang bertanggung jawab. Alurnya tidak jelas dan petugas saling lempar.\n\nHormat saya, Siti Rahmah\n\n---------- Forwarded message ---------\nPerihal: Jadwal MTQ tingkat kecamatan Samboja\nMohon info jadwal pendaftaran peserta.",
    ),
    _E(
        "email",
        "organisasi",
        "Dengan hormat,\n\nSebagai masukan untuk reformasi birokrasi: hampir semua kantor dinas di Tenggarong tidak memasang maklumat pelayanan dan nomor pengaduan di ruang tunggu, dan hasil survei kepuasan masyarakat tidak pernah diumumkan. Mohon Setda mewajibkan setiap unit layanan memasang dan memperbaruinya.\n\nSalam,\nHendri Kurniawan",
    ),
]

_UMUM = [
    _E(
        "sms",
        "umum",
        "pak parkiran kantor bupati penuh mobil dinas yg gk pernah jalan, tamu gk dapet parkir, sy muter 3x",
    ),
    _E(
        "sms",
        "umum",
        "Mhn info cara pinjam ruang rapat di kantor bupati utk rapat organisasi pemuda kami, syaratnya apa aja",
    ),
    _E(
        "whatsapp",
        "umum",
        "pak toilet di lantai 2 kantor bupati kotor bgt, bau, airnya mati. kami tamu malu sendiri 🙈",
    ),
    _E(
        "whatsapp",
        "umum",
        "assalamualaikum, mobil dinas plat merah yg tulisannya Setda dipake buat antar anak sekolah & belanja ke pasar tiap hari sama keluarganya. tlg ditertibkan pak",
    ),
    _E(
        "whatsapp",
        "umum",
        "pak surat kami ke bupati udh dikirim lewat bagian persuratan kantor bupati 2 minggu lalu, ada nomor agendanya, tp pas ditanya katanya gk ada di meja siapa2. surat kami nyangkut dmn ya?",
    ),
    _E(
        "telegram",
        "umum",
        "Gerbang samping kantor bupati sering dibiarkan terbuka tanpa penjaga malam hari. Kemarin motor teman saya hilang di parkiran pegawai. Mohon keamanannya diperketat.",
    ),
    _E(
        "telegram",
        "umum",
        "Terima kasih, audiensi kami dengan Bapak Bupati minggu lalu sudah terlaksana dengan baik.\nSatu catatan: AC ruang rapat lantai 3 tempat kami diterima mati dan banyak lampu putus. Mohon diperbaiki untuk tamu berikutnya.",
    ),
    _E(
        "twitter",
        "umum",
        "@kukarkab mobil dinas setda dipake kebut2an di jalan tenggarong-samarinda jam 11 malem, plat merahnya jelas. ini yg bayar bensinnya rakyat lho",
    ),
    _E(
        "twitter",
        "umum",
        "@bupatikukar pak, bukan soal acaranya ya, acaranya bagus. tp halaman kantor bupati abis acara kemarin sampah plastik numpuk gk diangkat 2 hari 🗑️",
    ),
    _E(
        "web",
        "umum",
        "Judul: Peminjaman ruang rapat\n\nKami dari Forum Anak Kukar ingin meminjam salah satu ruang rapat di kantor bupati untuk pertemuan pengurus pada pertengahan Januari. Apa syarat dan formulir peminjamannya, dan ke mana surat permohonan dikirim?",
    ),
    _E(
        "web",
        "umum",
        "Judul: Kepada Bagian Protokol\n\nKami kirim ke protokol karena bingung. Sebenarnya kami hanya ingin memastikan apakah surat pemberitahuan kegiatan yayasan kami yang diantar ke kantor bupati tanggal 2 Desember sudah tercatat di bagian persuratan, karena tanda terimanya tidak diberikan petugas.",
    ),
    _E(
        "email",
        "umum",
        "Kepada Yth.\nKepala Bagian Umum Setda Kab. Kutai Kartanegara\n\nPerihal: Permohonan peminjaman aula kantor bupati\n\nDengan hormat,\nKami Ikatan Pensiunan Guru Kecamatan Tenggarong bermaksud meminjam aula kantor bupati untuk pertemuan tahunan anggota pada Sabtu, 17 Januari 2027, pukul 08.00–12.00, dengan perkiraan 150 peserta. Mohon informasi ketersediaan dan persyaratannya.\n\nHormat kami,\nKetua,\nDrs. Aminuddin\nHP 0812-5812-0093",
    ),
    _E(
        "email",
        "umum",
        "pak lift di gedung kantor bupati mati lagi, ibu2 hamil & lansia hrs naik tangga ke lt 4\n\nSent from my iPhone",
    ),
    _E(
        "email",
        "umum",
        "Yth. Setda Kukar,\n\nMohon abaikan utas lama di bawah, urusannya sudah selesai. Waktu saya datang ke kantor bupati kemarin untuk urusan itu, helm saya hilang di parkiran motor depan, padahal ada petugas parkir. Di area itu juga tidak ada CCTV. Mohon pengamanan parkiran diperbaiki.\n\nSalam, Yoga\n\n---------- Forwarded message ---------\nPerihal: Re: Pendaftaran beasiswa mahasiswa\nBerkas Anda sudah kami terima.",
    ),
    _E(
        "email",
        "umum",
        "Dengan hormat,\n\nLampu penerangan area parkir belakang kantor bupati padam sejak seminggu lalu. Pegawai dan tamu yang pulang malam harus gelap-gelapan dan sudah ada yang terjatuh. Mohon segera diperbaiki.\n\nTerima kasih,\nNur Hasanah",
    ),
]

_PROKOM = [
    _E(
        "sms",
        "prokom",
        "pak sy mau audiensi dgn pak bupati soal kelompok tani kami, daftarnya ke mana & bawa apa?",
    ),
    _E(
        "sms",
        "prokom",
        "kami mau undang pak bupati buka turnamen sepak bola antar desa di jembayan tgl 20 bln dpn, surat undangannya ditujukan kemana?",
    ),
    _E(
        "whatsapp",
        "prokom",
        "pak akun IG resmi pemkab kukar kok komentar warga dihapus2in trs. kalo dikritik jgn dihapus dong, dijawab aja",
    ),
    _E(
        "whatsapp",
        "prokom",
        "assalamualaikum pak, sy wartawan media online di Tenggarong, mau wawancara pak bupati soal program 2027. caranya gimana? humas gk bales2 chat sy",
    ),
    _E(
        "whatsapp",
        "prokom",
        "pian, ulun handak mengundang Bapak Bupati ke acara haulan di kampung ulun, Desa Perian Muara Muntai. surat undangan dikirim ke mana jua?",
    ),
    _E(
        "telegram",
        "prokom",
        "Admin, sekolah kami ditunjuk ikut defile upacara HUT Kukar di Stadion Rondong Demang tapi belum dapat petunjuk teknis dan jadwal gladi. Mohon infonya.",
    ),
    _E(
        "telegram",
        "prokom",
        "Terima kasih, hibah untuk kelompok kami sudah cair.\nKami ingin mengundang Bapak Bupati meresmikan sanggar seni yang dibangun dari hibah itu bulan depan. Bagaimana prosedur mengundang dan berapa lama sebelumnya surat harus masuk?",
    ),
    _E(
        "twitter",
        "prokom",
        "@bupatikukar pak mohon waktu audiensi 🙏 kami mahasiswa kukar di jogja mau menyampaikan aspirasi soal asrama mahasiswa",
    ),
    _E(
        "twitter",
        "prokom",
        "@kukarkab postingan akun resmi kemarin salah tulis nama desa & foto pak bupati kebalik 🤦 tolong admin nya lebih teliti, malu dilihat orang luar",
    ),
    _E(
        "web",
        "prokom",
        "Judul: Permohonan sambutan tertulis Bupati\n\nKami panitia penerbitan buku sejarah Kesultanan Kutai Kartanegara Ing Martadipura memohon sambutan tertulis Bapak Bupati untuk dimuat di halaman awal buku. Naskah buku dapat kami kirimkan bila diperlukan.",
    ),
    _E(
        "web",
        "prokom",
        "Judul: Bukan minta dana\n\nKami tidak meminta bantuan dana atau hibah apa pun. Kami hanya berharap Bapak Bupati berkenan hadir dan membuka Festival Budaya Desa Pela, Kota Bangun, pada bulan Maret. Mohon informasi ke mana surat undangan resmi harus kami sampaikan.",
    ),
    _E(
        "email",
        "prokom",
        "Kepada Yth.\nBupati Kutai Kartanegara\nc.q. Kepala Bagian Protokol dan Komunikasi Pimpinan\n\nPerihal: Permohonan audiensi\n\nDengan hormat,\nKami Asosiasi Petani Kopi Liberika Kukar memohon kesempatan beraudiensi dengan Bapak Bupati untuk memaparkan rencana pengembangan kopi liberika di Kecamatan Samboja dan Muara Jawa. Kami akan hadir paling banyak lima orang dan menyesuaikan dengan jadwal Bapak Bupati.\n\nHormat kami,\nKetua Asosiasi\nIr. Darmawan\nHP 0813-4600-7721",
    ),
    _E(
        "email",
        "prokom",
        "pak, press release hasil rapat bupati dgn camat kemarin kok blm tayang di web pemkab? kami media butuh utk berita hari ini\n\nDikirim dari Yahoo Mail di Android",
    ),
    _E(
        "email",
        "prokom",
        "Yth. Setda Kukar,\n\nPertanyaan kami tentang Perbup di bawah sudah terjawab, terima kasih. Sekarang kami, Persatuan Wartawan Kukar, memohon agar Bapak Bupati dapat memberikan keterangan pers atau jumpa pers akhir tahun mengenai capaian program 2026. Mohon informasi jadwal yang memungkinkan.\n\nSalam,\nSekretaris PWK, Ardiansyah\n\n> Perihal: Perbup tentang tunjangan RT\n> Mohon salinan Perbup terbaru.",
    ),
    _E(
        "email",
        "prokom",
        "Yth. Humas Setda,\n\nBerita rilis resmi tanggal 3 Desember tentang kunjungan kerja Bupati ke Muara Badak salah mengutip nama dan jabatan saya sebagai ketua kelompok nelayan. Mohon dikoreksi di situs dan akun media sosial resmi.\n\nTerima kasih,\nMustafa, Desa Badak Baru",
    ),
]

_PERENCANAAN_KEUANGAN = [
    _E(
        "sms",
        "perencanaan_keuangan",
        "pak TPP staf setda bulan ini kok blm masuk? biasanya tgl 10 udh ada",
    ),
    _E(
        "sms",
        "perencanaan_keuangan",
        "honor narasumber sy di rapat koordinasi setda bulan lalu blm dibayar, mhn dicek",
    ),
    _E(
        "whatsapp",
        "perencanaan_keuangan",
        "pak sy vendor katering rapat di setda, tagihan bulan agustus & september blm dibayar. invoice & BAST udh lengkap sy serahkan 🙏",
    ),
    _E(
        "whatsapp",
        "perencanaan_keuangan",
        "assalamualaikum, SPPD perjalanan dinas sy ke Jakarta bulan lalu blm diganti, pdhl tiket pake uang pribadi. sy staf di salah satu bagian setda",
    ),
    _E(
        "whatsapp",
        "perencanaan_keuangan",
        "pian, gaji ulun sebagai tenaga honorer di Setda kada dibayar dua bulan. bubuhan kami handak betakun kapan cairnya",
    ),
    _E(
        "telegram",
        "perencanaan_keuangan",
        "SPJ kegiatan bagian kami dikembalikan terus oleh keuangan setda tanpa catatan jelas, jadi pengajuan GU berikutnya tertahan. Mohon kejelasan format SPJ yang benar.",
    ),
    _E(
        "telegram",
        "perencanaan_keuangan",
        "Terima kasih, tender percetakan kemarin sudah selesai dan kami yang menang.\nMasalahnya: pekerjaan cetak untuk Setda sudah kami serahkan 2 bulan lalu lengkap dengan BAST, tapi pembayarannya belum ada kabar.",
    ),
    _E(
        "twitter",
        "perencanaan_keuangan",
        "@kukarkab setda kukar ngutang ke vendor kecil kaya kami 5 bulan gk dibayar. UMKM bisa bangkrut pak",
    ),
    _E(
        "twitter",
        "perencanaan_keuangan",
        "@bupatikukar pak bukan soal acaranya yg kurang meriah, tp sound system yg kami sewakan utk acara setda HUT kemarin blm dibayar sampe skrg",
    ),
    _E(
        "web",
        "perencanaan_keuangan",
        "Judul: TPP belum dibayar\n\nSaya pegawai di lingkungan Sekretariat Daerah Kukar. TPP bulan Oktober belum diterima sebagian pegawai, sementara bagian lain sudah. Tidak ada pemberitahuan apa pun. Mohon penjelasan.",
    ),
    _E(
        "web",
        "perencanaan_keuangan",
        "Judul: Untuk Bagian Umum\n\nSaya kira ini urusan Bagian Umum, ternyata bukan. Kami penyedia alat tulis kantor untuk Setda; barang sudah diterima Bagian Umum dengan berita acara serah terima sejak September, tetapi invoice kami belum dibayar. Mohon dicek di keuangan Setda.",
    ),
    _E(
        "email",
        "perencanaan_keuangan",
        "Kepada Yth.\nKepala Bagian Perencanaan dan Keuangan Setda Kab. Kutai Kartanegara\n\nPerihal: Permohonan pembayaran tagihan\n\nDengan hormat,\nCV Sinar Dingin Mandiri telah menyelesaikan pekerjaan pemeliharaan AC gedung Sekretariat Daerah periode Juli–September 2026 sesuai kontrak. Tagihan beserta BAST telah kami sampaikan pada 15 Oktober 2026, namun hingga saat ini belum dibayarkan.\n\nMohon kiranya tagihan kami dapat segera diproses.\n\nHormat kami,\nDirektur\nAgus Salim\n0812-5300-6611",
    ),
    _E(
        "email",
        "perencanaan_keuangan",
        "bu, uang harian sppd kegiatan ke kecamatan tabang blm cair juga, kami sdh setor spj dari 3 minggu lalu\n\nSent from my iPhone",
    ),
    _E(
        "email",
        "perencanaan_keuangan",
        "Yth. Bagian Keuangan Setda,\n\nSaya teruskan undangan rapat di bawah karena kami, staf Setda yang ditunjuk sebagai panitia persiapan HUT, sampai sekarang belum menerima honor kepanitiaan sesuai SK. Acara sudah selesai sebulan lalu. Mohon informasi kapan dibayarkan.\n\nSalam,\nFajar\n\n---------- Forwarded message ---------\nPerihal: Undangan rapat persiapan upacara HUT Kukar\nDimohon kehadiran Bapak/Ibu pada rapat persiapan...",
    ),
    _E(
        "email",
        "perencanaan_keuangan",
        "Yth. Bagian Perencanaan dan Keuangan,\n\nSaya staf pelaksana di Setda Kukar (NIP 199203152019031004). Gaji bulan November saya dipotong Rp 450.000 tanpa pemberitahuan dan tanpa keterangan di slip. Mohon rincian potongan tersebut.\n\nTerima kasih,\nRahmat Hidayat",
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
