# ruff: noqa: E501
"""Blind set written 2026-12-07 (thirty-second of the day) for issue 16: follow-ups and second attempts: people writing again after no answer or a wrong one, sent from office to office and retelling the journey, quoting an earlier reply, complaining of one thing and asking for another, describing an unrelated background at length; women, the elderly, young people, farmers, fishers, traders, teachers, workers, vendors, village officials. 15 cases per section; per section 4 email, 3 whatsapp, 3 web, 2 sms, 2 telegram, 1 twitter (48 email, 36 each of whatsapp and web, 24 each of sms and telegram, 12 twitter). Written by two helper sessions, six sections each, with the same instructions, and joined into this file unread.

Written without reading config.yaml, routing/ or tests/routing/; each case is labelled only from
the mandates in docs/sections.md.

Scored ONCE, blind, with the rules of main 8842846 (this file committed unread in that commit;
after the tuning on 2026-12-07y, z, ab, aa, ac, ad and ae), on 2026-12-08 at 00:54 UTC: 163/180
correct = 90.6% (Wilson 95% interval 85.4%-94.0%), no fallback. Per channel: email 44/48 =
91.7%, sms 23/24, telegram 21/24, twitter 11/12, web 33/36, whatsapp 31/36. The rules of 5fbef44
(the session's start) place 153/180 = 85.0% (email 41/48).
The errors (index in CASES, label -> got): #3 pemerintahan -> prokom, #46 kerjasama ->
pemerintahan, #47 kerjasama -> sda, #50 kerjasama -> prokom, #53 kerjasama -> adpem, #54
kerjasama -> adpem, #59 kerjasama -> organisasi, #63 perekonomian -> perencanaan_keuangan, #73
perekonomian -> adpem, #111 pbj -> pemerintahan, #124 organisasi -> perekonomian, #126
organisasi -> sda, #127 organisasi -> perekonomian, #131 organisasi -> pemerintahan, #139 umum
-> organisasi, #148 umum -> kesra, #178 perencanaan_keuangan -> prokom.
"""

from __future__ import annotations

from tests.routing.case import Case

_PEMERINTAHAN = [
    Case(
        "email",
        "pemerintahan",
        "Yth. Bapak/Ibu di Sekretariat Daerah Kutai Kartanegara,\n\nIni email kedua saya. Email pertama saya kirim tanggal 3 Februari 2025 dan sampai hari ini, 17 Maret 2025, belum ada balasan sama sekali.\n\nSaya Suyatno, 67 tahun, pensiunan guru SD, tinggal di RT 05 Desa Sumber Sari, Kecamatan Sebulu. Sejak Oktober 2024 Kepala Desa kami hampir tidak pernah masuk kantor desa. Musyawarah desa untuk menyusun rencana kerja 2025 tidak pernah diadakan, padahal BPD sudah dua kali bersurat. Warga yang perlu tanda tangan kades harus menyusul ke rumahnya di Tenggarong.\n\nSaya sudah mendatangi Kantor Camat Sebulu pada 12 Desember 2024; kata staf di sana, camat hanya bisa menegur secara lisan. Lalu saya ke Dinas Pemberdayaan Masyarakat dan Desa di Tenggarong pada 8 Januari 2025, dan di sana saya disarankan menyurat ke Setda karena pembinaan kepala desa dikoordinasikan di kantor Bupati.\n\nMohon Bapak/Ibu menindaklanjuti: panggil dan bina kepala desa kami, atau beri tahu kami langkah resmi bila warga ingin mengusulkan pemberhentiannya.\n\nHormat saya,\nSuyatno\nHP 0812-5544-3107",
    ),
    Case(
        "email",
        "pemerintahan",
        "Kepada Yth. Sekretariat Daerah Kab. Kutai Kartanegara\n\nDengan hormat,\nSaya Rahmawati, pedagang sayur di pasar kecil Loa Ipuh, warga RT 14 Kelurahan Loa Ipuh, Tenggarong. Saya menulis karena jawaban yang kami terima dari kelurahan tidak menyelesaikan masalah.\n\nKetua RT kami yang lama meninggal dunia bulan November 2024. Tanpa rapat warga, pada Januari 2025 keluar SK Lurah yang menetapkan ipar almarhum sebagai ketua RT yang baru. Kami 38 kepala keluarga membuat surat keberatan tertanggal 20 Januari 2025. Balasan lurah tanggal 5 Februari 2025 berbunyi: “Penetapan ketua RT merupakan kewenangan Lurah dan sudah sesuai prosedur.” Tidak dijelaskan prosedur yang mana.\n\nSaya sudah bertanya ke Kantor Kecamatan Tenggarong, katanya memang ada aturannya, tetapi petugasnya tidak bisa menjelaskan. Yang kami minta sederhana: tolong jelaskan bagaimana seharusnya tata cara memilih ketua RT di kelurahan, dan apakah SK tersebut bisa ditinjau ulang supaya warga bisa memilih sendiri.\n\nTerima kasih.\nRahmawati\nJl. Gunung Belah, RT 14, Loa Ipuh",
    ),
    Case(
        "email",
        "pemerintahan",
        "Yth. Bapak Sekretaris Daerah Kutai Kartanegara\n\nSaya Muhammad Ridwan, Sekretaris Desa Bakungan, Kecamatan Loa Janan. Sebelum ke pokok masalah, izinkan saya bercerita sedikit. Saya sudah 11 tahun menjadi perangkat desa, dulu sebagai Kaur Umum, sejak 2021 sebagai sekdes. Warga desa kami sebagian besar petani karet dan buruh tambang, dan dalam lima tahun terakhir banyak pendatang membeli kavling di sepanjang jalan poros Samarinda–Tenggarong.\n\nKarena banyak kavling baru itulah muncul masalah: garis batas antara Desa Bakungan dan Desa Tani Bhakti di sekitar km 14 tidak pernah dipasangi patok. Sekarang ada sekitar 60 rumah yang KTP-nya Bakungan tetapi surat tanahnya diterbitkan Tani Bhakti, dan sebaliknya. Dua kali warga hampir bentrok saat pembagian bantuan.\n\nKami sudah bersurat ke Setda pada 14 Agustus 2023 (Nomor 140/87/DS-BKG/VIII/2023). Balasannya tertanggal 2 Oktober 2023 menyebutkan “akan dijadwalkan kegiatan penegasan batas pada tahun anggaran 2024”. Tahun 2024 sudah lewat dan tim tidak pernah turun. Kami juga sudah menanyakan ke Camat Loa Janan, yang menyarankan kami menyurat ulang.\n\nMohon kepastian jadwal penegasan dan pemasangan pilar batas antara kedua desa pada tahun 2025 ini.\n\nHormat kami,\nMuhammad Ridwan\nSekdes Bakungan",
    ),
    Case(
        "email",
        "pemerintahan",
        "Selamat siang,\n\nNama saya Dimas Arya Pratama, 21 tahun, mahasiswa semester 6 di Samarinda, asal Desa Muara Pantuan, Kecamatan Anggana. Saya menulis mewakili keluarga dan beberapa warga.\n\nPada pemilihan kepala desa serentak November 2024, paman saya, Bapak Hasanuddin, dicoret panitia dari daftar calon dengan alasan tidak memenuhi syarat domisili, padahal beliau tinggal di desa ini sejak lahir; yang berbeda hanya alamat di KTP lama sebelum pemutakhiran data. Kami sudah mengajukan keberatan ke panitia desa dan BPD (dijawab “keputusan panitia bersifat final”), lalu ke Kantor Camat Anggana, lalu ke DPMD Kukar. DPMD mengatakan perselisihan hasil pemilihan diputuskan oleh Bupati dan berkasnya diproses di Setda.\n\nSampai sekarang kami tidak tahu apakah keberatan kami sudah diterima atau belum, sementara kades terpilih sebentar lagi dilantik. Mohon informasi: apakah berkas keberatan kami (diserahkan ke DPMD 9 Desember 2024) sudah sampai di Setda, dan bagaimana tahapan penyelesaiannya?\n\nTerima kasih,\nDimas\n0853-4711-2290",
    ),
    Case(
        "whatsapp",
        "pemerintahan",
        "Assalamualaikum pak/bu. Saya Pak Darmin, petani sawit kecil di Desa Jembayan Tengah, Loa Kulu. Umur sudah 70 jadi maaf kalau tulisannya kurang rapi, ini diketik cucu. Kades kami sudah 4 bulan tidak ada di desa, katanya sakit dan berobat di Surabaya, tapi tidak ada penunjukan siapa yang menggantikan. Surat2 warga numpuk, sekdes bilang tidak berani tanda tangan. Kemarin saya mau urus surat keterangan untuk jual kebun, ditolak. Pak camat bilang sudah lapor ke atas. Mohon pak, ditunjuk saja pelaksana tugas kades supaya desa jalan lagi. Terima kasih",
    ),
    Case(
        "whatsapp",
        "pemerintahan",
        "Selamat pagi. Saya Arsyad, petambak udang windu di Sungai Tiram, Anggana. Tambak saya ±3 ha. Tahun lalu Desa Sepatin yang keluarkan surat keterangan garapan, tahun ini Desa Tani Baru juga suruh saya daftar ulang di desa mereka, katanya lokasi itu masuk wilayah Tani Baru. Saya bingung mau ikut yg mana, dua2nya minta fotokopi KTP dan tanda tangan. Sudah tanya ke kecamatan Anggana, katanya petanya belum jelas. Saya cuma mau tau resminya tambak saya masuk desa mana. Sudah 2 kali saya WA nomor ini bulan Januari tidak dibalas 🙏",
    ),
    Case(
        "whatsapp",
        "pemerintahan",
        "Halo admin, saya Ibu Yuliana, ibu rumah tangga, tinggal di Perumahan Griya Jahab Permai, Kelurahan Jahab, Tenggarong. Sampah di perumahan kami juga sudah 2 minggu tidak diangkut, tapi itu nanti saja. Yang paling penting: kami sudah 2 tahun menempati perumahan ini, ada 112 rumah, tapi belum punya RT sendiri. Kami masih numpang di RT 09 yg ketuanya tinggal 3 km dari sini. Tiap urus surat pengantar KK, akta, pindah sekolah anak, harus ke sana. Sudah ajukan ke kelurahan bulan Agustus 2024 dengan tanda tangan 80 KK, jawabannya 'tunggu penataan RT tahun depan'. Tolong dibantu agar RT baru di perumahan kami segera dibentuk. Makasih",
    ),
    Case(
        "web",
        "pemerintahan",
        "Perkenalkan, saya Hj. Nurhayati, guru kelas di sebuah SD negeri di Kecamatan Kenohan, sudah mengajar 19 tahun. Setiap hari saya naik perahu dari Dusun Teluk Bayur menyeberang ke sekolah; kalau air Danau Semayang surut, perjalanan bisa lebih dari satu jam. Murid saya kebanyakan anak nelayan danau, banyak yang bolos saat musim ikan.\n\nSaya menulis bukan soal sekolah, tetapi soal dusun kami. Warga Dusun Teluk Bayur (sekitar 420 jiwa) sejak 2022 mengusulkan agar dusun kami dimekarkan menjadi desa sendiri, terpisah dari desa induk yang kantornya jauh di seberang. Proposal dan tanda tangan warga sudah diserahkan ke kecamatan dan kabarnya diteruskan ke kabupaten pada Maret 2023. Sejak itu tidak ada kabar. Mohon informasi sampai di mana proses usulan desa persiapan kami dan apa kekurangan berkasnya.",
    ),
    Case(
        "web",
        "pemerintahan",
        "Tindak lanjut pengaduan saya nomor tiket ADU-2024-11-0452 yang statusnya ditutup 'selesai' padahal tidak ada penyelesaian.\n\nMasa jabatan anggota BPD Desa Loh Sumber, Kecamatan Loa Kulu, berakhir Juli 2024. Pengisian anggota BPD baru sudah dilaksanakan lewat musyawarah perwakilan wilayah pada 21 September 2024, tetapi sampai hari ini (Februari 2025) SK peresmian dari Bupati belum terbit, sehingga BPD lama dan BPD baru sama-sama merasa berhak. Akibatnya APBDes 2025 belum bisa disepakati dan pembangunan desa terhenti. Dalam balasan tiket sebelumnya hanya ditulis: “Pengaduan telah diteruskan ke instansi terkait.” Instansi mana? Mohon dipastikan kapan SK peresmian anggota BPD baru ditandatangani.\n\nSupriadi, tokoh masyarakat RT 03 Loh Sumber",
    ),
    Case(
        "web",
        "pemerintahan",
        "Saya Frans Lumban Gaol, karyawan kontraktor migas, tinggal di Desa Kersik, Kecamatan Marangkayu. KTP dan KK saya beralamat Kersik, Marangkayu, tetapi SPPT PBB tanah saya tercatat di Desa Badak Baru, Kecamatan Muara Badak. Ketika mau balik nama sertifikat, BPN meminta keterangan dari desa tempat tanah berada, dan kedua kepala desa saling lempar.\n\nSaya sudah ke Disdukcapil (katanya bukan urusan mereka), ke Bapenda soal PBB (katanya ikut data desa), ke Kantor Camat Marangkayu, lalu ke Kantor Camat Muara Badak. Kedua camat mengatakan garis batas kecamatan di sekitar jalan poros ke Bontang belum final. Mohon Pemkab menjelaskan batas resmi kedua kecamatan di lokasi ini, supaya saya tahu harus mengurus ke desa dan kecamatan mana.",
    ),
    Case(
        "sms",
        "pemerintahan",
        "Sy sdh 2x sms ke no ini blm ada blsn. Kades Loleng (Kota Bangun) berhentikan 3 perangkat desa tgl 6 Jan tanpa rekomendasi camat, diganti keluarganya sendiri. Mhn ditinjau. Ahmad, Kaur Keuangan yg diberhentikan",
    ),
    Case(
        "sms",
        "pemerintahan",
        "Pak, hsl hitung suara pemilihan kades Desa Perian (Muara Muntai) selisih 4 suara, kotak suara tdk disegel. Calon kami minta hitung ulang tp panitia tolak. Kmn kami mengadu? Camat suruh ke Tenggarong. Trm ksh",
    ),
    Case(
        "telegram",
        "pemerintahan",
        "Selamat malam bapak/ibu. Saya Lukas Ngau, 49 tahun, peladang dan pencari gaharu dari salah satu desa di hulu Sungai Belayan, Kecamatan Tabang. Izinkan saya cerita sedikit: dari kampung kami ke ibu kota kecamatan butuh 6–8 jam dengan longboat, biaya BBM sekali jalan Rp 1,5 juta. Untuk urusan surat pindah atau rekomendasi camat saja, warga bisa habis seminggu dan jutaan rupiah. Kalau air surut, perahu tidak bisa lewat sama sekali.\n\nKarena itu sejak 2021 tujuh desa di hulu mengusulkan pembentukan kecamatan baru. Berkas usulan dan kesepakatan para kepala desa sudah diserahkan ke Bupati lewat camat. Waktu reses, anggota DPRD dari dapil kami bilang berkasnya ada di Setda. Mohon kami diberi kabar: sudah sampai tahap mana usulan pemekaran kecamatan ini, dan apa yang masih harus kami lengkapi.",
    ),
    Case(
        "telegram",
        "pemerintahan",
        "Ini pesan lanjutan dari saya, Rusdi, Ketua BPD Desa Embalut, Tenggarong Seberang. Sebelumnya saya kirim lewat email tgl 10 Januari, belum ada jawaban. Ringkasnya: tanah ±2 ha bekas tanah kas desa yang dipakai untuk lapangan bola dan posyandu di perbatasan Embalut–Bukit Pariaman diklaim oleh kedua desa. Bulan lalu pemdes tetangga memasang plang 'Aset Desa Bukit Pariaman' dan melarang kegiatan warga kami di situ. Camat sudah memediasi 2x, gagal. Kami minta kabupaten turun memfasilitasi penyelesaian sengketa tanah antardesa ini sebelum terjadi keributan.",
    ),
    Case(
        "twitter",
        "pemerintahan",
        "@PemkabKukar @setdakukar sudah 3 bulan desa kami di Muara Kaman tanpa kades definitif, Pj-nya ASN kecamatan yg datang sebulan sekali. Kapan pemilihan kades antarwaktu diadakan? Mention ke-2 ini, yg pertama dicuekin 🙏 #Kukar",
    ),
]

