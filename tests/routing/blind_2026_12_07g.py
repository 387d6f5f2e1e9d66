# ruff: noqa: E501
"""Blind set written 2026-12-07 (seventh of the day) for issue 16: 180 complaints re-sent to the service in the shape they take in Indonesian news and social media: local news items quoting residents, reader letters (Surat Pembaca) signed with name and town, Facebook group rants (Info Kukar, Suara Warga Tenggarong) with hashtags, joined tweet threads (1/3, 2/3), Instagram/Twitter comments tagging the regent's and regency accounts, and WhatsApp forwards (Diteruskan, Mohon diviralkan), in informal Indonesian with Kutai/Banjar words, emoji and real Kukar place names. About a third are hard: they mix a past story with the current request, tag several offices, name a programme or project as background, quote an official, say what they are not about, or are sarcastic. 15 cases per section; per channel: 36 email, 36 whatsapp, 24 sms, 24 telegram, 36 twitter, 24 web (per section 3/3/2/2/3/2).

Written without reading config.yaml, routing/ or tests/routing/; each case is labelled only from
the mandates in docs/sections.md.

Scored ONCE, blind, with the rules of main b55060e (this file committed in that commit, unread by
the rules' authors), on 2026-12-07: 172/180 correct = 95.6% (Wilson 95% interval 91.5%-97.7%),
1 fallback. Per channel: email 35/36, sms 23/24, telegram 23/24, twitter 36/36, web 22/24,
whatsapp 33/36. (The rules of 303ab4f, the session's start: 172/180, email 35/36.)
The errors (index in CASES, label -> got):
- a request the writer says is not made: #5 pemerintahan -> kerjasama ("Sy tdk minta CSR atau
  bantuan apa2"), #65 perekonomian -> prokom ("Sy gk minta ketemu Bupati lagi"), #140 umum ->
  prokom ("Sy bukan minta ketemu Bupati ya"), #149 umum -> prokom ("kami tidak mengundang Bupati
  dan tidak meminta audiensi"), #174 perencanaan_keuangan -> prokom ("kami tidak mengeluhkan
  acaranya"), #45 kerjasama -> sda ("Kami tidak sedang mempersoalkan limbah atau lahan");
- #133 organisasi -> adpem ("Persetujuan Bangunan Gedung" stems like "pembangunan gedung");
- #172 perencanaan_keuangan -> fallback ("Honor tim ... blm cair, kegiatan sdh selesai" read as
  a settled sentence).
"""

from __future__ import annotations

from tests.routing.case import Case

_E = Case

_PEMERINTAHAN = [
    _E(
        "email",
        "pemerintahan",
        "Surat Pembaca: Tapal Batas Jembayan dan Loa Kulu Kota, Sampai Kapan Digantung?\n\nSudah hampir tiga tahun patok batas antara Desa Jembayan dan Kelurahan Loa Kulu Kota tidak jelas. Akibatnya warga di RT 07 bingung: KTP ikut Jembayan, tapi ketua RT-nya diangkat lurah Loa Kulu Kota. Saat pendataan penduduk kami didata dua kali, saat musdes kami tidak diundang siapa-siapa. Kami mohon Pemkab Kukar segera memfasilitasi penegasan batas desa, turun ke lapangan bersama kepala desa dan lurah, dan memasang patok yang sah.\n\nRusdiansyah, warga Jembayan, Loa Kulu",
    ),
    _E(
        "email",
        "pemerintahan",
        "Warga Desa Sabintulung, Kecamatan Muara Kaman, masih mempersoalkan hasil pemilihan kepala desa (pilkades) yang digelar bulan lalu. Mereka menilai ada 41 surat suara sah yang dinyatakan rusak oleh panitia. 'Kami sudah lapor ke panitia dan ke kecamatan berkali-kali, jawabannya tunggu saja,' kata Hamdani (47), saksi salah satu calon. Ia menegaskan protes warga bukan soal bantuan atau dana desa, melainkan soal penghitungan suara. Warga berharap Pemkab Kukar menunda pelantikan kades terpilih sampai sengketa hasil pilkades diselesaikan.",
    ),
    _E(
        "email",
        "pemerintahan",
        "Kepada Yth. Pemkab Kutai Kartanegara\nKami anggota BPD Desa Segihan, Kecamatan Sebulu. Sejak awal tahun kepala desa tidak pernah mengundang BPD dalam musyawarah desa, APBDes disahkan tanpa tanda tangan BPD, dan dua perangkat desa diberhentikan lewat pesan WA. Ini bukan masalah pribadi. Kami sudah bersurat ke camat dua kali tapi belum ada pembinaan. Mohon Pemkab memanggil kepala desa dan BPD untuk mediasi serta melakukan pembinaan tata kelola pemerintahan desa sesuai aturan.\nHormat kami, Sulaiman (Ketua BPD Segihan)",
    ),
    _E(
        "whatsapp",
        "pemerintahan",
        "*Diteruskan*\nMohon diviralkan 🙏\nDi RT 19 Kelurahan Loa Ipuh, Tenggarong, ketua RT kami sudah meninggal dunia sejak 2023 dan sampai sekarang cuma ada Plt yg ditunjuk lurah, gk pernah ada pemilihan RT. Warga gk pernah diajak musyawarah. Kami mohon kelurahan & Pemkab segera adakan pemilihan ketua RT yg sah. Terima kasih.",
    ),
    _E(
        "whatsapp",
        "pemerintahan",
        "Assalamualaikum pian, ulun warga Desa Kelekat, Kembang Janggut. Desa kami dipimpin Pj Kades sudah hampir 2 tahun, Pj nya pegawai kecamatan yg datang seminggu sekali haja. Bubuhan warga handak ada kades definitif, kapan pilkades antar waktu diadakan? Mhn Pemkab kada membiarkan desa kami kaya anak ayam kehilangan induk 🙏",
    ),
    _E(
        "whatsapp",
        "pemerintahan",
        "Pak, sy mau lapor soal lahan tambak di perbatasan Desa Tani Baru dan Desa Sepatin, Anggana. Dulu th 2019 ada program CSR bikin jalan setapak di situ, sejak itu kedua desa saling klaim lahan itu masuk wilayahnya. Skrg sdh ada pemasangan patok sepihak dan warga hampir bentrok. Sy tdk minta CSR atau bantuan apa2, sy cuma minta Pemkab mediasi sengketa lahan antar dua desa ini sebelum ada korban 🙏",
    ),
    _E(
        "sms",
        "pemerintahan",
        "Mhn Pemkab tegaskan batas kec Tenggarong Seberang dgn Loa Kulu di dusun kami, warga bingung ikut desa & kecamatan mana. Tks, Jumadi, Desa Embalut",
    ),
    _E(
        "sms",
        "pemerintahan",
        "Kades Liang Buaya skrg jadi pengurus partai & tim sukses caleg, pdhl kades dilarang berpolitik praktis. Mhn Pemkab evaluasi & beri sanksi. Warga Muara Kaman",
    ),
    _E(
        "telegram",
        "pemerintahan",
        "[Forward dari grup Info Kukar]\nWarga tiga dusun di Desa Santan Ulu, Kecamatan Marangkayu, kembali menanyakan nasib usulan pemekaran desa yang diajukan sejak 2022. 'Berkas sudah lengkap, musdes sudah, kajian sudah, tapi sampai sekarang tidak ada kabar dari kabupaten,' ujar Sahrani, ketua tim pemekaran. Jarak ke kantor desa induk lebih dari 20 km. Warga berharap Pemkab Kukar segera memproses usulan pembentukan desa persiapan tersebut.",
    ),
    _E(
        "telegram",
        "pemerintahan",
        "Kami bakal calon kades dari Desa Genting Tanjung, Kembang Janggut. Jadwal pilkades serentak katanya diundur, tapi tidak ada surat resmi apa pun. Panitia di desa juga tidak tahu. Mohon kejelasan dari Pemkab: pilkades serentak gelombang berikutnya jadi kapan dan syarat pendaftaran calon yg berlaku yg mana? Terima kasih.",
    ),
    _E(
        "twitter",
        "pemerintahan",
        "1/3 Kelurahan Sukarame katanya sudah resmi dimekarkan jadi dua, tapi kami warga Gg. Kenanga RT 12 sampai hari ini gak tau masuk kelurahan mana 😩\n2/3 Lurah lama bilang kami sudah pindah, lurah baru bilang belum ada peta batasnya. Ketua RT pun bingung nyetor data ke siapa.\n3/3 Tolong @pemkabkukar perjelas batas wilayah kelurahan & RT hasil pemekaran ini. #Tenggarong #SuaraWargaTenggarong",
    ),
    _E(
        "twitter",
        "pemerintahan",
        "Mantap pak, kepala desa kami di Muara Wis sudah 6 bulan gak pernah kelihatan, mungkin lagi bertapa 🙏 BPD sudah lapor camat, gak ada tindak lanjut. @pemkabkukar mohon evaluasi status kadesnya dan tunjuk Pj kalau memang beliau sudah gak aktif. #KukarIdaman",
    ),
    _E(
        "twitter",
        "pemerintahan",
        "Pengangkatan 5 perangkat desa baru di Desa Sidomulyo, Tabang, tanpa ujian seleksi, 3 di antaranya keluarga dekat kades 🤦 @pemkabkukar @dpmdkukar mohon SK pengangkatan perangkat desa ini ditinjau dan penjaringannya diulang sesuai aturan. #InfoKukar",
    ),
    _E(
        "web",
        "pemerintahan",
        "Dengan hormat, kami perwakilan warga Desa Bukit Raya, Kecamatan Tenggarong Seberang, menyampaikan bahwa lapangan sepak bola yang sejak tahun 1990-an dikelola Desa Bukit Raya kini diklaim masuk wilayah Desa Manunggal Jaya berdasarkan peta desa yang baru. Pemerintah Desa Manunggal Jaya sudah memasang papan nama aset desa di lokasi. Kami mohon Pemkab memfasilitasi penyelesaian sengketa lahan dan batas antara kedua desa ini secara resmi. Terima kasih.",
    ),
    _E(
        "web",
        "pemerintahan",
        "Kami warga Dusun Beloro Hulu (RT 14-16), Desa Beloro, Kecamatan Sebulu. Tahun lalu jalan dusun kami sudah dibangun dan kami berterima kasih, jadi surat ini BUKAN soal jalan. Masalahnya, secara jarak dan kehidupan sehari-hari kami jauh lebih dekat ke Desa Sebulu Ulu daripada ke kantor Desa Beloro (harus memutar 18 km). Musyawarah dusun sudah sepakat ingin bergabung ke Desa Sebulu Ulu. Kami mohon petunjuk dan proses dari Pemkab untuk perubahan batas wilayah desa tersebut.",
    ),
]

