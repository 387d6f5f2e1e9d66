# ruff: noqa: E501
"""Blind set written 2026-12-08 (second of the day) for issue 16: an ordinary fortnight at the desk in 2026, on every channel, written by people who do not know which office is responsible: whole situations (what happened, who was already asked, what it costs) before the request, two requests of which one is the main one, anger, sarcasm and politeness, replies to the regency's posts on X and questions in Telegram groups, everyday matters that sound like one office but belong to another by what is asked. 15 cases per section; per section 3 email, 4 whatsapp, 3 web, 2 sms, 2 telegram, 1 twitter (36 email, 48 whatsapp, 36 web, 24 sms, 24 telegram, 12 twitter).. Written by two helper sessions, six sections each, with the same instructions, and joined into this file unread.

Written without reading config.yaml, routing/ or tests/routing/; each case is labelled only from
the mandates in docs/sections.md.

Scored ONCE, blind, with the rules of main 2fd5af7 (this file committed unread in that commit;
the rules as the session of 2026-12-07 23:10 UTC left them), on 2026-12-08 at 01:47 UTC:
163/180 correct = 90.6% (Wilson 95% interval 85.4%-94.0%), 1 fallback (0.6%). Per channel:
email 34/36 = 94.4%, sms 24/24, telegram 23/24, twitter 10/12, web 28/36 = 77.8%, whatsapp 44/48.
The errors (index in CASES, label -> got): #9 pemerintahan -> hukum, #13 pemerintahan -> kesra,
#14 pemerintahan -> fallback, #17 kesra -> perencanaan_keuangan, #20 kesra -> adpem, #23 kesra ->
hukum, #33 hukum -> adpem, #50 kerjasama -> prokom, #53 kerjasama -> adpem, #62 perekonomian ->
perencanaan_keuangan, #68 perekonomian -> kerjasama, #79 sda -> perekonomian, #83 sda -> hukum,
#97 adpem -> sda, #158 prokom -> umum, #172 perencanaan_keuangan -> umum, #179
perencanaan_keuangan -> perekonomian.
"""

from __future__ import annotations

from tests.routing.case import Case

_PEMERINTAHAN = [
    Case(
        "email",
        "pemerintahan",
        "Perihal: Permohonan Fasilitasi Penegasan Batas Desa\n\nKepada Yth.\nBapak Bupati Kutai Kartanegara\nc.q. Sekretariat Daerah\ndi Tenggarong\n\nDengan hormat,\n\nKami Pemerintah Desa Bukit Pariaman, Kecamatan Tenggarong Seberang, menyampaikan bahwa sejak akhir tahun 2025 terjadi perselisihan dengan Desa Bukit Raya mengenai wilayah di sekitar km 12 jalan poros. Sekitar 40 KK yang tinggal di lokasi tersebut saat ini dicatat oleh kedua desa, sehingga surat keterangan tanah dan surat domisili bisa keluar dari dua kantor desa yang berbeda. Hal ini sudah menimbulkan sengketa jual beli lahan di antara warga.\n\nKami sudah dua kali bermusyawarah difasilitasi Kantor Camat Tenggarong Seberang (November 2025 dan Januari 2026), namun belum ada kesepakatan karena peta yang dipegang masing-masing desa berbeda.\n\nSehubungan dengan itu kami memohon agar Pemerintah Kabupaten dapat memfasilitasi penegasan batas kedua desa, termasuk peninjauan lapangan dan pemasangan pilar batas, agar pelayanan kepada warga tidak tumpang tindih.\n\nDemikian permohonan ini kami sampaikan. Atas perhatian Bapak kami ucapkan terima kasih.\n\nHormat kami,\nKepala Desa Bukit Pariaman\n\nSuyatno\nHP 0812-5xxx-3310",
    ),
    Case(
        "email",
        "pemerintahan",
        "Subject: Re: Keberatan hasil verifikasi bakal calon Kades Desa Sidomukti\n\nYth. Admin Pengaduan Pemkab Kukar,\n\nTerima kasih balasannya, tapi menurut saya pertanyaan kami belum dijawab. Intinya kami minta panitia pemilihan tingkat kabupaten memeriksa ulang keputusan panitia desa yang mencoret calon kami hanya karena fotokopi ijazah paket C dianggap tidak dilegalisir, padahal legalisir sudah kami serahkan sebelum batas waktu dan ada tanda terimanya (foto terlampir).\n\nPemungutan suara tinggal tiga minggu lagi. Kalau tidak ada kejelasan, pendukung di bawah sudah panas dan kami khawatir terjadi keributan di hari pencoblosan.\n\nMohon diteruskan ke pihak yang mengurus pilkades.\n\nWassalam,\nH. Rusdiansyah\nTim pendukung bakal calon, Desa Sidomukti, Kec. Muara Kaman\n\n> Pada 12 Mar 2026, Admin Pengaduan menulis:\n> Terima kasih atas laporan Bapak. Laporan sudah kami terima dan akan kami teruskan.\n> Mohon melengkapi kronologis kejadian.",
    ),
    Case(
        "email",
        "pemerintahan",
        "Assalamualaikum wr. wb.\n\nBapak/Ibu yang kami hormati,\n\nSaya Dedi Kurniawan, warga Perumahan Griya Mahakam Asri di Desa Loa Duri Ilir, Kecamatan Loa Janan. Perumahan kami sudah dihuni sekitar 180 KK sejak 2023, tapi sampai sekarang masih ikut RT 09 yang wilayahnya sangat luas sampai ke pinggir jalan poros. Ketua RT 09 sendiri sudah kewalahan, dan warga perumahan jarang dilibatkan dalam kegiatan desa.\n\nKami sudah menyampaikan ke kantor desa dua kali. Jawabannya pembentukan RT baru harus menunggu aturan dari kabupaten dan musyawarah desa, tapi tidak dijelaskan syaratnya apa.\n\nYang ingin kami tanyakan:\n1. Berapa jumlah minimal KK untuk membentuk RT baru di wilayah desa?\n2. Siapa yang mengesahkan, kepala desa atau camat?\n3. Apakah ada contoh berita acara yang bisa kami pakai?\n\nTerima kasih atas bantuannya.\n\nWassalamualaikum,\nDedi Kurniawan\nPerum Griya Mahakam Asri Blok C-14, Loa Duri Ilir",
    ),
    Case(
        "whatsapp",
        "pemerintahan",
        "pak sy ketua RT 21 kel loa ipuh tenggarong, SK sy sbg ketua RT sdh habis dr bln desember kmrn tp pemilihan RT baru blm dijadwalkan kelurahan. skrg warga minta surat pengantar utk urus KTP, nikah dll. sy msh boleh tanda tangan gk ya? takut nanti dianggap gk sah. mhn arahan 🙏",
    ),
    Case(
        "whatsapp",
        "pemerintahan",
        "Selamat pagi pak/bu. Mau lapor, kades kami di Desa Muhuran kec Kota Bangun sdh hampir 4 bulan tdk pernah ke kantor desa, katanya sakit tp keluarganya bilang dia di Samarinda terus. Surat2 cuma sekdes yg jalan, musyawarah desa utk RKP jg gk bisa krn gk ada kades. BPD sdh surati camat tp blm ada jawaban. Kami minta kabupaten turun tangan, kalau memang kadesnya berhalangan tolong ditunjuk pelaksana tugas atau gimana aturannya. Terima kasih",
    ),
    Case(
        "whatsapp",
        "pemerintahan",
        "assalamualaikum min maaf mau nanya.. di RT kami (RT 03 kel loa kulu kota) ketua RT nya udh 15 thn gk pernah ganti, tiap ada pembagian sembako/bansos yg dpt keluarganya sama kenalannya aja. warga udh bosen. yg mau sy tanyakan, masa jabatan ketua RT itu sebenernya berapa thn sih dan siapa yg berhak ngadain pemilihan? kami mau usul pemilihan ulang tp pak lurah bilang nunggu aturan. tolong infonya",
    ),
    Case(
        "whatsapp",
        "pemerintahan",
        "Pak sy tinggal di perbatasan Desa Sebuntal sama Desa Bunga Putih, marangkayu. Rumah sy ditarik iuran sm 2 RT dr 2 desa, pas ada pendataan penduduk jg didata 2 kali. Sy nanya ke desa yg satu katanya masuk desa sebelah, ke desa sebelah katanya masuk yg satunya 😤 Jadi sebenernya rumah sy ini masuk desa mana?? Tolong ada kejelasan batasnya biar kami gk bingung terus",
    ),
    Case(
        "web",
        "pemerintahan",
        "Saya warga Desa Teluk Dalam, Kecamatan Tenggarong Seberang. Pengisian anggota BPD periode baru di desa kami dilakukan tanpa pengumuman terbuka. Tiba-tiba sudah ada nama-nama yang dilantik, dan sebagian besar adalah keluarga perangkat desa. Beberapa tokoh dusun yang ingin mendaftar tidak diberi kesempatan. Kami sudah bertanya ke kantor desa tetapi dijawab semua sudah sesuai prosedur. Mohon pemerintah kabupaten meninjau proses pengisian BPD di desa kami dan menjelaskan tata cara yang benar.",
    ),
    Case(
        "web",
        "pemerintahan",
        "Nama saya Rahmawati, sudah 9 tahun menjadi Kaur Keuangan di Desa Loa Lepu, Tenggarong Seberang. Bulan Februari 2026 saya diberhentikan oleh kepala desa yang baru dilantik tanpa surat peringatan dan tanpa rekomendasi camat, lalu posisi saya diisi orang dari tim suksesnya. Ada 3 perangkat lain yang mengalami hal yang sama. Kami sudah mengadu ke kecamatan, katanya kades akan dipanggil, tapi sudah sebulan tidak ada kabar. Kami mohon kabupaten membina kepala desa kami supaya pemberhentian perangkat desa sesuai aturan, dan kami bisa dikembalikan ke jabatan kami.",
    ),
    Case(
        "web",
        "pemerintahan",
        "Batas antara Desa Jembayan dan Desa Jembayan Tengah di Kecamatan Loa Kulu katanya sudah ditetapkan dengan Perbup tahun lalu, tapi sampai sekarang patok batasnya tidak pernah dipasang di lapangan. Akibatnya warga masih saling klaim, terutama di kebun karet dekat anak sungai. Kami tidak perlu salinan Perbupnya, sudah punya. Yang kami minta tolong dijadwalkan pemasangan patok dan sosialisasi ke warga kedua desa supaya jelas di lapangan mana batasnya.",
    ),
    Case(
        "sms",
        "pemerintahan",
        "Sy warga Ds Kedang Ipil Kota Bangun. Desa kami sdh 2 thn dipimpin Pj kades, kpn pilkades nya? Mhn info",
    ),
    Case(
        "sms",
        "pemerintahan",
        "SELAMAT SIANG. KAMI WARGA DUSUN KARYA BARU DS PERANGAT SELATAN MARANGKAYU MINTA DUSUN KAMI DIJADIKAN DESA SENDIRI KRN JAUH DR KANTOR DESA 25 KM. PROSESNYA KEMANA? TRIMS",
    ),
    Case(
        "telegram",
        "pemerintahan",
        "Izin bertanya admin 🙏 utk masa jabatan kades yg jadi 8 tahun itu apa sdh berlaku utk kades yg dilantik 2019 di kukar? kades desa kami di Loa Kulu masa jabatannya habis thn ini, warga simpang siur ada yg bilang diperpanjang ada yg bilang tetap pilkades",
    ),
    Case(
        "telegram",
        "pemerintahan",
        "Mohon pencerahan bapak ibu di grup ini. Desa kami (Sumber Sari, Loa Kulu) dan desa sebelah berebut lahan kuburan umum kurang lebih 2 ha, dua2nya ngaku masuk wilayahnya dan mau pasang plang. Mediasi di kecamatan bulan lalu deadlock. Kira2 bisa minta difasilitasi pemkab gk ya? Suratnya ditujukan ke mana?",
    ),
    Case(
        "twitter",
        "pemerintahan",
        "@pemkabkukar min warga Desa Bakungan Loa Janan yg tinggal dkt perbatasan Samarinda ini sebenernya masuk wilayah mana sih? KTP Kukar tp RT nya ikut Samarinda, tagihan PBB dr Samarinda juga. tolong batasnya diperjelas dong",
    ),
]