_KESRA = [
    Case(
        "email",
        "kesra",
        "Yth. Sekretariat Daerah Kutai Kartanegara,\n\nSaya Siti Aminah, ibu dari Nabila Putri Ramadhani, mahasiswi Fakultas Keperawatan Universitas Mulawarman angkatan 2022. Ini sudah kali ketiga saya menanyakan hal yang sama, dan laman pengumumannya pun sering tidak bisa dibuka.\n\nAnak saya mendaftar program bantuan biaya pendidikan Pemkab Kukar tahun 2024 dan di laman pengumuman statusnya “Lolos Verifikasi Tahap II”. Bulan Oktober 2024 saya mengirim email dan mendapat jawaban: “Dana sedang dalam proses pencairan tahap II, mohon bersabar.” Desember saya datang langsung ke Dinas Pendidikan dan Kebudayaan, tetapi di sana dikatakan bahwa bantuan untuk mahasiswa tidak lagi di dinas, melainkan ditangani di kantor Bupati. Sekarang sudah Maret 2025; teman-teman seangkatan Nabila sudah menerima, sedangkan rekening anak saya belum ada transfer sama sekali.\n\nSaya hanya pedagang kue di Kelurahan Timbau, uang semester Rp 4.200.000 terpaksa kami pinjam. Mohon dicek apakah nama anak saya benar masuk daftar penerima dan kapan dananya masuk.\n\nHormat saya,\nSiti Aminah",
    ),
    Case(
        "email",
        "kesra",
        "Assalamu'alaikum wr. wb.\n\nKami pengurus Masjid Nurul Huda, RT 07 Desa Bhuana Jaya, Kecamatan Tenggarong Seberang. Atap masjid kami bocor di banyak titik dan kusen jendela sudah lapuk dimakan rayap; setiap hujan jamaah salat Jumat harus menggeser saf.\n\nRiwayat pengajuan kami: proposal rehabilitasi senilai Rp 180 juta diserahkan pertama kali April 2023 ke Kantor Bupati. Karena tidak ada kabar, kami bertanya ke Kantor Kemenag Kukar, yang menjawab bahwa bantuan fisik dari Pemkab bukan urusan mereka. Kami lalu ke Bappeda, dan di sana disuruh bertanya ke Setda. Tahun 2024 kami mengajukan ulang dengan proposal yang diperbarui beserta foto kerusakan, tetapi sampai sekarang belum ada verifikasi lapangan.\n\nMohon informasi apakah proposal kami tercatat, apa kekurangan persyaratannya, dan apakah masjid kami dapat masuk daftar bantuan tahun 2025.\n\nWassalam,\nH. Abdul Karim (Ketua Takmir)\nSyamsul Bahri (Sekretaris)",
    ),
    Case(
        "email",
        "kesra",
        "Yth. Bapak/Ibu,\n\nSaya Ustadzah Halimah, 63 tahun, mengajar mengaji anak-anak di TPA Al-Falah, Kelurahan Baru, Tenggarong, sejak tahun 1998. Sejak 2019 saya rutin menerima insentif guru mengaji dari Pemkab melalui rekening Bankaltimtara. Tetapi sejak Juli 2024 insentif itu tidak pernah masuk lagi.\n\nSaya sudah bertanya ke kelurahan, dan jawabannya lewat pesan: “Mohon maaf Bu, nama Ibu tidak tercantum dalam SK penerima tahun 2024.” Padahal saya masih mengajar dan data saya tidak berubah. Teman saya sesama pengajar di TPA yang sama tetap menerima.\n\nSaya tidak menuntut banyak, hanya mohon dicek mengapa nama saya hilang dari daftar dan bagaimana caranya agar saya dimasukkan kembali untuk tahun 2025. Fotokopi KTP dan surat keterangan mengajar dari ketua TPA saya lampirkan.\n\nTerima kasih,\nHalimah",
    ),
    Case(
        "email",
        "kesra",
        "Kepada Yth. Setda Kukar\n\nKami dari Majelis Taklim Nurul Iman, Desa Sungai Meriam, Kecamatan Anggana, beranggotakan 54 ibu-ibu. Surat ini tanggapan atas jawaban yang kami terima tanggal 18 Februari 2025.\n\nNama kelompok kami tercantum dalam lampiran keputusan penerima hibah tahun 2024 dengan nilai Rp 25.000.000 untuk pengadaan pengeras suara, tikar, dan kegiatan pelatihan. Namun yang masuk ke rekening kelompok pada Desember 2024 hanya Rp 15.000.000. Ketika kami tanyakan, jawaban yang kami terima: “Nilai hibah disesuaikan dengan ketersediaan anggaran.” Kalau memang disesuaikan, mengapa lampiran keputusan tidak diubah, dan mengapa laporan pertanggungjawaban yang diminta dari kami tetap Rp 25 juta?\n\nKami mohon penjelasan tertulis mengenai selisih Rp 10 juta tersebut dan apakah laporan kami cukup dibuat sesuai dana yang benar-benar diterima.\n\nHormat kami,\nHj. Masitah (Ketua)\nRina Oktaviani (Bendahara)",
    ),
    Case(
        "whatsapp",
        "kesra",
        "Assalamualaikum. Maaf mengganggu. Saya Usman, nelayan danau di Desa Jantur, Muara Muntai. Sehari2 saya cari ikan patin dan baung, kalau kemarau air danau kering jadi saya ikut kerja angkut kayu. Anak saya Rahmat kuliah di Politeknik Pertanian Samarinda semester 4. Dia daftar bantuan kuliah dari Pemkab tahun ini tapi ditolak, alasannya 'IPK tidak memenuhi', padahal IPK nya 3,41. Sepertinya yg dimasukkan data semester 1 (2,9). Kami sudah kirim transkrip baru lewat email tapi tidak ada balasan. Mohon bisa diperiksa ulang pak 🙏",
    ),
    Case(
        "whatsapp",
        "kesra",
        "Selamat siang pak/bu, saya Aisyah Nur Fadilah, 17 thn, pelajar MAN di Loa Kulu. Saya juara 2 tilawah remaja putri di musabaqah tingkat kabupaten bulan Agustus 2024. Sampai sekarang uang pembinaan belum saya terima. Waktu itu panitia bilang ditransfer sebulan setelah acara. Sudah tanya ke panitia kecamatan Loa Kulu katanya dari kabupaten, sudah tanya ke LPTQ katanya sudah diajukan. Teman saya juara 1 cabang tahfiz juga belum. Mohon infonya kapan cair ya pak. Terima kasih",
    ),
    Case(
        "whatsapp",
        "kesra",
        "Assalamualaikum. Saya Pak Sahrani (66) dan istri Ibu Jamilah (61), pedagang kelontong di Kota Bangun. Alhamdulillah kami masuk daftar berangkat haji tahun 2025 lewat embarkasi Balikpapan. Anak kami di Jakarta minta kami tanya: apa benar Pemkab Kukar menyediakan bis dari Tenggarong ke asrama haji Balikpapan dan ada pendamping untuk jemaah lansia? Waktu manasik di KUA dibilang nanti ada info dari kabupaten, tapi sampai sekarang belum ada. Kami tinggal jauh, kalau harus sewa mobil sendiri kami perlu siap2 dari sekarang. Mohon info pak 🙏",
    ),
    Case(
        "web",
        "kesra",
        "Syalom. Kami Majelis Jemaat GKII Kanaan, Desa Manunggal Jaya, Kecamatan Tenggarong Seberang. Ini pengaduan lanjutan atas laporan kami lewat formulir ini pada 9 Oktober 2024 yang belum direspons.\n\nGedung gereja kami (12 x 20 m) dibangun swadaya jemaat sejak 2019 dan baru selesai dinding serta atap; lantai dan plafon belum ada. Permohonan bantuan pembangunan sebesar Rp 150 juta sudah kami ajukan dua kali (Maret 2023 dan Februari 2024) dengan rekomendasi dari Kementerian Agama dan kepala desa. Kami dengar beberapa tempat ibadah lain di kecamatan yang sama sudah menerima pada 2024, sedangkan gereja kami tidak pernah dikunjungi tim verifikasi.\n\nKami mohon kepastian: apakah permohonan kami masih dalam antrean, dan dokumen apa lagi yang harus dilengkapi.\n\nPdt. Markus Lambe",
    ),
    Case(
        "web",
        "kesra",
        "Saya Wati Lestari, 38 tahun, buruh cuci dan setrika di Kelurahan Sangasanga Muara. Suami saya sudah meninggal dan saya menanggung 3 anak serta ibu saya yang sakit gagal ginjal. Selama ini iuran BPJS Kesehatan keluarga kami ditanggung Pemkab, tetapi bulan Januari 2025 waktu ibu saya mau cuci darah di RSUD AM Parikesit, kartunya dinyatakan tidak aktif.\n\nSaya sudah ke kantor BPJS di Tenggarong, disuruh ke Dinas Sosial; di Dinas Sosial disuruh ke Dinas Kesehatan; Dinas Kesehatan bilang data peserta yang dibiayai daerah sedang diverifikasi dan dikoordinasikan di kabupaten. Sudah tiga minggu saya bolak-balik naik ojek, ongkos habis lebih dari Rp 300 ribu.\n\nTolong bantu agar kepesertaan keluarga kami yang dibiayai Pemkab diaktifkan kembali. Ibu saya harus cuci darah dua kali seminggu.",
    ),
    Case(
        "web",
        "kesra",
        "Saya Jumadi, 58 tahun, sehari-hari tukang kayu dan sejak 2016 juga menjadi marbot Musala Al-Amin di Desa Loa Duri Ilir, Kecamatan Loa Janan. Insentif marbot dari Pemkab tahun 2024 hanya dibayar enam bulan (Januari–Juni). Juli sampai Desember tidak dibayar, padahal saya tetap bertugas membersihkan musala dan azan lima waktu. Pengurus desa bilang semua marbot di Loa Janan mengalami hal yang sama. Sudah saya tanyakan ke Kemenag, katanya itu program Pemkab, bukan Kemenag. Mohon kejelasan apakah sisa insentif enam bulan akan dibayarkan, dan kapan pendataan untuk tahun 2025 dimulai.",
    ),
    Case(
        "sms",
        "kesra",
        "Yth Setda, sy Rina mhs Unikarta smt 5. Bantuan biaya kuliah Pemkab 2024 tahap 2 blm masuk rek sy smp skrg. Sdh tny ke kampus, kt mrk tunggu dr Pemkab. Mhn infonya kpn. Trms",
    ),
    Case(
        "sms",
        "kesra",
        "Ass. Sy pengajar TPA di Desa Kembang Janggut. Pendaftaran insentif guru ngaji 2025 lwt mana? Thn lalu sy ketinggalan krn info tdk smp ke desa kami. Trima ksh",
    ),
    Case(
        "telegram",
        "kesra",
        "Om Swastiastu. Saya I Ketut Sudarma, petani padi di Desa Kerta Buana, Tenggarong Seberang, dan dipercaya menjadi ketua pengempon pura di desa kami. Orang tua kami datang ke sini sebagai transmigran tahun 1980-an dan membangun pura itu dengan gotong royong. Sekarang tembok penyengker dan bale kulkul retak karena tanahnya turun. Permohonan bantuan renovasi pertama kami kirim Januari 2024, dijawab petugas lewat telepon 'tunggu verifikasi'. Sampai sekarang tidak ada petugas yang datang. Mohon informasi status bantuan untuk pura kami. Om Shanti Shanti Shanti Om.",
    ),
    Case(
        "telegram",
        "kesra",
        "Selamat sore. Saya Nur Aini, pengurus Panti Asuhan Kasih Bunda di Kelurahan Mangkurawang, Tenggarong, yang sekarang mengasuh 37 anak. Tahun lalu kami mengajukan permohonan hibah untuk biaya makan dan perbaikan kamar mandi anak asuh. Petugas yang kami datangi bulan Mei bilang permohonan harus masuk sebelum Juni untuk tahun anggaran berikutnya, dan kami sudah memasukkan tgl 28 Mei 2024. Tapi di daftar penerima 2025 yang ditempel di kantor kecamatan, nama panti kami tidak ada. Mohon dijelaskan kenapa tidak lolos, dan apakah masih ada kesempatan tahun ini. Anak-anak sekarang makan dari sumbangan warga saja.",
    ),
    Case(
        "twitter",
        "kesra",
        "@setdakukar pengumuman penerima bantuan biaya kuliah S1 Kukar 2025 katanya Februari, sekarang udah April belum ada juga. Kami yang udah bayar UKT pakai pinjaman gimana min? Tolong kepastiannya 🙏",
    ),
]

_HUKUM = [
    Case(
        "email",
        "hukum",
        "Yth. Sekretariat Daerah Kabupaten Kutai Kartanegara,\n\nSaya Andi Rachmat, pengurus asosiasi pengusaha sarang burung walet di Muara Kaman. Ini email kedua saya; email pertama (27 Januari 2025) hanya dijawab balasan otomatis: “Terima kasih, pesan Anda akan kami proses dalam 3x24 jam kerja.”\n\nKami membutuhkan naskah lengkap Peraturan Daerah tentang Pajak Daerah dan Retribusi Daerah yang berlaku sejak 2024, termasuk lampiran tarif pajak sarang burung walet, serta peraturan bupati pelaksanaannya. Di situs dokumentasi peraturan Pemkab, tautan unduhannya rusak (error 404), dan di Bapenda kami hanya diberi fotokopi potongan halaman. Anggota kami perlu mempelajari dasar penetapan tarif yang sekarang ditagih.\n\nMohon dikirimkan salinan resmi kedua peraturan tersebut atau tautan yang berfungsi.\n\nSalam,\nAndi Rachmat",
    ),
    Case(
        "email",
        "hukum",
        "Dengan hormat,\n\nSaya Marlina, 34 tahun, buruh harian di gudang ikan asin di Muara Jawa. Suami saya, Rusli, ditahan di Polsek Muara Jawa sejak 2 Maret 2025 karena dituduh menadah handphone curian, padahal HP itu dibelinya dari teman kerja seharga Rp 600 ribu. Waktu saya menjenguk, petugas jaga membentak saya dan menyuruh pulang. Kami tidak punya uang untuk membayar pengacara.\n\nSaya sudah ke Dinas Sosial untuk minta surat keterangan tidak mampu, lalu ke pos bantuan di Pengadilan Negeri Tenggarong, tetapi di sana dikatakan perkaranya masih di kepolisian sehingga belum bisa dilayani. Seorang petugas di kantor kecamatan bilang Pemkab punya program pendampingan advokat gratis bagi warga miskin.\n\nMohon petunjuk bagaimana cara mendapatkan pendampingan pengacara dari program Pemkab itu, persyaratan apa yang harus saya bawa, dan ke alamat mana. Anak kami dua orang masih kecil dan saya bingung.\n\nHormat saya,\nMarlina\nRT 11 Kelurahan Muara Jawa Ulu",
    ),
    Case(
        "email",
        "hukum",
        "Yth. Bapak Sekretaris Daerah Kabupaten Kutai Kartanegara\n\nPerihal: Permohonan pelaksanaan putusan pengadilan (surat ketiga)\n\nSaya H. Bachtiar Effendi, pensiunan karyawan perusahaan kayu, pemilik tanah seluas 1.250 m2 di Kelurahan Melayu, Tenggarong, yang sejak 2016 dipakai untuk bangunan puskesmas pembantu tanpa pernah dibebaskan. Gugatan saya terhadap Pemerintah Kabupaten Kutai Kartanegara dikabulkan Pengadilan Negeri Tenggarong (Nomor 31/Pdt.G/2021/PN Trg), dikuatkan di tingkat banding dan kasasi, dan sudah inkracht sejak Juni 2023. Pemkab diwajibkan membayar ganti rugi Rp 875.000.000.\n\nSurat saya yang pertama (Oktober 2023) dijawab bahwa “pembayaran akan dianggarkan pada APBD Perubahan 2024”. Surat kedua (November 2024) tidak dijawab. Saya juga sudah menanyakan ke Dinas Kesehatan sebagai pemakai bangunan dan ke BPKAD; keduanya mengatakan penanganan perkara dan pelaksanaan putusan ada di Setda.\n\nMohon kepastian kapan Pemkab melaksanakan putusan tersebut. Jika tidak ada kejelasan, kami terpaksa mengajukan permohonan eksekusi ke pengadilan.\n\nHormat saya,\nH. Bachtiar Effendi",
    ),
    Case(
        "email",
        "hukum",
        "Kepada Yth. Setda Kukar\n\nKami Paguyuban Pedagang Kaki Lima Tepian Mahakam Tenggarong (±140 anggota). Dalam rapat dengar pendapat di DPRD tanggal 11 Februari 2025 disebutkan bahwa Pemkab sedang menyusun rancangan peraturan daerah tentang ketertiban umum dan ketenteraman masyarakat, yang antara lain mengatur larangan berjualan di bahu jalan dan taman kota serta denda sampai Rp 5 juta.\n\nKami tidak menolak penataan, tetapi kami belum pernah melihat naskahnya. Ketika kami minta ke Satpol PP, dijawab bahwa drafnya disusun di Setda; ketika kami tanya ke Sekretariat DPRD, dijawab bahwa draf belum diserahkan pihak eksekutif.\n\nMohon kami diberi salinan rancangan beserta naskah akademiknya, dan diikutkan dalam konsultasi publik sebelum rancangan dibahas, khususnya untuk pasal denda dan lokasi relokasi.\n\nHormat kami,\nSlamet Riyadi (Ketua)",
    ),
    Case(
        "whatsapp",
        "hukum",
        "Pagi min. Saya Fikri, punya warkop kecil dekat terminal Timbau Tenggarong. Kemarin ada petugas datang tegur katanya warung saya harus pasang tanda dilarang merokok di dalam ruangan dan sediakan area merokok terpisah, sesuai perda kawasan tanpa rokok. Saya tanya perda nomor berapa tahun berapa, petugasnya tidak bisa jawab. Saya cari di google cuma dapat berita. Bisa minta dikirim file perdanya dan peraturan bupati turunannya min? Biar saya paham mana yg wajib dan berapa sanksinya. Terima kasih",
    ),
    Case(
        "whatsapp",
        "hukum",
        "Assalamualaikum. Saya Ibu Sartini, jualan nasi kuning, tinggal di belakang eks gedung koperasi di Kelurahan Panji, Tenggarong. Sudah 23 tahun kami 9 KK tinggal di tanah yang katanya aset Pemkab. Tgl 3 Maret kami dapat surat peringatan pengosongan dalam 30 hari. Kami bukan mau melawan, tapi kami pegang surat segel dari lurah tahun 2001 dan bayar PBB tiap tahun. Sudah ke kelurahan, katanya itu urusan kabupaten. Kami mau minta penjelasan dasar aturannya dan kalau bisa ada mediasi sebelum digusur. Ke mana kami ajukan keberatan? Mohon dibalas, WA saya yg tgl 5 Maret belum dijawab.",
    ),
    Case(
        "whatsapp",
        "hukum",
        "Selamat siang. Saya Pak Lahmudin, 72 thn, dulu nelayan di Desa Tanjung Limau Muara Badak, skrg sdh tdk melaut krn mata rabun. Tanah warisan orang tua saya ±1 ha sedang digugat keponakan ke Pengadilan Agama Tenggarong, sidang pertama tgl 24 April. Saya tidak paham soal persidangan dan tidak sanggup bayar pengacara. Anak saya bilang Pemkab ada pendampingan pengacara gratis utk orang tidak mampu. Apa benar? Bagaimana caranya? Saya sdh punya SKTM dari desa.",
    ),
    Case(
        "web",
        "hukum",
        "Saya Maria Goreti Ping, mahasiswi tingkat akhir Fakultas Syariah dan Ilmu Sosial sebuah kampus di Tenggarong, asal Kecamatan Tabang. Skripsi saya membahas pengakuan masyarakat adat Dayak di Kukar. Saya membutuhkan peraturan daerah tentang pengakuan dan perlindungan masyarakat adat serta peraturan atau keputusan bupati pelaksanaannya, kalau ada. Di situs dokumentasi peraturan Pemkab saya hanya menemukan judulnya tanpa berkas, dan di perpustakaan daerah tidak tersedia. Bulan Desember saya sudah mengirim permintaan lewat formulir ini tetapi tidak mendapat balasan. Mohon dikirimkan salinannya ke email saya, atau informasikan apakah saya bisa memfotokopi langsung di kantor.",
    ),
    Case(
        "web",
        "hukum",
        "Saya Henry Wijaya, pemilik toko bahan bangunan di Jl. KH Ahmad Muksin, Tenggarong. Sejak Januari 2025 pelanggan kami dikenai tarif parkir tepi jalan Rp 5.000 untuk mobil oleh juru parkir berseragam, berdasarkan peraturan bupati yang baru, padahal setahu kami peraturan daerah tentang retribusi masih menetapkan Rp 3.000. Pelanggan mengeluh dan sebagian pindah belanja ke Samarinda.\n\nSaya sudah bertanya ke Dinas Perhubungan; jawaban mereka: “Kami hanya melaksanakan Perbup.” Saya minta penjelasan resmi tentang dasar aturan tarif itu dan apakah peraturan bupati boleh menetapkan tarif yang berbeda dari peraturan daerah. Jika memang bertentangan, mohon peraturan bupati tersebut dikaji ulang.",
    ),
    Case(
        "web",
        "hukum",
        "Kami dari Kantor Advokat Saiful Anwar & Rekan, selaku kuasa Sdr. Budi Santoso, pengemudi ojek daring, yang pada 14 Desember 2024 ditabrak mobil berpelat merah milik Pemkab Kukar di jalan poros Tenggarong–Samarinda, wilayah Loa Janan. Klien kami dirawat 12 hari, kaki kirinya dipasang pen, dan kehilangan penghasilan selama tiga bulan.\n\nSomasi pertama kami (8 Januari 2025) dan somasi kedua (10 Februari 2025) ditujukan kepada Bupati; hingga kini belum ada tanggapan. Kami mohon informasi unit yang menangani perkara Pemkab agar dapat dilakukan penyelesaian di luar pengadilan. Apabila dalam 14 hari tidak ada tanggapan, kami akan mendaftarkan gugatan ganti rugi ke Pengadilan Negeri Tenggarong.",
    ),
    Case(
        "sms",
        "hukum",
        "Pak, sy Nurul dr Kel. Loa Tebu Tenggarong. Sy korban KDRT, mau lapor ke polisi tp tdk pny biaya pengacara. Ada pendampingan pengacara gratis dr Pemkab? Hrs dtg kmn? Sy sdh ke kantor kelurahan disuruh tny kesini",
    ),
    Case(
        "sms",
        "hukum",
        "Ini sms ke-3. Sy minta salinan Perda ttg Bangunan Gedung utk urus izin bangun ruko. Di web peraturan pemkab filenya tdk bs dibuka. Mhn dikirim ke email gunawan.tgs@gmail.com. Trims, Gunawan, Tenggarong Seberang",
    ),
    Case(
        "telegram",
        "hukum",
        "Selamat malam. Saya Reza, 26 tahun, operator alat berat kontrak di salah satu perusahaan tambang di Loa Kulu. Bulan Oktober 2024 saya bertanya lewat kanal ini kapan perda perlindungan dan penempatan tenaga kerja lokal disahkan. Jawaban admin waktu itu: “Raperda dimaksud sedang dalam tahap harmonisasi di Kanwil Kemenkumham dan ditargetkan ditetapkan akhir 2024.” Sekarang sudah Maret 2025 dan di daftar peraturan di website belum muncul. Apakah perdanya sudah ditetapkan? Kalau sudah, mohon nomor dan salinannya. Kami pekerja lokal sangat menunggu aturan kuota tenaga kerja lokal itu.",
    ),
    Case(
        "telegram",
        "hukum",
        "Selamat siang. Saya Gusti Rahmadi, pemilik kebun durian dan rambutan ±2 ha di Desa Perjiwa, Tenggarong Seberang. Tanggal 20 Februari saya menerima pemberitahuan bahwa lahan saya masuk lampiran Keputusan Bupati tentang penetapan lokasi pembangunan tempat pemrosesan akhir sampah. Saya tidak pernah diundang konsultasi publik. Saya bermaksud mengajukan keberatan administratif dan, jika ditolak, gugatan ke PTUN Samarinda. Untuk itu saya mohon: (1) salinan resmi keputusan bupati tersebut beserta lampiran peta, (2) informasi kepada siapa keberatan ditujukan dan berapa tenggat waktunya. Kantor desa dan DLH tidak bisa memberikan salinannya.",
    ),
    Case(
        "twitter",
        "hukum",
        "@setdakukar web JDIH Kukar udah seminggu gak bisa diakses, mau download perda RTRW buat tugas kuliah. Udah lapor lewat form kontak 2x gak ada respon. Mohon diperbaiki min 🙏",
    ),
]