_KESRA = [
    _E(
        "email",
        "kesra",
        "Surat Pembaca: Beasiswa Kukar Idaman Semester Lalu Belum Cair\n\nAnak saya mahasiswa semester lima di Samarinda, dinyatakan lolos Beasiswa Kukar Idaman kategori prestasi sejak Maret. Semua berkas sudah diunggah, verifikasi sudah hijau, tapi sampai Desember dana belum masuk. Teman-temannya dari kecamatan lain sudah menerima. Kami petani di Loa Janan, uang kuliah sudah kami pinjam dulu. Mohon Pemkab menjelaskan kapan beasiswa tahap ini dicairkan dan kenapa ada yang tertinggal.\n\nSri Wahyuni, Desa Tani Bhakti, Loa Janan",
    ),
    _E(
        "email",
        "kesra",
        "Pengurus Masjid Nurul Huda di Desa Sumber Sari, Kecamatan Loa Kulu, mengeluhkan bantuan rumah ibadah yang tak kunjung cair. Menurut ketua takmir, H. Syahrir, proposal sudah diajukan sejak 2024 dan sempat dijanjikan saat kunjungan Bupati ke desa mereka. 'Atap masjid sudah bocor di banyak titik, jamaah salat Jumat terpaksa pakai terpal,' katanya. Ia berharap Pemkab Kukar memastikan bantuan hibah rumah ibadah untuk masjid mereka masuk tahun anggaran ini.",
    ),
    _E(
        "email",
        "kesra",
        "Yth. Pemkab Kukar,\nSaya guru ngaji TPA di Desa Jantur, Kecamatan Muara Muntai. Insentif guru ngaji dari Pemkab yang biasanya cair per triwulan sudah empat bulan tidak masuk, padahal absensi santri sudah kami kumpulkan ke kecamatan. Ini bukan soal gaji ASN, kami ini relawan yang mengajar anak-anak mengaji tiap sore. Mohon dicek apakah nama kami masih terdaftar dan kapan insentif dibayarkan.\nWassalam, Ustadzah Nurlaila",
    ),
    _E(
        "whatsapp",
        "kesra",
        "Diteruskan dari grup kafilah 🙏\nKami peserta MTQ tingkat kabupaten utusan Kecamatan Muara Jawa. Sudah seminggu kami di Tenggarong, uang makan & penginapan kafilah blm ada kejelasan, katanya nunggu dari kabupaten. Beberapa qariah kecil terpaksa tidur di rumah keluarga. Mhn panitia MTQ/Pemkab jelaskan hak kafilah kecamatan.",
    ),
    _E(
        "whatsapp",
        "kesra",
        "Assalamualaikum, sy ketua Majelis Taklim Al-Hidayah Kelurahan Sangasanga Dalam. Kami sdh ajukan proposal hibah kelompok utk kegiatan pengajian & santunan janda lansia sejak Februari, katanya sdh diverifikasi tp tdk ada kabar lg. Mhn info status proposal hibah kami tlg 🙏",
    ),
    _E(
        "whatsapp",
        "kesra",
        "Sy anak dari calon jemaah haji asal Kota Bangun, ortu sy berangkat kloter tahun depan. Blm ada info jadwal manasik tingkat kabupaten & bus pemberangkatan dari Tenggarong ke embarkasi Balikpapan. Ortu sdh sepuh, kami mau siap2 dr skrg. Mhn info dr Pemkab yg koordinasi urusan haji 🙏",
    ),
    _E(
        "sms",
        "kesra",
        "Anak sy lolos beasiswa S1 Pemkab tahap 1 tp namanya hilang di pengumuman tahap 2 tanpa alasan. Mhn dicek, no pendaftaran ada. Ibu Marlina, Sebulu",
    ),
    _E(
        "sms",
        "kesra",
        "Insentif guru ngaji Desa Semayang Kenohan blm masuk rekening sejak Juli. Kami 12 org guru TPA. Mhn bantuan dicek",
    ),
    _E(
        "telegram",
        "kesra",
        "Kami pengurus Gereja Kemah Injil di Desa Kerta Buana, Tenggarong Seberang. Proposal bantuan rumah ibadah untuk perbaikan atap dan lantai gereja sudah kami masukkan tahun lalu lengkap dengan RAB dan rekomendasi Kemenag. Kami tidak meminta dana CSR perusahaan mana pun, kami ajukan lewat program bantuan rumah ibadah Pemkab. Mohon informasi apakah proposal kami masuk daftar penerima tahun ini.",
    ),
    _E(
        "telegram",
        "kesra",
        "Portal pendaftaran beasiswa Kukar utk mahasiswa luar daerah ditutup 3 hari lebih cepat dr jadwal di pengumuman, bnyk yg blm sempat upload krn surat aktif kuliah baru keluar. Mohon pendaftaran beasiswa dibuka kembali atau diperpanjang. Dari bubuhan mahasiswa Kukar di Yogyakarta.",
    ),
    _E(
        "twitter",
        "kesra",
        "1/2 Mantap, beasiswa prestasi dari Pemkab cairnya pas anak saya sudah wisuda 👏👏 semester 7-8 bayar sendiri pakai utang.\n2/2 Serius nanya @pemkabkukar: beasiswa tahun 2025 yg katanya 'tunda bayar' itu kapan dilunasi? Masih banyak teman2nya yg nunggu. #BeasiswaKukar",
    ),
    _E(
        "twitter",
        "kesra",
        "@bupatikukar pak, Karang Taruna Desa Handil Terusan, Anggana sudah 2x ajukan proposal hibah buat kegiatan pemuda, kata dinas sdh masuk daftar, tp tahun berganti gak ada realisasi. Mohon kepastiannya 🙏 #KarangTaruna #Kukar",
    ),
    _E(
        "twitter",
        "kesra",
        "Qori kami dari Muara Badak juara 1 MTQ tingkat kabupaten bulan Juni, dijanjikan bonus & uang pembinaan utk persiapan MTQ provinsi. Sampai Desember belum terima sepeser pun 😔 @pemkabkukar tolong dicek ya. #MTQKukar",
    ),
    _E(
        "web",
        "kesra",
        "Dengan hormat, kami Yayasan Panti Asuhan Al-Ikhlas di Kelurahan Baru, Tenggarong, mengasuh 38 anak yatim dan dhuafa. Kami telah mengajukan permohonan bantuan hibah sosial untuk biaya makan dan pendidikan anak asuh sejak April, dan tim verifikasi sudah datang survei. Hingga kini belum ada keputusan. Mohon informasi status permohonan hibah kami dan dokumen apa yang masih kurang. Hormat kami, Pengurus Yayasan.",
    ),
    _E(
        "web",
        "kesra",
        "Tahun lalu suami saya dapat bantuan mesin ketinting dan jaring dari program bantuan nelayan, alhamdulillah. Tapi yang mau saya tanyakan sekarang soal lain: anak saya diterima kuliah di Politeknik Negeri Samarinda dan mendaftar beasiswa Pemkab jalur keluarga kurang mampu. Di pengumuman namanya tidak ada, padahal syaratnya lengkap. Mohon dicek kenapa beasiswa anak saya tidak lolos dan apakah masih bisa mengajukan keberatan. Ibu Rosmini, Desa Saliki, Muara Badak",
    ),
]