_KESRA = [
    Case(
        "email",
        "kesra",
        "Perihal: Pencairan Beasiswa Kukar Idaman Tahun 2025\n\nYth. Bapak/Ibu pengelola pengaduan Pemkab Kukar,\n\nSaya Nurul Aini, mahasiswi semester 6 Universitas Mulawarman, asal Kelurahan Muara Jawa Ulu, Kecamatan Muara Jawa. Nama saya tercantum dalam pengumuman penerima bantuan pendidikan tahun 2025 untuk jenjang S1, namun sampai hari ini dana belum masuk ke rekening saya, sementara teman-teman satu angkatan dari kecamatan lain sudah menerima sejak Desember.\n\nSaya sudah bertanya ke bagian kemahasiswaan kampus, mereka menyarankan bertanya ke pemkab. Saya juga sudah datang ke Dinas Pendidikan di Tenggarong, tapi katanya untuk mahasiswa bukan di sana.\n\nUang kuliah semester ini harus dibayar akhir bulan, dan orang tua saya nelayan dengan penghasilan tidak menentu. Mohon informasi status pencairan saya, apakah ada berkas yang kurang atau nomor rekening yang salah.\n\nNIK dan nomor registrasi saya cantumkan di bawah.\n\nTerima kasih atas perhatiannya.\n\nHormat saya,\nNurul Aini\nNIK 6402xxxxxxxxxxxx\nNo. Registrasi: BKI-2025-0xxxx",
    ),
    Case(
        "email",
        "kesra",
        "Subject: Fwd: Proposal bantuan pembangunan Masjid Nurul Huda Desa Rempanga\n\nAssalamualaikum,\n\nMohon maaf kami kirim ulang, email sebelumnya ke alamat lama tidak ada balasan.\n\nKami pengurus Masjid Nurul Huda, Desa Rempanga, Kecamatan Loa Kulu, sudah mengajukan proposal bantuan untuk melanjutkan pembangunan kubah dan tempat wudhu sejak Oktober 2025, diantar langsung ke kantor bupati dan ada tanda terimanya. Bangunan masjid sekarang baru 70 persen, jamaah salat Jumat sudah meluber ke teras dan kalau hujan basah semua.\n\nKami mohon informasi apakah proposal kami masuk daftar penerima tahun 2026, dan kalau ada kekurangan syarat (misalnya akta yayasan atau rekening atas nama masjid) mohon dikabari supaya segera kami lengkapi.\n\nWassalamualaikum wr. wb.\nKetua Panitia Pembangunan\nM. Syahrani\n0853-xxxx-1120\n\n---------- Forwarded message ---------\nFrom: Panitia Masjid Nurul Huda\nDate: Sen, 20 Okt 2025\nSubject: Proposal bantuan pembangunan Masjid Nurul Huda Desa Rempanga\n\nDengan hormat, bersama ini kami sampaikan proposal permohonan bantuan pembangunan masjid beserta RAB dan foto kondisi bangunan...",
    ),
    Case(
        "email",
        "kesra",
        "Perihal: Uang saku dan transport peserta MTQ Provinsi asal Kukar\n\nYth. Bapak/Ibu,\n\nSaya orang tua dari Muhammad Fadli, peserta cabang tilawah remaja yang mewakili Kabupaten Kutai Kartanegara pada MTQ tingkat Provinsi Kalimantan Timur. Anak saya dari Desa Semayang, Kecamatan Kenohan.\n\nSelama pembinaan di Tenggarong dua minggu sebelum berangkat, biaya makan dan penginapan kami tanggung sendiri, dengan janji akan diganti bersama uang saku setelah lomba. Sudah lebih dari satu bulan lomba selesai, belum ada kabar. Pelatih juga tidak tahu kapan dibayarkan. Beberapa orang tua peserta dari Muara Muntai dan Kota Bangun mengalami hal yang sama.\n\nBukan kami tidak ikhlas, tapi bagi kami yang petani di pinggir danau, biaya dua minggu di kota itu tidak sedikit. Mohon penjelasan kapan hak peserta ini diselesaikan.\n\nTerima kasih.\n\nSalam,\nAbdul Hamid\nDesa Semayang, Kenohan",
    ),
    Case(
        "whatsapp",
        "kesra",
        "Assalamualaikum pak. Sy guru TPA di Desa Loh Sumber kec Loa Kulu. Insentif guru ngaji kami dr Januari sampe skrg blm cair, biasanya tiap 3 bln masuk. Sdh tanya ke kecamatan katanya nunggu dr kabupaten. Kami ngajar tiap sore gk pernah libur, insentif itu lumayan bgt buat kami. Kira2 kapan cairnya ya pak? Makasih 🙏",
    ),
    Case(
        "whatsapp",
        "kesra",
        "mbak/mas admin, anak sy lulus SMA tahun ini mau kuliah di Samarinda, dengar2 ada beasiswa dr pemkab utk anak kukar. pendaftarannya kapan dibuka ya? syaratnya apa aja? sy di anggana desa sungai meriam. sekalian mau tanya jg apa bisa utk yg kuliah di swasta, krn nilainya pas2an hehe. makasih",
    ),
    Case(
        "whatsapp",
        "kesra",
        "Selamat siang, saya calon jamaah haji asal Tabang yang berangkat tahun 2026. Waktu manasik dikatakan pemkab menyediakan bus dari Tenggarong ke asrama haji Balikpapan, tapi dari Tabang ke Tenggarong itu 8 jam lebih lewat jalan rusak dan rombongan kami banyak yang sudah sepuh. Apakah ada fasilitas penjemputan atau penginapan sebelum keberangkatan untuk jamaah dari kecamatan hulu? Mohon infonya, terima kasih.",
    ),
    Case(
        "whatsapp",
        "kesra",
        "Bu/pak maaf mengganggu. Kami dr majelis taklim Al Hidayah di Kel. Timbau Tenggarong. Thn lalu kami ajukan proposal bantuan hibah utk kegiatan & peralatan (sound system, karpet), sdh diverifikasi petugas yg dtg ke sekretariat kami bulan September. Tp smp skrg blm ada kabar apa2, ditanya ke kelurahan gk tau. Apa proposal kami ditolak atau masih antri? Mohon dibantu cek nggih 🙏",
    ),
    Case(
        "web",
        "kesra",
        "Kami jemaat Gereja Kemah Injil di Desa Senoni, Kecamatan Sebulu. Atap gedung gereja kami bocor di banyak titik dan rangka kayunya sudah lapuk dimakan rayap, sehingga ibadah hari Minggu sering terganggu kalau hujan. Swadaya jemaat baru cukup untuk membeli sebagian seng. Kami mendengar pemerintah kabupaten memberi bantuan untuk rumah ibadah semua agama. Mohon informasi syarat dan waktu pengajuan permohonan bantuan untuk tahun anggaran 2026, dan kepada siapa proposal harus ditujukan.",
    ),
    Case(
        "web",
        "kesra",
        "Anak saya ditolak dalam seleksi bantuan pendidikan mahasiswa tahun ini dengan alasan IPK di bawah 3,00 sesuai ketentuan Perbup. Padahal IPK anak saya 2,98 dan dia kuliah sambil bekerja untuk membantu biaya sekolah adiknya. Saya tidak mempersoalkan aturannya. Yang saya mohon, apakah ada jalur lain, misalnya kuota untuk keluarga kurang mampu atau penilaian ulang dengan melampirkan SKTM dari desa? Kami tinggal di Desa Manunggal Jaya, Tenggarong Seberang. Terima kasih.",
    ),
    Case(
        "web",
        "kesra",
        "Ibu saya (67 tahun) kepesertaan BPJS PBI-nya tiba-tiba nonaktif bulan lalu, padahal beliau rutin cuci darah di RSUD AM Parikesit. Kata pihak rumah sakit, Kukar punya program jaminan kesehatan dari pemkab untuk warga yang tidak mampu, tapi kami belum paham cara masuknya. Kami warga Kelurahan Sukarame, Tenggarong. Tolong dijelaskan bagaimana ibu saya bisa didaftarkan dalam program jaminan kesehatan daerah itu, karena jadwal cuci darahnya dua kali seminggu dan kami tidak sanggup bayar umum.",
    ),
    Case(
        "sms",
        "kesra",
        "Assalamualaikum. Sy ortu mhs penerima beasiswa kukar idaman 2025, tahap 2 kapan cair? anak sy di Jogja sdh telat bayar kos. Trims. Ibu Sarmi Sebulu",
    ),
    Case(
        "sms",
        "kesra",
        "Mhn info kapan pendataan insentif marbot & guru ngaji 2026 utk kec Tabang, kami di Ds Muara Pedohon blm didata sama sekali. Trm ksh",
    ),
    Case(
        "telegram",
        "kesra",
        "kak admin, beasiswa S2 dr pemkab kukar 2026 masih ada gk ya? aku guru honorer di muara badak pengen lanjut magister, syaratnya harus udh diterima kampus dulu atau gmn",
    ),
    Case(
        "telegram",
        "kesra",
        "Izin admin & rekan2, utk MTQ tingkat kabupaten 2026 di Tenggarong jadwal & juknisnya sdh keluar blm? kafilah kec. Anggana mau mulai seleksi tp blm pegang juknis cabang2nya",
    ),
    Case(
        "twitter",
        "kesra",
        "@pemkabkukar katanya beasiswa cair sebelum semester baru pak, ini udh UAS blm masuk juga. mahasiswa kukar di jawa disuruh makan angin kah 🙃",
    ),
]

_HUKUM = [
    Case(
        "email",
        "hukum",
        "Perihal: Permohonan Bantuan Hukum\n\nKepada Yth.\nPemerintah Kabupaten Kutai Kartanegara\ndi Tenggarong\n\nAssalamualaikum wr. wb.\n\nSaya Hasnah, ibu rumah tangga dari Desa Saliki, Kecamatan Muara Badak. Anak saya Ardiansyah (22 tahun) ditahan di Polres sejak 3 minggu lalu karena dituduh ikut dalam perkelahian di acara hiburan desa. Menurut teman-temannya, anak saya hanya melerai.\n\nSuami saya nelayan kecil dan kami tidak punya uang untuk membayar pengacara. Ada orang yang menawarkan jasa pengacara tetapi meminta 15 juta di depan. Ketua RT kami menyarankan bertanya ke pemkab karena katanya ada bantuan hukum gratis untuk warga miskin.\n\nKami mohon informasi bagaimana cara mengajukan bantuan hukum tersebut, berkas apa saja yang diperlukan, dan apakah anak saya bisa didampingi sebelum berkasnya dilimpahkan ke kejaksaan.\n\nSurat keterangan tidak mampu dari desa sudah kami urus.\n\nWassalamualaikum.\n\nHormat saya,\nHasnah\nHP 0821-xxxx-7702",
    ),
    Case(
        "email",
        "hukum",
        "Subject: Permohonan draf Raperda Pengelolaan Sampah dan jadwal konsultasi publik\n\nYth. Pemerintah Kabupaten Kutai Kartanegara,\n\nKami dari Perkumpulan Hijau Mahakam, komunitas yang selama 4 tahun mendampingi bank sampah di Tenggarong dan Tenggarong Seberang. Kami membaca di media bahwa Rancangan Peraturan Daerah tentang Pengelolaan Sampah masuk Propemperda 2026.\n\nKami ingin ikut memberi masukan sejak awal penyusunannya. Untuk itu kami mohon:\n1. salinan draf Raperda dan naskah akademiknya;\n2. informasi jadwal konsultasi publik, agar kami dapat menyampaikan masukan tertulis tepat waktu.\n\nTerima kasih atas keterbukaan informasinya.\n\nSalam lestari,\nYuliana Sari\nKoordinator Program\nPerkumpulan Hijau Mahakam\nJl. Kartini, Tenggarong",
    ),
    Case(
        "email",
        "hukum",
        "Perihal: Permohonan Konsultasi dan Harmonisasi Rancangan Perbup Tarif Layanan BLUD Puskesmas\n\nYth. Kepala Bagian Hukum\nSekretariat Daerah Kabupaten Kutai Kartanegara\n\nDengan hormat,\n\nMenindaklanjuti penetapan UPTD Puskesmas Loa Janan sebagai BLUD, kami telah menyusun rancangan Peraturan Bupati tentang Tarif Layanan. Rancangan tersebut sudah dibahas secara internal bersama Dinas Kesehatan, namun kami masih ragu mengenai dua hal: (1) apakah tarif untuk layanan yang sudah diatur dalam Perda retribusi boleh dicantumkan kembali dalam Perbup, dan (2) bagaimana format lampiran tarif yang benar.\n\nKami mohon dapat dijadwalkan konsultasi dan selanjutnya proses harmonisasi rancangan tersebut. Draf dan penjelasannya kami lampirkan dalam email ini.\n\nAtas perhatian dan kerja samanya kami ucapkan terima kasih.\n\nHormat kami,\nKepala UPTD Puskesmas Loa Janan\n\ndr. Fitriani Rahmah\nNIP 19850xxxxxxxxxxx\n\nLampiran: Draf_Perbup_Tarif_BLUD_v3.docx",
    ),
    Case(
        "whatsapp",
        "hukum",
        "pak sy mau tanya, tanah kakek kami di desa bhuana jaya tenggarong seberang dipakai pemkab buat bangun gedung sekolah thn 2010an, smp skrg gk pernah ada ganti rugi. kami punya segel tanah asli. sdh 3x ke kecamatan gk ada hasil. kalau kami mau gugat ke pengadilan, apa pemkab mau nyelesaikan dulu lewat mediasi? siapa yg bisa kami temui dr pihak pemkab utk bahas ini",
    ),
    Case(
        "whatsapp",
        "hukum",
        "Assalamualaikum, sy pengurus remaja masjid di Kel. Loa Tebu Tenggarong. Di dekat kampung kami mau dibuka tempat karaoke yg katanya jual minuman. Sy mau baca Perda kukar yg atur soal minuman beralkohol & jam buka tempat hiburan, nomor berapa ya & bisa didapat di mana? Di website jdih sy cari gk ketemu. Terima kasih",
    ),
    Case(
        "whatsapp",
        "hukum",
        "mbak maaf sy mau tanya tp tolong jgn disebar nama sy. sy ibu rumah tangga di loa janan, suami sering mukul dan skrg sy mau cerai tp gk punya biaya pengacara, keluarga suami jg ngancam mau ambil anak. apa pemkab ada pendampingan hukum gratis? sy cuma punya hp ini",
    ),
    Case(
        "whatsapp",
        "hukum",
        "Halo min, sy mahasiswa Unikarta lg nyusun skripsi ttg kebijakan beasiswa Kukar Idaman. sy butuh teks lengkap Perbup yg jd dasar hukumnya, yg terbaru (katanya ada perubahan 2025). di jdih cm ada yg lama. bisa minta filenya? sy gk daftar beasiswa kok, cuma perlu dokumen aturannya buat bab 2 hehe",
    ),
    Case(
        "web",
        "hukum",
        "Kami CV Berkah Sebulu, kontraktor yang menggugat Pemerintah Kabupaten Kutai Kartanegara atas sisa pembayaran pekerjaan tahun 2021. Gugatan kami dikabulkan Pengadilan Negeri Tenggarong dan sudah berkekuatan hukum tetap sejak Oktober 2025 setelah banding pemkab ditolak. Sampai sekarang belum ada tindak lanjut pelaksanaan putusan dan tidak ada surat apa pun dari pemkab. Kami mohon penjelasan resmi: apakah pemkab akan melaksanakan putusan secara sukarela atau masih menempuh upaya hukum lain, supaya kami tahu apakah perlu mengajukan permohonan eksekusi ke pengadilan.",
    ),
    Case(
        "web",
        "hukum",
        "Saya pedagang di Pasar Tangga Arung Tenggarong. Mulai Januari 2026 retribusi kios kami naik hampir dua kali lipat dan petugas pasar bilang itu sesuai Perda baru tentang pajak daerah dan retribusi daerah. Kami paguyuban pedagang ingin mempelajari aturannya sebelum mengajukan keberatan resmi atau uji materi. Mohon kami diberi salinan Perda tersebut beserta lampiran tarifnya, dan dijelaskan bagaimana mekanisme mengajukan keberatan terhadap sebuah Perda.",
    ),
    Case(
        "web",
        "hukum",
        "Kami 14 kepala keluarga yang tinggal di atas lahan di belakang Stadion Rondong Demang, Tenggarong, sejak tahun 1990-an. Bulan lalu kami menerima surat teguran dari pemkab yang menyatakan lahan itu aset daerah dan kami diminta mengosongkan dalam 30 hari. Sebagian dari kami memegang surat keterangan garapan dari kelurahan. Kami tidak ingin melawan pemerintah, tapi kami perlu tahu dasar hukum klaim aset tersebut dan apakah ada ruang penyelesaian sebelum dibawa ke pengadilan. Mohon kami dipertemukan dengan pihak yang menangani sengketa ini dan, jika memungkinkan, diberikan pendampingan hukum.",
    ),
    Case(
        "sms",
        "hukum",
        "Mhn info apa ada bantuan pengacara gratis dr pemkab utk warga gk mampu? Sy di Kembang Janggut ada sengketa tanah warisan dgn saudara, mau ke pengadilan tp gk ada biaya",
    ),
    Case(
        "sms",
        "hukum",
        "JDIH KUKAR TDK BISA DIBUKA SDH SEMINGGU. SY SEKDES PERLU PERBUP TTG PENGHASILAN TETAP KADES & PERANGKAT 2026. MHN DIKIRIM KE WA NOMOR INI",
    ),
    Case(
        "telegram",
        "hukum",
        "Rekan2 admin keuangan OPD, ada yg tau Perbup standar biaya 2026 sdh diundangkan blm ya? di JDIH blm muncul, kami perlu nomor & tanggalnya utk dasar hukum di RKA",
    ),
    Case(
        "telegram",
        "hukum",
        "Selamat malam min, katanya ada Raperda tentang RT/RW yg mau dibahas taun ini. Bisa minta drafnya? Kami forum ketua RT se-Kecamatan Samboja mau kirim masukan tertulis sblm disahkan, jgn sampai tau2 udah jadi",
    ),
    Case(
        "twitter",
        "hukum",
        "@pemkabkukar pak, perda kawasan tanpa rokok itu udah disahkan belum? beritanya ada tp aturannya gak bisa dicari di JDIH. tolong diupload dong biar warga bisa baca isinya",
    ),
]