_KERJASAMA = [
    Case(
        "email",
        "kerjasama",
        "Yth. Sekretariat Daerah Kabupaten Kutai Kartanegara\n\nSaya Dr. Lilis Suryani, M.P., Kepala Lembaga Penelitian dan Pengabdian kepada Masyarakat Universitas Widya Gama Mahakam Samarinda. Nota kesepahaman antara Pemkab Kukar dan universitas kami yang ditandatangani pada 2019 telah berakhir pada Desember 2024.\n\nDraf perpanjangan beserta rencana kegiatan lima tahun ke depan sudah kami kirimkan dengan surat tertanggal 15 November 2024. Pada Januari 2025 kami menanyakan lewat telepon dan dijawab “draf sedang ditelaah”. Sejak itu tidak ada kabar. Akibatnya, program KKN tematik di 12 desa dan penelitian pengembangan desa wisata di Kecamatan Muara Muntai yang dijadwalkan Juli 2025 tertunda karena tidak ada dasar kesepakatan yang berlaku.\n\nMohon informasi tahap penelaahan draf kami, masukan perbaikan bila ada, serta perkiraan jadwal penandatanganan.\n\nHormat kami,\nDr. Lilis Suryani, M.P.",
    ),
    Case(
        "email",
        "kerjasama",
        "Kepada Yth. Setda Kukar\n\nSaya Abdul Gafur, Kepala Desa Sabintulung, Kecamatan Muara Kaman. Di wilayah desa kami beroperasi dua perusahaan perkebunan dan satu perusahaan batu bara, PT Bara Kedang Lestari. Pada pertemuan 7 Mei 2024 di kantor camat, perusahaan batu bara tersebut berjanji menyalurkan dana tanggung jawab sosialnya untuk pembangunan sarana air bersih desa senilai ±Rp 400 juta.\n\nSaat kami tagih, pihak perusahaan menjawab bahwa program sosial mereka untuk 2024 telah disalurkan melalui forum yang dikoordinasikan Pemkab dan desa kami tidak termasuk daftar. Kami tidak pernah diundang ke forum itu.\n\nMohon penjelasan: bagaimana mekanisme pengusulan program dari desa, apakah benar dana perusahaan tersebut disalurkan lewat Pemkab, dan ke desa mana saja disalurkan. Kami juga mohon desa kami diikutkan dalam rapat penyusunan program tahun 2025.\n\nHormat kami,\nAbdul Gafur",
    ),
    Case(
        "email",
        "kerjasama",
        "Yth. Bapak/Ibu,\n\nSaya Hasnah, ketua Kelompok Usaha Perempuan Pesisir 'Bunga Bakau' di Desa Saliki, Kecamatan Muara Badak. Anggota kami 25 orang, sebagian besar istri nelayan yang mengolah ikan asin, amplang, dan terasi. Suami-suami kami melaut dengan perahu kecil di sekitar muara, penghasilannya tidak menentu terutama saat musim angin barat.\n\nTahun 2023 kami didata oleh petugas dari perusahaan migas yang beroperasi di wilayah kami untuk program pemberdayaan perempuan pesisir: pelatihan, mesin spinner, dan freezer. Tahun 2024 bantuan itu diserahkan, tetapi ternyata kepada kelompok lain yang baru dibentuk dua bulan sebelumnya dan diketuai keluarga salah satu perangkat desa. Ketika kami menanyakan ke kantor perusahaan, jawabannya: “Penetapan penerima program sudah sesuai hasil koordinasi dengan pemerintah daerah.”\n\nKami mohon Setda menjelaskan bagaimana penerima program sosial perusahaan itu ditetapkan, dan agar kelompok kami yang sudah didata sejak 2023 diprioritaskan pada penyaluran berikutnya.\n\nHormat kami,\nHasnah\n0821-5390-7714",
    ),
    Case(
        "email",
        "kerjasama",
        "Dengan hormat,\n\nSaya Bambang Sutrisno, 60 tahun, pensiunan pegawai BUMN, sekarang ketua RW di Kelurahan Sungai Merdeka, Kecamatan Samboja. Wilayah kami jauh lebih dekat ke Balikpapan (±25 km) dibandingkan ke Tenggarong (lebih dari 100 km), sehingga warga lebih sering berobat ke Balikpapan.\n\nTahun 2023 diberitakan bahwa Pemkab Kukar dan Pemkot Balikpapan menandatangani kesepakatan antardaerah di bidang pelayanan kesehatan rujukan. Tetapi ketika tetangga saya dirujuk ke RSUD Beriman Balikpapan bulan lalu, pihak rumah sakit mengatakan tidak ada perjanjian yang berlaku bagi warga Kukar. Saya sudah bertanya ke Puskesmas Samboja dan ke Kantor Camat; keduanya tidak tahu isi kesepakatan itu.\n\nMohon informasi: apakah kesepakatan dengan Balikpapan tersebut masih berlaku, apa saja ruang lingkupnya, dan kapan perjanjian teknisnya ditandatangani, supaya warga Samboja bisa merasakan manfaatnya.\n\nHormat saya,\nBambang Sutrisno",
    ),
    Case(
        "whatsapp",
        "kerjasama",
        "Selamat siang. Saya Ibu Dewi Kartika, guru dan plt kepala sekolah di SD negeri Desa Purwajaya, Loa Janan. Bulan Agustus 2024 waktu acara 17-an, perwakilan perusahaan tambang dekat sekolah janji renovasi 3 ruang kelas dan toilet lewat program CSR mereka. Proposal kami kirim ke perusahaan bulan September. Bulan Januari perusahaan jawab: 'Program sosial kami harus mendapat rekomendasi dan masuk rencana forum TJSL Pemkab dulu.' Kami ke Disdikbud, disuruh ke Setda. Mohon bantuan, bagaimana caranya sekolah kami bisa masuk rencana itu? Plafon kelas 4 sudah jebol pak 🙏",
    ),
    Case(
        "whatsapp",
        "kerjasama",
        "Assalamualaikum, saya Pak Basri, ketua RT 04 Desa Rapak Lambur, Tenggarong. Puskesmas pembantu di desa kami tutup kalau malam, itu juga masalah, tapi yg mau saya tanyakan soal ambulans desa. Bulan Oktober 2024 di acara di Tenggarong, ada penyerahan simbolis mobil ambulans dari program sosial sebuah bank untuk desa kami, disaksikan Pak Bupati. Kunci replika sudah diserahkan ke kades, fotonya masuk koran. Sampai sekarang mobilnya tidak pernah datang. Kami tanya ke banknya, katanya sudah diserahkan ke Pemkab. Tolong dicek pak mobilnya di mana. Warga kalau sakit malam harus sewa mobil Rp 350 ribu ke RS.",
    ),
    Case(
        "whatsapp",
        "kerjasama",
        "Selamat siang pak/bu. Saya Pak Ambo Tang, petani tambak di Desa Santan Ilir, Marangkayu. Kampung kami lebih dekat ke Bontang daripada ke Tenggarong. Tahun 2023 katanya Pemkab Kukar & Pemkot Bontang sudah tanda tangan kesepakatan supaya pipa air PDAM Bontang disambung ke desa2 Marangkayu yang berbatasan. Sampai sekarang air belum ada, kami masih beli air tandon Rp 100 ribu per 1.200 liter. Tanya ke PDAM Bontang katanya belum ada perjanjian teknis dari pihak Kukar. Tanya ke kantor desa, ga tau. Mohon dijelaskan perjanjiannya sudah sampai mana 🙏",
    ),
    Case(
        "web",
        "kerjasama",
        "Kami Yayasan Rumah Baca Mahakam, lembaga nirlaba yang sejak 2018 mengelola 14 taman baca di desa-desa pesisir Anggana dan Muara Jawa, dengan relawan mahasiswa dan guru setempat.\n\nPada Oktober 2024 kami membawa usulan kemitraan resmi dengan Pemkab Kukar untuk program literasi anak pesisir ke Dinas Perpustakaan dan Kearsipan. Dinas menyatakan bahwa naskah kesepakatan dengan pihak ketiga harus diproses melalui Setda. Kami lalu mengirim draf nota kesepahaman dan profil yayasan ke alamat surat Setda pada 4 November 2024 (tanda terima ada pada kami). Hingga kini belum ada undangan pembahasan maupun jawaban tertulis.\n\nMohon informasi sampai di mana proses usulan kami dan persyaratan apa yang masih kurang.",
    ),
    Case(
        "web",
        "kerjasama",
        "Saya Arief Budiman, pengurus karang taruna Kecamatan Muara Jawa. Saya tidak bermaksud menuduh siapa pun, tetapi warga banyak bertanya: berapa sebenarnya dana tanggung jawab sosial dan lingkungan yang disalurkan perusahaan-perusahaan di Kukar melalui koordinasi Pemkab sepanjang 2024, dan untuk program apa saja? Di kecamatan kami ada beberapa perusahaan migas dan tambang, tetapi jalan lingkungan dan sekolah banyak yang tidak tersentuh.\n\nPertanyaan serupa sudah saya sampaikan ke anggota DPRD dalam reses Desember lalu dan dijawab agar ditanyakan ke Pemkab. Mohon laporan realisasi program per perusahaan dan per kecamatan tahun 2024 dipublikasikan atau dikirimkan kepada kami.",
    ),
    Case(
        "web",
        "kerjasama",
        "Saya Darmawansyah, 40 tahun, pemandu wisata lepas dan pemilik perahu ketinting penyeberangan di dermaga Tenggarong. Dulu setiap akhir pekan saya bisa membawa 200-an pengunjung ke Pulau Kumala, dan istri saya berjualan minuman di sana.\n\nSejak pengelolaan kawasan pulau diserahkan kepada investor swasta berdasarkan perjanjian dengan Pemkab, wahana tidak kunjung dibangun, gerbang dikunci, dan perahu warga dilarang sandar. Saya sudah bertanya ke Dinas Pariwisata; jawabannya: “Pengelolaan sesuai perjanjian dengan investor, silakan tanyakan ke Setda.”\n\nMohon penjelasan: berapa lama jangka waktu perjanjian itu, apa kewajiban investor, dan apakah Pemkab pernah mengevaluasi pelaksanaannya. Jika investor tidak memenuhi kewajibannya, apakah perjanjian bisa ditinjau ulang?",
    ),
    Case(
        "sms",
        "kerjasama",
        "Sy ketua RT 12 Kel. Sanga Sanga Dalam. Paket sembako dr program sosial perusahaan yg didata Des 2024 blm dibagi smp skrg, perusahaan blg daftar penerima sdh diserahkan ke Pemkab. Ini sms ke-2. Mhn dicek",
    ),
    Case(
        "sms",
        "kerjasama",
        "Sy dosen pembimbing KKN UIN Samarinda. Mhs kami 40 org mau KKN di Kukar Juli 2025 sesuai nota kesepahaman kampus-Pemkab. Surat kami bln Feb blm dibls. Mhn info kontak yg urus",
    ),
    Case(
        "telegram",
        "kerjasama",
        "Selamat sore. Saya Kevin Tanoto, direktur perusahaan rintisan di Balikpapan yang mengolah sampah plastik menjadi paving block dan bahan bakar alternatif. Latar belakang saya teknik lingkungan; sebelumnya enam tahun saya bekerja di kontraktor migas di Handil dan Muara Jawa, jadi saya cukup mengenal Kukar. Kami ingin menawarkan kemitraan dengan Pemkab dalam bentuk investasi unit pengolahan di TPA Bekotok dengan skema bagi hasil. Proposal sudah kami sampaikan ke DLH pada Desember 2024; DLH bilang perjanjian dengan badan usaha harus lewat Setda. Mohon arahan prosedur pengajuan perjanjian dengan pihak ketiga dan siapa yang dapat kami temui.",
    ),
    Case(
        "telegram",
        "kerjasama",
        "Pak, saya Ibu Rosidah, janda 59 thn, tinggal di Desa Loa Lepu, Tenggarong Seberang. Rumah saya termasuk yg didata utk bedah rumah dari dana CSR perusahaan tahun 2024, sudah difoto dan diukur. Tiga rumah tetangga saya sudah dibangun, rumah saya tidak. Waktu saya tanya ke desa, Pak Sekdes bilang: 'Kuota dari perusahaan habis, tanya ke kabupaten.' Saya tanya ke perusahaan, satpamnya bilang daftarnya dari Pemkab. Saya mohon kejelasan apakah rumah saya masih masuk daftar tahun ini. Dinding papan rumah saya sudah lapuk dan kalau hujan bocor.",
    ),
    Case(
        "twitter",
        "kerjasama",
        "@setdakukar @PemkabKukar perusahaan2 di Muara Jawa tiap tahun umumkan dana sosial miliaran, tapi kampung kami di Dondang gak pernah kebagian. Penyalurannya lewat siapa sih? Udah nanya ke desa & kecamatan, lempar2an.",
    ),
]