_HUKUM = [
    _E(
        "email",
        "hukum",
        "Surat Pembaca: Draf Raperda Perlindungan Anak, Kok Tidak Bisa Dibaca Publik?\n\nSaya membaca di media bahwa Pemkab Kukar sedang menyusun Rancangan Perda tentang Penyelenggaraan Perlindungan Anak. Sebagai pegiat lembaga perlindungan anak di Tenggarong, kami ingin memberi masukan, tetapi draf rancangannya tidak ada di JDIH maupun di situs Pemkab. Kami minta draf Raperda itu dipublikasikan dan diadakan uji publik yang melibatkan LSM, guru, dan tokoh masyarakat sebelum dibahas bersama DPRD.\n\nAndi Mappasessu, Kelurahan Timbau, Tenggarong",
    ),
    _E(
        "email",
        "hukum",
        "Nasib Ibu Hasnah (58), warga Desa Purwajaya, Kecamatan Loa Janan, kian terjepit. Rumah peninggalan almarhum suaminya digugat oleh kerabat yang mengklaim tanah tersebut, dan panggilan sidang pertama sudah datang dari Pengadilan Negeri. 'Saya tidak mengerti hukum, tidak punya uang untuk bayar pengacara,' ujarnya lirih. Tetangganya menyebut Pemkab Kukar punya program bantuan hukum gratis bagi warga tidak mampu. Keluarga berharap Pemkab dapat menunjuk pendamping hukum untuk Ibu Hasnah sebelum sidang berikutnya.",
    ),
    _E(
        "email",
        "hukum",
        "Kepada Yth. Bupati Kutai Kartanegara\nKami ahli waris almarhum H. Abdul Rasyid, pemilik tanah yang sejak 1987 dipakai untuk bangunan SD negeri di Kelurahan Jawa, Sangasanga. Gugatan kami terhadap Pemkab Kukar telah diputus dan berkekuatan hukum tetap sejak 2024, dengan amar Pemkab wajib membayar ganti rugi. Sampai hari ini belum ada pelaksanaan putusan maupun undangan pembahasan. Kami memohon Pemkab segera melaksanakan putusan pengadilan tersebut atau setidaknya mengundang kami untuk membicarakan tahapannya.\nHormat kami, kuasa ahli waris, Rahmat Hidayat",
    ),
    _E(
        "whatsapp",
        "hukum",
        "Assalamualaikum, sy wali murid SMP di Tenggarong. Di grup sekolah beredar kabar ada Perbup baru ttg jam malam pelajar, anak di luar rumah lewat jam 9 malam bisa diamankan. Tp tdk ada yg tau bunyi aturannya, nomor Perbup nya berapa, berlaku kapan. Mhn salinan Perbup itu dipublikasikan & disosialisasikan ke orang tua, jgn cuma kabar WA 🙏",
    ),
    _E(
        "whatsapp",
        "hukum",
        "*Mohon diteruskan ke yg berwenang*\nAda ibu di Kelurahan Sungai Merdeka, Samboja, korban KDRT, mau menggugat cerai & melaporkan suaminya tp tdk mampu bayar pengacara. Sudah lapor polisi tp bingung proses hukumnya. Apakah Pemkab bisa berikan bantuan hukum/pendampingan advokat gratis? Mohon arahannya, sy tetangganya.",
    ),
    _E(
        "whatsapp",
        "hukum",
        "Pak, sy kontraktor kecil di Loa Kulu, tp ini bukan soal proyek atau tender ya. Sy baca draf Raperda Bangunan Gedung yg lagi dibahas, ada pasal wajib sertifikat laik fungsi utk rumah tinggal 1 lantai di desa, dgn sanksi denda. Ini memberatkan warga kampung. Mhn masukan sy ditampung & pasal itu ditinjau ulang sebelum Raperda disahkan. Ke mana sy kirim masukan tertulis?",
    ),
    _E(
        "sms",
        "hukum",
        "Mhn info cara daftar bantuan hukum gratis dr Pemkab utk warga tdk mampu. Sy di Sebulu Ilir, ada perkara sengketa tanah kebun di pengadilan. Tks",
    ),
    _E(
        "sms",
        "hukum",
        "Link JDIH Kukar utk Perda No 3 thn 2023 error terus, file tdk bisa diunduh. Mhn diperbaiki. Mahasiswa Unikarta",
    ),
    _E(
        "telegram",
        "hukum",
        "Selamat siang. Kami dari UPTD pengelola kawasan wisata Pulau Kumala, Tenggarong. Kami menerima somasi dari pihak penyewa kios yang merasa dirugikan atas pemutusan kontrak sewa. Kami mohon konsultasi hukum ke Bagian Hukum Setda untuk menyusun jawaban somasi dan langkah hukum berikutnya, karena kami tidak punya staf hukum. Mohon jadwal konsultasi.",
    ),
    _E(
        "telegram",
        "hukum",
        "[Diteruskan dari grup Lembaga Adat]\nPara tetua adat Dayak Kenyah di Tabang menanyakan kelanjutan Rancangan Perda tentang Pengakuan dan Perlindungan Masyarakat Hukum Adat yang sempat dibahas dua tahun lalu. Ini bukan soal izin hutan, tetapi soal aturan pengakuannya. 'Naskah akademiknya sudah ada, tiba-tiba hilang dari pembahasan,' kata salah seorang tetua. Mereka meminta Pemkab melanjutkan penyusunan Raperda itu dan melibatkan lembaga adat.",
    ),
    _E(
        "twitter",
        "hukum",
        "JDIH Kukar isinya kok mentok di Perbup 2022 ya? Perbup & Perda 2024-2025 gak ada satupun yg diunggah, padahal katanya sudah berlaku. Gimana warga mau taat aturan kalau aturannya gak bisa dibaca 🙃 @pemkabkukar mohon JDIH diperbarui. #JDIH #KukarTransparan",
    ),
    _E(
        "twitter",
        "hukum",
        "1/2 Ini bukan soal bagi-bagi CSR-nya ya, tapi soal aturannya. Perda Kukar tentang Tanggung Jawab Sosial Perusahaan itu dibuat lebih dari 10 tahun lalu, gak ada sanksi sama sekali buat perusahaan yg mangkir.\n2/2 @pemkabkukar @dprdkukar kapan Perda ini direvisi? Mohon masuk Propemperda tahun depan & libatkan warga dlm pembahasannya. #RevisiPerdaCSR",
    ),
    _E(
        "twitter",
        "hukum",
        "Min @pemkabkukar, sy buruh kebun sawit di Muara Kaman, di-PHK tanpa pesangon. Mau gugat ke pengadilan hubungan industrial tp gk punya pengacara. Katanya Pemkab ada program bantuan hukum gratis buat warga miskin, daftarnya di mana & syaratnya apa? 🙏 #Kukar",
    ),
    _E(
        "web",
        "hukum",
        "Dengan hormat, kami Forum RT Kelurahan Melayu, Tenggarong, menemukan bahwa Perbup tentang Pedoman Pemberian Nama Jalan yang terbit tahun ini mengatur penamaan jalan oleh lurah, sedangkan Perda yang lebih tinggi mengatur penetapannya dengan Keputusan Bupati setelah kajian tim. Akibatnya ada dua nama berbeda untuk jalan yang sama. Kami mohon Pemkab mengkaji dan menyelaraskan Perbup tersebut dengan Perda, serta memberikan penjelasan tertulis.",
    ),
    _E(
        "web",
        "hukum",
        "Perihal: Gugatan PTUN atas SK Bupati tentang Pengesahan Kepala Desa Bunga Jadi\nKami kuasa hukum calon kepala desa nomor urut 2 pada pilkades Desa Bunga Jadi, Muara Kaman. Proses keberatan di panitia dan di tingkat kabupaten sudah selesai, sehingga surat ini tidak lagi meminta penyelesaian sengketa pilkades. Gugatan kami terhadap SK Bupati telah teregister di PTUN Samarinda dan sidang pertama dijadwalkan bulan depan. Kami mohon Pemkab sebagai tergugat menunjuk kuasa hukum, menghadiri sidang, dan membuka ruang mediasi yang difasilitasi pengadilan.",
    ),
]

_KERJASAMA = [
    _E(
        "email",
        "kerjasama",
        "Surat Pembaca: CSR Sawit Cuma Mampir di Desa Tetangga\n\nDesa kami, Desa Lebak Cilong, Kecamatan Muara Wis, dikelilingi kebun sawit perusahaan, tetapi program CSR/TJSL perusahaan beberapa tahun ini hanya disalurkan ke dua desa tertentu yang dekat dengan kantor kebun. Kami tidak sedang mempersoalkan limbah atau lahan; kami mempersoalkan pembagian program TJSL-nya. Kami mohon Pemkab Kukar selaku koordinator forum CSR meminta perusahaan memaparkan daftar penerima program dan memasukkan desa kami dalam penyaluran tahun depan.\n\nM. Ilham, Lebak Cilong, Muara Wis",
    ),
    _E(
        "email",
        "kerjasama",
        "Kerja sama antara Pemkab Kukar dan Universitas Kutai Kartanegara (Unikarta) yang ditandatangani dengan meriah awal tahun lalu dinilai belum berjalan. Seorang dosen Fakultas Pertanian Unikarta, Dr. Syamsuddin, mengatakan MoU itu menjanjikan kerja sama riset dan pengabdian masyarakat di desa-desa, tetapi perjanjian kerja sama turunannya tidak pernah disusun. 'Kami sudah kirim draf PKS dua kali, tidak ada balasan,' ujarnya. Ia berharap Pemkab segera menindaklanjuti MoU tersebut dengan perjanjian pelaksanaan.",
    ),
    _E(
        "email",
        "kerjasama",
        "Yth. Pemkab Kukar,\nSaya warga Kelurahan Teluk Pemedas, Samboja. Tahun 2023 diberitakan Pemkab Kukar akan menjalin kerja sama antardaerah dengan Kota Balikpapan untuk pemanfaatan TPA regional di perbatasan, sehingga sampah dari Samboja tidak lagi dibuang di lahan kosong. Sampai sekarang tidak jelas apakah perjanjian kerja samanya jadi ditandatangani. Mohon penjelasan status perjanjian kerja sama tersebut dan kapan mulai berlaku.\nTerima kasih, Gunawan",
    ),
    _E(
        "whatsapp",
        "kerjasama",
        "*Diteruskan* Mohon diviralkan!!\nPembagian paket sembako CSR dari perusahaan migas di Desa Tanjung Limau, Muara Badak kemarin salah sasaran. Yg dapat keluarga perangkat & ketua RT, warga nelayan miskin malah gk kebagian. Ini bukan soal harga sembako ya, ini soal penyaluran CSR. Mhn Pemkab selaku forum TJSL minta perusahaan evaluasi data penerima & bagi ulang secara adil 🙏",
    ),
    _E(
        "whatsapp",
        "kerjasama",
        "Assalamualaikum, kami Pokdarwis Desa Kutai Lama, Anggana. Kami mau ajukan program TJSL ke perusahaan2 di sekitar desa utk penataan situs sejarah & pelatihan pemandu wisata. Katanya pengajuan CSR skrg harus lewat forum di Pemkab. Mhn info prosedurnya, formnya di mana & ke siapa proposalnya diserahkan?",
    ),
    _E(
        "whatsapp",
        "kerjasama",
        "Pak, warga Marangkayu (Santan, Sebuntal, Bunga Putih) dulu bisa berobat ke RSUD Bontang pakai skema kerja sama Pemkab Kukar-Pemkot Bontang, krn RS kita jauh sekali. Sejak awal tahun RS Bontang bilang perjanjian kerja samanya sudah habis. Mhn Pemkab segera memperpanjang perjanjian kerja sama antardaerah itu, ini menyangkut nyawa warga perbatasan.",
    ),
    _E(
        "sms",
        "kerjasama",
        "Dana CSR PT tambang utk Desa Sebuntal katanya sdh diserahkan lewat forum CSR Pemkab, tp sampai skrg blm sampai ke warga. Mhn dicek penyalurannya",
    ),
    _E(
        "sms",
        "kerjasama",
        "Mohon info apakah MoU Pemkab dgn Politeknik Pertanian Samarinda utk pelatihan pemuda desa masih berlaku, kami mau ikut. Tks. Warga Tabang",
    ),
    _E(
        "telegram",
        "kerjasama",
        "[Forward dari grup Suara Warga Loa Kulu]\nPuluhan warga ring 1 tambang di Desa Rempanga, Loa Kulu, mendatangi kantor desa mempertanyakan program CSR perusahaan yang dinilai hanya seremoni. Lubang bekas tambang yang dulu sempat dipersoalkan memang sudah ditutup, namun warga kini menyoal program pemberdayaan yang dijanjikan. 'Katanya ada pelatihan dan bantuan usaha, yang datang cuma spanduk dan foto,' kata Marwan. Warga meminta Pemkab Kukar meminta laporan realisasi CSR perusahaan tersebut dan memastikan programnya sampai ke warga.",
    ),
    _E(
        "telegram",
        "kerjasama",
        "Selamat pagi. Kami dari LPPM Universitas Mulawarman. Sejak Maret kami mengajukan draf perjanjian kerja sama dengan Pemkab Kukar untuk program KKN tematik dan pendampingan desa wisata, lengkap dengan surat pengantar rektor. Sampai sekarang belum ada tanggapan atau jadwal pembahasan draf. Mohon informasi unit yang memproses dan kapan perjanjian bisa ditandatangani.",
    ),
    _E(
        "twitter",
        "kerjasama",
        "1/3 Dana CSR perusahaan batu bara di Kukar katanya ratusan miliar per tahun. Desa kami di Loa Janan dikepung tambang, tapi yg nyampe cuma kalender & kaos 😅\n2/3 Ini bukan soal debu atau lubang tambangnya dulu ya, itu cerita lain.\n3/3 Yg kami minta: @pemkabkukar umumkan penyaluran CSR per desa biar warga bisa cek. #TransparansiCSR #InfoKukar",
    ),
    _E(
        "twitter",
        "kerjasama",
        "Wah keren, tiap tahun tanda tangan MoU sama kampus & pemda luar, foto2 di IG 📸 Hasilnya buat warga Kukar apa ya? 🙃 @pemkabkukar mohon dibuka isi & progres perjanjian kerja sama itu. #KukarIdaman",
    ),
    _E(
        "twitter",
        "kerjasama",
        "Dengar2 Pemkab Kukar udah MoU sama Unmul soal kuota kursi kedokteran utk putra daerah. Ini bukan soal beasiswa ya, tapi kuotanya. Tahun ini adik sy daftar, kata kampus gak ada perjanjian aktif. @pemkabkukar mohon perjanjiannya diperpanjang/diperjelas 🙏",
    ),
    _E(
        "web",
        "kerjasama",
        "Dengan hormat, kami PT Mahakam Agro Lestari, perusahaan perkebunan di Kecamatan Kembang Janggut, berencana menyalurkan program TJSL tahun depan berupa sarana air bersih dan pelatihan keterampilan. Agar tidak tumpang tindih dengan program perusahaan lain, kami ingin berkoordinasi dengan Pemkab. Mohon informasi mekanisme pelaporan rencana TJSL, forum koordinasi CSR, dan narahubung yang dapat kami temui.",
    ),
    _E(
        "web",
        "kerjasama",
        "Perihal: Permohonan salinan perjanjian kerja sama air bersih\nKami perwakilan warga Kelurahan Sangasanga Muara. Pemkab disebut telah menandatangani perjanjian kerja sama dengan pihak swasta untuk penyediaan air bersih kawasan kami. Warga ingin mengetahui isi perjanjian itu: kewajiban mitra, jangka waktu, dan kapan mulai dilaksanakan. Kami tidak mengadukan pelayanan air saat ini; kami memohon salinan atau ringkasan resmi perjanjian kerja sama tersebut.",
    ),
]