_KERJASAMA = [
    Case(
        "email",
        "kerjasama",
        "Perihal: Permohonan Perpanjangan Nota Kesepahaman\n\nYth. Bupati Kutai Kartanegara\nc.q. Sekretaris Daerah\ndi Tenggarong\n\nDengan hormat,\n\nNota Kesepahaman antara Pemerintah Kabupaten Kutai Kartanegara dan Universitas Kutai Kartanegara tentang pengembangan sumber daya manusia, penelitian, dan pengabdian kepada masyarakat yang ditandatangani pada tahun 2021 akan berakhir pada bulan Juni 2026. Selama ini nota tersebut menjadi dasar pelaksanaan KKN tematik di 30 desa serta penelitian dosen bersama beberapa perangkat daerah.\n\nUntuk menjaga kesinambungan program, kami bermaksud mengajukan perpanjangan sekaligus penyesuaian ruang lingkup, antara lain penambahan bidang pendampingan BUMDes dan digitalisasi desa. Bersama ini kami lampirkan draf naskah serta evaluasi pelaksanaan periode sebelumnya.\n\nKami mohon arahan mengenai tahapan pembahasan dan pejabat yang dapat kami hubungi.\n\nHormat kami,\nKepala Kantor Kemitraan dan Urusan Internasional\nUniversitas Kutai Kartanegara\n\nDr. Hendra Saputra, M.Si.",
    ),
    Case(
        "email",
        "kerjasama",
        "Subject: Program TJSL perusahaan untuk desa ring 1\n\nYth. Bapak/Ibu di Pemkab Kukar,\n\nSaya Kepala Desa Tani Harapan, Kecamatan Loa Janan. Desa kami termasuk desa ring 1 dari kegiatan dua perusahaan batu bara. Setiap tahun perusahaan mengumumkan penyaluran program tanggung jawab sosial untuk desa sekitar, tapi dalam tiga tahun terakhir desa kami hanya menerima paket sembako menjelang lebaran, sementara desa lain yang lebih jauh mendapat gedung serbaguna dan beasiswa.\n\nKami sudah menyurati perusahaan dua kali minta dilibatkan dalam perencanaan programnya, jawabannya program disusun bersama pemerintah kabupaten. Soal debu dan jalan hauling itu lain cerita, kali ini kami hanya ingin pembagian program sosialnya adil.\n\nKami mohon agar desa kami diundang dalam forum perencanaan TJSL tingkat kabupaten, dan dijelaskan bagaimana pembagian program antardesa ditentukan.\n\nTerima kasih.\n\nHormat kami,\nKepala Desa Tani Harapan\nH. Jumadi",
    ),
    Case(
        "email",
        "kerjasama",
        "Subject: RE: Tindak lanjut draf PKS pelayanan kesehatan warga perbatasan Marangkayu\n\nSelamat siang Bapak/Ibu,\n\nMenyambung email kami sebelumnya (di bawah), sampai hari ini kami belum menerima tanggapan atas draf Perjanjian Kerja Sama antara Pemerintah Kota Bontang dan Pemerintah Kabupaten Kutai Kartanegara tentang pelayanan kesehatan bagi warga perbatasan. Banyak warga Desa Santan Ulu dan Santan Tengah yang berobat ke RSUD Taman Husada Bontang, dan tanpa perjanjian ini penagihan biaya layanan menjadi tidak jelas.\n\nMohon informasi apakah draf sudah dibahas di pihak Kukar dan kapan bisa dijadwalkan rapat finalisasi sebelum penandatanganan.\n\nTerima kasih.\n\nSalam,\nRatna Dewi\nSekretariat Daerah Kota Bontang\n\n> From: Ratna Dewi\n> Sent: 2 Februari 2026\n> Subject: Tindak lanjut draf PKS pelayanan kesehatan warga perbatasan Marangkayu\n> Bersama ini kami sampaikan draf PKS hasil rapat teknis tanggal 15 Januari 2026 untuk dapat dikoreksi...",
    ),
    Case(
        "whatsapp",
        "kerjasama",
        "pak/bu sy warga desa kembang janggut, perusahaan sawit dkt desa kami tiap thn bagi2 bantuan CSR tp yg dpt desa tetangga trus, alasannya desa kami bukan ring 1 pdhl kebunnya nempel sm kampung kami. warga mau ajukan bantuan sumur bor lewat CSR itu, ngajuinnya ke perusahaan langsung atau lewat pemkab? mohon pencerahan",
    ),
    Case(
        "whatsapp",
        "kerjasama",
        "Selamat pagi Bapak/Ibu. Saya staf community development di salah satu perusahaan yang beroperasi di Muara Jawa. Tahun ini kami merencanakan program TJSL berupa beasiswa untuk 50 siswa SMA/SMK dan perbaikan 2 posyandu. Kami diarahkan agar program diselaraskan dengan pemkab supaya tidak tumpang tindih dengan desa penerima lain. Bagaimana prosedur pelaporan & koordinasinya, apakah ada forum TJSL kabupaten dan kapan pertemuan terdekat? Terima kasih.",
    ),
    Case(
        "whatsapp",
        "kerjasama",
        "Pak, pipa air bersih bantuan CSR dr perusahaan migas di Desa Sepatin Anggana baru dipasang separuh trus ditinggal sejak Oktober. Warga msh beli air galon 8rb. Katanya program itu hasil kesepakatan perusahaan dgn pemkab. Tolong ditagih ke perusahaannya supaya diselesaikan, jgn cm pasang spanduk peresmian aja",
    ),
    Case(
        "whatsapp",
        "kerjasama",
        "Selamat siang pak/bu, sy dosen di salah satu PTN di Balikpapan. Tim kami mau melakukan riset bersama pemkab soal pemetaan desa rawan banjir di Kukar & butuh dasar kerja samanya. Dengar2 kampus kami sdh pernah MoU dgn Pemkab Kukar thn 2022, apa msh berlaku? kalau sdh habis, utk perpanjangan atau PKS turunannya harus ajukan ke mana? terima kasih 🙏",
    ),
    Case(
        "web",
        "kerjasama",
        "Kami dari Forum Peduli Kukar meminta informasi mengenai daftar perusahaan yang menyalurkan program tanggung jawab sosial di Kabupaten Kutai Kartanegara pada tahun 2025 beserta nilai dan lokasi programnya. Selama ini masyarakat hanya melihat seremoni penyerahan bantuan tanpa tahu total kontribusi dan desa mana saja yang menerima. Data ini kami perlukan untuk memantau pemerataan program di kecamatan pesisir seperti Muara Badak, Anggana, dan Samboja. Mohon informasi tersebut dapat diberikan atau dipublikasikan.",
    ),
    Case(
        "web",
        "kerjasama",
        "Waktu sosialisasi pembukaan pit baru di dekat Desa Loa Ulung, Kecamatan Tenggarong Seberang, perusahaan tambang berjanji membangun jembatan ulin untuk akses anak sekolah dan memberi perahu untuk warga sebagai bagian dari program sosial perusahaan. Penambangan sudah berjalan hampir dua tahun, tidak ada satu pun janji itu yang dipenuhi. Berita acara sosialisasi ditandatangani camat dan perwakilan pemkab. Kami minta pemkab menagih komitmen program sosial perusahaan sesuai berita acara itu. Izinnya tidak kami persoalkan, warga sudah terlanjur menerima tambangnya.",
    ),
    Case(
        "web",
        "kerjasama",
        "Kami dari sebuah politeknik swasta di Samarinda bermaksud menjalin kerja sama dengan Pemkab Kukar untuk penempatan mahasiswa magang di perangkat daerah selama 6 bulan serta pelatihan bersama bagi staf. Kami sudah pernah mengirim surat ke beberapa dinas secara langsung, namun diarahkan agar perjanjian dibuat di tingkat pemkab. Mohon informasi alur pengajuan, dokumen yang diperlukan, dan perkiraan lama prosesnya.",
    ),
    Case(
        "sms",
        "kerjasama",
        "Sy ketua poktan di Ds Sumber Sari Loa Kulu, dgr perusahaan tambang mau salurkan CSR lewat pemkab utk kelompok tani. Cara ajukannya gmn & ke siapa? Trims",
    ),
    Case(
        "sms",
        "kerjasama",
        "Mohon info, kerja sama pemkab kukar dgn pemkot samarinda soal angkutan penyeberangan sungai di loa janan sdh ditandatangani blm? Kapan berlaku? Trims",
    ),
    Case(
        "telegram",
        "kerjasama",
        "Izin bertanya di grup, CSR perusahaan di Muara Jawa katanya disalurkan lewat forum TJSL kabupaten, tp desa kami (Dondang) gk pernah diundang rapatnya. jadwal forum tsb kapan ya & siapa yg ngundang?",
    ),
    Case(
        "telegram",
        "kerjasama",
        "selamat siang bapak/ibu, kami lembaga pelatihan kerja swasta di Tenggarong mau ajukan perjanjian kerja sama dgn pemkab utk pelatihan operator alat berat bagi pemuda desa. alurnya bagaimana ya, apakah harus lewat dinas dulu atau bisa langsung ke setda?",
    ),
    Case(
        "twitter",
        "kerjasama",
        "@pemkabkukar MoU sama kampus & perusahaan tiap bulan diupload min, tapi isinya apa & realisasinya mana? tolong dong dipublikasikan daftar kerja sama yg masih aktif biar warga bisa ikut ngawasin",
    ),
]