_PEREKONOMIAN = [
    Case(
        "email",
        "perekonomian",
        "Yth. Sekretariat Daerah Kutai Kartanegara\n\nSaya Ibu Sulastri, 45 tahun, ibu rumah tangga yang juga berjualan gorengan di depan sekolah di Desa Bukit Raya, Kecamatan Tenggarong Seberang. Ini email saya yang kedua; yang pertama tanggal 20 Januari 2025 belum dijawab.\n\nSejak Desember 2024 tabung gas melon sangat susah dicari di desa kami. Dua pangkalan di Bukit Raya hanya menerima kiriman seminggu sekali dan habis dalam satu jam, banyak yang diborong orang luar desa pakai mobil pikap. Di warung pengecer harganya Rp 40.000 sampai Rp 45.000, padahal harga di pangkalan seharusnya sekitar Rp 18 ribuan. Saya butuh tiga tabung seminggu untuk berjualan.\n\nSaya sudah mengadu ke pangkalan (katanya jatah dari agen dikurangi), ke kantor desa, ke Kantor Camat Tenggarong Seberang, dan ke Dinas Perindustrian dan Perdagangan. Di Disperindag saya diberi tahu bahwa pengawasan penyaluran dikoordinasikan bersama Setda.\n\nMohon ada tindakan: tambah pasokan untuk desa kami dan awasi pangkalan agar menjual ke warga setempat dengan harga resmi.\n\nTerima kasih,\nSulastri",
    ),
    Case(
        "email",
        "perekonomian",
        "Dengan hormat,\n\nSaya H. Syahrani, 61 tahun, pedagang ikan kering dan bumbu di Pasar Tangga Arung Tenggarong sejak 1989. Saya menulis atas nama 23 pedagang lantai dasar blok C.\n\nSejak atap blok C bocor dan sebagian lantai amblas saat banjir Mei 2024, kami dipindahkan sementara ke tenda di halaman parkir. Waktu itu pengelola menjanjikan kami kembali ke kios dalam tiga bulan. Sekarang sudah sepuluh bulan, dan sebagian kios kami justru sudah ditempati pedagang baru yang tidak kami kenal. Pembeli enggan masuk ke tenda yang becek; omzet saya turun dari Rp 1,5 juta menjadi Rp 400 ribu sehari.\n\nKami sudah menyampaikan keluhan ke kepala pasar, ke UPT Pasar, dan ke Dinas Perdagangan. Jawaban terakhir dari UPT: “Penempatan kembali menunggu keputusan pimpinan.”\n\nMohon Setda mengoordinasikan agar pedagang lama dikembalikan ke kios semula sesuai daftar, dan menjelaskan status kios yang kini ditempati orang baru.\n\nHormat kami,\nH. Syahrani",
    ),
    Case(
        "email",
        "perekonomian",
        "Yth. Bapak/Ibu di Setda Kukar,\n\nSaya Amiruddin, nelayan di Desa Muara Badak Ilir, pemilik kapal 5 GT bermesin diesel 24 PK. Sekali melaut 3–4 hari saya perlu sekitar 150 liter solar. Sejak November 2024 SPBU khusus nelayan di Muara Badak sering tutup karena kuota habis di pertengahan bulan, sehingga kami terpaksa membeli solar eceran Rp 9.500–10.000 per liter, padahal harga bersubsidi Rp 6.800.\n\nSurat rekomendasi pembelian BBM saya dari Dinas Perikanan sudah diperpanjang, dan petugas dinas bilang rekomendasinya tidak masalah; yang menjadi masalah adalah kuota dan pengawasan penyalurannya. Kami juga sudah melapor ke Kantor Camat Muara Badak pada Januari.\n\nMohon Pemkab mengusulkan penambahan kuota solar untuk nelayan Muara Badak dan mengawasi agar solar di SPBU nelayan benar-benar untuk nelayan, bukan dijual ke pengepul.\n\nAmiruddin\nKetua Kelompok Nelayan 'Camar Laut'",
    ),
    Case(
        "email",
        "perekonomian",
        "Yth. Sekretaris Daerah Kabupaten Kutai Kartanegara\n\nSaya Yusran, 55 tahun, mantan karyawan PT Kutai Agro Mandiri (Perseroda), perusahaan daerah milik Pemkab Kukar yang dulu mengelola unit penggilingan padi dan gudang di Tenggarong Seberang. Saya bekerja di sana 17 tahun sebagai mandor gudang. Pada Agustus 2022 unit kami ditutup dan 31 karyawan diberhentikan. Pesangon saya sebesar Rp 64 juta sampai sekarang belum dibayar, begitu pula teman-teman lain.\n\nKami sudah menempuh mediasi di Dinas Tenaga Kerja, yang mengeluarkan anjuran agar perusahaan membayar. Direksi perusahaan menjawab secara lisan: “Perusahaan tidak punya dana, menunggu penyertaan modal dari Pemkab.” Surat kami kepada Bupati pada Juni 2024 tidak berbalas.\n\nKarena Pemkab adalah pemilik perusahaan tersebut, kami mohon Pemkab meminta pertanggungjawaban direksi dan memastikan hak kami dibayarkan.\n\nHormat saya,\nYusran\natas nama 31 mantan karyawan",
    ),
    Case(
        "whatsapp",
        "perekonomian",
        "Selamat sore. Saya Ibu Fatmawati, buka warung sembako kecil di Kota Bangun. Harga beras medium di tempat kami sekarang Rp 16.000/kg, premium Rp 18.500, naik terus sejak Januari. Agen di Tenggarong bilang stok terbatas. Orang kampung sudah mulai campur nasi dengan ubi. Tahun lalu ada pasar murah di kecamatan tapi tahun ini belum ada. Mohon diadakan pasar murah / operasi pasar beras di Kota Bangun sebelum puasa. Terima kasih bu/pak",
    ),
    Case(
        "whatsapp",
        "perekonomian",
        "Assalamualaikum. Saya Riska, 27 thn, jualan keripik pisang & amplang online dari rumah di Loa Ipuh Darat. Tahun lalu saya ikut pendataan pelaku usaha kecil di kecamatan, dijanjikan bantuan alat (sealer & oven) plus pendampingan sertifikat halal dan izin PIRT. Dinas Koperasi bilang data dari kecamatan belum masuk. Kecamatan bilang sudah kirim ke dinas. Bolak balik begitu dari September. Bisa dibantu dicek data saya ada di mana ya? Saya cuma mau tahu bantuan itu jadi atau tidak biar bisa rencana modal sendiri.",
    ),
    Case(
        "whatsapp",
        "perekonomian",
        "Pak, saya kirim lagi ya karena jawaban dari dinas tidak nyambung. Pangkalan gas di RT 08 Kelurahan Jawa, Sanga-Sanga jual tabung 3 kilo Rp 28.000 dan tidak mau catat KTP pembeli. Saya lapor ke Disperindag bulan lalu, jawabannya: 'Terima kasih atas informasinya, akan kami teruskan ke agen.' Itu saja. Harga masih sama, malah sekarang pangkalannya sering tutup. Tolong pak ditindak atau dicabut izinnya, dan warga dikasih tahu harga resminya berapa. Saya Pak Ilham, sopir angkot.",
    ),
    Case(
        "web",
        "perekonomian",
        "Saya Muhammad Noor, 48 tahun, sudah 20 tahun membuka warung kelontong di Desa Muara Kaman Ilir. Selain berdagang, saya juga menampung karet warga dan setiap minggu membawa barang dari Tenggarong dengan kapal kayu menyusuri Sungai Mahakam, jadi saya cukup paham naik-turunnya harga di hulu.\n\nSejak awal Februari 2025, minyak goreng kemasan sederhana dan gula pasir sangat sulit didapat. Distributor di Tenggarong hanya memberi jatah 2 karton minyak per minggu untuk warung saya, dari biasanya 10 karton. Harga gula eceran di desa kami sudah Rp 22.000/kg. Menjelang Ramadan, permintaan pasti naik.\n\nPermintaan yang sama sudah saya sampaikan ke kecamatan awal Februari, tetapi belum ada tindak lanjut. Mohon Pemkab memantau stok dan distribusi bahan pokok ke kecamatan hulu seperti Muara Kaman, dan bila perlu mengadakan penyaluran khusus atau pasar murah.",
    ),
    Case(
        "web",
        "perekonomian",
        "Saya Anisa Rahmadani, pemilik usaha konveksi seragam sekolah di Tenggarong dengan empat penjahit. Tahun 2023 saya mengambil pinjaman modal usaha berbunga rendah Rp 50 juta dari program kredit yang disalurkan bank perkreditan rakyat milik Pemkab. Usaha saya terpukul sejak banyak sekolah membagikan seragam gratis, pesanan turun hampir separuh.\n\nSaya sudah mengajukan permohonan restrukturisasi ke kantor bank pada November 2024 dan dijawab lisan: “Kebijakan restrukturisasi menunggu arahan pemilik modal.” Pemilik modalnya adalah Pemkab. Mohon Pemkab sebagai pemilik memberi kejelasan apakah ada kebijakan keringanan atau perpanjangan tenor bagi debitur usaha kecil yang terdampak, karena angsuran saya Rp 1,9 juta per bulan sudah dua bulan tertunggak.",
    ),
    Case(
        "web",
        "perekonomian",
        "Saya Suparno, petani cabai rawit dan tomat di Desa Separi, Tenggarong Seberang. Saluran irigasi kami juga rusak sejak 2022, tapi itu sudah saya laporkan terpisah. Kali ini soal harga. Bulan ini harga cabai di tingkat petani jatuh ke Rp 12.000/kg karena tengkulak kompak menekan, sementara di Pasar Tangga Arung dan Pasar Mangkurawang cabai dijual Rp 45.000/kg. Petani rugi, pembeli juga rugi.\n\nSaya sudah bertanya ke penyuluh lapangan, katanya soal harga bukan urusan mereka. Mohon Pemkab, melalui tim pengendali inflasi daerah, membantu memperpendek rantai pasok, misalnya menghubungkan kelompok tani langsung dengan pedagang pasar atau dengan perusahaan daerah, supaya harga di petani dan di pasar tidak timpang begini.",
    ),
    Case(
        "sms",
        "perekonomian",
        "Gas 3kg di Desa Loa Duri Ulu kosong sdh 2 mggu, pengecer jual 50rb. Ini lapor ke-2, yg pertama tgl 3 Feb tdk ada tanggapan. Mhn tambah kiriman ke pangkalan. Ibu Ani",
    ),
    Case(
        "sms",
        "perekonomian",
        "Pertalite di SPBU Kembang Janggut habis trs sejak 1 mggu, antre dr subuh, pengecer jual 15rb/ltr. Kami petani & ojek susah kerja. Mhn dicek pasokannya. Rahmad",
    ),
    Case(
        "telegram",
        "perekonomian",
        "Selamat siang. Saya Lina, pengrajin manik-manik dan tas anyaman rotan dari Desa Budaya Lekaq Kidau, Sebulu. Tahun lalu saya ikut pameran produk usaha kecil waktu Erau, standnya difasilitasi Pemkab, dan laku lumayan. Tahun ini kami dengar ada pameran kerajinan besar di Jakarta dengan rombongan dari Kukar, tapi pendaftarannya tidak diumumkan; teman pengrajin lain tahu hanya dari grup WA tertentu. Saya sudah tanya Dinas Koperasi dan UKM, dijawab kuota sudah penuh. Mohon ke depan seleksi pengrajin yang dibawa pameran dibuka dan diumumkan sampai ke desa-desa, dan saya mohon didaftarkan untuk kesempatan berikutnya.",
    ),
    Case(
        "telegram",
        "perekonomian",
        "Malam. Saya Darwis, pedagang sayur di Loa Janan. Gedung pasar baru selesai dibangun Desember 2024, tapi sampai sekarang belum dibuka karena katanya tarif sewa los belum ditetapkan. Kami masih jualan di pinggir jalan poros, sering ditegur Satpol PP dan bahaya diserempet truk. Sudah tanya ke UPT pasar, jawabnya 'menunggu keputusan kabupaten'. Tolong pak, kapan pasar baru dibuka dan berapa sewanya, supaya kami bisa siapkan uang.",
    ),
    Case(
        "twitter",
        "perekonomian",
        "@setdakukar gas melon di Samboja langka lagi, sekali dapat harga 40rb. Bulan lalu udah lapor katanya 'akan dikoordinasikan', sampe sekarang sama aja. Tolong dong operasi pasar elpijinya #Kukar",
    ),
]