_PEREKONOMIAN = [
    _E(
        "email",
        "perekonomian",
        "Surat Pembaca: Elpiji 3 Kg di Kota Bangun Tembus Rp50 Ribu\n\nSudah dua bulan warga Kota Bangun kesulitan mendapatkan gas elpiji 3 kg. Di pangkalan selalu habis, sementara di pengecer harganya Rp45-50 ribu per tabung, jauh di atas HET. Warung makan kecil terpaksa kembali pakai kayu bakar. Kami mohon Pemkab Kukar menertibkan pangkalan yang menjual ke pengecer dan menambah kuota elpiji bersubsidi untuk kecamatan kami.\n\nNorhayati, Kota Bangun Ilir",
    ),
    _E(
        "email",
        "perekonomian",
        "Pedagang di Pasar Tangga Arung, Tenggarong, mengeluhkan maraknya pasar tumpah di luar gedung pasar setiap pagi. Pembeli enggan masuk, sehingga los di dalam pasar sepi dan sebagian pedagang memilih tutup. 'Kami bayar retribusi resmi tiap hari, yang di luar bebas jualan di bahu jalan,' kata Bu Jumiati, pedagang sayur. Para pedagang meminta Pemkab Kukar menata pedagang di sekitar pasar dan membenahi pengelolaan Pasar Tangga Arung agar aktivitas jual beli kembali ke dalam gedung.",
    ),
    _E(
        "email",
        "perekonomian",
        "Yth. Bupati Kutai Kartanegara,\nSaya warga Tenggarong yang mengikuti pemberitaan tentang perusahaan daerah (Perusda) milik Pemkab. Setiap tahun perusda menerima penyertaan modal dari APBD, namun laporan laba dan setoran dividennya tidak pernah dipublikasikan, bahkan beberapa unit usahanya kabarnya berhenti beroperasi. Mohon Pemkab mengevaluasi kinerja BUMD tersebut dan membuka laporan keuangannya kepada publik.\nHormat saya, Dedy Kurniawan, Kelurahan Panji",
    ),
    _E(
        "whatsapp",
        "perekonomian",
        "Diteruskan dari grup nelayan Loa Janan\nSolar di SPBU Loa Janan habis terus dr pagi, antrean truk sampai ke jalan poros. Nelayan & petani yg bawa jeriken dgn surat rekomendasi pun ditolak. Ini bukan soal bantuan alat, kami cuma butuh solar bersubsidi bisa dibeli. Mhn Pemkab koordinasi dgn Pertamina soal distribusi solar di sini 🙏",
    ),
    _E(
        "whatsapp",
        "perekonomian",
        "Assalamualaikum, ulun warga Muara Muntai. Harga beras di pasar sini sudah Rp17 ribu/kg, cabai Rp90 ribu, bawang naik terus. Bubuhan kami kada sanggup lagi. Mhn pian di Pemkab adakan operasi pasar murah di Muara Muntai, jangan cuma di Tenggarong haja.",
    ),
    _E(
        "whatsapp",
        "perekonomian",
        "Pak, waktu acara Gebyar UMKM di Tenggarong bulan Agustus, Pak Bupati sendiri bilang di panggung semua pelaku UMKM yg ikut akan dapat pelatihan kemasan & akses pemasaran. Sy sdh daftar ulang di Kecamatan Samboja, sampai skrg gk ada kabar. Sy gk minta ketemu Bupati lagi, sy cuma minta janji pembinaan UMKM itu ditindaklanjuti. Usaha sy amplang kepiting.",
    ),
    _E(
        "sms",
        "perekonomian",
        "Gas elpiji 3kg kosong sdh 10 hari di Tabang, pangkalan bilang blm dikirim. Mhn dibantu. Warga Tabang Lama",
    ),
    _E(
        "sms",
        "perekonomian",
        "Minyak goreng kemasan langka di Kembang Janggut, kalau ada hrg 25rb/liter. Mhn Pemkab cek distribusi & harganya",
    ),
    _E(
        "telegram",
        "perekonomian",
        "Mohon Pemkab jadwalkan Gerakan Pangan Murah / pasar murah di Kecamatan Sebulu menjelang Natal & Tahun Baru. Harga telur, gula dan daging ayam di Pasar Sebulu naik tiap minggu, warga berpenghasilan rendah kewalahan. Tahun lalu pasar murah cuma sampai Tenggarong Seberang.",
    ),
    _E(
        "telegram",
        "perekonomian",
        "Kami kelompok UMKM keripik pisang Desa Bukit Pariaman, Tenggarong Seberang. Produk kami sudah punya PIRT dan label, tapi pengajuan untuk dipajang di galeri UMKM milik Pemkab tidak pernah dijawab. Mohon informasi bagaimana UMKM desa bisa masuk galeri dan ikut pameran yang difasilitasi Pemkab.",
    ),
    _E(
        "twitter",
        "perekonomian",
        "1/3 Pangkalan elpiji 3 kg di Desa Loa Duri Ulu tiap dapat kiriman langsung diangkut pengecer pakai pikap, warga antre dapat tabung kosong 😤\n2/3 Begitu di pengecer harganya 40rb.\n3/3 @pemkabkukar @pertamina tolong ditertibkan pangkalannya & diawasi distribusinya. #ElpijiLangka #InfoKukar",
    ),
    _E(
        "twitter",
        "perekonomian",
        "Mantap pak, harga telur di Anggana sekarang lebih mahal dari di Jakarta 🥲 sekilo 38rb. Katanya inflasi terkendali? @pemkabkukar tolong turun ke pasar Anggana, cek harga & adakan operasi pasar. #HargaNaik",
    ),
    _E(
        "twitter",
        "perekonomian",
        "Antre pertalite di SPBU Muara Kaman 2 jam, sementara eceran botol di pinggir jalan Rp15rb/liter selalu ada 🤔 @pemkabkukar tolong awasi distribusi BBM bersubsidi di sini. #BBMLangka",
    ),
    _E(
        "web",
        "perekonomian",
        "Dengan hormat, saya pelaku UMKM kuliner di Kelurahan Maluhu, Tenggarong. Pada pendataan UMKM bulan Mei kami dijanjikan bantuan peralatan usaha (gerobak dan kompor) bagi UMKM yang sudah memiliki NIB. Data kami sudah diinput petugas. Mohon informasi kelanjutan program bantuan peralatan UMKM tersebut dan siapa yang dapat kami hubungi.",
    ),
    _E(
        "web",
        "perekonomian",
        "Gedung Pasar Muara Jawa yang baru sudah selesai dibangun dan diresmikan, jadi pengaduan ini bukan soal bangunannya. Masalahnya, pembagian los di dalam pasar tidak jelas: banyak los dikuasai orang yang tidak berdagang, sementara kami pedagang lama masih berjualan di bahu jalan dan kena razia. Mohon Pemkab menata ulang pembagian los, mendata pedagang yang benar-benar berjualan, dan mengelola pasar secara terbuka.",
    ),
]