_PEREKONOMIAN = [
    Case(
        "email",
        "perekonomian",
        "Perihal: Kelangkaan LPG 3 kg di Desa Batuah\n\nKepada Yth.\nBapak Bupati Kutai Kartanegara\nmelalui layanan pengaduan\n\nDengan hormat,\n\nSaya Ketua RT 07 Desa Batuah, Kecamatan Loa Janan, menyampaikan keluhan warga mengenai sulitnya mendapatkan gas elpiji 3 kg sejak awal Februari 2026. Pangkalan di desa kami hanya menerima kiriman seminggu sekali dan dalam dua jam sudah habis. Warga yang tidak kebagian terpaksa membeli di kios eceran dengan harga Rp 40.000 sampai Rp 45.000 per tabung.\n\nBanyak warga kami penjual gorengan dan warung makan yang setiap hari bergantung pada gas. Beberapa sudah kembali memasak dengan kayu.\n\nKami mohon pemerintah kabupaten berkoordinasi dengan agen dan Pertamina untuk menambah pasokan ke desa kami, serta menertibkan penjualan eceran di atas harga yang ditetapkan.\n\nDemikian kami sampaikan. Terima kasih.\n\nHormat kami,\nKetua RT 07 Desa Batuah\n\nSuparman",
    ),
    Case(
        "email",
        "perekonomian",
        "Subject: Permohonan dukungan pemasaran produk olahan ikan\n\nAssalamualaikum Bapak/Ibu,\n\nKami Kelompok Usaha Bersama 'Amplang Delta Mandiri' dari Desa Muara Pantuan, Kecamatan Anggana, beranggotakan 18 ibu rumah tangga yang memproduksi amplang dan kerupuk ikan. Produk kami sudah punya PIRT, tapi penjualan masih sebatas warung di kecamatan dan pesanan lewat WhatsApp.\n\nTahun lalu kami sempat ikut pameran di Tenggarong, tetapi setelah itu tidak ada tindak lanjut. Kami sudah bertanya ke dinas, katanya program pendampingan usaha kecil tahun ini dikoordinasikan bersama beberapa instansi sehingga kami harus menunggu.\n\nKami mohon informasi program pendampingan usaha tahun 2026 yang bisa kami ikuti, terutama untuk sertifikasi halal, kemasan, dan kesempatan memasok ke toko oleh-oleh atau gerai di Tenggarong.\n\nTerima kasih atas perhatiannya.\n\nWassalam,\nHj. Masnah\nKetua KUB\n0813-xxxx-4456",
    ),
    Case(
        "email",
        "perekonomian",
        "Perihal: Tunggakan pembayaran oleh perusahaan daerah\n\nYth. Bapak/Ibu,\n\nKami CV Mitra Tani Loa Kulu, pemasok pupuk dan bibit untuk unit usaha perkebunan yang dikelola salah satu perusahaan daerah milik Pemkab Kukar. Tagihan pengiriman bulan Juli hingga Oktober 2025 sebesar Rp 312 juta belum dibayar. Pihak perusahaan daerah hanya menyampaikan sedang menunggu tambahan penyertaan modal dari pemkab.\n\nKami sudah tiga kali datang ke kantor perusahaan tersebut dan mengirim surat penagihan resmi. Akibat tunggakan ini kami kesulitan membayar pemasok kami sendiri dan gaji karyawan.\n\nKarena perusahaan tersebut BUMD, kami mohon pemkab selaku pemilik dapat membina dan meminta manajemennya menyelesaikan kewajiban kepada rekanan.\n\nHormat kami,\nDirektur CV Mitra Tani Loa Kulu\nAndi Firmansyah",
    ),
    Case(
        "whatsapp",
        "perekonomian",
        "Pak, sy sopir truk angkut sawit di Kota Bangun. Solar di SPBU kota bangun udh 2 minggu ngantri dr subuh, kadang baru dpt sore, kadang habis. Sementara pengecer jual 15rb/liter. Kami sehari rugi gk bisa narik. Tolong pemkab koordinasi sm pertamina biar kuota ditambah & pengecer ditertibkan. trims",
    ),
    Case(
        "whatsapp",
        "perekonomian",
        "Assalamualaikum admin, mau nanya aja nih harga beras di pasar tangga arung kok naik trus ya, premium udh 16rb/kg, minggu lalu masih 14rb. cabe tiung juga 100rb lebih. Sy ibu rumah tangga, uang belanja gk naik2 😭 Ada operasi pasar/pasar murah gk dr pemkab dlm waktu dekat?",
    ),
    Case(
        "whatsapp",
        "perekonomian",
        "Pak, kami pedagang ikan di pasar Loa Kulu. Katanya bulan depan pedagang mau dipindah ke pasar yg baru tp pembagian lapaknya gk jelas, yg dpt lapak depan malah orang yg bukan pedagang lama, kenalan pengelola katanya. Kami sdh jualan dsni 20 thn lebih. Tolong pemkab atur pembagian lapak yg adil sesuai data pedagang lama.",
    ),
    Case(
        "whatsapp",
        "perekonomian",
        "Lapor pak, pangkalan gas melon di RT 4 Kel. Jawa Sangasanga jual ke warung2 pake mobil pick up malem2, warga yg antri pagi dibilang habis. Jatahnya harusnya 150 tabung seminggu. Minta tolong dicek dan pangkalannya ditegur atau dicabut. Sy gk berani sebut nama krn takut.",
    ),
    Case(
        "web",
        "perekonomian",
        "Kepala desa kami di Desa Bangun Rejo, Tenggarong Seberang, juga pemilik pangkalan elpiji 3 kg satu-satunya di desa. Gas dijual Rp 30.000 per tabung, jauh di atas harga resmi, dan hanya dijual kepada warga yang punya kartu dari kantor desa. Warga yang dianggap bukan pendukung saat pilkades tidak diberi kartu. Kami tidak minta kepala desanya diberhentikan; kami hanya ingin penyaluran gas di desa kami diawasi, harga dikembalikan sesuai HET, dan kalau perlu ditambah pangkalan lain supaya warga punya pilihan.",
    ),
    Case(
        "web",
        "perekonomian",
        "Saya pemilik usaha jahit rumahan di Kelurahan Melayu, Tenggarong. Tahun lalu ada sosialisasi program kredit usaha dengan bunga ringan yang bunganya dibantu pemkab bekerja sama dengan bank daerah. Saya sudah mengajukan ke bank dengan surat keterangan usaha dari kelurahan, tapi ditolak karena katanya kuota untuk Kukar sudah habis. Apakah program itu masih berjalan tahun 2026 dan kapan kuotanya dibuka lagi? Saya butuh modal untuk beli dua mesin jahit karena pesanan seragam sekolah menumpuk.",
    ),
    Case(
        "web",
        "perekonomian",
        "Di Kecamatan Tabang harga kebutuhan pokok sejak Januari naik tajam karena air Sungai Belayan surut dan kapal barang tidak bisa masuk. Gula sekarang Rp 25.000/kg, minyak goreng Rp 30.000/liter, telur Rp 70.000 per rak. Jalan darat ke Kembang Janggut rusak berat sehingga ongkos angkut mahal. Kami mohon pemkab mengadakan operasi pasar atau subsidi ongkos angkut bahan pokok ke kecamatan hulu selama air surut, karena warga di sini kebanyakan petani dan penyadap karet dengan penghasilan tidak tetap.",
    ),
    Case(
        "sms",
        "perekonomian",
        "GAS MELON DI MUARA MUNTAI ULU 50RB SEBIJI!! PANGKALAN KOSONG TRUS. TOLONG PAK BUPATI",
    ),
    Case(
        "sms",
        "perekonomian",
        "Mhn info kapan ada pasar murah/operasi pasar jelang puasa 2026 di kec Sebulu? Harga gula & minyak sdh naik. Trims",
    ),
    Case(
        "telegram",
        "perekonomian",
        "Info grup: pertalite di SPBU Samboja kosong dr pagi, katanya besok baru masuk. Motor ojol kami gk bisa jalan. Admin pemkab bisa tolong koordinasi sm pertamina gk? Tiap minggu kejadian kayak gini trus",
    ),
    Case(
        "telegram",
        "perekonomian",
        "Izin bertanya, utk pelaku UMKM yg mau ikut program pendampingan usaha dr pemkab 2026 pendataannya lewat mana ya? Sy jualan kue basah di Muara Badak, tahun lalu gk kebagian info sama sekali",
    ),
    Case(
        "twitter",
        "perekonomian",
        "@pemkabkukar inflasi terkendali katanya min 😂 cabe di pasar tenggarong 120rb/kg, bawang merah 60rb. kapan pasar murah lagi? jgn cuma pas ada kunjungan pejabat",
    ),
]

_SDA = [
    Case(
        "email",
        "sda",
        "Perihal: Lubang bekas tambang terbuka di dekat permukiman Desa Mulawarman\n\nYth. Bupati Kutai Kartanegara\nc.q. Sekretariat Daerah\n\nDengan hormat,\n\nKami dari Jaringan Warga Peduli Tenggarong Seberang menyampaikan bahwa di Desa Mulawarman, Kecamatan Tenggarong Seberang, terdapat sedikitnya tiga lubang bekas tambang batu bara yang ditinggalkan tanpa reklamasi dan tanpa pagar pengaman. Jarak lubang terdekat ke rumah warga kurang dari 300 meter dan ke sekolah dasar sekitar 500 meter. Pada musim hujan lubang tersebut penuh air dan anak-anak sering bermain di sana.\n\nKami sudah melaporkan kondisi ini ke kantor desa dan kecamatan sejak 2024, namun belum ada tindakan. Perusahaan pemegang izin sebelumnya diketahui sudah tidak beroperasi.\n\nKami mohon pemerintah kabupaten:\n1. segera berkoordinasi dengan instansi provinsi dan kementerian agar lubang tersebut direklamasi, atau setidaknya dipagari dan diberi papan peringatan;\n2. mendata seluruh lubang tambang terbuka di dekat permukiman di Kukar.\n\nKami tidak ingin kejadian anak tenggelam di lubang tambang seperti yang pernah terjadi di Kaltim terulang di desa kami.\n\nHormat kami,\nKoordinator\nAgus Salim\n0811-xxxx-2039",
    ),
    Case(
        "email",
        "sda",
        "Subject: Limbah pabrik sawit masuk ke anak sungai di Kenohan\n\nAssalamualaikum,\n\nSaya Rudi Hartono, warga Desa Teluk Bingkai, Kecamatan Kenohan, nelayan danau sejak kecil. Sejak Desember 2025 air anak sungai yang mengalir ke Danau Semayang sering berwarna coklat kehitaman dan berbau busuk, terutama setelah hujan deras. Warga menduga berasal dari kolam limbah pabrik pengolahan kelapa sawit di hulu yang meluap.\n\nAkibatnya ikan di keramba banyak yang mati, hasil tangkapan menurun drastis, dan warga yang masih memakai air sungai untuk mandi mengalami gatal-gatal. Kami sudah merekam video dan mengambil sampel air dalam botol, tapi tidak tahu harus diserahkan ke mana.\n\nKami mohon pemkab menurunkan tim untuk memeriksa pabrik tersebut dan menghentikan pembuangan limbah ke sungai.\n\nWassalamualaikum,\nRudi Hartono\nTeluk Bingkai, Kenohan",
    ),
    Case(
        "email",
        "sda",
        "Perihal: Penyaluran bantuan alsintan untuk Kelompok Tani Sido Makmur\n\nYth. Bapak/Ibu pengelola pengaduan,\n\nKami Kelompok Tani Sido Makmur, Desa Separi, Kecamatan Tenggarong Seberang, beranggotakan 32 petani padi sawah. Pada tahun 2025 kami mengajukan permohonan bantuan hand traktor dan pompa air melalui penyuluh, dan nama kelompok kami tercantum dalam daftar calon penerima. Namun saat penyerahan bulan November, traktor yang semestinya untuk kelompok kami justru diserahkan kepada kelompok lain yang baru dibentuk menjelang penyaluran dan sebagian anggotanya bukan petani.\n\nSaat ini musim tanam sudah dimulai dan anggota kami terpaksa menyewa traktor Rp 1,2 juta per hektar.\n\nKami mohon dilakukan pengecekan atas penyaluran bantuan tersebut, dan apabila memang terjadi kekeliruan, bantuan dapat dialihkan kepada kelompok yang berhak atau kami diprioritaskan pada penyaluran berikutnya.\n\nHormat kami,\nKetua Kelompok Tani Sido Makmur\nPaijo\n\nSekretaris\nSumarni",
    ),
    Case(
        "whatsapp",
        "sda",
        "pak tolong, jalan hauling batu bara yg lewat depan kampung kami di desa purwajaya loa janan debunya parah bgt, tiap hari truk lewat ratusan, rumah & jemuran item semua, anak2 batuk2 terus. Dulu perusahaan janji siram jalan 3x sehari skrg jarang. Sdh lapor ke desa katanya sdh disampaikan. Mohon pemkab tegur perusahaannya 🙏",
    ),
    Case(
        "whatsapp",
        "sda",
        "Assalamualaikum pak. Kami petani plasma di Desa Menamang Kanan, Muara Kaman. Sejak 2024 hasil bagi kebun plasma dr perusahaan sawit cuma 150rb per bulan per KK, pdhl sebelumnya 1 jtan. Perusahaan bilang biaya perawatan naik, tp laporannya gk pernah dibuka ke kami. Lahan yg kami serahkan 2 ha per KK. Kami minta pemkab panggil perusahaan & koperasinya utk menjelaskan. Trm ksh",
    ),
    Case(
        "whatsapp",
        "sda",
        "Pak sy warga Desa Gunung Sari Tabang. Bbrp bulan ini ada truk2 kayu keluar malam2 dr hutan di hulu desa, katanya bukan perusahaan resmi. Hutan yg dulu tempat warga cari madu & rotan skrg gundul, pas hujan air sungai jadi keruh. Warga takut lapor krn pelakunya bawa2 nama aparat. Tolong pemkab teruskan ke yg berwenang, kami cuma mau hutan kami jgn habis",
    ),
    Case(
        "whatsapp",
        "sda",
        "Slmt siang, kami kelompok nelayan di Desa Jantur, Muara Muntai, 25 org. Mesin ketinting kami banyak yg rusak, pengajuan bantuan mesin & jaring sdh kami serahkan lewat kecamatan thn lalu. Dengar2 kelompok dr desa lain sdh dpt. Gimana cara ngecek pengajuan kami? Musim ikan sebentar lg. Mksh",
    ),
    Case(
        "web",
        "sda",
        "Sawah kami di Desa Kerta Buana, Tenggarong Seberang, sudah dua musim tanam gagal panen karena setiap hujan deras air bercampur lumpur dari area tambang batu bara di perbukitan sebelah masuk ke saluran irigasi dan menutup sawah setinggi betis. Luas sawah yang terdampak sekitar 40 hektar milik 27 petani. Perusahaan hanya memberi sekarung beras sebagai tali asih. Kami meminta pemkab melakukan peninjauan lapangan, memastikan perusahaan membangun kolam pengendap lumpur yang memadai, dan membantu penghitungan kerugian petani.",
    ),
    Case(
        "web",
        "sda",
        "Di Kelurahan Maluhu, Tenggarong, sejak akhir 2025 ada kegiatan penambangan batu bara tanpa izin di lahan kosong di belakang permukiman. Alat berat bekerja siang malam, jalan lingkungan rusak, dan tebing galian tinggal beberapa meter dari rumah warga. Saya sudah membaca Perda RTRW dan kawasan itu jelas bukan untuk tambang, jadi tidak perlu dijelaskan aturannya lagi. Yang kami minta tindakan nyata: kegiatan itu dihentikan dan galiannya ditimbun sebelum ada longsor.",
    ),
    Case(
        "web",
        "sda",
        "Setiap musim kemarau sejak 2023, lahan gambut di sekitar Desa Muara Siran, Kecamatan Muara Kaman, terbakar. Kami menduga pembakaran disengaja untuk membuka kebun sawit, karena setelah terbakar lahan itu langsung dipatok dan ditanami. Asap membuat anak-anak sesak napas dan sekolah sempat diliburkan. Kami mohon pemkab mengawasi pembukaan lahan di wilayah ini dan memeriksa siapa pemilik lahan yang terbakar, sebelum musim kemarau tahun ini.",
    ),
    Case(
        "sms",
        "sda",
        "Air sungai di Ds Embalut Tenggarong Seberang hitam & bau sejak tambang di hulu buka lg. Ikan2 mati. Mhn dicek pak",
    ),
    Case(
        "sms",
        "sda",
        "Kpn bantuan bibit padi & pompa air dr pemkab utk poktan di Ds Rapak Lambur Tenggarong? Musim tanam sdh dekat. Trims. Ketua Poktan Harapan",
    ),
    Case(
        "telegram",
        "sda",
        "Ada yg tau gk siapa yg ngurus kolam bekas tambang di belakang SD di RT 15 Loa Ipuh Darat? Anak2 sering renang di situ pulang sekolah, dalemnya gk kira2. Ngeri bgt. Tolong admin pemkab diteruskan ke yg berwenang biar minimal dipagar",
    ),
    Case(
        "telegram",
        "sda",
        "Izin tanya min, kelompok tambak udang kami di Desa Tani Baru Anggana mau ajukan bantuan benur & kincir air utk 2026, proposalnya ke mana ya? Thn lalu kami tunggu2 gk ada kabar",
    ),
    Case(
        "twitter",
        "sda",
        "@pemkabkukar bangga liat festival erau nya pak, tapi lubang tambang di Desa Sungai Payang Loa Kulu kapan ditutup? udah bertahun2 dibiarin nganga, nunggu ada korban lagi?",
    ),
]