_SDA = [
    Case(
        "email",
        "sda",
        "Yth. Setda Kukar,\n\nSaya Suparman, 52 tahun, warga RT 09 Desa Sungai Payang, Kecamatan Loa Kulu. Di belakang permukiman kami, sekitar 150 meter dari SD, ada lubang bekas galian batu bara seluas kira-kira 3 hektare yang sudah berisi air dan ditinggalkan sejak 2021. Tidak ada pagar, tidak ada papan peringatan. Pada Juni 2023 seorang anak tetangga kami, usia 11 tahun, meninggal tenggelam di sana.\n\nSejak itu kami sudah melapor ke kantor desa, Kantor Camat Loa Kulu, Dinas Lingkungan Hidup Kukar, sampai Dinas ESDM Provinsi di Samarinda. DLH menjawab bahwa kewenangan izin tambang ada di provinsi dan pusat; ESDM Provinsi menjawab akan memanggil perusahaan, tetapi sampai hari ini tidak ada tindakan. Surat kami ke Setda tanggal 15 Agustus 2024 juga belum dijawab.\n\nKami memohon Pemkab mengoordinasikan dengan instansi berwenang dan perusahaan agar lubang itu segera dipagari, dipasang papan larangan, dan ditimbun atau direklamasi. Anak-anak kami setiap sore masih berenang di sana.\n\nHormat kami,\nSuparman",
    ),
    Case(
        "email",
        "sda",
        "Kepada Yth. Setda Kukar\n\nKami Gabungan Kelompok Tani 'Sri Rejeki' Desa Bukit Raya, Kecamatan Tenggarong Seberang, beranggotakan 9 kelompok tani dengan luas sawah 410 ha. Desa kami termasuk lumbung padi Kukar, tetapi separuh anggota masih membajak dengan menyewa traktor dari desa lain seharga Rp 1.200.000 per hektare.\n\nPada Maret 2024 kami mengajukan permohonan 4 unit traktor tangan, 1 unit mesin panen padi mini, dan 6 pompa air. Ketika kami tanyakan ke Dinas Pertanian dan Peternakan pada Oktober 2024, jawabannya: “Usulan Bapak sudah kami teruskan dan masuk daftar tunggu.” Daftar tunggu yang mana, dan nomor urut berapa, tidak dijelaskan. Musim tanam gadu sudah dekat.\n\nMohon informasi status usulan alat dan mesin pertanian kami dan kepastian apakah dapat direalisasikan tahun 2025.\n\nHormat kami,\nSutrisno (Ketua Gapoktan)\nWarsito (Sekretaris)",
    ),
    Case(
        "email",
        "sda",
        "Dengan hormat,\n\nSaya Yakobus Ajang, 58 tahun, petani dan tokoh adat di sebuah desa di Kecamatan Kembang Janggut. Izinkan saya menceritakan latar belakang kami. Dulu warga hidup dari ladang padi, rotan, dan karet. Tahun 2010 warga menyerahkan ±1.800 ha lahan kepada perusahaan perkebunan kelapa sawit dengan janji kebun plasma 20% untuk masyarakat. Perusahaan sudah panen sejak 2015, tetapi kebun plasma yang dibangun baru 120 ha dan hasilnya dibagi lewat koperasi yang laporannya tidak pernah dibuka; tiap KK hanya menerima Rp 150.000–250.000 per bulan.\n\nKami sudah mengadu ke Dinas Perkebunan (2022), ke DPRD (2023), dan difasilitasi rapat di kantor camat (2024) yang hasilnya perusahaan berjanji “akan mengkaji”. Setelah itu tidak ada kelanjutan.\n\nMohon Pemkab memfasilitasi penyelesaian kewajiban kebun plasma perusahaan tersebut dan pemeriksaan pengelolaan koperasinya.\n\nHormat saya,\nYakobus Ajang",
    ),
    Case(
        "email",
        "sda",
        "Yth. Bapak/Ibu,\n\nSaya Rusmini, 44 tahun, pembudidaya ikan nila dan patin dalam keramba di anak Sungai Mahakam, Desa Loa Janan Ilir. Pada 2–4 Februari 2025 air sungai berubah keruh kecokelatan dan berbau, lalu ikan di 14 keramba milik kelompok kami mati, kira-kira 2,6 ton, kerugian sekitar Rp 78 juta. Warga menduga airnya berasal dari kolam pengendapan perusahaan tambang di hulu yang jebol saat hujan deras.\n\nKami sudah melapor ke Dinas Lingkungan Hidup; petugas mengambil sampel air tanggal 6 Februari, tetapi hasil uji laboratorium tidak pernah diberitahukan walaupun kami tanyakan tiga kali. Dinas Perikanan hanya mendata kerugian.\n\nKami mohon hasil uji air dibuka kepada warga, perusahaan yang mencemari dimintai tanggung jawab, dan kelompok kami dibantu benih ikan untuk memulai lagi.\n\nHormat kami,\nRusmini",
    ),
    Case(
        "whatsapp",
        "sda",
        "Assalamualaikum. Saya Pak Jamaluddin, nelayan di Desa Sepatin, Anggana. Maaf saya tulis lagi, WA saya bulan Desember tidak dibalas. Tahun 2024 kelompok nelayan kami 'Mandiri Jaya' (12 orang) diusulkan dapat bantuan mesin perahu 13 PK dan jaring. Sudah disurvei petugas bulan Juli, perahu kami difoto2. Waktu saya tanya ke dinas, petugasnya ketus sekali, tapi sudahlah. Kata penyuluh, bantuannya sudah ada tapi dialihkan ke kelompok lain. Tolong pak dicek, mesin saya sudah rusak, sekarang pinjam punya ipar.",
    ),
    Case(
        "whatsapp",
        "sda",
        "Pak/bu, saya Markus, guru honorer SD di hulu Sungai Belayan, Kecamatan Tabang. Selain mengajar, sabtu minggu saya bantu orang tua di ladang. Beberapa bulan ini kami lihat banyak kayu ulin dan meranti ditebang di hutan dekat kampung, diangkut malam hari pakai truk lewat jalan perusahaan. Hutan itu tempat warga ambil rotan dan madu. Sudah lapor ke kepala desa dan ke petugas KPH, katanya akan dicek, tapi truk masih lewat tiap malam. Mohon Pemkab koordinasi dengan pihak kehutanan supaya ditindak, sebelum hutan kami habis.",
    ),
    Case(
        "whatsapp",
        "sda",
        "Selamat pagi. Saya Bu Sumiati, petani padi di Desa Margahayu, Loa Kulu. Sawah saya 1 ha dan sawah 30an petani lain terendam air buangan dari tambang batu bara sejak pertengahan Januari, padi umur 40 hari mati semua. Airnya asam, warnanya kemerahan. Ketua kelompok tani sudah lapor ke kecamatan dan penyuluh pertanian, katanya dibuat berita acara. Tapi perusahaan belum ganti rugi & air masih mengalir ke sawah. Mohon dibantu supaya pembuangan dihentikan dan kerugian kami diganti.",
    ),
    Case(
        "web",
        "sda",
        "Saya Agus Salim, karyawan bengkel motor, tinggal di RT 21 Kelurahan Sarijaya, Kecamatan Sanga-Sanga, bersama istri dan tiga anak. Rumah kami permanen, dibangun 2015. Sejak pertengahan 2024, perusahaan batu bara di perbukitan sekitar 600 m dari permukiman kami melakukan peledakan hampir setiap siang. Kaca jendela bergetar, dan kini dinding kamar serta lantai rumah kami retak memanjang. Setidaknya 17 rumah lain mengalami hal serupa.\n\nKami pertama kali mengadu ke lurah pada Agustus 2024, kemudian ke camat, lalu ke Dinas Lingkungan Hidup Kukar pada Oktober. DLH menjawab: “Pengawasan teknis peledakan merupakan kewenangan Inspektur Tambang.” Kami tidak tahu bagaimana menghubungi inspektur tambang. Laporan kami lewat formulir ini pada 11 November 2024 juga belum direspons.\n\nMohon Pemkab membantu mempertemukan warga dengan perusahaan dan pengawas tambang, serta meminta penghitungan ganti rugi kerusakan rumah.",
    ),
    Case(
        "web",
        "sda",
        "Saya Sri Wahyuni, ibu dua anak, tinggal di tepi Danau Semayang, Kecamatan Kenohan. Sejak September, setiap sore asap dari pembukaan lahan kebun sawit di seberang danau masuk ke kampung. Anak bungsu saya sudah dua kali dibawa ke puskesmas karena sesak napas. Saya sudah mengirim pengaduan lewat formulir ini tanggal 2 Oktober, tapi yang saya terima hanya SMS: 'Laporan Anda telah diterima.' Pembakaran masih terjadi. Menurut warga, lahan yang dibuka itu tanah gambut dan berbatasan dengan hutan desa. Mohon perusahaan tersebut ditindak dan izinnya diperiksa.",
    ),
    Case(
        "web",
        "sda",
        "Saya Hendra, 31 tahun, ketua Kelompok Pembudidaya Ikan 'Tunas Harapan' di Desa Teluk Dalam, Tenggarong Seberang. Dulu saya operator dump truck di tambang, kena PHK tahun 2020, lalu pulang kampung dan bersama sembilan pemuda lain menggali enam kolam di lahan orang tua.\n\nTahun lalu kami mengajukan bantuan benih ikan nila 30.000 ekor dan pakan 3 ton. Petugas Dinas Perikanan menyatakan proposal lengkap dan sudah masuk sistem. Namun di pengumuman penerima bantuan 2025 kelompok kami tidak ada, sementara kelompok yang baru dibentuk November 2024 justru tercantum. Mohon penjelasan kriteria penerima dan peninjauan ulang usulan kami.",
    ),
    Case(
        "sms",
        "sda",
        "Air sumur warga RT 3 Desa Teluk Dalam jd kuning & bau sejak tambang buka kolam baru dekat kampung. Sdh lapor DLH Okt lalu blm ada hsl. Mhn diperiksa. Pak Sarno",
    ),
    Case(
        "sms",
        "sda",
        "Sy ketua poktan Desa Rempanga. Pompa air bantuan thn 2023 rusak, dijanjikan ganti thn 2024, smp skrg blm. Kemarau sawah kering. Mhn bantuannya. Pak Joko",
    ),
    Case(
        "telegram",
        "sda",
        "Selamat siang. Saya Hamzah, nelayan udang di perairan Muara Jawa, sudah 30 tahun melaut seperti bapak saya dulu. Tanggal 17 Februari lalu ada tumpahan minyak hitam di sekitar muara, jaring kami kotor, udang menghilang. Sudah lapor ke kantor desa, ke Polairud, ke DLH. DLH katanya koordinasi dengan perusahaan. Sudah 3 minggu belum ada info siapa yang bertanggung jawab, sementara kami tidak bisa melaut. Mohon Pemkab pastikan sumber tumpahan diusut dan nelayan diberi kompensasi.",
    ),
    Case(
        "telegram",
        "sda",
        "Malam pak. Saya Ibu Rina, pengajar PAUD di Desa Batuah, Loa Janan, dekat pelabuhan muat batu bara di tepi Mahakam. Debu hitam masuk ke rumah & ruang kelas PAUD kami, anak2 sering batuk. Ini kedua kalinya saya lapor; pertama Januari dijawab 'akan diteruskan ke instansi terkait', setelah itu sepi. Kami minta perusahaan pasang penyiraman & jaring penahan debu, dan dilakukan pengukuran kualitas udara di sekitar sekolah.",
    ),
    Case(
        "twitter",
        "sda",
        "@setdakukar lubang bekas tambang di Desa Bangun Rejo Tenggarong Seberang masih belum dipagar, anak2 mandi di situ tiap sore. Laporan ke DLH Oktober lalu gak ada tindak lanjut. Mau nunggu korban lagi?",
    ),
]

_ADPEM = [
    Case(
        "email",
        "adpem",
        "Yth. Bapak/Ibu di Sekretariat Daerah Kukar,\n\nSaya Suparman, 58 tahun, petani padi di Desa Sumber Sari, Kecamatan Loa Kulu. Saya sudah bertani sejak tahun 1989, dulu ikut program transmigrasi dari Kediri bersama orang tua. Sekarang saya menggarap 1,5 hektare sawah dan dibantu dua anak laki-laki saya, yang satu juga jadi ketua kelompok tani Sri Rejeki. Hasil panen kami biasanya dijual ke penggilingan di Jembayan.\n\nIni surat kedua saya. Surat pertama saya kirim lewat email ini tanggal 11 Maret 2025 dan sampai sekarang tidak ada balasan sama sekali. Persoalannya sama: semenisasi jalan usaha tani di RT 07 yang dibiayai APBD Kabupaten tahun 2024 (papan proyeknya tertulis nilai Rp 1.280.000.000, pelaksana CV Bumi Mahakam Jaya) berhenti di tengah jalan. Dari rencana 1.600 meter baru sekitar 900 meter yang dicor, sisanya masih tanah dan kalau hujan truk gabah tidak bisa lewat. Alat berat sudah ditarik sejak Desember, pekerja tidak pernah datang lagi.\n\nKami mohon ada yang turun ke lapangan mengecek kenapa pekerjaan ini berhenti dan kapan dilanjutkan. Kalau memang kontraknya sudah putus, tolong sampaikan kepada kami secara terbuka.\n\nHormat saya,\nSuparman\nHP 0812-5533-xxxx",
    ),
    Case(
        "email",
        "adpem",
        "Selamat siang,\n\nNama saya Rusmiati, ibu rumah tangga, tinggal di Jl. Mangkuraja RT 12, Kelurahan Timbau, Tenggarong. Saya mau cerita dari awal supaya jelas, karena saya sudah capek dioper ke sana ke mari.\n\nBulan Agustus 2024 saluran drainase di depan rumah kami dibongkar dan dibangun ulang dengan U-ditch beton. Katanya proyek kabupaten. Baru tiga bulan, bulan November sambungan-sambungannya sudah retak dan ada dua segmen yang ambles, air malah meluber ke halaman rumah warga tiap hujan deras.\n\n1) Saya lapor ke Pak RT, beliau bilang lapor ke kelurahan.\n2) Di Kantor Kelurahan Timbau saya diterima staf, katanya itu bukan pekerjaan kelurahan, silakan ke kecamatan.\n3) Di Kantor Camat Tenggarong saya disuruh ke Dinas PUPR.\n4) Di Dinas PUPR, petugas bilang proyeknya sudah PHO dan masa pemeliharaan itu tanggung jawab kontraktor, lalu menyarankan saya menyurati Setda karena katanya di Setda ada yang memantau pelaksanaan proyek.\n\nJadi sekarang saya menulis ke sini. Yang saya minta sederhana: tolong ada pemeriksaan mutu pekerjaan drainase itu dan kontraktornya dipanggil untuk memperbaiki selama masih masa pemeliharaan. Foto-foto retakan saya lampirkan (7 foto).\n\nTerima kasih,\nRusmiati",
    ),
    Case(
        "email",
        "adpem",
        "Kepada Yth. Sekretariat Daerah Kabupaten Kutai Kartanegara\n\nSaya Hendra Gunawan, guru kelas V di SDN 014 Muara Badak, sudah mengajar 16 tahun. Sekolah kami ada di Desa Saliki, muridnya kebanyakan anak nelayan dan buruh tambak. Tiap musim angin barat banyak murid yang ikut orang tuanya melaut, jadi kami para guru sering harus mengejar materi di bulan-bulan berikutnya. Saya ceritakan ini supaya Bapak/Ibu tahu betapa kami menanti ruang kelas baru.\n\nTahun anggaran 2024 sekolah kami mendapat pembangunan tiga ruang kelas baru dari kabupaten. Sebelum serah terima, dinding bagian belakang sudah retak memanjang dan plafon di ruang paling ujung melengkung. Kami sudah menyampaikan ke dinas pendidikan, jawabannya (saya kutip dari pesan WhatsApp tanggal 4 Februari 2025): 'Itu urusan penyedia, Pak, nanti kami sampaikan ke PPK.' Setelah itu tidak ada kabar, dan sekarang kelas itu mau dipakai tahun ajaran baru.\n\nKami khawatir keselamatan anak-anak. Mohon ada pemeriksaan fisik bangunan sebelum ruang kelas itu dipakai, dan mohon kami diberi tahu hasilnya.\n\nHormat kami,\nHendra Gunawan, S.Pd.",
    ),
    Case(
        "email",
        "adpem",
        "Assalamualaikum wr. wb.\n\nSaya Jumadi, Sekretaris Desa Kembang Janggut. Sebelumnya saya mau menyampaikan kekecewaan soal lambatnya pelayanan surat-menyurat di kantor kecamatan kami, tapi itu nanti saja saya sampaikan terpisah. Yang paling mendesak adalah soal jembatan.\n\nJembatan beton penghubung RT 03 dan RT 05 di atas Sungai Kelekat (papan proyek: nilai kontrak Rp 4,7 miliar, sumber dana APBD Kukar 2023, waktu pelaksanaan 180 hari kalender) sampai hari ini, Mei 2025, masih berupa abutment dan tiang. Gelagarnya tidak pernah dipasang. Kontraktor meninggalkan lokasi sejak pertengahan 2024, besi-besi tulangan di lokasi sudah berkarat dan sebagian hilang.\n\nWarga, termasuk anak sekolah, masih menyeberang pakai perahu ketinting dengan ongkos Rp 5.000 sekali jalan. Kami sudah bersurat ke kabupaten bulan Oktober 2024 dengan nomor surat 140/212/DS-KJ/X/2024, tapi tidak ada tanggapan.\n\nKami mohon penjelasan resmi tentang status proyek jembatan ini dan apakah akan dilanjutkan di tahun anggaran 2025.\n\nWassalam,\nJumadi\nSekdes Kembang Janggut",
    ),
    Case(
        "whatsapp",
        "adpem",
        "Assalamualaikum pak/bu, saya Darman nelayan dari Muara Jawa Ilir. Ini saya kirim lagi ya krn yg kemarin cuma centang dua tdk dibalas. Tambatan perahu (dermaga kayu ulin) di ujung gang Nelayan yg dibangun kabupaten thn lalu baru jadi separuh, papan lantainya baru terpasang kira2 20 meter dari 45 meter. Sdh 7 bulan tdk ada tukang. Kami nelayan susah bongkar ikan, kalau air surut harus jalan di lumpur. Tolong dicek pak proyek itu kapan diselesaikan",
    ),
    Case(
        "whatsapp",
        "adpem",
        "Selamat pagi. Sy Rudi, tukang ojek trayek Kota Bangun - Kembang Janggut. Sy sdh pernah lapor lewat nomor ini tgl 3 April, dibalas 'terima kasih laporannya akan kami teruskan', tp sampai skrg sama sekali tdk ada perubahan. Jalan poros yg baru diaspal ulang bulan Februari 2025 di km 12-15 sdh mengelupas dan berlubang, padahal baru 2 bulan. Aspalnya tipis sekali, bisa dicungkil pakai tangan. Sy minta kualitas pekerjaan itu diperiksa, jgn sampai uang rakyat terbuang",
    ),
    Case(
        "whatsapp",
        "adpem",
        "halo min, sy Nadia mahasiswi asal Tenggarong Seberang. mau nanya lagi soal gedung olahraga di dekat lapangan desa Bukit Pariaman yg dibangun dari 2023. rangka bajanya udh berdiri tapi dari akhir 2023 sampe skrg ga ada aktivitas, rumput udh setinggi pinggang. anak2 muda disini nunggu banget buat latihan voli & futsal. kmrn sy tanya ke kantor desa katanya itu proyek kabupaten bukan desa. jadi gimana kelanjutannya ya? mangkrak kah?",
    ),
    Case(
        "web",
        "adpem",
        "Saya Abdul Kadir, umur 71 tahun, pensiunan mantri kesehatan, tinggal di Desa Loa Duri Ilir, Kecamatan Loa Janan. Bangunan puskesmas pembantu di desa kami yang dibangun ulang dengan dana kabupaten mulai Juni 2024 sampai sekarang belum selesai: atap sudah terpasang tapi pintu, jendela, keramik dan instalasi listrik belum ada. Pelayanan kesehatan terpaksa menumpang di rumah bidan desa yang sempit. Saya sudah melapor lewat SP4N-LAPOR pada Januari 2025 dan jawabannya hanya 'laporan Anda sudah diteruskan ke instansi terkait'. Tidak ada yang datang melihat. Saya mohon pembangunan pustu ini dipantau dan ada kepastian kapan bisa dipakai. Orang tua seperti saya susah kalau harus berobat ke Loa Janan.",
    ),
    Case(
        "web",
        "adpem",
        "Laporan ulang (laporan pertama tanggal 20 Januari 2025 belum ditanggapi). Turap/dinding penahan tebing di tepi Sungai Mahakam, belakang permukiman RT 21 Kelurahan Panji, Tenggarong, yang selesai dikerjakan akhir 2024 sekarang sudah retak di tiga titik dan satu bagian miring ke arah sungai. Tanah di belakangnya mulai turun, dua rumah warga sudah retak lantainya. Kami minta dinding ini diperiksa oleh tim teknis kabupaten dan kontraktornya dimintai tanggung jawab. Pelapor: Syahrani, pedagang sayur di Pasar Tangga Arung, warga RT 21.",
    ),
    Case(
        "web",
        "adpem",
        "Saya Wahyuni, warga Jl. Gunung Belah, Kelurahan Loa Ipuh. Tahun lalu gorong-gorong di mulut gang kami dibongkar dan diganti box culvert baru oleh proyek kabupaten. Ternyata ukurannya lebih kecil dari yang lama, sehingga sejak selesai dibangun justru tiap hujan satu jam saja gang kami tergenang sampai betis. Sebelum ada proyek itu tidak pernah banjir. Saya sudah bicara dengan mandor waktu itu, katanya 'sesuai gambar, Bu'. Mohon proyek ini dievaluasi dan dilaporkan hasilnya, karena jelas perencanaannya tidak sesuai kondisi lapangan.",
    ),
    Case(
        "sms",
        "adpem",
        "Yth Setda Kukar, sy Mulyono warga RT 05 Desa Bukit Raya Tenggarong Seberang. Sdh 2x sy sms tp tdk dibalas. Semenisasi jalan RT kami proyek kab 2024 berhenti sejak Nov, baru separuh. Mohon dicek kapan dilanjut. Trm ksh",
    ),
    Case(
        "sms",
        "adpem",
        "Mohon info pak, jembatan kayu ulin di Desa Sebulu Modern yg dikerjakan thn 2024 blm selesai, lantai baru sebagian, pagar blm ada. Anak sekolah tiap hari lewat situ bahaya. Ini laporan kedua sy. Ibu Sarinah, Sebulu",
    ),
    Case(
        "telegram",
        "adpem",
        "Selamat sore. Saya Ketua RT 09 Desa Bunga Putih, Kecamatan Marangkayu, nama saya Yusran. Saya ulangi lagi laporan yang pernah saya sampaikan waktu kunjungan kerja anggota dewan bulan Maret: pembangunan gedung kantor kecamatan yang baru di jalan poros Bontang-Samarinda berhenti sejak awal 2025. Tembok sudah naik, tapi atap belum ada dan sudah beberapa bulan kena hujan. Warga jadi bertanya-tanya apakah proyek itu mangkrak. Kami mohon ada penjelasan progresnya dan rencana penyelesaiannya.",
    ),
    Case(
        "telegram",
        "adpem",
        "Permisi, saya Fikri, mahasiswa tingkat akhir Teknik Sipil di Samarinda, asli Tenggarong. Untuk skripsi saya butuh data rekap progres fisik dan keuangan proyek-proyek infrastruktur kabupaten tahun 2024 (terutama jalan dan jembatan). Awalnya saya ke Bappeda, disuruh ke Dinas PUPR; di Dinas PUPR saya disuruh ke Setda karena katanya laporan pemantauan pembangunan seluruh perangkat daerah dikompilasi di sana. Surat pengantar dari kampus sudah saya bawa sejak 2 minggu lalu tapi belum ada jawaban. Mohon info prosedurnya.",
    ),
    Case(
        "twitter",
        "adpem",
        "@kukarkab udah 3 bulan lapor soal drainase Jl. Ahmad Dahlan Tenggarong yang dikerjain setengah jalan terus ditinggal. galian masih nganga, udah 2 motor nyemplung. kapan diberesin? #KukarIdaman",
    ),
]