_SDA = [
    _E(
        "email",
        "sda",
        "Surat Pembaca: Lubang Tambang di Kerta Buana Kembali Memakan Korban\n\nBulan lalu seorang anak di Desa Kerta Buana, Tenggarong Seberang, tenggelam di kolam bekas tambang batu bara yang ditinggalkan tanpa pagar dan tanpa papan peringatan. Lubang itu hanya 300 meter dari permukiman. Ini bukan yang pertama di Kukar. Kami mendesak Pemkab Kukar memanggil perusahaan pemegang izin untuk segera menutup dan mereklamasi lubang tersebut, serta memasang pagar pengaman sementara.\n\nWahyu Setiawan, Kerta Buana",
    ),
    _E(
        "email",
        "sda",
        "Warga Desa Muara Kaman Ulu mengeluhkan air sungai di sekitar kampung mereka berubah keruh dan berbau setelah pabrik kelapa sawit di hulu beroperasi. Ikan-ikan di keramba warga mati dalam sepekan terakhir. 'Kami sudah lapor ke desa dan ke perusahaan, jawabannya bukan dari pabrik mereka,' kata Rustam, pembudidaya ikan. Warga berharap Pemkab Kukar menurunkan tim untuk memeriksa pembuangan limbah pabrik dan menindak jika terbukti mencemari.",
    ),
    _E(
        "email",
        "sda",
        "Kepada Yth. Pemkab Kukar,\nKami warga Desa Muara Ritan, Kecamatan Tabang, melaporkan aktivitas penebangan kayu di kawasan hutan di hulu sungai kami. Setiap malam truk dan ponton membawa kayu log keluar, dan sebagian area sudah gundul. Kami khawatir banjir dan longsor. Kami mohon Pemkab berkoordinasi dengan instansi kehutanan dan aparat untuk menghentikan penebangan liar tersebut.\nHormat kami, tokoh masyarakat Muara Ritan",
    ),
    _E(
        "whatsapp",
        "sda",
        "Assalamualaikum, sy ketua Kelompok Tani Subur Makmur Desa Bangun Rejo, Tenggarong Seberang. Thn ini kelompok kami tercatat penerima bantuan hand traktor 2 unit & pompa air, sudah foto serah terima di kecamatan tapi barangnya dibawa lg katanya mau diservis. Sampai skrg blm kembali. Mhn dicek bantuan alsintan kami 🙏",
    ),
    _E(
        "whatsapp",
        "sda",
        "Bubuhan nelayan Desa Salo Palai, Muara Badak, sudah 2 thn ajukan bantuan mesin ketinting & jaring lewat kelompok. Tiap thn katanya masuk usulan, realisasi kada ada. Perahu bubuhan kami sudah lapuk. Mhn Pemkab tolong realisasikan bantuan alat tangkap nelayan tahun depan.",
    ),
    _E(
        "whatsapp",
        "sda",
        "*Diteruskan*\nJalan hauling batu bara di Desa Batuah, Loa Janan, lewat tepat di samping SD & permukiman. Jalan rusaknya urusan lain ya, yg kami keluhkan debunya: tiap hari atap, sumur, dan paru2 anak2 kami kena debu batu bara, bnyk yg batuk & ISPA. Mhn Pemkab tegur perusahaan & wajibkan penyiraman rutin serta pengendalian debu.",
    ),
    _E(
        "sms",
        "sda",
        "Air sungai di Sebulu Ulu kuning pekat sejak ada tambang di hulu, warga tdk bisa mandi/cuci. Mhn Pemkab cek pencemarannya",
    ),
    _E(
        "sms",
        "sda",
        "Ada pembakaran lahan utk buka kebun sawit di Desa Enggelam, Muara Wis, asap masuk rumah warga tiap sore. Mhn ditindak",
    ),
    _E(
        "telegram",
        "sda",
        "[Diteruskan dari grup Info Kukar]\nAktivitas tambang batu bara yang diduga tanpa izin kembali muncul di Desa Loa Janan Ulu, hanya sekitar 200 meter dari sekolah dan makam warga. Alat berat bekerja malam hari dan batu bara diangkut ke pelabuhan kecil di tepi Mahakam. Warga meminta Pemkab Kukar berkoordinasi dengan aparat dan dinas ESDM provinsi untuk menghentikan tambang ilegal tersebut.",
    ),
    _E(
        "telegram",
        "sda",
        "Petani padi di Desa Teluk Bingkai, Kecamatan Kenohan, belum menerima bantuan benih padi dan pupuk yang dijanjikan untuk musim tanam ini, padahal air sudah surut dan lahan siap tanam. Mohon Pemkab membantu koordinasi penyaluran bantuan benih dan sarana produksi pertanian ke kelompok tani kami.",
    ),
    _E(
        "twitter",
        "sda",
        "1/3 Tiap hujan deras, sawah warga di Bukit Merdeka, Samboja, kebanjiran lumpur dari bukaan tambang di atas bukit 😭\n2/3 Padi umur sebulan tertimbun lumpur kuning, saluran irigasi tersumbat.\n3/3 @pemkabkukar @dlhkukar tolong cek tanggul & kolam pengendapan tambangnya, dan minta perusahaan tanggung jawab atas kerusakan sawah. #SelamatkanSamboja",
    ),
    _E(
        "twitter",
        "sda",
        "Mantap pak, lubang tambang di Tenggarong Seberang sekarang sudah jadi 'danau wisata' gratis, sayang tiketnya nyawa anak-anak 🙃 @pemkabkukar kapan perusahaan pemegang izinnya disuruh reklamasi? #LubangTambang #Kukar",
    ),
    _E(
        "twitter",
        "sda",
        "Mangrove di pesisir Desa Muara Pantuan, Anggana, dibabat buat tambak baru, puluhan hektare dalam 3 bulan. Abrasi makin parah 😢 @pemkabkukar mohon dicek izinnya & hentikan perusakan mangrove di Delta Mahakam. #SaveMangrove",
    ),
    _E(
        "web",
        "sda",
        "Dengan hormat, kami Kelompok Pembudidaya Ikan Sumber Rezeki, Desa Kayu Batu, Kecamatan Muara Muntai. Kami telah mengajukan bantuan keramba jaring apung dan benih ikan nila melalui kecamatan sejak awal tahun. Keramba lama sudah rusak setelah banjir. Mohon informasi jadwal penyaluran dan apakah kelompok kami termasuk penerima bantuan perikanan tahun ini.",
    ),
    _E(
        "web",
        "sda",
        "Kami petani peserta kebun plasma Desa Sedulang, Muara Kaman. Saat perusahaan sawit membuka kebun tahun 2012, dijanjikan kebun plasma 20% untuk warga. Ini bukan soal CSR atau bantuan sembako dari perusahaan, dan bukan sengketa batas desa. Yang kami minta: Pemkab menagih kewajiban plasma perusahaan sesuai izin usaha perkebunannya dan mengevaluasi izin itu jika tidak dipenuhi.",
    ),
]

_ADPEM = [
    _E(
        "email",
        "adpem",
        "Surat Pembaca: Jembatan Sebelimbingan Mangkrak Sejak 2023\n\nPembangunan jembatan penghubung Desa Sebelimbingan dengan jalan poros Kota Bangun yang didanai APBD Kukar berhenti sejak 2023. Tiang-tiangnya sudah berdiri, tetapi lantai jembatan tidak pernah dipasang. Anak sekolah masih menyeberang dengan perahu kecil saat air pasang. Kami mohon Pemkab menjelaskan kenapa proyek ini berhenti dan kapan dilanjutkan.\n\nHerlina, guru di Kota Bangun",
    ),
    _E(
        "email",
        "adpem",
        "Jalan poros Desa Jonggon, Kecamatan Loa Kulu, yang baru selesai diaspal tiga bulan lalu kini mulai mengelupas dan berlubang. Padahal proyek peningkatan jalan itu menelan anggaran miliaran rupiah dari APBD Kukar. 'Diinjak pakai sandal saja aspalnya sudah lepas,' kata Supardi, warga setempat. Warga meminta Pemkab Kukar memeriksa kualitas pekerjaan dan mewajibkan kontraktor memperbaikinya selama masa pemeliharaan.",
    ),
    _E(
        "email",
        "adpem",
        "Yth. Pemkab Kukar,\nPembangunan gedung serbaguna Kecamatan Anggana sudah dua tahun tidak selesai. Dinding sudah berdiri tapi atap belum terpasang, rangka baja mulai berkarat dan lokasinya jadi tempat nongkrong malam. Kami warga bertanya, proyek ini putus kontrak atau bagaimana? Mohon penjelasan progres dan rencana penyelesaian gedung tersebut.\nSalam, Arif Budiman, Desa Sidomulyo, Anggana",
    ),
    _E(
        "whatsapp",
        "adpem",
        "Diteruskan 🙏 Mohon diviralkan\nProyek drainase di Jl. Pesut, Kelurahan Timbau, Tenggarong, sudah digali sejak Agustus tp ditinggal begitu saja. Lubang sedalam 1,5 m tanpa pagar, sdh 2 pengendara motor jatuh. Mhn Pemkab tegur kontraktornya & pastikan pekerjaan drainase ini diselesaikan.",
    ),
    _E(
        "whatsapp",
        "adpem",
        "Assalamualaikum, semenisasi jalan lingkungan di RT 05 Desa Margahayu, Loa Kulu, dari APBD kabupaten tahun ini baru 2 bulan sudah retak2 & pecah di pinggir. Kata warga campurannya lebih banyak pasir. Mhn diperiksa kualitasnya sblm masa pemeliharaan habis.",
    ),
    _E(
        "whatsapp",
        "adpem",
        "Mantap pak, jalan kami di Desa Manunggal Daya, Sebulu, sudah jadi kolam ikan 🐟🐟 Proyek peningkatan jalannya mulai dikerjakan bulan Juni, tanah sudah dikeruk, batu sudah ditumpuk, trus kontraktornya menghilang. Skrg tiap hujan jadi kubangan. Tlg Pemkab cek proyek ini lanjut atau mangkrak?",
    ),
    _E(
        "sms",
        "adpem",
        "Proyek turap tepi sungai di Muara Muntai Ilir berhenti sejak Oktober, material dibiarkan. Mhn dicek kapan dilanjutkan",
    ),
    _E(
        "sms",
        "adpem",
        "Papan proyek jalan Sebulu-Muara Kaman hilang, warga tdk tau anggaran & progresnya. Mhn info progres proyek",
    ),
    _E(
        "telegram",
        "adpem",
        "[Forward dari Info Kukar]\nPembangunan gedung Pasar Rakyat Kota Bangun yang ditargetkan rampung akhir 2025 hingga kini baru berupa pondasi dan tiang. Pedagang yang sudah dipindahkan ke pasar sementara mempertanyakan nasib proyek. 'Kami dijanjikan setahun, sekarang sudah dua tahun,' ujar Rahmah, pedagang ikan. Pedagang berharap Pemkab Kukar menjelaskan progres pembangunan dan memastikan gedung pasar segera selesai.",
    ),
    _E(
        "telegram",
        "adpem",
        "Mohon Pemkab mempublikasikan laporan progres fisik dan keuangan proyek multiyears peningkatan jalan Kota Bangun-Tabang. Warga Tabang hanya dengar kabar dari medsos, katanya progres baru 40% padahal kontrak berakhir tahun depan. Kami ingin tahu capaian sebenarnya dan jadwal penyelesaiannya.",
    ),
    _E(
        "twitter",
        "adpem",
        "1/2 Jembatan gantung di Desa Long Beleh Modang, Kembang Janggut, baru selesai direhab pakai APBD tahun lalu, sekarang papan lantainya sudah lapuk & kabel bajanya karatan 😳\n2/2 @pemkabkukar tolong cek kualitas pekerjaannya sebelum ada yg jatuh ke sungai. #JembatanGantung #KukarIdaman",
    ),
    _E(
        "twitter",
        "adpem",
        "Renovasi tribun Stadion Aji Imbut di Tenggarong Seberang kok kayak jalan di tempat, tiap lewat alat beratnya diam aja 🤔 @pemkabkukar proyek renovasinya molor atau berhenti? Mohon info progresnya. #AjiImbut",
    ),
    _E(
        "twitter",
        "adpem",
        "Keren, gedung SD baru di Muara Jawa Ulu baru setahun dipakai plafonnya sudah jebol 👏 untung anak2 lagi istirahat. @pemkabkukar bangunan dari APBD kok kualitasnya begini, tolong diperiksa & diperbaiki. #GedungSekolah",
    ),
    _E(
        "web",
        "adpem",
        "Dengan hormat, kami warga Kelurahan Sungai Merdeka, Samboja, mengamati pekerjaan peningkatan jalan lingkungan di wilayah kami. Ketebalan aspal yang kami ukur hanya sekitar 2-3 cm, sementara di papan proyek tertulis lapis AC-WC 5 cm. Kami mohon Pemkab melalui tim monitoring pembangunan memeriksa kesesuaian spesifikasi pekerjaan sebelum dilakukan serah terima.",
    ),
    _E(
        "web",
        "adpem",
        "Perihal: Pembangunan Puskesmas Pembantu Desa Tani Harapan, Loa Janan\nKami tahu proyek ini dimenangkan CV dari luar daerah lewat tender di LPSE dan sempat ramai dibicarakan, tapi kami tidak mempersoalkan tendernya. Kami juga tidak mengeluhkan pelayanan kesehatannya. Yang kami keluhkan: bangunan pustu itu sudah 8 bulan berhenti di tahap dinding, pekerja tidak pernah datang lagi. Mohon Pemkab memantau proyek ini dan memastikan pembangunannya dilanjutkan sampai selesai.",
    ),
]