_ADPEM = [
    Case(
        "email",
        "adpem",
        "Perihal: Proyek drainase di RT 14 Kelurahan Loa Janan Ulu tidak selesai\n\nYth. Bapak/Ibu Pengelola Pengaduan Pemkab Kukar,\n\nDengan hormat, saya Suparman, Ketua RT 14 Kelurahan Loa Janan Ulu, Kecamatan Loa Janan. Pada bulan Agustus 2025 di lingkungan kami dikerjakan pembangunan saluran drainase beton sepanjang kurang lebih 400 meter. Di papan proyek tertulis sumber dana APBD Kabupaten Kutai Kartanegara Tahun Anggaran 2025.\n\nSampai hari ini pekerjaan baru sekitar separuh. Galian di ujung saluran dibiarkan terbuka, besi-besi berkarat, dan sejak Desember pekerja tidak pernah datang lagi. Setiap hujan deras air meluap masuk ke rumah warga, dan sudah dua kali anak-anak jatuh ke galian. Kami sudah menyampaikan ke kelurahan dan ke kecamatan, jawabannya itu bukan kewenangan mereka.\n\nKami mohon pekerjaan ini dicek di lapangan dan ada kejelasan kapan dilanjutkan, atau setidaknya galian ditutup supaya tidak membahayakan.\n\nAtas perhatiannya kami ucapkan terima kasih.\n\nHormat kami,\nSuparman\nKetua RT 14 Kel. Loa Janan Ulu\nHP 0812-5xxx-xxxx",
    ),
    Case(
        "email",
        "adpem",
        "Subject: Permintaan data capaian fisik pembangunan jembatan di Kecamatan Muara Kaman\n\nKepada Yth.\nPemerintah Kabupaten Kutai Kartanegara\ndi Tenggarong\n\nSalam sejahtera,\n\nKami dari Perkumpulan Warga Peduli Mahakam (PWPM) sedang memantau pembangunan di wilayah hulu. Pada tahun 2025 tercatat ada tiga jembatan penghubung desa di Kecamatan Muara Kaman yang dibiayai APBD kabupaten, yaitu di Desa Sabintulung, Desa Liang Buaya dan Desa Muara Kaman Ulu. Dari pengamatan kami di lapangan pada Januari 2026, dua di antaranya masih berupa tiang pancang, sementara di berita disebutkan sudah rampung.\n\nMelalui surel ini kami meminta informasi persentase realisasi fisik masing-masing jembatan per akhir Desember 2025, serta penjelasan apakah pekerjaan yang belum selesai akan dilanjutkan pada tahun 2026. Data tersebut akan kami gunakan untuk laporan pemantauan yang juga akan kami serahkan kembali kepada Pemkab.\n\nTerima kasih atas kerja samanya.\n\nSalam,\nRina Kartika\nKoordinator Program PWPM\nJl. Gunung Belah, Tenggarong",
    ),
    Case(
        "email",
        "adpem",
        "---------- Forwarded message ---------\nDari: Pemdes Long Beleh Haloq <pemdes.lbh@gmail.com>\nTanggal: Sen, 9 Feb 2026 08.12\nSubjek: Jalan semenisasi rusak\n\nAssalamualaikum wr wb\n\nKami teruskan keluhan warga kami. Jalan semenisasi di Dusun II Desa Long Beleh Haloq, Kecamatan Kembang Janggut yang dibangun dari dana kabupaten tahun lalu (bukan dana desa) sekarang sudah retak memanjang dan di beberapa titik ambles, padahal baru dipakai kurang lebih 3 bulan. Waktu dicor warga lihat tebalnya cuma sekitar 10 cm, tidak seperti yang dijanjikan. Kontraktornya sudah tidak bisa dihubungi.\n\nMohon ada pemeriksaan hasil pekerjaan dan perbaikan selama masa pemeliharaan.\n\nWassalam\nSekretaris Desa\n\n---\nMohon diteruskan ke bagian yang tepat. Terima kasih.\nAgus S., staf Kecamatan Kembang Janggut",
    ),
    Case(
        "whatsapp",
        "adpem",
        "Assalamualaikum min, mau lapor jalan poros Sebulu arah Muara Kaman yg baru diaspal akhir tahun kemarin skrg udh bolong2 lg, aspalnya tipis bgt kyk kerupuk. Kami tiap hari lewat situ bawa sawit, motor udh 2x pecah ban. Td sy tanya ke kantor camat katanya itu proyek kabupaten. Tolong dicek lah pekerjaannya kok baru 2 bulan udh hancur, apa gk ada garansinya?",
    ),
    Case(
        "whatsapp",
        "adpem",
        "Selamat siang Pak/Bu. Saya pedagang sayur di Kota Bangun. Pembangunan gedung pasar baru di samping pasar lama itu sejak tahun lalu berhenti, tinggal tiang2 besi doang, sekarang malah jadi tempat orang buang sampah. Kami dijanjikan pindah ke gedung baru awal 2026 makanya lapak lama tdk diperbaiki, skrg bocor semua. Yg mau sy tanyakan, pembangunan gedung pasar itu sebenarnya dilanjut atau nggak? Kalau lanjut kapan? Terima kasih.",
    ),
    Case(
        "whatsapp",
        "adpem",
        "Pak, sy guru di SDN 007 Muara Wis. Rehab atap sekolah kami selesai bulan November dari dana kabupaten, tp skrg kalau hujan 3 kelas bocor parah, plafon mulai jebol. Kami sdh lapor ke dinas pendidikan, katanya hubungi pelaksananya, pelaksananya bilang sdh serah terima. Anak2 terpaksa belajar di musholla. Mohon dicek hasil kerjanya dan kontraktornya dipanggil krn msh masa pemeliharaan kan?",
    ),
    Case(
        "whatsapp",
        "adpem",
        "bang sy sopir angkutan Kota Bangun - Tenggarong. jembatan di Desa Sebelimbingan itu di papan nya tertulis selesai Desember 2025, skrg udah Februari masih blm bisa dilewati, kami muter lewat jalan tanah nambah 1 jam & solar. kapan sebenarnya jembatannya selesai? kontraktornya kena denda gk kalo telat? warga sini pada nanya terus",
    ),
    Case(
        "web",
        "adpem",
        "Saya petani di Desa Bukit Raya, Kecamatan Tenggarong Seberang. Tahun 2025 ada pekerjaan jalan lingkungan dari kabupaten di RT 09 menuju kebun warga. Semenisasi baru jalan 300 meter dari 1 km yang direncanakan, sisanya cuma dihampar batu lalu ditinggal. Sisa semen yang sudah membatu masih menumpuk di pinggir jalan. Musim hujan jalannya becek, hasil panen susah keluar. Kami minta penjelasan apakah pekerjaan jalan ini memang hanya 300 meter atau belum selesai, dan mohon ada yang turun melihat kondisinya.",
    ),
    Case(
        "web",
        "adpem",
        "Turap penahan tebing di pinggir sungai Desa Sungai Merdeka, Samboja, yang baru dibangun tahun lalu roboh sebagian waktu hujan deras tanggal 2 Februari 2026. Sekitar 20 meter tembok ambruk ke sungai dan sekarang dua rumah warga di atasnya retak-retak. Kami bingung melapor ke mana, papan proyeknya sudah hilang. Mohon pemerintah kabupaten memeriksa mutu bangunan turap ini karena umurnya belum setahun, dan segera ada perbaikan sebelum rumah warga ikut longsor.",
    ),
    Case(
        "web",
        "adpem",
        "Yth. Pemkab Kukar. Di Kelurahan Sanga Sanga Dalam ada bangunan gedung serbaguna yang katanya untuk kegiatan kecamatan dan masyarakat. Pembangunannya dimulai 2023, tapi sejak 2024 berhenti total, tinggal dinding bata tanpa atap dan sekarang ditumbuhi semak. Setiap kami tanya ke Pak Camat jawabannya menunggu anggaran. Uang rakyat sudah keluar tapi bangunannya mangkrak. Kami mohon kejelasan status bangunan ini: apakah akan dilanjutkan, sudah berapa persen pekerjaannya, dan siapa yang bertanggung jawab.",
    ),
    Case(
        "sms",
        "adpem",
        "jln semenisasi di RT 05 desa Jembayan loa kulu baru dikerjain bln lalu sdh retak2 n pecah pinggirnya tolong dicek kualitasnya pak",
    ),
    Case(
        "sms",
        "adpem",
        "PROYEK DRAINASE DEPAN SDN 012 MUARA BADAK ULU DIGALI TRUS DITINGGAL SDH 3 BLN ANAK SEKOLAH HRS LOMPAT2 GALIAN KAPAN DILANJUT",
    ),
    Case(
        "telegram",
        "adpem",
        "Izin bertanya min 🙏 jembatan penghubung di Tabang yg dari APBD 2025 itu sudah sampai mana ya pengerjaannya? Soalnya kemarin sy lewat kok belum ada pekerja sama sekali, alat berat juga sudah ditarik. Takutnya mangkrak kayak yg dulu2",
    ),
    Case(
        "telegram",
        "adpem",
        "Selamat malam admin. Di Desa Sidomulyo Anggana lagi ada pengerjaan peningkatan jalan kabupaten, tapi gk ada papan proyek sama sekali, jadi warga gk tau ini dana apa, berapa nilainya, siapa kontraktornya, sampai kapan. Tanah galiannya dibuang ke lahan warga tanpa izin. Pengawasnya siapa ya? Mohon pekerjaannya dipantau dan dipasang papan informasinya biar kami bisa ikut mengawasi.",
    ),
    Case(
        "twitter",
        "adpem",
        "@PemkabKukar katanya jalan Muara Jawa - Handil selesai akhir 2025, ini udah Februari 2026 masih tanah merah, truk amblas tiap hari. foto di postingan min sama kondisi asli beda jauh 🙃 kapan dikerjain lagi?",
    ),
]