_PBJ = [
    Case(
        "email",
        "pbj",
        "Kepada Yth. Sekretariat Daerah Kab. Kutai Kartanegara\n\nDengan hormat,\nSaya Ir. Bambang Sutrisno, Direktur CV Karya Sanga Mandiri, berkedudukan di Kelurahan Sangasanga Dalam. Perusahaan kami ikut tender paket Rehabilitasi Gedung Serbaguna Kecamatan Sangasanga (HPS Rp 2.350.000.000) pada bulan April 2025.\n\nPada tanggal 22 April 2025 kami mengajukan sanggahan melalui aplikasi karena penawaran kami digugurkan dengan alasan 'personel manajerial tidak memenuhi', padahal SKK ahli yang kami lampirkan masih berlaku sampai 2026. Balasan yang kami terima hanyalah notifikasi otomatis: 'Sanggahan Anda telah diterima dan akan diproses sesuai ketentuan.' Sampai hari ini, 12 Mei 2025, sudah lewat batas waktu jawaban sanggahan, tetapi belum ada jawaban dari Pokja, dan di aplikasi tahapan sudah bergeser ke penandatanganan kontrak.\n\nIni email kedua kami. Kami mohon sanggahan kami dijawab secara tertulis sebelum kontrak ditandatangani.\n\nHormat kami,\nIr. Bambang Sutrisno",
    ),
    Case(
        "email",
        "pbj",
        "Selamat pagi Bapak/Ibu,\n\nSaya Siti Maryam, 39 tahun, pemilik usaha katering rumahan 'Dapur Bunda Maryam' di Kelurahan Melayu, Tenggarong. Usaha ini saya mulai tahun 2018 setelah suami di-PHK dari perusahaan kayu. Sekarang saya mempekerjakan 6 ibu-ibu tetangga dan biasa melayani nasi kotak untuk acara kantor dan hajatan.\n\nSaya ingin sekali bisa menjadi penyedia makan-minum untuk kegiatan pemerintah kabupaten lewat katalog elektronik lokal, karena katanya sekarang belanja kantor harus lewat situ. Perjalanan saya begini:\n- Ke Dinas Koperasi dan UKM, disuruh tanya ke Bagian Perekonomian Setda.\n- Di Bagian Perekonomian saya diberi tahu bahwa pendaftaran penyedia bukan di mereka.\n- Saya datang ke ruang layanan pengadaan di lantai 2, tapi hari itu (Jumat, 25 April) petugasnya sedang rapat.\n\nMohon dijelaskan syarat dan langkah-langkah supaya usaha saya bisa terdaftar dan tayang di e-katalog lokal Kukar, dokumen apa saja yang perlu saya siapkan (NIB saya sudah ada), dan apakah ada pendampingan untuk pelaku usaha kecil.\n\nTerima kasih,\nSiti Maryam",
    ),
    Case(
        "email",
        "pbj",
        "Yth. Admin layanan pengadaan Kabupaten Kukar,\n\nPerkenalkan, saya Agus Salim, pengrajin mebel kayu ulin dan meranti di Jl. Wolter Monginsidi, Tenggarong. Usaha ini warisan ayah saya, sudah berjalan sejak 1994 dan dulu sering mengerjakan meja-kursi untuk sekolah dan kantor desa. Sejak semua harus lewat sistem online, usaha kami sepi order pemerintah.\n\nAkhir Maret 2025 saya mendaftar akun penyedia di SPSE dan sudah datang langsung membawa dokumen asli untuk verifikasi pada 3 April. Petugas waktu itu bilang 'paling lama tiga hari kerja akun aktif'. Sudah lima minggu status akun saya masih 'menunggu verifikasi'. Saya sudah telepon dua kali dan email sekali (tanggal 18 April) tapi tidak ada jawaban.\n\nMohon akun saya segera diaktifkan karena ada paket pengadaan meubelair sekolah yang pendaftarannya ditutup akhir bulan ini.\n\nSalam,\nAgus Salim\nUD Mebel Salim Jaya",
    ),
    Case(
        "email",
        "pbj",
        "Dengan hormat,\n\nSaya Hj. Norhayati, dulu guru SMP selama 20 tahun, sekarang meneruskan usaha konstruksi almarhum suami, CV Nor Mahakam. Terus terang saya juga mau mengeluh soal parkir di kantor bupati yang selalu penuh setiap saya datang mengurus dokumen, tapi bukan itu inti surat ini.\n\nKami mengikuti tender paket Peningkatan Jalan Lingkungan Kelurahan Baru (kode tender tercantum di aplikasi) dan menjadi penawar terendah. Pemenang yang ditetapkan justru penawar urutan ketiga dengan harga Rp 187 juta lebih mahal. Di berita acara hasil pemilihan, alasan gugurnya penawaran kami hanya ditulis 'metode pelaksanaan tidak sesuai' tanpa rincian. Saya sudah bertanya lewat fitur klarifikasi pada 6 Mei, belum dijawab.\n\nSaya mohon penjelasan rinci mengenai hasil evaluasi penawaran kami, dan bagaimana prosedur yang benar bila kami ingin menyanggah.\n\nHormat saya,\nHj. Norhayati",
    ),
    Case(
        "whatsapp",
        "pbj",
        "Siang pak, saya Teguh pemilik toko ATK & fotokopi Berkah di Tenggarong. Mau tanya lagi krn pesan sy minggu lalu blm dijawab. Ada pesanan dari salah satu dinas lewat e-katalog utk kertas dan tinta, tp di sistem statusnya nyangkut di 'negosiasi' sdh sebulan lebih, tdk bisa lanjut ke kontrak. Sy hubungi pejabat pengadaannya katanya kendala sistem, suruh tanya ke pengelola katalog. Mohon dibantu pak, barang sdh sy stok",
    ),
    Case(
        "whatsapp",
        "pbj",
        "Halo kak, saya Dimas, 24 th, punya usaha kecil jasa pembuatan website & aplikasi di Tenggarong bareng 3 teman kuliah. Kemarin sy tanya ke Diskominfo cara ikut pengadaan pembuatan aplikasi pemda, katanya bukan mereka yg ngurus, disuruh ke Setda. Jadi mau tanya: paket pengadaan jasa IT biasanya diumumkan di mana, dan apa syaratnya kalau badan usaha kami masih CV baru berdiri 2024? Makasih kak",
    ),
    Case(
        "whatsapp",
        "pbj",
        "Assalamualaikum, saya Hamdani Kepala Desa Sepatin, Anggana. Sdh pernah sy sampaikan waktu ketemu staf Setda di acara musrenbang kecamatan tapi blm ada tindak lanjut. BUMDes kami punya unit usaha es balok dan ikan kering, mau daftar sbg penyedia supaya bisa ikut melayani belanja pemerintah kabupaten. Apakah BUMDes bisa didaftarkan sbg penyedia di sistem pengadaan kab? Kalau bisa, syaratnya apa saja?",
    ),
    Case(
        "web",
        "pbj",
        "Pengaduan lanjutan. Pada tanggal 14 Maret 2025 saya sudah bertanya di kanal ini mengapa tender paket Pembangunan Pagar dan Gapura Kantor Kecamatan Tabang tiba-tiba dinyatakan gagal setelah masa evaluasi, padahal ada 5 peserta yang memasukkan penawaran termasuk perusahaan kami. Jawaban yang saya terima: 'Silakan dicek di aplikasi'. Di aplikasi hanya tertulis 'tender gagal' tanpa alasan. Kami sudah mengeluarkan biaya cukup besar untuk menyiapkan dokumen. Kami minta penjelasan tertulis alasan tender digagalkan dan kapan akan ditender ulang. Pelapor: Rahmat Hidayat, CV Tabang Lestari.",
    ),
    Case(
        "web",
        "pbj",
        "Saya Lukman, staf administrasi di sebuah perusahaan kontraktor kecil di Samboja. Pada hari terakhir pemasukan penawaran, 29 April 2025, situs layanan pengadaan elektronik kabupaten tidak bisa diakses dari jam 11.00 sampai lewat jam 15.00, sehingga dokumen penawaran kami gagal diunggah. Saya sudah kirim pesan di hari itu juga dan dibalas 'silakan hubungi helpdesk', tetapi nomor helpdesk tidak pernah diangkat. Kami mohon dicek log gangguan server pada hari itu dan dipertimbangkan perpanjangan jadwal atau tender ulang, karena bukan hanya kami yang mengalami.",
    ),
    Case(
        "web",
        "pbj",
        "Kami kelompok penjahit perempuan 'Jahit Bersama' di Kelurahan Jahab, Tenggarong, beranggotakan 11 orang ibu rumah tangga. Tahun lalu kami dengar ada rencana pengadaan seragam untuk pegawai dan petugas di lingkungan pemkab, dan kami diminta menunggu pengumumannya. Sudah kami tanyakan dua kali lewat kantor kelurahan, tapi sampai Mei 2025 paket itu belum juga tampil di rencana umum pengadaan maupun pengumuman lelang. Kami mohon informasi apakah paket pengadaan seragam tahun 2025 ada, kapan diumumkan, dan apakah kelompok usaha kecil seperti kami bisa ikut.",
    ),
    Case(
        "sms",
        "pbj",
        "Sy Arifin, CV Putra Loa Kulu. Akun SPSE kami sdh 3 minggu blm diverifikasi padahal berkas sdh diantar 17 April. Sdh tanya 2x blm ada jwbn. Mohon segera diproses, mau ikut tender bulan ini",
    ),
    Case(
        "sms",
        "pbj",
        "Selamat pagi, mohon info jadwal lelang paket pembangunan jalan usaha tani Kec. Kenohan thn 2025. Tahun lalu diumumkan Maret, skrg sdh Mei blm muncul. Sy sdh tanya di kecamatan, disuruh tanya ke kabupaten. Trims. Hasan",
    ),
    Case(
        "telegram",
        "pbj",
        "Selamat malam. Saya Yohanes, direktur CV Mahakam Raya Teknik. Kami peserta tender paket rehabilitasi puskesmas di Muara Kaman. Undangan pembuktian kualifikasi yang semula tanggal 8 Mei diubah jadi 7 Mei tanpa pemberitahuan di aplikasi maupun email, sehingga kami tidak hadir dan langsung digugurkan. Saya sudah protes lewat telepon ke anggota pokja, katanya 'sudah diumumkan di grup'. Grup apa? Kami tidak pernah dimasukkan grup manapun. Mohon hal ini diperiksa dan kami diberi kesempatan pembuktian.",
    ),
    Case(
        "telegram",
        "pbj",
        "Permisi, saya Rahmah, pedagang bahan bangunan (toko besi & semen) di Kota Bangun. Anak saya yang biasa urus komputer sekarang kuliah di Samarinda, jadi saya sendiri yang belajar. Saya mau mendaftar jadi penyedia supaya toko saya bisa dipesan instansi lewat sistem belanja online pemerintah. Waktu saya ke kantor kecamatan saya disuruh ke kabupaten. Dokumen apa saja yang harus saya bawa dan ke ruangan mana? Apakah bisa dibantu didaftarkan langsung di tempat?",
    ),
    Case(
        "twitter",
        "pbj",
        "@kukarkab LPSE error lagi pas upload dokumen penawaran, batas jam 15.00 hari ini. sudah lapor kemarin juga ga ada respon. tolong diperpanjang dong jadwalnya, bukan salah peserta kalau servernya down",
    ),
]