_PBJ = [
    _E(
        "email",
        "pbj",
        "Yth. Pokja Pemilihan Pemkab Kukar,\nKami CV Borneo Karya Mandiri, peserta tender paket peningkatan jalan lingkungan Kelurahan Jahab. Kami telah menyampaikan sanggahan melalui SPSE dalam masa sanggah atas digugurkannya penawaran kami dengan alasan 'dukungan peralatan tidak valid', padahal seluruh bukti kepemilikan alat telah kami unggah. Hingga batas waktu jawaban sanggah, belum ada jawaban dari Pokja. Kami mohon sanggahan kami dijawab secara tertulis sebelum penetapan pemenang.\nHormat kami, Direktur, Faisal Anwar",
    ),
    _E(
        "email",
        "pbj",
        "Sejumlah pengusaha jasa konstruksi lokal di Kukar mengeluhkan hasil lelang di LPSE Kukar yang dinilai lebih banyak dimenangkan perusahaan dari luar daerah. Ketua asosiasi kontraktor setempat, H. Nursalim, menyebut banyak penawaran lokal gugur di tahap evaluasi teknis dengan alasan yang tidak dijelaskan. 'Kami bukan minta dimenangkan, kami minta evaluasinya terbuka,' katanya. Para pengusaha meminta Pemkab Kukar membuka hasil evaluasi tender dan memperbaiki proses lelang agar transparan.",
    ),
    _E(
        "email",
        "pbj",
        "Yth. Pengelola Katalog Elektronik Lokal Kabupaten Kutai Kartanegara,\nKami UD Sinar Mahakam, distributor alat tulis kantor di Tenggarong. Pengajuan penayangan 46 produk kami di etalase katalog elektronik lokal Kukar sudah kami ajukan sejak Agustus dan seluruh dokumen telah diunggah, namun status masih 'menunggu verifikasi'. Mohon informasi kendala verifikasi dan perkiraan waktu produk kami dapat tayang.\nHormat kami, Yuliana",
    ),
    _E(
        "whatsapp",
        "pbj",
        "Pak, LPSE Kukar down dari jam 1 siang, kami gk bisa unggah dokumen penawaran, padahal batas akhir jam 3 sore ini. Paket pengadaan mebel sekolah. Mhn jadwal upload diperpanjang atau ada adendum jadwal, jgn sampai kami gugur krn server 🙏",
    ),
    _E(
        "whatsapp",
        "pbj",
        "Assalamualaikum, sy punya usaha konveksi kecil di Loa Kulu, sudah punya NIB. Ini bukan minta pelatihan UMKM ya, sy mau daftar jadi penyedia biar bisa ikut pengadaan seragam di pemerintah. Cara daftar akun penyedia di SPSE Kukar gmn ya, verifikasinya di mana? Tks",
    ),
    _E(
        "whatsapp",
        "pbj",
        "*Diteruskan* Mohon diviralkan\nTender paket rehab gedung kantor kecamatan di Kukar, nama pemenangnya sudah beredar di grup kontraktor 2 minggu SEBELUM evaluasi selesai, dan benar menang. Peserta lain digugurkan dgn alasan sepele. Kami minta Pemkab evaluasi Pokja yg menangani & tender ini diulang. #TenderDikondisikan",
    ),
    _E(
        "sms",
        "pbj",
        "Akun SPSE perusahaan sy terkunci stlh ganti direktur, verifikasi ulang blm diproses 2 minggu. Mhn dibantu. CV Karya Loa Kulu",
    ),
    _E(
        "sms",
        "pbj",
        "Pengumuman pemenang paket pengadaan laptop sekolah tdk tayang di SPSE, tp katanya kontrak sdh jalan. Mhn penjelasan. Peserta tender",
    ),
    _E(
        "telegram",
        "pbj",
        "Kami peserta tender paket pembangunan drainase di Muara Badak. Pokja menggugurkan penawaran kami karena 'jaminan penawaran tidak sesuai', padahal format jaminan mengikuti dokumen pemilihan. Kami mohon klarifikasi Pokja dan evaluasi ulang. Bukan soal proyeknya, ini soal proses pemilihannya.",
    ),
    _E(
        "telegram",
        "pbj",
        "Pesanan e-purchasing katalog kami (pengadaan kursi kantor) dibatalkan sepihak oleh pejabat pengadaan setelah negosiasi harga selesai dan barang sudah kami siapkan, tanpa alasan tertulis. Mohon penjelasan dan mediasi dari pengelola pengadaan Kukar. PT Etam Furnitur",
    ),
    _E(
        "twitter",
        "pbj",
        "1/2 Lelang pengadaan ambulans desa di LPSE Kukar spesifikasinya ngunci satu merek & satu dealer 🤔 sampai ukuran velg aja disebut.\n2/2 @pemkabkukar @LKPP_RI tolong dicek dokumen pemilihannya, penyedia lain jadi gk bisa bersaing. #LelangKukar",
    ),
    _E(
        "twitter",
        "pbj",
        "Mantap LPSE Kukar 👏 jadwal pemasukan penawaran paket jalan cuma 3 hari dan pas tanggal merah. Yang bisa siap cuma yg udah tau duluan kali ya 🙃 @pemkabkukar mohon jadwal tender dibuat wajar. #TransparansiPengadaan",
    ),
    _E(
        "twitter",
        "pbj",
        "Tanya min @pemkabkukar, kami penyedia lokal sudah upload dokumen kualifikasi tapi tahap pembuktian kualifikasi paket konsultan perencanaan nggak pernah dijadwalkan, tiba2 status tender 'gagal'. Alasannya apa? Mohon penjelasan Pokja 🙏 #LPSEKukar",
    ),
    _E(
        "web",
        "pbj",
        "Dengan hormat, kami PT Kalimantan Teknik Utama, perusahaan baru yang berdomisili di Tenggarong Seberang. Kami telah mendaftar sebagai penyedia di SPSE Kukar dan mengunggah akta, NIB, NPWP, serta KTP direktur. Kami diminta datang membawa dokumen asli untuk verifikasi, tetapi jadwalnya sudah dua kali dibatalkan. Mohon kepastian jadwal verifikasi agar akun penyedia kami dapat diaktifkan.",
    ),
    _E(
        "web",
        "pbj",
        "Perihal: Sanggahan atas hasil evaluasi paket pengadaan genset\nPerusahaan kami memang pernah mengeluhkan keterlambatan pembayaran tagihan tahun lalu, tetapi surat ini tidak menyangkut pembayaran. Kami mengajukan sanggahan atas hasil evaluasi harga paket pengadaan genset kantor, karena penawaran pemenang berada di bawah 80% HPS tanpa klarifikasi kewajaran harga. Kami mohon sanggahan ini diperiksa dan dijawab sesuai ketentuan.",
    ),
]

_ORGANISASI = [
    _E(
        "email",
        "organisasi",
        "Surat Pembaca: Sebulan Urus KTP-el, Jawabannya Selalu 'Blanko Habis'\n\nSaya mengajukan cetak ulang KTP-el di Disdukcapil Kukar sejak awal November. Setiap datang ke kantor di Tenggarong jawabannya blanko habis, padahal tetangga yang lewat 'orang dalam' bisa jadi dua hari. Tidak ada informasi jelas kapan blanko tersedia dan berapa lama prosesnya. Saya mohon Pemkab memperbaiki pelayanan ini dan memberi kepastian waktu layanan sesuai standar.\n\nRatna Dewi, Kelurahan Sukarame, Tenggarong",
    ),
    _E(
        "email",
        "organisasi",
        "Seorang pelaku usaha di Tenggarong mengaku dimintai uang Rp500 ribu oleh oknum di loket perizinan agar izinnya 'cepat keluar'. 'Katanya kalau tidak pakai itu, berkas bisa dua bulan,' ujar pria yang enggan disebut namanya. Padahal layanan perizinan tersebut gratis. Ia berharap Pemkab Kukar menindak oknum tersebut dan memastikan tidak ada lagi pungutan liar di loket pelayanan perizinan.",
    ),
    _E(
        "email",
        "organisasi",
        "Yth. Pemkab Kukar,\nSaya berkunjung ke Mal Pelayanan Publik di Tenggarong untuk mengurus beberapa layanan. Di sebagian besar gerai tidak terpasang standar pelayanan: tidak ada informasi persyaratan, biaya, dan lama waktu penyelesaian. Petugas pun memberi jawaban berbeda-beda. Mohon Pemkab mewajibkan setiap gerai memasang dan menaati standar pelayanan agar warga tidak bolak-balik.\nHormat saya, Fahmi, Loa Kulu",
    ),
    _E(
        "whatsapp",
        "organisasi",
        "Pak, sy mau uji KIR mobil pikap di UPT pengujian kendaraan Dishub Kukar. Dtg jam 8, petugas baru muncul jam 10, antrean gk jelas, gk ada nomor antre, yg kenal petugas didahulukan. Mhn pelayanannya dibenahi, kami sopir ini kerja harian.",
    ),
    _E(
        "whatsapp",
        "organisasi",
        "*Mohon diteruskan*\nUrus akta kelahiran anak di loket layanan Disdukcapil, petugas minta 'uang administrasi' Rp100rb tanpa kuitansi. Padahal di spanduk tulisannya GRATIS. Mhn Pemkab tindak pungli di loket ini. Sy ada rekaman suaranya.",
    ),
    _E(
        "whatsapp",
        "organisasi",
        "Lucu juga, habis urus izin di DPMPTSP, sebelum boleh ambil berkas kita disuruh isi Survei Kepuasan Masyarakat di tablet, dan petugasnya berdiri di samping nyuruh pilih 'sangat puas' semua. Kalau pilih kurang puas katanya berkasnya diperiksa ulang 🙃 Ini survei apa paksaan? Mhn SKM dilakukan jujur & petugasnya ditegur.",
    ),
    _E(
        "sms",
        "organisasi",
        "Sdh 3x bolak balik urus izin reklame toko, tiap dtg syarat beda2 & petugas beda jawaban. Mhn ada kejelasan syarat & waktu layanan. Warga Tenggarong",
    ),
    _E(
        "sms",
        "organisasi",
        "Aduan sy lewat SP4N Lapor ttg pelayanan dinas tdk ditanggapi 2 bln, status masih 'diproses'. Mhn ditindaklanjuti",
    ),
    _E(
        "telegram",
        "organisasi",
        "[Diteruskan]\nSy mau legalisir ijazah anak di Dinas Pendidikan Kukar, petugas minta 'uang rokok' Rp20rb per lembar. Katanya sudah biasa. Mhn Pemkab hentikan pungutan2 kecil begini di loket layanan, kalau dikali ratusan warga kan besar.",
    ),
    _E(
        "telegram",
        "organisasi",
        "Jam layanan kartu pencari kerja (kartu kuning) di kantor Disnakertrans Kukar tertulis 08.00-15.00, kenyataannya loket buka jam 9 dan tutup sebelum jam 12. Pencari kerja dari Loa Janan & Sebulu sering sia-sia datang. Mhn Pemkab tegakkan jam pelayanan sesuai standar.",
    ),
    _E(
        "twitter",
        "organisasi",
        "1/2 Sudah 4 bulan nunggu surat izin praktik bidan, pas ditanya berkas sy katanya hilang & disuruh ulang dari awal 😤 gak ada yg tanggung jawab.\n2/2 @pemkabkukar @ombudsmanri ini maladministrasi gak sih? Mohon ditindaklanjuti & layanannya dibenahi. #PelayananPublik",
    ),
    _E(
        "twitter",
        "organisasi",
        "Mantap pelayanan Disdukcapil Kukar 👏 nomor antrean dibagi jam 7.30, jam 7.45 sudah habis. Yg datang dari Kembang Janggut jam 8 silakan pulang & coba lagi besok 🙃 @pemkabkukar mohon sistem antreannya dibenahi. #PelayananPublik",
    ),
    _E(
        "twitter",
        "organisasi",
        "@pemkabkukar @ombudsmanri Surat pindah domisili sy ditolak krn 'sistem error', besok dtg lagi katanya harus pakai surat pengantar baru dr RT & kelurahan, padahal yg lama masih berlaku. Sudah 5x bolak-balik. Tolong dibenahi layanan yg begini. #Kukar",
    ),
    _E(
        "web",
        "organisasi",
        "Dengan hormat, saya ingin menanyakan standar pelayanan penerbitan Persetujuan Bangunan Gedung (PBG) di Kukar. Di situs resmi tidak tercantum jangka waktu penyelesaian dan rincian biaya retribusi, sementara petugas menyebut angka berbeda-beda. Mohon Pemkab mempublikasikan standar pelayanan PBG secara lengkap, termasuk persyaratan, waktu, dan biaya.",
    ),
    _E(
        "web",
        "organisasi",
        "Kami mendukung program bantuan sosial Pemkab, dan pengaduan ini bukan soal siapa yang dapat bantuan. Saat mengurus Surat Keterangan Tidak Mampu untuk syarat berobat, di loket layanan Dinas Sosial kami diminta membayar Rp150 ribu 'biaya percepatan' oleh petugas, tanpa tanda terima. Kami mohon Pemkab menindak pungutan liar tersebut dan memastikan layanan SKTM gratis sesuai standar pelayanan.",
    ),
]