_PBJ = [
    Case(
        "email",
        "pbj",
        "Perihal: Keberatan atas Hasil Pemilihan Paket Peningkatan Jalan Loa Kulu - Jonggon\n\nKepada Yth.\nKelompok Kerja Pemilihan\nPemerintah Kabupaten Kutai Kartanegara\n\nDengan hormat,\n\nKami, CV Karya Mahakam Lestari, peserta pada paket Peningkatan Jalan Ruas Loa Kulu - Jonggon Tahun Anggaran 2026, menyampaikan keberatan atas pengumuman pemenang yang ditayangkan pada 16 Februari 2026.\n\nBerdasarkan dokumen yang dapat kami lihat, penyedia yang ditetapkan sebagai pemenang tidak memiliki personel manajerial dengan SKK yang dipersyaratkan, dan peralatan utama yang diajukan merupakan milik perusahaan lain tanpa bukti sewa yang sah. Sementara penawaran kami dinyatakan gugur dengan alasan yang menurut kami tidak tercantum dalam dokumen pemilihan.\n\nKami mohon dilakukan evaluasi ulang dan penjelasan tertulis atas alasan gugurnya penawaran kami. Sanggahan resmi sudah kami unggah melalui aplikasi, surel ini kami kirimkan sebagai tembusan.\n\nHormat kami,\nH. Rusdiansyah\nDirektur CV Karya Mahakam Lestari\nTenggarong",
    ),
    Case(
        "email",
        "pbj",
        "Subject: Akun penyedia belum diverifikasi\n\nSelamat pagi,\n\nSaya Dewi, staf administrasi PT Borneo Teknik Sarana, Samarinda. Kami ingin ikut tender di Kukar tahun ini dan sudah mendaftar akun penyedia di SPSE Kukar tanggal 27 Januari 2026. Semua dokumen (akta, NIB, NPWP, KTP direktur) sudah kami unggah dan kami juga sudah datang ke Tenggarong untuk verifikasi berkas asli, tetapi sampai sekarang status akun masih menunggu verifikasi. Petugas waktu itu bilang tiga hari kerja.\n\nKarena ada paket yang batas pendaftarannya minggu depan, kami mohon bantuan agar akun kami segera diaktifkan, atau diberi tahu jika ada dokumen yang kurang.\n\nTerima kasih.\n\nSalam,\nDewi Anggraini\nPT Borneo Teknik Sarana\n0813-xxxx-xxxx",
    ),
    Case(
        "email",
        "pbj",
        "Re: Info katalog lokal\n\nTerima kasih atas balasannya kemarin, tapi pertanyaan kami belum terjawab.\n\nSaya ulangi: kami usaha mebel di Desa Loa Lepu, Tenggarong Seberang, sudah punya NIB. Kami ingin meja dan kursi sekolah buatan kami bisa dibeli dinas-dinas lewat katalog elektronik lokal Kukar. Di Dinas Koperasi kami disarankan tanya ke Setda. Yang kami perlukan: langkah-langkahnya bagaimana supaya produk kami tayang di katalog, apakah ada pendampingan, dan ke mana kami harus datang.\n\nHormat kami,\nM. Yusuf\nUD Jati Lepu\n\n> Pada 10 Feb 2026, Admin menulis:\n> Terima kasih telah menghubungi kami. Untuk informasi program pembinaan UMKM silakan menghubungi Dinas Koperasi dan UKM.",
    ),
    Case(
        "whatsapp",
        "pbj",
        "Pak selamat malam, mohon maaf mengganggu. Sy dari CV Delta Samboja. Malam ini batas akhir upload penawaran paket rehab puskesmas jam 23.59, tp dari jam 8 tadi situs LPSE Kukar gak bisa dibuka sama sekali, muter2 terus. Teman2 rekanan lain juga sama. Apakah jadwalnya bisa diperpanjang? Kami sdh siapkan dokumen berminggu2, sayang kalau gugur krn server. Mohon infonya segera pak 🙏",
    ),
    Case(
        "whatsapp",
        "pbj",
        "Bang mau nanya, paket pengadaan laptop & printer utk kantor Setda yg tayang bulan lalu kok tiba2 statusnya jadi tender batal? Kami sdh ngeluarin biaya jaminan penawaran dr bank. Alasannya di aplikasi cuma ditulis 'kesalahan dokumen'. Apa mau diulang? Kalau diulang kapan? Sy perlu kepastian krn barang sdh kami inden.",
    ),
    Case(
        "whatsapp",
        "pbj",
        "Maaf pak sy mau menyampaikan unek2 sbg kontraktor kecil di Tenggarong. Sdh 2 thn ikut lelang di Kukar gk pernah menang, yg menang itu2 aja perusahaannya, alamatnya pun sama padahal nama CV nya beda2. Harga penawaran mereka juga selisihnya tipis2 kyk diatur. Sy cuma minta proses pemilihan di pokja itu diperiksa bener2 biar kami yg kecil2 ini jg punya kesempatan. Terima kasih.",
    ),
    Case(
        "whatsapp",
        "pbj",
        "Assalamualaikum ibu/bapak, sy ibu rumah tangga punya usaha katering kecil di Timbau, Tenggarong. Sering liat di kantor bupati ada rapat2 pake nasi kotak. Gimana caranya ya kalau sy mau jadi penyedia konsumsinya? Daftarnya dimana, syaratnya apa aja, harus punya CV kah atau cukup NIB? Maaf kalau sy salah tanya, sy gk ngerti alurnya 🙏",
    ),
    Case(
        "web",
        "pbj",
        "Pada tahap pemberian penjelasan paket Pembangunan Gedung Kantor Kelurahan Melayu, kami mengajukan 4 pertanyaan tentang spesifikasi rangka atap dan metode pelaksanaan. Sampai waktu penjelasan berakhir, tidak ada satu pun pertanyaan yang dijawab panitia, dan tidak ada berita acara penjelasan yang diunggah. Padahal jawaban itu menentukan harga penawaran kami. Kami mohon tahap penjelasan dibuka ulang atau minimal jawaban tertulis diberikan sebelum batas pemasukan penawaran.",
    ),
    Case(
        "web",
        "pbj",
        "Saya mewakili PT Sinar Kutai Abadi, salah satu peserta pengadaan speedboat operasional untuk kecamatan-kecamatan di hulu Mahakam. Jadwal pengumuman pemenang sudah diubah empat kali tanpa alasan yang jelas, terakhir mundur lagi ke akhir Februari. Kami harus menahan penawaran harga dari pabrik yang hanya berlaku 30 hari. Kami meminta penjelasan mengapa jadwal terus diubah dan kapan hasil evaluasi diumumkan.",
    ),
    Case(
        "web",
        "pbj",
        "Selamat siang. Kami perkumpulan kontraktor lokal di Kecamatan Muara Badak. Anggota kami banyak yang mengeluh tidak tahu paket apa saja yang akan dilelang tahun 2026 sehingga tidak bisa bersiap, tiba-tiba tayang lalu waktunya mepet. Di mana kami bisa melihat rencana pengadaan tiap dinas, dan kapan biasanya paket-paket pekerjaan mulai diumumkan? Jika memungkinkan kami juga mohon diadakan sosialisasi tata cara ikut tender bagi kontraktor kecil di kecamatan.",
    ),
    Case(
        "sms",
        "pbj",
        "Pak sy mau tanya cara buat akun SPSE utk CV baru, syaratnya apa sj & hrs dtg ke kantor gk? sy di Marangkayu",
    ),
    Case(
        "sms",
        "pbj",
        "KEBERATAN KAMI ATAS PEMENANG TENDER TGL 12 FEB BLM DIJAWAB SMP SKRG PADAHAL WAKTUNYA SDH LEWAT, TP KONTRAK KATANYA SDH MAU DITANDATANGANI. MOHON DITUNDA DULU",
    ),
    Case(
        "telegram",
        "pbj",
        "Izin bertanya di grup ini ya. Utk belanja barang di bawah 200 jt tahun ini di kukar wajib lewat katalog elektronik atau masih boleh pengadaan langsung? Kemarin PPK di salah satu dinas bilang harus e-purchasing, tp dinas sebelah masih PL. Kami penyedia jadi bingung mau siapkan apa. Mohon pencerahan 🙏",
    ),
    Case(
        "telegram",
        "pbj",
        "Min, akun penyedia LPSE kami ke-lock gara2 salah password 3x, mau reset tp email yg terdaftar itu email direktur lama yg sdh keluar, gk bisa diakses. Gimana caranya ganti email akun? Ada tender yg mau kami ikuti tutup hari Jumat.",
    ),
    Case(
        "twitter",
        "pbj",
        "@PemkabKukar transparan apanya min 🙂 tender rehab gedung olahraga Tenggarong yg menang penawaran paling tinggi, yg lebih murah digugurin semua krn alasan sepele. tolong dong hasil evaluasinya dibuka ke publik",
    ),
]

_ORGANISASI = [
    Case(
        "email",
        "organisasi",
        "Perihal: Pengaduan pencetakan KTP-el yang tidak kunjung selesai\n\nYth. Bapak/Ibu,\n\nSaya Fitriani, warga Desa Manunggal Jaya, Kecamatan Tenggarong Seberang. Saya melakukan perekaman KTP elektronik di kantor Disdukcapil pada tanggal 3 November 2025. Saat itu petugas menyampaikan KTP bisa diambil dua minggu kemudian. Sejak Desember saya sudah empat kali datang, setiap kali jawabannya blangko habis atau printer rusak, dan saya diminta kembali minggu depan. Tidak pernah ada pemberitahuan resmi, tidak ada papan informasi berapa lama sebenarnya prosesnya.\n\nSetiap kali datang saya harus izin kerja dan mengeluarkan ongkos sekitar Rp60.000 pulang pergi. Saya membutuhkan KTP untuk melamar pekerjaan dan membuka rekening.\n\nSaya mohon penjelasan berapa lama seharusnya KTP-el selesai menurut ketentuan, dan mohon ada perbaikan agar warga tidak dipingpong seperti ini.\n\nHormat saya,\nFitriani\n0852-xxxx-xxxx",
    ),
    Case(
        "email",
        "organisasi",
        "Subject: Hasil pemantauan pelayanan di 8 kantor kecamatan\n\nKepada Yth.\nSekretariat Daerah Kabupaten Kutai Kartanegara\n\nDengan hormat,\n\nPada bulan Januari 2026 relawan kami mengunjungi delapan kantor kecamatan di Kukar (Loa Kulu, Loa Janan, Sebulu, Muara Kaman, Kota Bangun, Anggana, Marangkayu dan Muara Jawa). Di enam kantor tidak ada informasi tertulis mengenai persyaratan, lama proses, dan biaya untuk layanan yang paling sering dipakai warga seperti surat keterangan dan rekomendasi. Di dua kantor ada papan informasi, namun isinya berbeda dengan yang disampaikan petugas secara lisan. Tidak ada juga kotak saran atau nomor pengaduan yang bisa dihubungi.\n\nKami tidak mempersoalkan camatnya, melainkan cara melayaninya. Kami mohon Pemkab mendorong seluruh kantor tersebut menyusun dan menempelkan ketentuan layanan yang jelas, serta menyediakan sarana pengaduan. Laporan lengkap kami lampirkan.\n\nHormat kami,\nYayasan Suara Warga Kaltim\nAndi Pratama\nKoordinator Pemantauan",
    ),
    Case(
        "email",
        "organisasi",
        "---------- Pesan terusan ----------\nDari: Hendra W.\nKepada: pengaduan\nPerihal: Oknum meminta uang percepatan izin\n\nSelamat siang,\n\nSaya staf legal di sebuah perusahaan jasa angkutan di Muara Jawa. Kami mengurus persetujuan bangunan gedung untuk gudang di kantor pelayanan perizinan di Tenggarong sejak Desember. Berkas dinyatakan lengkap, tetapi prosesnya tidak bergerak. Minggu lalu seorang petugas di loket menyampaikan secara lisan bahwa kalau mau cepat ada biaya koordinasi Rp5 juta, dibayar tunai tanpa kuitansi.\n\nKami tidak bersedia membayar yang tidak resmi. Kami meminta hal ini ditindaklanjuti dan mohon kepastian berapa lama seharusnya izin kami selesai.\n\nNama petugas dan waktu kejadian dapat kami sampaikan secara tertutup.\n\nTerima kasih,\nHendra W.",
    ),
    Case(
        "whatsapp",
        "organisasi",
        "Assalamualaikum bu/pak. Sy mau nanya, td sy ngurus surat keterangan tdk mampu di kantor kelurahan utk anak sy berobat, sm petugasnya diminta 50 rb katanya uang administrasi. Gk dikasih kwitansi. Sy kan justru gk mampu makanya ngurus surat itu 😢 Emang bener ada biayanya ya? Kalo gk resmi tolong ditegur petugasnya, kasian warga yg lain jg. Sy di Kel. Mangkurawang Tenggarong.",
    ),
    Case(
        "whatsapp",
        "organisasi",
        "bolak balik udh 4x ke kantor dinas utk ngurus izin usaha toko sy, tiap dtg petugasnya beda2 & syaratnya beda2 jg. pertama suruh bawa fc KTP, trs suruh bawa surat domisili, trs katanya hrs ada foto lokasi, trs skrg suruh pake materai 2. kenapa gk dikasi tau sekalian di awal sih?? capek pak, sy jualan di Loa Kulu ke Tenggarong 1 jam. tolong lah dibikin jelas syaratnya apa aja",
    ),
    Case(
        "whatsapp",
        "organisasi",
        "Pak sy sopir truk di Muara Badak. Pas uji KIR kemarin di tempat pengujian, selain bayar retribusi resmi kami dimintai lagi 150 rb sama oknum, katanya biar lulus gak usah antri. Kalau gak kasih disuruh balik minggu depan. Ini sdh lama dan semua sopir tau. Mohon ditertibkan pak, penghasilan kami pas2an.",
    ),
    Case(
        "whatsapp",
        "organisasi",
        "Selamat siang. Sy mau kasih masukan. Kmrn sy ngurus berkas di salah satu kantor layanan di Tenggarong, pas selesai disuruh isi survei kepuasan di tablet, tp petugasnya yg pencet2 sendiri pilih 'sangat puas' semua, sy cuma disuruh tanda tangan. Padahal pelayanannya lama bgt sy nunggu dari jam 8 sampe jam 1. Kalau surveinya begini hasilnya kan bohong. Tolong diperhatikan.",
    ),
    Case(
        "web",
        "organisasi",
        "Saya guru SD di Kecamatan Kenohan. Berkas kenaikan pangkat saya sudah diserahkan lengkap sejak Agustus 2025 ke kantor kepegawaian, tetapi sampai sekarang tidak ada kabar. Setiap kali menelepon dijawab sedang diproses tanpa tahu sampai di tahap mana. Untuk datang ke Tenggarong saya harus naik kapal dan meninggalkan kelas dua hari. Saya tidak meminta dipercepat di luar aturan, saya hanya ingin tahu berapa lama seharusnya proses ini dan bagaimana cara memantau berkas tanpa harus datang.",
    ),
    Case(
        "web",
        "organisasi",
        "Di kantor pelayanan kependudukan di Tenggarong, nomor antrean sudah habis jam 7.30 pagi padahal kantor buka jam 8. Ternyata banyak nomor dipegang orang-orang yang menawarkan jasa 'bantu urus' dengan bayaran Rp100.000 sampai Rp200.000. Warga dari jauh seperti kami dari Muara Muntai yang berangkat subuh akhirnya tidak kebagian. Petugas di dalam sepertinya tahu tapi diam saja. Mohon sistem antrean dibenahi dan praktik percaloan ini ditertibkan.",
    ),
    Case(
        "web",
        "organisasi",
        "Saya ingin menyampaikan keluhan tentang sikap petugas di loket salah satu dinas di Tenggarong pada hari Senin, 9 Februari 2026. Saya ditolak karena tidak membawa fotokopi kartu keluarga rangkap tiga, padahal di persyaratan yang ditempel tidak tercantum. Ketika saya tunjukkan papan persyaratan itu, petugas malah membentak dan bilang 'itu papan lama, ikuti saja'. Saya berharap ada teguran dan persyaratan yang dipasang benar-benar yang berlaku, supaya warga tidak dipermainkan.",
    ),
    Case(
        "sms",
        "organisasi",
        "PETUGAS LOKET BAYAR PBB DI KANTOR BAPENDA MINTA UANG 25RB BUAT CETAK SPPT TANPA KWITANSI. ITU RESMI ATAU TDK? MOHON DITINDAK",
    ),
    Case(
        "sms",
        "organisasi",
        "knp ngurus akta kelahiran anak lama bgt sdh 1 bln blm jadi, sbnrnya brp hari sih aturannya? sy di Sebulu",
    ),
    Case(
        "telegram",
        "organisasi",
        "Min, td jam 10 pagi di Mal Pelayanan Publik Tenggarong loket2nya banyak yg kosong, petugasnya gk tau kemana. Antrean numpuk, ada bapak2 tua udah nunggu 3 jam. Ada nomor resmi gk utk lapor kalo kejadian gini? Biar lgsg ditindak, jgn cuma ditampung.",
    ),
    Case(
        "telegram",
        "organisasi",
        "Selamat pagi admin. Di kantor UPT kependudukan Kota Bangun jam layanan yg ditempel 08.00-15.00, tp kenyataannya jam 12 udah tutup, alasannya jaringan. Kami dari Kenohan nyebrang pagi2 jadi sia2. Mohon jam layanan ditepati atau diumumkan kalau memang ada gangguan.",
    ),
    Case(
        "twitter",
        "organisasi",
        "@PemkabKukar katanya zona integritas, wilayah bebas korupsi, pelayanan prima. ngurus rekomendasi di salah satu dinas 3 minggu blm kelar, tiap ditanya 'nunggu tanda tangan bapak'. reformasi birokrasinya cuma di spanduk ya min? 🙃",
    ),
]