_ORGANISASI = [
    Case(
        "email",
        "organisasi",
        "Yth. Bapak/Ibu di Setda Kukar,\n\nSaya Hj. Masnah, umur 68 tahun, janda, tinggal di Desa Rapak Lambur, Tenggarong. Saya menulis dibantu cucu saya.\n\nKTP elektronik saya hilang waktu banjir bulan Januari. Saya sudah bolak-balik:\n- 8 Januari ke kantor desa minta surat pengantar, selesai.\n- 10 Januari ke kantor kecamatan, katanya sekarang perekaman di Disdukcapil saja.\n- 13 Januari ke Disdukcapil, antre dari jam 7 pagi, jam 11 dibilang blanko habis, disuruh datang minggu depan.\n- 20 Januari datang lagi, kata petugas data saya 'nyangkut' dan harus kembali ke desa minta surat keterangan lagi.\n- Sejak itu saya sudah 4 kali lagi ke sana.\n\nSudah lebih dari empat bulan, KTP saya belum jadi, dan tidak ada satupun petugas yang bisa menjelaskan berapa lama seharusnya prosesnya dan apa saja syaratnya. Di dinding juga tidak ada papan informasi. Saya butuh KTP untuk mengambil uang pensiun almarhum suami.\n\nSaya mohon ada yang menegur dan memperbaiki cara pelayanan seperti ini, supaya orang tua tidak dipingpong.\n\nHormat saya,\nHj. Masnah",
    ),
    Case(
        "email",
        "organisasi",
        "Kepada Yth. Sekretariat Daerah Kabupaten Kutai Kartanegara\n\nSaya Andi Firmansyah, anak petani sawit di Desa Sebulu Ilir. Ini pengaduan kedua saya atas hal yang sama.\n\nPada 3 Februari 2025 saya mengurus surat izin untuk membuka usaha bengkel kecil. Di loket, petugas meminta 'uang map dan uang administrasi' Rp 150.000 tanpa kuitansi, katanya supaya cepat. Saya sudah laporkan pada 10 Februari lewat email ini, dan dibalas (saya kutip): 'Terima kasih, pengaduan Bapak akan kami tindaklanjuti.' Tiga bulan kemudian, adik ipar saya mengurus hal serupa di loket yang sama dan dimintai uang lagi, kali ini Rp 200.000.\n\nSaya minta kejelasan tindak lanjutnya: apakah petugas itu sudah diperiksa? Dan tolong dipasang pengumuman tertulis bahwa layanan itu gratis bila memang gratis.\n\nHormat saya,\nAndi Firmansyah",
    ),
    Case(
        "email",
        "organisasi",
        "Selamat sore,\n\nSaya Ratna Dewi, guru honorer SD di Kecamatan Muara Muntai. Pekan lalu saya mengambil dokumen di salah satu kantor pelayanan kabupaten. Sebelum dokumen saya diserahkan, petugas menyodorkan tablet dan berkata, 'Isi survei kepuasannya dulu, Bu, pilih yang sangat puas semua ya, baru dokumennya keluar.' Ibu-ibu lain di antrean diperlakukan sama.\n\nMenurut saya ini tidak jujur, karena kenyataannya saya menunggu tiga jam dan harus kembali dua kali. Kalau hasil survei dibuat seperti itu, pimpinan tidak akan pernah tahu keadaan sebenarnya.\n\nSaya pernah menyampaikan ini secara lisan ke satpam kantor tersebut dan ia hanya tertawa. Mohon praktik seperti ini dihentikan dan pengisian survei dibuat bebas.\n\nTerima kasih,\nRatna Dewi",
    ),
    Case(
        "email",
        "organisasi",
        "Dengan hormat,\n\nNama saya Rahmadi, 31 tahun, pekerja lepas. Sebelumnya saya bekerja 6 tahun sebagai operator alat berat di kontraktor tambang di Loa Kulu. Setelah kontrak habis, saya mencari kerja lagi dan perusahaan meminta kartu pencari kerja (AK-1).\n\nSaya mengurusnya sejak 14 April 2025. Pertama saya ke DPMPTSP karena saya kira semua layanan perizinan di sana, ternyata disuruh ke Disnaker. Di Disnaker, petugas bilang kartu bisa diambil 'minggu depan'. Minggu depannya dibilang penandatangan sedang dinas luar. Seminggu lagi dibilang printer rusak. Sampai sekarang hampir sebulan kartu itu belum jadi, dan saya sudah kehilangan satu kesempatan kerja.\n\nDi kantor itu tidak terpampang berapa lama layanan seharusnya selesai. Saya hanya ingin tahu: sebenarnya berapa hari standar waktu pembuatan kartu itu, dan ke mana saya harus mengadu jika petugas tidak menepatinya?\n\nHormat saya,\nRahmadi",
    ),
    Case(
        "whatsapp",
        "organisasi",
        "Selamat siang pak. Sy Sulastri, pedagang kue di pasar Loa Janan. Mau lapor lagi, minggu lalu sdh sy kirim tp blm dibalas. Di papan depan kantor kecamatan tertulis jam layanan 08.00-15.00, tp sdh 3x sy datang jam 11-an loketnya sdh kosong, petugas tdk ada. Tanya ke staf lain katanya 'sudah pulang, datang besok saja'. Sy jualan pagi, cuma bisa datang siang. Tolong ditertibkan pak",
    ),
    Case(
        "whatsapp",
        "organisasi",
        "Assalamualaikum. Sy Fitri ibu muda dari Kelurahan Loa Tebu. Kmrn sy urus surat keterangan sehat utk anak daftar sekolah di puskesmas, petugasnya minta 50rb, tdk dikasih kuitansi. Tetangga sy kena 75rb. Sy sdh tanya ke dinas kesehatan lewat telpon, katanya tarifnya tdk segitu dan disuruh lapor ke pengaduan kabupaten. Jadi sy lapor kesini. Mohon diperiksa",
    ),
    Case(
        "whatsapp",
        "organisasi",
        "Selamat pagi. Sy Pak Ramli, 63 thn, nelayan Muara Pantuan. Sy sdh kirim pengaduan tgl 2 Maret lewat aplikasi pengaduan kabupaten, dapat nomor tiket, tp sdh 70 hari tdk ada tanggapan sama sekali, status masih 'menunggu'. Sy tdk tahu lagi hrs kemana. Sebetulnya berapa lama pengaduan wajib dijawab? Siapa yg bertanggung jawab kalau pengaduan didiamkan begini?",
    ),
    Case(
        "web",
        "organisasi",
        "Saya Darmawan, pedagang bahan pokok di Tenggarong Seberang. Pada 6 Januari 2025 saya mengajukan permohonan izin bangunan untuk ruko dua pintu. Di brosur layanan yang dibagikan petugas tertulis waktu penyelesaian 14 hari kerja. Sampai hari ini, sudah lebih dari empat bulan, izin belum terbit. Setiap saya tanyakan jawabannya berubah-ubah: 'masih di tim teknis', 'menunggu tanda tangan', 'berkas harus dilengkapi' (padahal tidak pernah disebutkan berkas apa). Saya minta pelayanan ini dievaluasi karena tidak sesuai janji yang mereka tulis sendiri.",
    ),
    Case(
        "web",
        "organisasi",
        "Saya Syamsuddin, nelayan di Kelurahan Kampung Baru, Muara Jawa. Untuk mengurus surat keterangan usaha sebagai syarat pinjaman koperasi, saya dikenai biaya Rp 100.000 oleh petugas di kantor kelurahan, katanya biaya administrasi. Setahu saya surat itu tidak dipungut biaya. Saya sudah tanya ke lurah, katanya 'itu sukarela', tapi petugas tidak mau memproses kalau tidak bayar. Mohon kejelasan apakah ada tarif resmi, dan kalau tidak ada, mohon pungutan ini dihentikan dan diumumkan kepada warga.",
    ),
    Case(
        "web",
        "organisasi",
        "Pengaduan kedua (pertama lewat telepon pengaduan 12 Maret). Saya Yanto, sopir truk angkutan sembako, sudah 15 tahun. Setiap uji berkala kendaraan di Tenggarong, di area pelayanan selalu ada calo yang menawarkan 'paket lulus' Rp 400.000 dan petugas loket terang-terangan menyuruh kami lewat calo itu kalau mau cepat. Yang mengurus sendiri disuruh antre sampai sore dan sering diminta kembali besok. Saya minta praktik percaloan ini diberantas dan ada kejelasan alur serta waktu layanan yang ditempel di tempat.",
    ),
    Case(
        "sms",
        "organisasi",
        "Sy Marlina, urus akta kelahiran anak di Disdukcapil dimintai 100rb sama petugas biar cepat. Katanya gratis kan? Sdh lapor ke petugas lain tdk digubris. Mohon ditindak",
    ),
    Case(
        "sms",
        "organisasi",
        "Pak, ini laporan ke-3 sy. Pelayanan surat pindah di kantor camat Samboja lambat sekali, sdh 3 minggu blm selesai, tiap datang disuruh balik lagi tanpa alasan jelas. Tdk ada info berapa lama seharusnya. Hamid, Samboja",
    ),
    Case(
        "telegram",
        "organisasi",
        "Selamat siang. Saya Drs. Sabran, pensiunan guru, 66 tahun. Saya sedang mengurus perbaikan data kepegawaian untuk keperluan pensiun janda istri kelak. Berkas sudah saya serahkan ke BKPSDM sejak Desember 2024. Setiap saya tanya, petugas bilang 'sabar, Pak', dan terakhir seorang staf mengisyaratkan perlu 'uang rokok' supaya berkas diangkat dari tumpukan. Saya sudah pernah melapor hal ini ke seorang pejabat secara lisan, tapi tidak ada perubahan. Saya mohon ada pemeriksaan atas pelayanan ini.",
    ),
    Case(
        "telegram",
        "organisasi",
        "Halo admin, saya Aulia mahasiswi KKN di Kecamatan Muara Kaman. Saya mau kasih masukan soal survei kepuasan pelayanan: di kantor-kantor yang kami kunjungi QR code survei yang ditempel di loket tidak bisa dibuka (link mati), jadi warga tidak bisa menilai. Sudah saya laporkan 2 minggu lalu lewat email ke alamat yang tertera di poster, tapi emailnya malah mental. Mohon diperbaiki supaya warga bisa memberi penilaian.",
    ),
    Case(
        "twitter",
        "organisasi",
        "antre dari jam 7 di Disdukcapil Kukar, jam 12 loket tutup tanpa info apa2. ini kedua kalinya minggu ini. ga ada jadwal, ga ada nomor antrean yang jelas. @kukarkab tolong dibenahi pelayanannya",
    ),
]

_UMUM = [
    Case(
        "email",
        "umum",
        "Yth. Bapak/Ibu pengelola Kantor Bupati Kutai Kartanegara,\n\nSaya Rizky Pratama, ketua Forum Pemuda Pecinta Lingkungan Tenggarong. Kami kelompok anak muda yang sejak 2021 rutin membersihkan tepian Mahakam setiap Minggu pagi, dan sekarang anggota kami sekitar 60 orang dari berbagai kelurahan.\n\nPada 14 April 2025 kami mengantar surat permohonan peminjaman ruang pertemuan di kompleks Kantor Bupati untuk kegiatan pelatihan pengelolaan sampah, rencananya 24 Mei 2025, peserta sekitar 80 orang. Surat diterima di meja depan dan kami diberi tanda terima. Sampai hari ini, tiga minggu kemudian, belum ada jawaban apakah ruangannya bisa dipakai atau tidak. Kami sudah menelepon dua kali dan dijawab 'masih diproses'.\n\nKami butuh kepastian paling lambat minggu ini karena harus menyebar undangan ke peserta. Bila ruangan tersebut tidak tersedia, mohon disarankan ruangan lain di kompleks yang bisa dipinjam.\n\nHormat kami,\nRizky Pratama",
    ),
    Case(
        "email",
        "umum",
        "Dengan hormat,\n\nSaya H. Syahrir, 62 tahun, tokoh masyarakat Desa Jembayan, Loa Kulu. Pada 3 Maret 2025 saya mengantar langsung surat yang ditujukan kepada Bapak Bupati ke Kantor Bupati di Tenggarong. Saya ceritakan perjalanannya:\n- Di pos jaga depan saya disuruh ke lobi.\n- Di lobi, petugas bilang surat untuk Bupati harus lewat bagian yang mengurus surat masuk, lalu saya diantar ke sebuah ruangan di lantai 1. Petugas di sana menerima tanpa memberi tanda terima karena 'stempelnya sedang dipinjam'.\n- Sebulan kemudian saya kembali menanyakan, dan saya dioper ke Bagian Pemerintahan, karena katanya isi surat soal desa. Di Bagian Pemerintahan mereka bilang tidak pernah menerima surat dari saya.\n- Kembali ke ruangan surat, mereka bilang tidak menemukan catatannya.\n\nJadi surat saya hilang begitu saja. Saya mohon dicek pencatatan surat masuk tanggal 3 Maret 2025 atas nama H. Syahrir, dan bila memang tidak tercatat, saya minta dibuatkan tanda terima yang sah untuk surat yang akan saya antar ulang.\n\nHormat saya,\nH. Syahrir",
    ),
    Case(
        "email",
        "umum",
        "Selamat pagi,\n\nSaya Indah Permatasari, karyawan swasta di Samarinda yang setiap akhir pekan pulang ke rumah orang tua di Samboja. Pada hari Minggu, 27 April 2025, saya melihat sebuah mobil dinas berpelat merah KT xxxx (foto terlampir) dipakai untuk rekreasi keluarga di Pantai Pangempang, Muara Badak. Mobil itu penuh anak-anak dan perlengkapan piknik, parkir dari pagi sampai sore.\n\nIni sebenarnya sudah kedua kalinya saya melapor. Laporan pertama saya sampaikan lewat media sosial pemkab bulan Desember 2024 untuk mobil dinas lain di Pantai Tanah Merah, dan admin hanya membalas 'terima kasih atas informasinya'.\n\nSaya minta kendaraan dinas yang dipegang di lingkungan Kantor Bupati ditertibkan pemakaiannya dan ada aturan yang jelas soal pemakaian di luar jam kerja.\n\nTerima kasih,\nIndah Permatasari",
    ),
    Case(
        "email",
        "umum",
        "Kepada Yth. Sekretariat Daerah Kukar\n\nSaya Sugiono, 70 tahun, pensiunan. Setiap bulan saya datang ke Kantor Bupati untuk urusan organisasi veteran dan warakauri. Saya mau menyampaikan soal halaman parkir. Setiap hari kerja, tempat parkir di depan gedung utama penuh oleh kendaraan pegawai sejak jam 7 pagi, sehingga tamu seperti saya harus parkir di bahu jalan dan berjalan jauh di bawah terik. Dua minggu lalu motor saya disenggol mobil yang keluar-masuk karena parkir tidak teratur, tidak ada petugas yang mengatur.\n\nSaya sudah pernah menyampaikan ke satpam di pos depan, jawabannya 'memang begitu, Pak'.\n\nMohon disediakan area parkir khusus tamu, terutama untuk lansia dan penyandang disabilitas, dan ada petugas yang mengatur.\n\nHormat saya,\nSugiono",
    ),
    Case(
        "whatsapp",
        "umum",
        "Selamat sore. Sy Yusuf, warga Tenggarong. Tadi jam 14.00 sy mau masuk kantor bupati utk antar berkas, gerbang samping dikunci & satpam di pos bicara kasar, suruh sy putar ke gerbang depan, di gerbang depan dibilang tamu hanya sampai jam 12. Padahal di surat undangan dinas sy disuruh datang jam 14.00. Ini sdh kedua kalinya. Tolong petugas jaga diberi arahan sopan santun & aturan tamu yg jelas",
    ),
    Case(
        "whatsapp",
        "umum",
        "Assalamualaikum, mohon maaf mengganggu. Sy Bu Nurul, minggu lalu sdh kirim pesan soal ini tp blm ada tanggapan. Toilet umum di lobi kantor bupati kotor sekali, bau, air mati, pintunya ada yg tdk bisa dikunci. Sy datang bawa ibu sy yg sdh sepuh, kasihan. Kantor pemerintah kabupaten masa toiletnya begitu. Mohon dibersihkan & diperbaiki",
    ),
    Case(
        "whatsapp",
        "umum",
        "Pagi pak, saya Wati yg jualan nasi kuning di seberang kantor bupati. Mau sampaikan lagi, pohon besar di sudut parkiran kantor bupati (dekat gerbang samping) dahannya sdh patah menggantung sejak angin kencang Kamis lalu. Sy sdh bilang ke satpam tp blm dipotong. Tiap hari banyak motor parkir di bawahnya, takut jatuh kena orang. Sekalian atap ruang tunggu tamu juga bocor kalau hujan",
    ),
    Case(
        "web",
        "umum",
        "Saya Muhammad Iqbal, Ketua Kelompok Tani Hutan di Kecamatan Tabang. Kami mengirim surat permohonan kepada Bupati pada 17 Februari 2025 melalui kantor pos tercatat (resi saya simpan, status pos: diterima di Kantor Bupati Kukar tanggal 20 Februari). Sampai sekarang kami tidak mendapat kabar apa pun, bahkan tidak tahu surat itu sudah diagendakan dan didisposisikan ke mana. Mohon kami diberi informasi nomor agenda dan ke unit mana surat kami diteruskan, supaya kami bisa menindaklanjuti ke tempat yang tepat.",
    ),
    Case(
        "web",
        "umum",
        "Saya Evi Susanti, pengurus komunitas senam lansia 'Sehat Ceria' Tenggarong. Bulan lalu kami mengajukan peminjaman aula di kompleks Kantor Bupati untuk acara senam dan pemeriksaan tensi gratis tanggal 10 Mei. Jawaban petugas waktu itu: 'Mohon maaf, aula sudah terpakai pada tanggal tersebut.' Ternyata pada tanggal 10 Mei aula itu kosong dan terkunci seharian (kami lihat sendiri karena akhirnya kami senam di halaman). Kami ingin tahu bagaimana sebenarnya tata cara dan jadwal peminjaman aula, dan apakah kami bisa mengajukan lagi untuk bulan Juli.",
    ),
    Case(
        "web",
        "umum",
        "Saya Bayu, pengemudi ojek daring di Tenggarong. Hampir setiap pagi di Jl. Wolter Monginsidi, mobil dinas berpelat merah yang keluar dari kompleks Kantor Bupati melaju kencang dan menyalip sembarangan, kemarin (Selasa, 6 Mei sekitar jam 07.30) hampir menabrak anak sekolah di penyeberangan. Saya sudah mencatat nomor polisinya. Saya pernah menegur langsung, malah dibentak. Mohon pengemudi kendaraan dinas di kantor bupati dibina dan ditertibkan.",
    ),
    Case(
        "sms",
        "umum",
        "Pak, lampu parkiran motor kantor bupati bagian belakang mati sdh 2 minggu. Kmrn helm & jas hujan sy hilang waktu rapat sampai malam. Sdh lapor pos satpam blm diperbaiki. Mohon ditambah penjagaan. Dedi",
    ),
    Case(
        "sms",
        "umum",
        "Selamat siang, sy Ahmad Kusasi. Sy antar surat permohonan ke Bupati tgl 2 April di kantor bupati, sampai skrg blm ada kabar. Mohon dicek surat sy sdh tercatat/masuk blm. Trm ksh",
    ),
    Case(
        "telegram",
        "umum",
        "Selamat pagi. Saya Hj. Rosidah, 74 tahun, pakai tongkat. Kemarin saya ke gedung utama Kantor Bupati untuk urusan organisasi wanita. Lift di gedung itu rusak (kata satpam sudah sebulan) dan ruang tunggu di lantai bawah panas sekali karena AC mati, sehingga saya harus naik tangga dibantu dua orang. Cucu saya bilang dia sudah pernah mengirim pesan soal lift ini lewat Instagram pemkab tapi tidak dibalas. Mohon lift dan AC segera diperbaiki, kasihan orang tua dan disabilitas.",
    ),
    Case(
        "telegram",
        "umum",
        "Permisi, saya Andika. Hari Senin 5 Mei sekitar jam 10 dompet saya jatuh di area parkir Kantor Bupati (dekat musala). Isinya KTP, SIM, ATM dan uang Rp 600 ribu. Saya sudah tanya ke pos jaga, katanya tidak ada yang menyerahkan dan untuk lihat rekaman CCTV harus ada izin pimpinan. Sudah 3 hari saya menunggu izinnya. Mohon bantuan agar rekaman CCTV bisa diperiksa.",
    ),
    Case(
        "twitter",
        "umum",
        "@kukarkab parkiran Kantor Bupati penuh mobil dinas tiap pagi, tamu terpaksa parkir di bahu jalan. udah pernah saya mention bulan lalu, belum ada perubahan. tolong sediakan parkir tamu",
    ),
]