_UMUM = [
    _E(
        "email",
        "umum",
        "Yth. Pemkab Kukar,\nKami Forum Komunikasi Pemuda Kukar telah mengirim surat permohonan peminjaman Ruang Rapat Lantai 2 Kantor Bupati untuk kegiatan diskusi publik pada tanggal 20 Desember. Surat kami antar langsung pada 25 November dan mendapat tanda terima, namun sampai hari ini belum ada jawaban apakah ruangan dapat dipinjam. Mohon kepastian agar kami dapat menyiapkan undangan peserta.\nHormat kami, Ketua Panitia, Rizky Maulana",
    ),
    _E(
        "email",
        "umum",
        "Surat Pembaca: Parkir Kantor Bupati Semrawut\n\nSetiap Senin pagi halaman parkir Kantor Bupati Kukar penuh sesak. Kendaraan pegawai menempati area tamu, mobil diparkir dua lapis sampai menutup jalur darurat, dan tamu seperti saya yang datang mengantar berkas harus parkir di bahu jalan. Mohon pengelola kantor menata ulang area parkir, memisahkan parkir pegawai dan tamu, serta menempatkan petugas pengatur.\n\nHendra Saputra, Tenggarong",
    ),
    _E(
        "email",
        "umum",
        "Sebuah mobil dinas berpelat merah yang diduga milik Sekretariat Daerah Kukar terlihat terparkir di kawasan wisata pantai di Balikpapan pada akhir pekan lalu, dengan penumpang keluarga yang sedang berlibur. Foto mobil itu beredar di grup Facebook Suara Warga Tenggarong. 'Mobil dinas itu dibeli pakai uang rakyat, bukan untuk piknik,' tulis salah satu warganet. Warga berharap Pemkab menertibkan penggunaan kendaraan dinas Setda di luar kepentingan kedinasan.",
    ),
    _E(
        "whatsapp",
        "umum",
        "Pak, tadi sy ke Kantor Bupati ngantar berkas, toilet di lantai 1 dekat ruang tunggu tamu kotor bgt, air mati, bau pesing sampai lorong. Lift gedung utama juga rusak sudah seminggu. Ini kantor pusat pemerintahan lho 😩 Mhn kebersihan & perawatan gedungnya diperhatikan.",
    ),
    _E(
        "whatsapp",
        "umum",
        "Assalamualaikum. Bulan lalu kami kirim surat resmi yg ditujukan ke Sekretaris Daerah lewat bagian persuratan Kantor Bupati, ada tanda terimanya. Waktu kami tanya minggu ini, katanya surat itu tdk tercatat di buku agenda & tdk tau ada di meja siapa. Mhn dicek alur surat masuknya, surat kami nomor 014/YPB/XI.",
    ),
    _E(
        "whatsapp",
        "umum",
        "Tadi pagi sy datang ke Kantor Bupati utk menghadiri rapat koordinasi yg undangannya resmi dari Setda. Sampai di gerbang, satpam menahan kami 40 menit, bentak2, dan menyuruh parkir di luar pagar. Sy bukan minta ketemu Bupati ya, sy cuma peserta rapat. Mhn petugas keamanan kantor dibina & prosedur penerimaan tamu diperjelas.",
    ),
    _E(
        "sms",
        "umum",
        "Lampu parkiran motor Kantor Bupati mati tiap malam, kemarin helm & spion motor sy hilang. Mhn dipasang lampu & dijaga satpam",
    ),
    _E(
        "sms",
        "umum",
        "Mhn kepastian surat permohonan pinjam ruang rapat Kantor Bupati utk tgl 15 Jan dr Ikatan Guru TK Tenggarong. Sdh 2 minggu blm dibalas. Tks",
    ),
    _E(
        "telegram",
        "umum",
        "Sampah di belakang gedung Kantor Bupati Kukar (dekat gudang) menumpuk dan berbau, tampaknya sudah berhari-hari tidak diangkut. Baunya tercium sampai ruang tunggu tamu. Mohon petugas kebersihan kantor segera membersihkannya.",
    ),
    _E(
        "telegram",
        "umum",
        "[Forward grup Suara Warga Tenggarong]\nMobil dinas pelat merah dengan stiker Setda Kukar ugal-ugalan di Jl. Muso Salim, Tenggarong, tadi malam jam 11, hampir menyerempet pengendara motor. Videonya sudah kami rekam. Mohon pengelola kendaraan dinas Setda menegur pemakainya dan mengawasi penggunaan mobil dinas di luar jam kerja.",
    ),
    _E(
        "twitter",
        "umum",
        "1/2 Ruang tunggu tamu Kantor Bupati Kukar: AC mati, plafon bocor, ember ditaruh di tengah ruangan 🪣\n2/2 Malu kalau ada tamu dari luar daerah. Mohon @pemkabkukar perbaiki gedungnya. #KantorBupatiKukar",
    ),
    _E(
        "twitter",
        "umum",
        "Keren, kantor bupati kita megah dari luar, tapi pintu toilet tamunya gak bisa dikunci dan tisunya udah jadi legenda 🙃 @pemkabkukar tolong perhatikan kebersihan & fasilitas gedung kantor. #Tenggarong",
    ),
    _E(
        "twitter",
        "umum",
        "Motor pegawai kantor bupati parkir sampai naik trotoar depan gerbang, pejalan kaki terpaksa turun ke jalan raya 😑 @pemkabkukar tolong ditata parkirnya di dalam area kantor. #ParkirKukar",
    ),
    _E(
        "web",
        "umum",
        "Dengan hormat, kami dari jasa ekspedisi di Tenggarong. Beberapa kali paket dan surat tercatat yang ditujukan ke Sekretariat Daerah Kukar ditolak di pos penjagaan Kantor Bupati dengan alasan tidak ada petugas penerima surat. Mohon informasi jam dan lokasi resmi penerimaan surat dan paket masuk agar kiriman dapat diterima dengan tanda terima yang sah.",
    ),
    _E(
        "web",
        "umum",
        "Perihal: Peminjaman Ruang Serbaguna Kantor Bupati\nTahun lalu kami pernah beraudiensi dengan Bupati dan kegiatan kami sempat dihadiri beliau, tetapi kali ini kami tidak mengundang Bupati dan tidak meminta audiensi. Kami, Paguyuban Seni Tingkilan Kukar, hanya ingin meminjam Ruang Serbaguna di kompleks Kantor Bupati untuk latihan dan pentas kecil pada 10 Januari. Mohon informasi prosedur, syarat, dan ketersediaan ruangan pada tanggal tersebut.",
    ),
]