_UMUM = [
    Case(
        "email",
        "umum",
        "Perihal: Permohonan peminjaman Ruang Serbaguna Kantor Bupati\n\nYth. Bapak/Ibu Pengelola Gedung Kantor Bupati Kutai Kartanegara\n\nDengan hormat,\n\nKami dari Pengurus Cabang Ikatan Mahasiswa Kutai Kartanegara bermaksud menyelenggarakan seminar kepemudaan pada Sabtu, 14 Maret 2026, pukul 08.00-14.00 WITA, dengan peserta kurang lebih 200 orang. Kami memohon izin menggunakan Ruang Serbaguna di kompleks Kantor Bupati beserta sound system yang tersedia.\n\nMohon informasi apakah ruangan kosong pada tanggal tersebut, persyaratan apa saja yang perlu kami lengkapi, dan apakah ada biaya kebersihan atau listrik. Kami juga berharap Bapak Bupati berkenan hadir, namun hal itu akan kami sampaikan melalui surat tersendiri; yang kami perlukan sekarang adalah kepastian tempat.\n\nAtas perhatiannya kami ucapkan terima kasih.\n\nHormat kami,\nRizky Ramadhan\nKetua Panitia\n0821-xxxx-xxxx",
    ),
    Case(
        "email",
        "umum",
        "Subject: Menanyakan surat kami yang dikirim ke Kantor Bupati\n\nSelamat pagi Bapak/Ibu,\n\nKami dari PT Mahakam Agro Persada, Kecamatan Muara Kaman. Pada tanggal 21 Januari 2026 kurir kami mengantarkan surat perusahaan nomor 014/MAP/I/2026 yang ditujukan kepada Bupati Kutai Kartanegara ke kantor bupati di Tenggarong. Surat diterima petugas di meja depan, namun kami tidak diberi tanda terima atau nomor agenda.\n\nSampai hari ini kami belum memperoleh kabar apa pun. Kami khawatir surat tersebut belum tercatat atau tidak sampai ke meja yang dituju. Mohon bantuan untuk mengecek apakah surat kami sudah terdaftar sebagai surat masuk dan sudah diteruskan ke mana, serta bagaimana cara kami memantau surat berikutnya.\n\nTerima kasih atas bantuannya.\n\nHormat kami,\nLinda Sari\nSekretaris Direksi\nPT Mahakam Agro Persada",
    ),
    Case(
        "email",
        "umum",
        "Re: Masukan fasilitas\n\nSelamat siang,\n\nMenambahkan pesan saya minggu lalu yang belum dibalas. Saya pegawai salah satu dinas yang cukup sering rapat ke kantor bupati. Toilet umum di lantai dasar gedung utama sudah lebih dari sebulan dua pintunya rusak tidak bisa dikunci, kerannya mati, dan baunya sampai ke lobi. Kemarin ada rombongan tamu dari kabupaten lain yang terpaksa diarahkan ke toilet masjid sebelah. Malu rasanya.\n\nMohon diperbaiki dan petugas kebersihannya dijadwalkan lebih sering.\n\nSalam,\nYuliani\n\n> Pada Sel, 3 Feb 2026, Yuliani menulis:\n> Toilet lantai dasar kantor bupati rusak, mohon diperbaiki.",
    ),
    Case(
        "whatsapp",
        "umum",
        "Min sy mau lapor. Hari Minggu kemarin sy liat mobil plat merah KT xxxx parkir di pantai Tanah Merah Samboja, isinya keluarga lagi piknik lengkap sama tikar & termos 😅 Di kacanya ada stiker Setda. Emang boleh mobil dinas dipake buat liburan keluarga? Bensinnya kan dari uang rakyat jg. Tolong ditertibkan.",
    ),
    Case(
        "whatsapp",
        "umum",
        "Assalamualaikum. Sy sering urusan ke kantor bupati, parkiran di dalam selalu penuh dari pagi, kayaknya kebanyakan mobil pegawai. Tamu akhirnya parkir di pinggir jalan depan kantor, kmrn sy ditegur polisi krn parkir sembarangan padahal gk ada tempat lain. Bisa gk disediain tempat parkir khusus tamu atau diatur lah biar kami yg datang urusan ada tempat?",
    ),
    Case(
        "whatsapp",
        "umum",
        "Pak, helm sy hilang di parkiran motor kantor bupati td siang, pdhl ada pos satpam di situ. Katanya udh bbrp kali kejadian. Sy mau minta tolong cek CCTV nya bisa gk? Dan tolong penjagaan parkiran diperketat, masa di kantor pemerintahan aja barang ilang.",
    ),
    Case(
        "whatsapp",
        "umum",
        "Selamat siang pak/bu, sy Bu Ratna dari TP PKK Kelurahan Loa Ipuh Darat. Kami mau adakan pelatihan kader sekitar 80 orang bulan depan. Apakah aula di kantor bupati bisa dipakai utk kegiatan masyarakat? Kalau bisa, suratnya ditujukan ke siapa & berapa hari sebelumnya hrs diajukan? Terima kasih 🙏",
    ),
    Case(
        "web",
        "umum",
        "Lampu-lampu di halaman dan jalan masuk kompleks Kantor Bupati di Tenggarong sudah beberapa minggu padam. Malam hari area parkir dan taman depan gelap gulita, padahal banyak warga yang berolahraga dan duduk-duduk di sana sampai malam. Kemarin malam ada ibu-ibu yang terjatuh karena tidak melihat undakan. Mohon lampunya segera diperbaiki dan penjagaan malam ditambah.",
    ),
    Case(
        "web",
        "umum",
        "Saya kurir ekspedisi yang tiap minggu mengantar surat dan paket dokumen ke Kantor Bupati Kukar. Sejak awal Februari petugas jaga di pintu depan tidak lagi mau menerima titipan surat dan menyuruh saya naik ke lantai atas, di atas petugas bilang harus ke bawah lagi. Kemarin satu surat dari sebuah kontraktor untuk Sekretaris Daerah akhirnya saya bawa pulang karena tidak ada yang mau menandatangani tanda terima. Mohon penjelasan di mana sebenarnya tempat menyerahkan surat untuk kantor bupati dan jam berapa bukanya, supaya kiriman kami tidak terlantar.",
    ),
    Case(
        "web",
        "umum",
        "Lift di gedung kantor bupati sudah rusak sejak bulan lalu dan hanya ditempeli kertas 'dalam perbaikan'. Minggu lalu ibu saya yang berusia 68 tahun dan memakai tongkat harus naik tangga ke lantai tiga untuk mengantar berkas. Banyak juga tamu penyandang disabilitas yang kesulitan. Kapan lift ini diperbaiki? Mohon sementara ada petugas di lantai bawah yang bisa menerima tamu yang tidak sanggup naik tangga.",
    ),
    Case(
        "sms",
        "umum",
        "AC ruang tunggu tamu di lt 1 kantor bupati mati sdh seminggu, panas bgt kami nunggu 2 jam keringetan. tolong diperbaiki",
    ),
    Case(
        "sms",
        "umum",
        "Pak sy mau tanya surat kami no 045/KT-MB/II/2026 utk Sekda yg diantar tgl 3 Feb ke bagian persuratan kantor bupati sdh tercatat blm? blm ada kabar. Kelompok Tani Marangkayu",
    ),
    Case(
        "telegram",
        "umum",
        "Rekan2 admin, mohon maaf mau konfirmasi. Ruang rapat lt 2 gedung utama sdh kami ajukan dari 2 minggu lalu utk rapat koordinasi tgl 14 jam 9, tp pas kami datang sdh dipakai pihak lain & katanya mereka jg sdh booking. Peserta dari kecamatan udh terlanjur datang. Sebenarnya pencatatan pemakaian ruang rapat itu gmn sih? biar gk bentrok lg",
    ),
    Case(
        "telegram",
        "umum",
        "Admin, halaman belakang kantor bupati skrg rumputnya udh setinggi lutut & ada sapi warga yg suka masuk makan rumput di situ, kotorannya di mana2 sampai ke parkiran. Kantor pusat pemerintahan kok kayak padang gembala 😂 mohon dibersihin & pagarnya ditutup",
    ),
    Case(
        "twitter",
        "umum",
        "@PemkabKukar bagus bgt fotonya min. aslinya di belakang gedung kantor bupati sampah numpuk, got depan pos jaga mampet bau bgt. coba sesekali foto yg itu. tolong dibersihin lah kantor sendiri",
    ),
]