_PROKOM = [
    Case(
        "email",
        "prokom",
        "Yth. Bapak/Ibu di Sekretariat Daerah Kukar,\n\nSaya Sukarno, Ketua Gabungan Kelompok Tani 'Maju Bersama' di Kecamatan Kota Bangun, beranggotakan 14 kelompok tani. Sejak 2023 gapoktan kami menanam padi dan jagung di lahan rawa, dan tahun lalu kami mengalami gagal panen karena banjir panjang.\n\nKami sudah lama ingin bertemu langsung dengan Bapak Bupati untuk menyampaikan aspirasi petani rawa. Ceritanya begini: kami awalnya menyampaikan ke Dinas Pertanian, lalu disarankan ke Bagian Sumber Daya Alam Setda, dan dari sana kami diberi tahu bahwa untuk bertemu Bupati harus mengajukan surat permohonan audiensi. Surat tersebut sudah kami kirim pada 15 Januari 2025 dan kami tanyakan lagi pada Maret, jawabannya 'sedang menunggu jadwal Bapak'.\n\nSekarang sudah Mei. Kami mohon kepastian apakah permohonan audiensi kami diterima dan kapan kira-kira jadwalnya. Kami siap menyesuaikan, delegasi kami 10 orang.\n\nHormat kami,\nSukarno",
    ),
    Case(
        "email",
        "prokom",
        "Assalamualaikum wr. wb.\n\nSaya Baharuddin, Ketua Panitia Festival Kampung Nelayan 2025 di Desa Tanjung Limau, Kecamatan Muara Badak. Desa kami adalah kampung nelayan tua, sebagian besar warganya nelayan bagan dan pengolah ikan asin. Festival ini kami adakan tiap tahun sejak 2019 dan tahun ini ada lomba perahu hias, pasar ikan murah, dan syukuran laut.\n\nPada 2 April 2025 kami mengirim undangan resmi agar Bapak Bupati berkenan membuka festival pada Sabtu, 21 Juni 2025. Sampai hari ini kami belum menerima konfirmasi apakah Bapak Bupati bisa hadir atau akan diwakilkan. Kami perlu kepastian untuk mengatur susunan acara, tempat duduk dan sambutan.\n\nMohon informasi siapa yang bisa kami hubungi untuk koordinasi kehadiran Bapak Bupati.\n\nWassalam,\nBaharuddin",
    ),
    Case(
        "email",
        "prokom",
        "Kepada Yth. Sekretariat Daerah Kabupaten Kutai Kartanegara\n\nSaya Reza Maulana, jurnalis media daring lokal yang meliput wilayah Kukar sejak 2020. Saya menulis lagi karena email saya pada 10 April belum dijawab.\n\nPermasalahannya: jadwal kegiatan Bupati sekarang tidak pernah dibagikan ke wartawan di luar beberapa media tertentu. Rilis resmi juga baru diunggah berhari-hari setelah acara. Pada 8 April saya ditolak masuk meliput penandatanganan di Pendopo dengan alasan 'wartawan harus terdaftar', tetapi ketika saya tanyakan cara mendaftar, petugas tidak tahu.\n\nSaya mohon penjelasan: bagaimana cara wartawan mendapatkan jadwal kegiatan pimpinan dan rilis pers, dan bagaimana prosedur pendaftaran wartawan untuk peliputan kegiatan Bupati.\n\nHormat saya,\nReza Maulana",
    ),
    Case(
        "email",
        "prokom",
        "Selamat malam,\n\nSaya Sri Wahyuningsih, guru SMP di Kecamatan Kenohan, sudah 22 tahun mengajar IPS. Selain mengajar saya juga membina sanggar tari anak-anak desa, dan bulan lalu sanggar kami tampil menyambut kunjungan kerja Bapak Bupati di Desa Semayang.\n\nSayangnya, di akun Instagram resmi Bupati, foto kunjungan itu diberi keterangan 'kunjungan kerja di Desa Semayang, Kecamatan Muara Wis', padahal Semayang ada di Kenohan. Anak-anak dan orang tua mereka kecewa. Saya sudah berkomentar di unggahan itu dan mengirim pesan langsung dua kali, tidak ada tanggapan dan keterangannya belum diubah.\n\nMohon keterangan unggahan tersebut diperbaiki. Terima kasih atas perhatiannya.\n\nSri Wahyuningsih",
    ),
    Case(
        "whatsapp",
        "prokom",
        "Assalamualaikum pak. Sy Nanda, cucu almarhum veteran pejuang di Tenggarong. Tahun lalu keluarga kami dijanjikan kakek sy yg satunya (masih hidup, 94 thn, juga veteran) akan diundang duduk di tribun kehormatan upacara 17 Agustus di lapangan kantor bupati. Tp undangannya tdk pernah datang. Tahun ini tolong jgn sampai terulang. Bagaimana caranya supaya beliau masuk daftar undangan upacara?",
    ),
    Case(
        "whatsapp",
        "prokom",
        "Selamat siang kak, saya Farhan ketua BEM salah satu kampus di Tenggarong. Ini pesan ke-2, yg pertama tgl 20 April blm dibalas. Kami sdh kirim surat permohonan audiensi dgn Bapak Bupati utk sampaikan hasil kajian mahasiswa soal transportasi anak sekolah di pedalaman. Mohon info surat kami sdh diterima dan kapan bisa dijadwalkan. Makasih",
    ),
    Case(
        "whatsapp",
        "prokom",
        "Pagi, sy Andi warga Loa Janan. Komentar sy di IG resmi Bupati kok dihapus terus dan akun sy sekarang diblokir? Sy cuma tanya kapan jalan di desa sy diperbaiki, bahasanya sopan. Sdh 3x sy komentar, hilang semua. Sy minta penjelasan siapa yg kelola akun itu, kenapa warga yg bertanya baik2 malah diblokir",
    ),
    Case(
        "web",
        "prokom",
        "Saya Hj. Siti Aisyah, ketua Majelis Taklim Nurul Iman di Kelurahan Sukarame, Tenggarong. Majelis kami akan mengadakan peringatan Maulid Nabi sekaligus syukuran 25 tahun majelis pada Minggu, 7 September 2025, dengan perkiraan 1.000 jemaah ibu-ibu dari berbagai kecamatan. Kami sudah menyerahkan undangan untuk Bapak Bupati di kantor bupati pada 28 April, tetapi belum ada kabar. Kami mohon kepastian apakah Bapak Bupati berkenan hadir dan memberi sambutan, karena kami perlu menyiapkan protokol acaranya.",
    ),
    Case(
        "web",
        "prokom",
        "Saya Laila, siswi kelas XI SMA di Tenggarong. Untuk tugas Bahasa Indonesia kami diminta menganalisis teks pidato pejabat. Saya ingin meminta naskah lengkap sambutan Bapak Bupati pada upacara peringatan Hari Jadi Kota Tenggarong tanggal 28 September 2024. Saya sudah mencari di situs pemkab dan media sosial, hanya ada potongan videonya. Waktu saya tanya ke kantor kecamatan, disarankan menghubungi kantor bupati. Apakah naskah itu bisa dibagikan?",
    ),
    Case(
        "web",
        "prokom",
        "Saya Maria Goretti, pemimpin redaksi sebuah tabloid mingguan di Kukar. Pengaduan kedua: wartawan kami pada 30 April ditolak masuk jumpa pers Bupati tentang program prioritas 2025, sementara beberapa media lain diizinkan. Sampai sekarang kami tidak menerima rilis resmi dari jumpa pers tersebut meskipun sudah meminta. Kami meminta perlakuan yang sama bagi semua media dan daftar kontak resmi untuk mendapatkan rilis serta jadwal konferensi pers pimpinan.",
    ),
    Case(
        "sms",
        "prokom",
        "Yth pak, sy Ketua Panitia Pembangunan Masjid Al-Ikhlas Desa Loa Lepu. Undangan peresmian masjid utk Bapak Bupati tgl 15 Juni sdh kami antar 5 Mei, blm ada konfirmasi hadir. Mohon kabar. H. Tamrin",
    ),
    Case(
        "sms",
        "prokom",
        "Slmt pagi, sy Yulianti ketua kelompok wanita nelayan Desa Muara Pantuan. Surat permohonan bertemu Bapak Bupati sdh kami kirim Feb, blm dijawab. Mohon dijadwalkan, kami ingin sampaikan langsung aspirasi ibu2 nelayan",
    ),
    Case(
        "telegram",
        "prokom",
        "Selamat siang. Saya Masrani, Kepala Desa Muara Kaman Ulu. Soal sengketa batas dengan desa tetangga sudah kami urus di kecamatan dan di Bagian Pemerintahan sejak tahun lalu dan prosesnya masih berjalan di sana. Yang kami mohon sekarang lain: kami bersama tokoh adat kedua desa ingin menghadap Bapak Bupati secara langsung, supaya beliau mendengar sendiri dan suasana di masyarakat tidak makin panas. Surat permohonan menghadap sudah kami kirim 7 April. Mohon dibantu penjadwalannya.",
    ),
    Case(
        "telegram",
        "prokom",
        "Permisi, saya Pangeran Noto, salah satu kerabat Kesultanan yang tinggal di Tenggarong. Pada upacara peringatan Hari Jadi Kabupaten tahun lalu, beberapa tokoh adat yang biasanya hadir tidak mendapat undangan dan yang datang tidak diberi tempat duduk. Untuk acara tahun ini kami mohon tokoh adat dimasukkan dalam daftar undangan resmi dan ditata tempatnya sesuai kebiasaan. Kepada siapa kami bisa menyerahkan daftar nama?",
    ),
    Case(
        "twitter",
        "prokom",
        "Min @kukarkab, live IG sambutan Pak Bupati kemarin ga ada suaranya dari menit 5 sampe habis. udah komen pas live ga direspon. tolong diunggah ulang videonya yg lengkap ya, warga di kecamatan pengen nonton",
    ),
]

_PERENCANAAN_KEUANGAN = [
    Case(
        "email",
        "perencanaan_keuangan",
        "Kepada Yth. Sekretariat Daerah Kabupaten Kutai Kartanegara\n\nSaya Hj. Rahmawati, pemilik usaha katering 'Rumah Makan Sari Mahakam' di Tenggarong. Pada bulan Oktober dan November 2024 kami menyediakan konsumsi (snack dan makan siang) untuk 9 kali rapat di lingkungan Sekretariat Daerah berdasarkan pesanan tertulis, dengan total tagihan Rp 18.750.000. Kuitansi dan berita acara serah terima sudah kami serahkan pada 6 Desember 2024.\n\nSampai sekarang belum dibayar. Saya sudah bertanya ke mana-mana:\n- Ke staf yang dulu memesan di Bagian Umum, katanya berkas sudah diteruskan.\n- Ke Bagian Protokol, karena dua rapat itu acara pimpinan, katanya bukan mereka yang membayar.\n- Lalu disuruh ke bagian keuangan Setda, di sana dijawab 'menunggu anggaran perubahan'.\n\nSaya usaha kecil dan harus menggaji 8 karyawan. Mohon kepastian kapan tagihan kami dibayar.\n\nHormat saya,\nHj. Rahmawati",
    ),
    Case(
        "email",
        "perencanaan_keuangan",
        "Dengan hormat,\n\nSaya Yogi Saputra, tenaga pendukung (non-ASN) di salah satu bagian di Sekretariat Daerah Kukar sejak 2019. Honor kami untuk bulan Januari, Februari dan Maret 2025 belum dibayarkan. Saya sudah menanyakan lewat email ini pada 15 April dan mendapat jawaban (saya kutip): 'Honor sedang dalam proses, menunggu terbitnya SP2D.' Sekarang sudah pertengahan Mei dan belum ada yang masuk ke rekening kami, sementara teman-teman di dinas lain sudah menerima.\n\nKami tetap masuk kerja setiap hari. Banyak rekan yang sudah berutang untuk biaya sekolah anak. Mohon penjelasan apa kendalanya dan kapan honor tersebut dibayarkan.\n\nHormat saya,\nYogi Saputra",
    ),
    Case(
        "email",
        "perencanaan_keuangan",
        "Yth. Bapak/Ibu,\n\nSaya Dr. Hasanuddin, dosen administrasi publik di sebuah universitas di Samarinda. Saya lahir dan besar di Muara Muntai, jadi setiap undangan dari Kukar selalu saya usahakan penuhi. Pada 19 November 2024 saya menjadi narasumber dalam bimbingan teknis penyusunan dokumen kinerja yang diselenggarakan oleh Sekretariat Daerah Kukar di Tenggarong, berdasarkan surat undangan resmi.\n\nSampai hari ini honorarium narasumber beserta penggantian transport belum saya terima. Panitia sudah meminta nomor rekening, NPWP dan tanda tangan daftar hadir pada hari itu. Saya menanyakan ke panitia pada Januari dan Maret, jawabannya 'segera diproses'.\n\nSaya tidak ingin mempersoalkan besarnya, hanya mohon kejelasan status pembayarannya.\n\nHormat saya,\nDr. Hasanuddin",
    ),
    Case(
        "email",
        "perencanaan_keuangan",
        "Assalamualaikum.\n\nSaya Nurhasanah, istri dari Pak Samsul, pengemudi di Sekretariat Daerah Kukar yang sudah bertugas sejak 2008. Kami tinggal di Kelurahan Loa Ipuh bersama tiga anak, yang sulung sedang kuliah di Balikpapan. Suami saya orangnya pendiam dan tidak enak bertanya, jadi saya yang menulis.\n\nSejak Februari 2025 tunjangan tambahan penghasilan suami saya dipotong hampir separuh tanpa penjelasan. Suami tidak pernah absen dan tidak pernah mendapat teguran. Ketika ia bertanya ke bendahara, jawabannya 'ikut hasil perhitungan sistem'. Kami minta rincian perhitungan potongan itu dan, bila ada kesalahan, mohon dikembalikan.\n\nWassalam,\nNurhasanah",
    ),
    Case(
        "whatsapp",
        "perencanaan_keuangan",
        "Siang pak, saya Hendri dari percetakan Mahakam Grafika. Mau tanya lagi soal tagihan cetak spanduk, backdrop & baliho utk acara2 Setda bln Januari-Februari, total Rp 12.400.000. Kwitansi sdh sy serahkan ke Setda 3 Maret. Sdh 2x sy WA staf yg pesan, katanya 'masih di keuangan'. Mohon info kapan dibayar pak",
    ),
    Case(
        "whatsapp",
        "perencanaan_keuangan",
        "Pagi bu, maaf sy tanya lagi. Sy staf Setda yg ikut perjalanan dinas ke Jakarta tgl 10-13 Februari. Biaya tiket & hotel sy talangi pakai uang pribadi Rp 7,8 jt, bukti sdh dikumpulkan lengkap tgl 17 Feb. Sampai sekarang penggantiannya blm cair. Mohon infonya kendalanya dimana, sy harus bayar cicilan. Terima kasih. Dina",
    ),
    Case(
        "whatsapp",
        "perencanaan_keuangan",
        "Selamat sore. Sy Riko, pelaksana kegiatan di salah satu bagian Setda. Laporan pertanggungjawaban kegiatan bulan Maret kami sdh 3x dikembalikan verifikator, tiap kali dgn catatan yg berbeda, sekali soal kuitansi, sekali soal daftar hadir, sekali soal pajak. Akibatnya pencairan kegiatan berikutnya tertahan. Mohon dibuatkan daftar persyaratan yg jelas sekaligus, biar tdk bolak balik",
    ),
    Case(
        "web",
        "perencanaan_keuangan",
        "Saya Gunawan, pemilik toko alat tulis kantor di Tenggarong Seberang. Pesanan ATK untuk Sekretariat Daerah bulan Januari 2025 sudah kami kirim lengkap, nilai faktur Rp 9.650.000. Pembayaran yang masuk ke rekening kami bulan April hanya Rp 8.210.000 tanpa rincian potongan. Saya sudah menanyakan ke staf yang memesan dua kali dan diminta bersabar. Mohon dijelaskan rincian potongan (pajak atau lainnya) dan bila ada kekurangan bayar, kapan dilunasi.",
    ),
    Case(
        "web",
        "perencanaan_keuangan",
        "Saya Fatimah, guru SD di Tenggarong. Pada Desember 2024 saya diminta menjadi juri lomba pidato dalam rangkaian kegiatan yang diselenggarakan Sekretariat Daerah, dengan surat tugas resmi. Panitia menjanjikan honor juri dibayarkan satu minggu setelah acara. Sudah lima bulan belum saya terima, dan dua juri lain juga belum. Ketika saya tanya ke panitia, katanya 'anggarannya ikut tahun ini'. Mohon kejelasan kapan honor itu dibayarkan.",
    ),
    Case(
        "web",
        "perencanaan_keuangan",
        "Pengaduan lanjutan (yang pertama melalui surat tertanggal 10 Maret 2025). Saya Liem Kok Heng, pengelola hotel di Jl. Panjaitan Tenggarong. Pada November 2024 Sekretariat Daerah memesan 14 kamar selama 3 malam untuk tamu kegiatan, dengan surat pesanan resmi, total Rp 16.380.000. Tagihan belum dibayar sampai sekarang. Kami mohon jadwal pasti pembayarannya karena sudah masuk tahun anggaran baru.",
    ),
    Case(
        "sms",
        "perencanaan_keuangan",
        "Pak sy Siti, petugas kebersihan tenaga kontrak di Setda. Gaji sy & teman2 bln Maret & April blm dibayar. Sdh tanya ke bendahara katanya belum cair. Kami mohon segera pak, anak mau bayar sekolah",
    ),
    Case(
        "sms",
        "perencanaan_keuangan",
        "Slmt siang, sy Jaelani pemilik usaha sewa tenda & kursi. Tagihan sewa utk acara Setda bln Desember Rp 6.500.000 blm dibayar, sdh 3x sy tanyakan. Mohon kepastian",
    ),
    Case(
        "telegram",
        "perencanaan_keuangan",
        "Selamat pagi. Saya Arman, staf pelaksana di Sekretariat Daerah. Saya menjalankan perjalanan dinas ke Kecamatan Tabang 3 hari pada bulan Maret. Uang harian yang dibayarkan ternyata dihitung untuk 2 hari saja, dan biaya speedboat pulang-pergi Rp 1.200.000 tidak diganti, padahal tiketnya sudah saya lampirkan. Saya sudah mengajukan koreksi ke bendahara bulan April, belum ada jawaban. Mohon ditinjau ulang perhitungannya.",
    ),
    Case(
        "telegram",
        "perencanaan_keuangan",
        "Permisi, saya Melati pemilik toko bunga di Tenggarong. Sejak Oktober 2024 Setda beberapa kali memesan karangan bunga papan untuk ucapan selamat dan duka cita atas nama pimpinan, total 11 papan, Rp 8.250.000. Nota sudah saya serahkan ke staf yang memesan, tapi sampai sekarang belum dibayar. Sudah saya tanyakan lewat telepon bulan Februari. Mohon dibantu kepastiannya.",
    ),
    Case(
        "twitter",
        "perencanaan_keuangan",
        "sudah 5 bulan tagihan konsumsi rapat di Setda Kukar belum dibayar. kami UMKM kecil, modal habis buat talangin. tiap ditanya jawabnya 'sabar'. @kukarkab tolong kepastiannya",
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