_PROKOM = [
    _E(
        "email",
        "prokom",
        "Yth. Bupati Kutai Kartanegara,\nKami Aliansi Nelayan Muara Badak telah mengajukan surat permohonan audiensi kepada Bapak Bupati sejak September untuk menyampaikan langsung persoalan nelayan pesisir. Sudah tiga kali kami menanyakan ke kantor, jawabannya 'jadwal pimpinan penuh'. Kami mohon diberikan jadwal audiensi, meskipun hanya 30 menit, bersama 10 orang perwakilan nelayan.\nHormat kami, Koordinator, Sudirman",
    ),
    _E(
        "email",
        "prokom",
        "Dengan hormat,\nPanitia Festival Danau Semayang di Kecamatan Kenohan bermaksud mengundang Bapak Bupati untuk membuka festival pada 14 Februari. Surat undangan resmi sudah kami kirim, namun kami belum mendapat konfirmasi kehadiran maupun arahan susunan acara dari protokol. Mohon konfirmasi apakah Bupati berkenan hadir atau diwakilkan, agar kami dapat menyesuaikan rundown.\nHormat kami, Ketua Panitia",
    ),
    _E(
        "email",
        "prokom",
        "Surat Pembaca: Akun Resmi Pimpinan Kok Hapus Komentar Warga?\n\nSaya beberapa kali menulis komentar sopan di unggahan Instagram resmi Bupati Kukar, menanyakan tindak lanjut janji kampanye. Komentar saya dihapus dan kolom komentar lalu dibatasi. Akun resmi pimpinan daerah semestinya menjadi saluran komunikasi dua arah. Saya mohon pengelola media sosial resmi pimpinan tidak menghapus kritik yang disampaikan dengan santun dan memberikan jawaban.\n\nDimas Pratama, Loa Kulu",
    ),
    _E(
        "whatsapp",
        "prokom",
        "Pak, sy wartawan media online lokal di Tenggarong. Di acara peresmian kemarin, kami media lokal tdk diberi ID pers & dilarang masuk area doorstop Bupati, sementara media tertentu boleh. Mhn pihak protokol & komunikasi pimpinan memberi akses liputan yg sama untuk semua media yg terverifikasi.",
    ),
    _E(
        "whatsapp",
        "prokom",
        "Diteruskan dari grup tokoh adat\nDi upacara peringatan Hari Jadi Kukar kemarin, para tokoh adat & sesepuh yg diundang resmi tdk disiapkan kursi, sebagian berdiri 2 jam di bawah panas. Kami kecewa dgn penataan protokol acaranya. Mhn ke depan tamu undangan tokoh adat ditata dgn layak.",
    ),
    _E(
        "whatsapp",
        "prokom",
        "Assalamualaikum. Di video resmi akun Pemkab yg diunggah minggu lalu, sambutan Bupati dipotong sehingga terdengar seolah beasiswa semua mahasiswa cair bulan ini. Akibatnya bnyk ortu ribut di grup. Sy tdk sedang menanyakan beasiswanya, sy minta akun resmi pimpinan menayangkan video utuh & klarifikasi resmi biar gk jadi hoaks.",
    ),
    _E(
        "sms",
        "prokom",
        "Mhn info cara ajukan audiensi dgn Bupati utk perwakilan guru honorer SD Kec. Muara Jawa. Surat ditujukan ke mana? Tks",
    ),
    _E(
        "sms",
        "prokom",
        "Kami sdh kirim undangan ke Bupati utk peresmian masjid Desa Perjiwa tgl 5 Jan. Mhn konfirmasi kehadiran beliau. Panitia",
    ),
    _E(
        "telegram",
        "prokom",
        "Selamat sore. Kami redaksi media lokal di Kukar. Hingga hari ini rilis resmi tentang hasil rapat penanganan banjir yang dipimpin Bupati Senin lalu belum juga dikirim ke media, sementara informasi simpang siur beredar di medsos. Mohon bagian komunikasi pimpinan segera menerbitkan siaran pers resmi dan membuka sesi konferensi pers.",
    ),
    _E(
        "telegram",
        "prokom",
        "Saat kunjungan kerja Bupati ke Kecamatan Kembang Janggut kemarin, warga yang ingin menyampaikan aspirasi langsung malah dihalau petugas protokol dan hanya boleh menitip surat. Kami mohon pada kunjungan berikutnya disediakan sesi dialog agar warga bisa bertemu dan berbicara langsung dengan Bupati.",
    ),
    _E(
        "twitter",
        "prokom",
        "1/2 Sambutan Bupati di acara pelantikan kemarin, di akun YouTube resmi Pemkab, suaranya gak kedengeran sama sekali & live-nya putus2 😅\n2/2 @pemkabkukar mohon tim publikasi pimpinan unggah ulang rekaman utuhnya + transkrip sambutannya biar warga bisa ikuti. #Kukar",
    ),
    _E(
        "twitter",
        "prokom",
        "Mantap, akun IG resmi Bupati isinya 90% foto gunting pita & seremoni 📸 Pengumuman penting soal agenda kegiatan publik pimpinan malah gak ada. @bupatikukar @pemkabkukar mohon kanal resmi pimpinan juga dipakai buat informasi publik yg berguna. #KomunikasiPublik",
    ),
    _E(
        "twitter",
        "prokom",
        "@bupatikukar Assalamualaikum pak, kami mahasiswa Unikarta mau mengundang Bapak jadi keynote speaker di seminar kepemudaan tgl 18 Januari. Undangan resmi sudah kami antar ke kantor, mohon info konfirmasinya ke siapa ya? 🙏 #Unikarta",
    ),
    _E(
        "web",
        "prokom",
        "Dengan hormat, kami Ikatan Pelajar dan Mahasiswa Muara Kaman memohon waktu audiensi dengan Bupati Kutai Kartanegara untuk menyampaikan hasil kajian mahasiswa mengenai kebijakan kepemudaan. Kami mohon informasi prosedur pengajuan audiensi, dokumen yang perlu dilampirkan, dan perkiraan jadwal yang tersedia pada bulan Januari.",
    ),
    _E(
        "web",
        "prokom",
        "Jalan di kampung kami, Desa Benua Puhun, Muara Kaman, sudah rusak bertahun-tahun dan sudah kami laporkan ke dinas teknis berkali-kali. Kali ini kami tidak meminta dinas meninjau atau menilai proyeknya. Kami, perwakilan lima RT, memohon kesempatan bertemu langsung dengan Bupati (audiensi) di Tenggarong untuk menyampaikan aspirasi warga. Mohon dijadwalkan.",
    ),
]

_PERENCANAAN_KEUANGAN = [
    _E(
        "email",
        "perencanaan_keuangan",
        "Yth. Sekretariat Daerah Kabupaten Kutai Kartanegara,\nKami CV Dapur Etam, penyedia jasa katering untuk rapat-rapat dan kegiatan di lingkungan Sekretariat Daerah selama Juli-September. Seluruh tagihan beserta berita acara serah terima telah kami serahkan sejak Oktober, total Rp187 juta, namun hingga kini belum dibayarkan. Kami usaha kecil dengan karyawan yang harus digaji. Mohon kepastian jadwal pembayaran tagihan kami.\nHormat kami, Siti Aminah",
    ),
    _E(
        "email",
        "perencanaan_keuangan",
        "Dengan hormat,\nSaya dosen yang diundang sebagai narasumber pada bimbingan teknis penyusunan laporan kinerja yang diselenggarakan Sekretariat Daerah Kukar pada bulan Agustus. Honorarium narasumber sesuai surat undangan hingga kini belum saya terima, padahal seluruh dokumen (KTP, NPWP, rekening, daftar hadir) sudah saya serahkan. Mohon informasi status pembayaran honorarium tersebut.\nSalam, Dr. Hj. Rahmawati",
    ),
    _E(
        "email",
        "perencanaan_keuangan",
        "Sejumlah pegawai di lingkungan Sekretariat Daerah Kukar mengeluhkan Tambahan Penghasilan Pegawai (TPP) yang sudah tiga bulan belum dibayarkan. 'Biasanya tanggal 10 sudah masuk, sekarang sudah Desember, yang Oktober pun belum,' ujar seorang staf yang meminta namanya tidak disebut. Mereka berharap pimpinan Setda segera memberi penjelasan dan membayarkan TPP yang tertunggak.",
    ),
    _E(
        "whatsapp",
        "perencanaan_keuangan",
        "Pak, sy staf di salah satu bagian di Setda Kukar. Perjalanan dinas ke Samarinda & Balikpapan bulan September, semua tiket, bill hotel & SPT sdh sy serahkan. Sampai skrg SPPD sy blm diganti, katanya masih antre verifikasi. Uang pribadi sy terpakai hampir 6 jt 🙏 mhn dicek.",
    ),
    _E(
        "whatsapp",
        "perencanaan_keuangan",
        "Assalamualaikum, kami toko ATK di Tenggarong yg menyuplai kertas & tinta ke Setda Kukar. Tagihan bulan Agustus blm dibayar, kata staf keuangan SPJ nya blm lengkap dr bagian pemesan. Kami sdh kirim faktur & BAST asli. Mhn dibantu percepat pembayaran tagihan kami.",
    ),
    _E(
        "whatsapp",
        "perencanaan_keuangan",
        "Pak, sy kontraktor yg mengerjakan renovasi ruang rapat di Kantor Bupati (paket dari Setda). Tendernya di LPSE sudah beres, pekerjaan sudah selesai & serah terima 100% bulan Oktober, ruangannya pun sudah dipakai. Ini bukan soal tender atau kondisi gedung. Tagihan termin akhir kami blm dibayar Setda sampai skrg. Mhn kepastian pembayaran.",
    ),
    _E(
        "sms",
        "perencanaan_keuangan",
        "Honor tenaga harian lepas di Setda Kukar bulan Oktober & November blm dibayar. Mhn kejelasan. Staf THL Setda",
    ),
    _E(
        "sms",
        "perencanaan_keuangan",
        "Honor tim pelaksana kegiatan (SK Sekda) triwulan 3 blm cair, kegiatan sdh selesai. Mhn info. Staf Setda Kukar",
    ),
    _E(
        "telegram",
        "perencanaan_keuangan",
        "[Diteruskan dari grup pegawai]\nTPP bulan November staf Setda kok dipotong hampir 40% tanpa penjelasan? Absensi kami lengkap, tdk ada sanksi disiplin. Mohon bagian keuangan Setda jelaskan dasar perhitungan potongan TPP dan kembalikan kalau salah hitung.",
    ),
    _E(
        "telegram",
        "perencanaan_keuangan",
        "Kami percetakan di Tenggarong. Bulan Agustus kami mencetak spanduk, baliho dan buku agenda untuk acara Hari Jadi Kukar atas pesanan Bagian Protokol Setda. Acaranya sudah lama selesai dan kami tidak mengeluhkan acaranya. Tagihan Rp64 juta belum dibayar Setda, katanya menunggu anggaran perubahan. Mohon kepastian kapan invoice kami dibayar.",
    ),
    _E(
        "twitter",
        "perencanaan_keuangan",
        "1/2 Kami tenaga kontrak di Sekretariat Daerah Kukar, gaji bulan November belum masuk sampai tanggal 7 Desember 😔 cicilan & sewa rumah nunggak.\n2/2 Mohon pimpinan Setda @pemkabkukar segera bayarkan gaji kami & jelaskan kenapa telat tiap akhir tahun. #HonorerKukar",
    ),
    _E(
        "twitter",
        "perencanaan_keuangan",
        "Mantap, tagihan makan minum rapat di Setda Kukar yg kami antar bulan Juni sudah bisa ikut tiup lilin ulang tahun 🎂 Usaha katering kecil disuruh sabar terus. @pemkabkukar kapan dibayar? #UMKMBukanBank",
    ),
    _E(
        "twitter",
        "perencanaan_keuangan",
        "SPJ kegiatan bagian kami di Setda Kukar dikembalikan terus sama verifikator tanpa catatan jelas, sudah 3x revisi 😩 akibatnya honor peserta & narasumber gak bisa dicairkan. @pemkabkukar mohon verifikasi laporan pertanggungjawabannya diperjelas. #SPJ",
    ),
    _E(
        "web",
        "perencanaan_keuangan",
        "Perihal: Honorarium Tim Ahli Penyusunan Rancangan Perbup\nSaya akademisi yang ditunjuk melalui SK Sekretaris Daerah sebagai anggota tim ahli penyusunan naskah akademik dan rancangan Perbup tahun ini. Rancangan sudah selesai dan diserahkan pada bulan September. Surat ini tidak menyangkut isi Perbup tersebut; saya menanyakan honorarium tim ahli untuk tiga bulan kerja yang belum dibayarkan oleh Sekretariat Daerah. Mohon kejelasan jadwal pembayarannya.",
    ),
    _E(
        "web",
        "perencanaan_keuangan",
        "Dengan hormat, kami pegawai PPPK di lingkungan Sekretariat Daerah Kukar. Kenaikan gaji berkala kami yang berlaku sejak Juli belum disesuaikan pada gaji bulanan, dan selisihnya (rapel) belum dibayarkan hingga Desember. Berkas SK berkala sudah kami serahkan ke bagian keuangan Setda. Mohon kenaikan gaji berkala diproses dan kekurangannya dibayarkan.",
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