_PROKOM = [
    Case(
        "email",
        "prokom",
        "Perihal: Permohonan Audiensi dengan Bupati Kutai Kartanegara\n\nKepada Yth.\nBapak Bupati Kutai Kartanegara\ndi Tenggarong\n\nDengan hormat,\n\nKami dari Gabungan Kelompok Tani (Gapoktan) Sumber Rejeki, Desa Bhuana Jaya, Kecamatan Tenggarong Seberang. Sejak dua tahun terakhir sebagian sawah anggota kami tergenang lumpur dari aktivitas di sekitar desa dan sudah kami laporkan ke berbagai instansi. Kami merasa perlu menyampaikan langsung kepada Bapak Bupati keadaan yang kami alami beserta usulan penyelesaiannya.\n\nSehubungan dengan itu, kami memohon kesediaan Bapak Bupati untuk menerima perwakilan kami sebanyak 7 orang pada waktu yang Bapak tentukan di bulan Maret 2026. Mohon kiranya jadwal yang memungkinkan dapat diinformasikan kepada narahubung kami.\n\nAtas perhatian dan kesediaan Bapak kami sampaikan terima kasih.\n\nHormat kami,\nSutrisno\nKetua Gapoktan Sumber Rejeki\nNarahubung: 0812-xxxx-xxxx",
    ),
    Case(
        "email",
        "prokom",
        "Subject: Undangan Pembukaan Festival Danau Semayang 2026\n\nYth. Bapak Bupati Kutai Kartanegara\n\nDengan hormat,\n\nKami panitia Festival Danau Semayang, Kecamatan Kenohan, bermaksud mengundang Bapak Bupati untuk membuka festival sekaligus memberikan sambutan pada Sabtu, 25 April 2026 pukul 09.00 WITA di dermaga Desa Semayang. Acara akan dihadiri sekitar 1.500 warga dari desa-desa sekitar danau.\n\nMohon kiranya kami dapat memperoleh konfirmasi kehadiran Bapak Bupati atau pejabat yang mewakili, serta informasi mengenai susunan acara dan penjemputan yang perlu kami siapkan, mengingat lokasi ditempuh dengan speedboat dari Kota Bangun. Surat undangan resmi sudah kami antar ke kantor bupati minggu lalu.\n\nTerima kasih.\n\nHormat kami,\nSyahrani\nKetua Panitia\n0852-xxxx-xxxx",
    ),
    Case(
        "email",
        "prokom",
        "Selamat siang Humas Pemkab Kukar,\n\nSaya Bayu Saputra, jurnalis media daring lokal di Tenggarong. Saya sedang menulis laporan tentang keterlambatan pencairan beasiswa kabupaten yang dikeluhkan banyak mahasiswa asal Kukar. Untuk keberimbangan berita, saya mohon kesempatan wawancara singkat dengan Bapak Bupati, atau tanggapan resmi tertulis dari pimpinan, paling lambat Jumat ini.\n\nSudah tiga kali saya menghubungi nomor yang tercantum di situs resmi tetapi tidak diangkat. Mohon informasi kepada siapa permintaan wawancara pimpinan seharusnya diajukan.\n\nTerima kasih.\n\nSalam,\nBayu Saputra\nReporter\n0811-xxxx-xxxx",
    ),
    Case(
        "whatsapp",
        "prokom",
        "Min, postingan IG resmi Pemkab kemarin soal kunjungan bupati ke desa kami salah tulis, ditulis Desa Muara Siran padahal itu Desa Sedulang, fotonya jg foto acara tahun lalu. Warga kami pd protes di kolom komentar tp komennya malah dihapus. Tolong dikoreksi ya min postingannya, jgn dihapus komennya warga.",
    ),
    Case(
        "whatsapp",
        "prokom",
        "Assalamualaikum warahmatullahi wabarakatuh. Kami pengurus Masjid Nurul Huda Desa Perangat Baru, Marangkayu. Alhamdulillah pembangunan masjid kami sdh selesai dan insya Allah akan diresmikan tgl 8 Maret 2026. Kami ingin sekali Bapak Bupati berkenan hadir meresmikan & menandatangani prasasti. Undangannya harus disampaikan ke mana ya dan berapa lama sebelumnya? Kami tdk minta bantuan dana, hanya berharap kehadiran beliau. Terima kasih.",
    ),
    Case(
        "whatsapp",
        "prokom",
        "Selamat siang kak. Kami dari BEM salah satu kampus di Tenggarong. Sdh 2x kami kirim surat minta ketemu pak Bupati utk diskusi soal transportasi mahasiswa dari kecamatan, tp gk pernah ada jawaban, ditanya di kantor katanya 'tunggu dihubungi'. Sebenarnya prosedurnya gmn ya biar bisa ketemu beliau? Kami cuma minta waktu 30 menit.",
    ),
    Case(
        "whatsapp",
        "prokom",
        "Pak/Bu, sy guru di SMP Negeri di Muara Muntai. Sekolah kami mau adakan pelepasan siswa bulan Juni dan anak2 ingin sekali ada ucapan dari Pak Bupati. Kalau beliau tdk bisa hadir krn jauh, apakah bisa minta video sambutan singkat utk diputar di acara? Caranya gmn ya? Makasih 🙏",
    ),
    Case(
        "web",
        "prokom",
        "Foto saya dan anak saya yang sedang antre bantuan banjir dipakai sebagai gambar utama di postingan dan baliho Pemkab Kukar tentang keberhasilan penanganan banjir, tanpa pernah meminta izin kepada kami. Wajah anak saya terlihat jelas dan sekarang jadi bahan ejekan teman-temannya di sekolah. Saya meminta agar foto tersebut diturunkan dari akun resmi dan tidak dipakai lagi dalam publikasi apa pun.",
    ),
    Case(
        "web",
        "prokom",
        "Kami sanggar tari dari Kelurahan Timbau yang tampil pada upacara peringatan hari jadi Kukar di Stadion Rondong Demang. Siaran langsungnya di kanal YouTube resmi sekarang sudah tidak bisa diputar ulang. Kami ingin meminta rekaman video dan foto dokumentasi penampilan anak-anak kami untuk arsip sanggar dan untuk diunggah ke akun kami dengan mencantumkan sumbernya. Kepada siapa permintaan ini harus kami ajukan?",
    ),
    Case(
        "web",
        "prokom",
        "Kami dari manajemen Klinik Pratama Sehat Bersama di Loa Janan akan meresmikan klinik rawat inap kami pada bulan April 2026. Kami ingin mengundang Bapak Bupati untuk menggunting pita dan memberikan sambutan. Sebelum mengirim surat resmi, kami ingin tahu ketentuan yang biasa diminta, misalnya berapa lama undangan harus masuk sebelum acara, apakah perlu mengirim susunan acara dan daftar tamu, dan apakah ada tim yang akan survei lokasi lebih dulu.",
    ),
    Case(
        "sms",
        "prokom",
        "Mohon info jadwal audiensi dgn pak bupati, kami kelompok nelayan Muara Badak sdh kirim surat 2 mgg lalu blm ada jawaban. Hp 0853xxxxxxxx",
    ),
    Case(
        "sms",
        "prokom",
        "KAMI MAU UNDANG PAK BUPATI KE ACARA PANEN RAYA DESA SUMBER SARI LOA KULU BLN DEPAN. HRS HUBUNGI SIAPA YA??",
    ),
    Case(
        "telegram",
        "prokom",
        "Izin bertanya admin, naskah sambutan pak Bupati waktu upacara HUT Kukar kemarin apa bisa diminta ya? Sy mahasiswa lagi nulis tugas tentang arah pembangunan daerah, mau kutip langsung dari pidatonya biar gk salah. Kalau ada di website mana ya? 🙏",
    ),
    Case(
        "telegram",
        "prokom",
        "Admin, kenapa ya undangan liputan acara bupati skrg cuma dikirim ke media2 tertentu aja? Kemarin peresmian jembatan di Muara Kaman kami media lokal gk dapat info sama sekali, rilisnya pun baru keluar sorenya. Mohon daftar media yg diundang liputan diperbarui, kami sdh terverifikasi Dewan Pers.",
    ),
    Case(
        "twitter",
        "prokom",
        "@PemkabKukar min akun ini isinya foto pak bupati gunting pita terus, pertanyaan warga di kolom komentar gak pernah dibales satupun. akun resmi pimpinan itu buat ngobrol sama warga juga kan, bukan cuma galeri foto",
    ),
]

_PERENCANAAN_KEUANGAN = [
    Case(
        "email",
        "perencanaan_keuangan",
        "Perihal: Permohonan pembayaran tagihan konsumsi rapat\n\nYth. Bapak/Ibu di Sekretariat Daerah Kab. Kutai Kartanegara,\n\nDengan hormat,\n\nKami Catering Dapur Bunda, Tenggarong, telah menyediakan konsumsi (snack dan makan siang) untuk rapat-rapat di Kantor Bupati selama bulan Oktober sampai Desember 2025 berdasarkan pesanan dari beberapa bagian di Setda. Seluruh tagihan beserta nota dan daftar hadir sudah kami serahkan pada awal Desember 2025 dengan total Rp47.350.000.\n\nHingga pertengahan Februari 2026 tagihan tersebut belum dibayarkan. Ketika kami menanyakan, kami disarankan menunggu karena pergantian tahun anggaran, namun tidak ada kepastian waktunya. Kami usaha kecil dengan 6 karyawan; modal kami tertahan dan kami sudah harus berutang untuk membeli bahan.\n\nKami mohon kejelasan kapan tagihan tersebut akan dibayar dan apakah ada dokumen yang masih kurang dari pihak kami.\n\nHormat kami,\nHj. Nurhayati\nPemilik Catering Dapur Bunda\n0811-xxxx-xxxx",
    ),
    Case(
        "email",
        "perencanaan_keuangan",
        "Subject: Honorarium narasumber bimtek 18 November 2025\n\nYth. Panitia/Bendahara Sekretariat Daerah Kukar,\n\nSaya diundang sebagai narasumber pada bimbingan teknis penyusunan produk hukum daerah yang diselenggarakan Sekretariat Daerah pada 18 November 2025 di Tenggarong. Saat itu saya telah menandatangani daftar terima honor dan menyerahkan fotokopi NPWP serta nomor rekening. Hingga saat ini honorarium dan penggantian transport belum saya terima.\n\nMohon dicek apakah ada kendala administrasi, dan jika ada dokumen yang perlu saya lengkapi, saya siap mengirimkannya.\n\nTerima kasih.\n\nSalam hormat,\nDr. Rahmat Hidayat, S.H., M.H.\nDosen Fakultas Hukum, Samarinda",
    ),
    Case(
        "email",
        "perencanaan_keuangan",
        "Re: TPP Januari-Februari\n\nYth. Bapak/Ibu,\n\nMohon maaf saya menanyakan kembali karena email sebelumnya belum dijawab. Kami pegawai di lingkungan Setda (ASN dan PPPK) sampai hari ini belum menerima tambahan penghasilan bulan Januari dan Februari 2026, sementara teman-teman di dinas lain sudah menerima minggu lalu. Banyak rekan yang sudah mengandalkan TPP untuk cicilan.\n\nMohon informasi apa kendalanya dan perkiraan kapan dibayarkan, supaya kami bisa menjelaskan kepada keluarga masing-masing.\n\nTerima kasih.\n\nHormat saya,\nAhmad Fauzi\nStaf Setda Kab. Kukar\n\n> -----Original Message-----\n> From: Ahmad Fauzi\n> Sent: 2 Februari 2026\n> Subject: TPP Januari-Februari\n> Mohon info pembayaran TPP Setda bulan Januari.",
    ),
    Case(
        "whatsapp",
        "perencanaan_keuangan",
        "Selamat siang pak. Sy pemilik rental mobil di Tenggarong Seberang. Bln November kemarin 2 unit mobil sy disewa Setda selama 10 hari buat kunjungan ke kecamatan2 hulu. Mobil udh dipakai, sopir sy jg ikut, tp sampai skrg uang sewanya blm dibayar. Sy tanya ke bagian yg pesan katanya tunggu pencairan. Tolong dibantu pak, cicilan mobil sy jalan terus.",
    ),
    Case(
        "whatsapp",
        "perencanaan_keuangan",
        "Pak/Bu, mohon izin bertanya. Sy staf di salah satu bagian Setda, perjalanan dinas ke Jakarta tgl 10-13 Nov 2025 sampai skrg biaya tiket & hotelnya blm diganti. Semua bukti sdh sy serahkan sejak 20 Nov. Total hampir 9 jt, sy pakai uang pribadi dulu. Kapan kira2 bisa dibayarkan ya? Terima kasih.",
    ),
    Case(
        "whatsapp",
        "perencanaan_keuangan",
        "Assalamualaikum min. Sy tenaga kontrak di Setda kantor bupati, gaji bulan Januari sm Februari blm masuk sama sekali. Temen2 sesama honorer di dinas lain udh terima. Kami nanya ke atasan jawabnya masih proses. Kami ini gajinya pas2an min, anak sekolah. Mohon infonya kapan cair.",
    ),
    Case(
        "whatsapp",
        "perencanaan_keuangan",
        "Pak sy pemilik percetakan di Jl. Imam Bonjol Tenggarong. Akhir tahun kemarin kami cetak spanduk, baliho & buku agenda utk acara di kantor bupati, yg pesan staf Setda. Nota sdh diserahkan, tp tiap ditanya dilempar2, bagian A bilang ke bagian B, bagian B bilang tanya keuangan. Total 23 jt blm dibayar. Sy cuma mau tau kapan dibayar & ke siapa sy harus nagih.",
    ),
    Case(
        "web",
        "perencanaan_keuangan",
        "Pembayaran atas pekerjaan pemeliharaan AC di Kantor Bupati untuk bulan Desember 2025 sudah kami terima pada 6 Februari 2026, namun jumlahnya berkurang lebih besar dari perkiraan. Setelah kami hitung, potongan PPh yang dikenakan 4%, padahal usaha kami memiliki surat keterangan tarif 0,5% yang sudah kami lampirkan di berkas tagihan. Kami juga belum menerima bukti potong pajaknya. Mohon pengecekan atas potongan tersebut dan pengiriman bukti potongnya.",
    ),
    Case(
        "web",
        "perencanaan_keuangan",
        "Saya bendahara pembantu salah satu bagian di Setda. Laporan pertanggungjawaban kegiatan bulan Januari sudah tiga kali dikembalikan, setiap kali dengan alasan berbeda: pertama soal format kuitansi, kemudian soal tanda tangan, terakhir soal daftar hadir yang harus asli. Akibatnya pengajuan uang kegiatan berikutnya tertahan dan kegiatan bulan Februari terancam tidak bisa dilaksanakan. Kami mohon ada daftar kelengkapan SPJ yang baku untuk tahun 2026 dan batas waktu pemeriksaan yang jelas.",
    ),
    Case(
        "web",
        "perencanaan_keuangan",
        "Kami anggota tim penyusun rancangan peraturan bupati yang dibentuk dengan SK Sekda tahun 2025. Tim sudah bekerja sejak Juni dan rancangannya sudah diserahkan, namun honor tim yang tercantum dalam SK belum dibayarkan sama sekali. Sebagian anggota tim berasal dari luar pemerintahan (akademisi dan tokoh masyarakat dari Loa Kulu dan Sebulu). Mohon penjelasan kapan honor tim tersebut dibayarkan.",
    ),
    Case(
        "sms",
        "perencanaan_keuangan",
        "Pak tagihan CV kami utk pengadaan ATK di Setda sdh 4 bln blm dibayar, brg sdh diterima lengkap & BAST sdh ttd. mohon kepastian",
    ),
    Case(
        "sms",
        "perencanaan_keuangan",
        "uang harian perjadin kami ke samarinda bln lalu kok cuma dibayar separuh, aturannya gmn ya? staf setda",
    ),
    Case(
        "telegram",
        "perencanaan_keuangan",
        "Admin, ada info gk TPP pegawai Setda bulan Maret kapan cair? dinas lain katanya udh. Grup sebelah jg pd nanya 😅",
    ),
    Case(
        "telegram",
        "perencanaan_keuangan",
        "Min izin, uang lembur kami staf yg persiapan acara HUT Kukar kemarin (kerja sampai malam 2 minggu) blm dibayar sampai skrg. Surat perintah lemburnya ada, daftar hadir ada. Ke siapa kami tanyakan ya? 🙏",
    ),
    Case(
        "twitter",
        "perencanaan_keuangan",
        "@PemkabKukar katanya dukung UMKM lokal, sewa sound system utk acara di kantor bupati Desember lalu blm dibayar sampe skrg. modal kami yg kecil ini abis min. kapan dibayar?",
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
