# ruff: noqa: E501
"""Blind set written 2026-12-07 (twenty-ninth of the day) for issue 16: government units and public institutions as complainants: regional offices, camat and lurah offices, village heads and staff, BPD members, schools, puskesmas, regional enterprises' staff, honorary staff and civil servants of other offices; official e-mails (Nota Dinas, numbered letters), staff WhatsApp groups and quick chats between officials, web forms; some name several offices or matters, or the writer's own office. 15 cases per section; per section 5 email, 3 web, 3 whatsapp, 1 sms, 2 telegram, 1 twitter (60 email, 36 each of web and whatsapp, 24 telegram, 12 each of sms and twitter). Written by two helper sessions, six sections each, with the same instructions, and joined into this file unread.

Written without reading config.yaml, routing/ or tests/routing/; each case is labelled only from
the mandates in docs/sections.md.

Scored ONCE, blind, with the rules of main 5ea3c23 (this file committed unread in that commit;
after the tuning on 2026-12-07y, z, ab and aa), on 2026-12-08 at 00:02 UTC: 164/180 correct =
91.1% (Wilson 95% interval 86.0%-94.5%), no fallback. Per channel: email 55/60 = 91.7%, sms
12/12, telegram 22/24, twitter 10/12, web 33/36, whatsapp 32/36. The rules of 5fbef44 (the
session's start) place 163/180 (email 55/60).
The errors (index in CASES, label -> got): #5 pemerintahan -> hukum, #53 kerjasama -> kesra, #54
kerjasama -> pemerintahan, #58 kerjasama -> perekonomian, #59 kerjasama -> pemerintahan, #64
perekonomian -> pemerintahan, #65 perekonomian -> organisasi, #77 sda -> pemerintahan, #79 sda ->
pemerintahan, #88 sda -> pemerintahan, #91 adpem -> pemerintahan, #100 adpem -> pemerintahan,
#126 organisasi -> pemerintahan, #158 prokom -> pemerintahan, #164 prokom -> sda, #165
perencanaan_keuangan -> perekonomian.
"""

from __future__ import annotations

from tests.routing.case import Case

_PEMERINTAHAN = [
    Case(
        "email",
        "pemerintahan",
        "Nomor: 100.3/214/Kec-LK/IX/2025\nLampiran: 1 (satu) berkas peta sketsa\nPerihal: Permohonan fasilitasi penegasan batas Desa Jembayan dan Desa Loa Kulu Kota\n\nYth. Sekretaris Daerah Kabupaten Kutai Kartanegara\ndi Tenggarong\n\nSehubungan dengan belum tuntasnya kesepakatan batas antara Desa Jembayan dan Desa Loa Kulu Kota, bersama ini kami sampaikan bahwa pada tanggal 2 September 2025 telah terjadi perselisihan antarwarga saat pemasangan patok di sekitar Jalan Poros Loa Kulu km 4. Kedua kepala desa mengklaim wilayah seluas kurang lebih 38 hektare yang di dalamnya terdapat 2 (dua) RT. Musyawarah di tingkat kecamatan tanggal 9 September 2025 belum menghasilkan kesepakatan.\n\nMengingat penetapan batas desa merupakan kewenangan kabupaten, kami mohon kiranya dapat difasilitasi rapat penegasan batas beserta tim teknis dan peninjauan lapangan.\n\nDemikian disampaikan, atas perhatiannya diucapkan terima kasih.\n\nCamat Loa Kulu,\nDrs. H. Syahrial Noor",
    ),
    Case(
        "email",
        "pemerintahan",
        "Yth. Bapak Asisten I Setda Kukar\n\nDengan hormat,\nBersama ini kami Badan Permusyawaratan Desa (BPD) Desa Muara Enggelam, Kecamatan Muara Wis, melaporkan bahwa Kepala Desa kami, Bapak Amransyah, meninggal dunia pada 21 Agustus 2025 sedangkan masa jabatannya masih tersisa sekitar 3 tahun. Sampai hari ini (15 September 2025) belum ada Penjabat Kepala Desa yang ditunjuk, sehingga penandatanganan dokumen, SPP Dana Desa tahap II, dan surat keterangan warga terhambat. Sekretaris desa hanya menjalankan tugas harian tanpa surat perintah.\n\nKami mohon penjelasan mekanisme pengangkatan Pj Kepala Desa serta jadwal musyawarah desa untuk pemilihan antarwaktu sesuai ketentuan yang berlaku.\n\nHormat kami,\nKetua BPD Desa Muara Enggelam\nM. Sarbini\nHP 0813-4660-xxxx",
    ),
    Case(
        "email",
        "pemerintahan",
        "Nota Dinas\nDari: Lurah Mangkurawang\nKepada: Yth. Sekretaris Daerah c.q. Asisten I\nTanggal: 4 Februari 2025\nNomor: 400/37/KL-MKR/II/2025\nHal: Usulan pemekaran RT 14 dan RT 22\n\n1. Sehubungan dengan bertambahnya jumlah kepala keluarga di Perumahan Griya Mangkurawang Asri, RT 14 saat ini mencapai 312 KK dan RT 22 mencapai 287 KK.\n2. Warga telah melaksanakan musyawarah pada 12 Januari 2025 dan menyepakati pembentukan 3 RT baru (berita acara terlampir).\n3. Kami mohon petunjuk mengenai prosedur penetapan RT baru, penomoran, serta penerbitan SK Ketua RT definitif agar pendataan penduduk dan penyaluran insentif RT tahun 2025 tidak terganggu.\n\nDemikian, mohon arahan lebih lanjut.\n\nLurah Mangkurawang,\nRahmawati, S.STP",
    ),
    Case(
        "email",
        "pemerintahan",
        "Nomor: 421/1180/Disdikbud/VIII/2025\nPerihal: Permohonan koordinasi status wilayah SDN 017 Tenggarong Seberang\n\nYth. Sekretaris Daerah Kab. Kutai Kartanegara\n\nBersama ini kami sampaikan bahwa SD Negeri 017 yang berlokasi di Dusun Karya Bakti tercatat di Dapodik masuk Kecamatan Tenggarong Seberang, namun pada pengajuan sertifikat tanah sekolah, pihak Kecamatan Sebulu menyatakan lokasi tersebut berada di wilayah Desa Sumber Sari, Kecamatan Sebulu. Kedua kantor camat mengeluarkan surat keterangan domisili yang berbeda.\n\nSelain itu, warga dusun tersebut sebagian ber-KTP Sebulu dan sebagian Tenggarong Seberang, sehingga pendataan siswa dan pemilih menjadi rancu. Kami tidak berwenang memutuskan batas kecamatan, oleh karena itu kami mohon Setda dapat mengoordinasikan penegasan batas antara kedua kecamatan tersebut.\n\nDemikian, atas perhatian Bapak kami ucapkan terima kasih.\n\nan. Kepala Dinas Pendidikan dan Kebudayaan\nSekretaris,\nDrs. Bambang Wahyudi, M.Pd",
    ),
    Case(
        "email",
        "pemerintahan",
        "Kepada Yth. Sekretaris Daerah Kukar\n\nDengan hormat,\nKami anggota BPD Desa Sungai Mariam, Kecamatan Anggana, menyampaikan keberatan atas tindakan Kepala Desa yang pada 3 Maret 2025 memberhentikan Kaur Keuangan dan Kasi Pelayanan tanpa rekomendasi tertulis dari Camat Anggana. Kedua perangkat digantikan oleh kerabat kepala desa. Kami sudah menyurati Camat tanggal 10 Maret, tetapi hingga kini belum ada tindak lanjut.\n\nKami mohon pembinaan dan evaluasi terhadap proses pengangkatan dan pemberhentian perangkat desa tersebut, karena kegiatan administrasi desa, termasuk laporan realisasi APBDes, menjadi terhambat.\n\nHormat kami,\nWakil Ketua BPD Desa Sungai Mariam\nRusdiansyah\n(surat ditembuskan ke Camat Anggana dan Dinas PMD)",
    ),
    Case(
        "web",
        "pemerintahan",
        "Nama: Hendra Saputra\nInstansi: Pemerintah Desa Sebulu Ilir (Sekretaris Desa)\nKategori: Lainnya\nIsi: Mohon informasi, masa jabatan Penjabat Kepala Desa kami berakhir 30 November 2025 sesuai SK Bupati. Sampai sekarang belum ada kabar perpanjangan atau penggantian. Apakah desa kami masuk jadwal pemilihan kepala desa serentak gelombang berikutnya? Kalau tidak, siapa yang mengusulkan Pj baru, camat atau BPD? Kami khawatir terjadi kekosongan saat pencairan ADD akhir tahun.",
    ),
    Case(
        "web",
        "pemerintahan",
        "Nama: Sulastri\nInstansi: Kantor Kelurahan Loa Ipuh\nNo. HP: 0852-5011-xxxx\nPesan: Selamat siang. Kami dari kelurahan menerima banyak pertanyaan ketua RT dan RW tentang SK pengangkatan pengurus RT periode 2025-2028. Ada 9 RT yang sudah melaksanakan pemilihan sejak Juni tetapi SK penetapannya belum terbit, sehingga mereka tidak bisa menandatangani surat pengantar warga dan belum terdaftar sebagai penerima insentif. Mohon kejelasan siapa yang menetapkan dan berapa lama prosesnya.",
    ),
    Case(
        "web",
        "pemerintahan",
        "Nama: Yusuf Hamdani\nInstansi: Kantor Camat Muara Kaman, Kasi Tapem\nJudul: Sengketa lahan kas desa antara Desa Sedulang dan Desa Muara Kaman Ulu\nUraian: Lahan sekitar 12 ha di tepi Sungai Kedang Rantau yang tercatat sebagai tanah kas Desa Sedulang sejak 1998 kini juga didaftarkan oleh Desa Muara Kaman Ulu sebagai aset desa dalam Perdes tahun 2024. Kedua desa sama-sama menerbitkan surat keterangan penguasaan tanah kepada warga yang berbeda. Mediasi kecamatan tanggal 14 Mei 2025 buntu. Kami mohon penanganan di tingkat kabupaten sebelum terjadi konflik fisik saat musim tanam.",
    ),
    Case(
        "whatsapp",
        "pemerintahan",
        "Izin Pak Kabag, assalamualaikum. Sy Ridwan staf Kecamatan Samboja. Mohon arahan pak, warga Dusun Tani Mulya di Desa Tani Bhakti sudah 3 kali rapat minta dimekarkan jadi desa sendiri, jumlah penduduk sdh 2.400 jiwa lebih. Kami bingung syarat dan alurnya dari mana, apakah cukup usulan BPD ke bupati atau harus ada kajian dulu. Pak camat minta kami konsultasi ke Setda dulu sebelum menjawab warga. Terima kasih pak 🙏",
    ),
    Case(
        "whatsapp",
        "pemerintahan",
        "Selamat pagi Bu, mohon maaf mengganggu. Saya Kades Teluk Dalam, Muara Jawa. Format Laporan Penyelenggaraan Pemerintah Desa akhir masa jabatan yg baru itu apakah sudah ada edaran? Masa jabatan saya habis Januari 2026, kata kecamatan laporannya harus masuk paling lambat 3 bulan sebelumnya. Kalau ada contoh formatnya mohon dikirim ke grup ya Bu. Terima kasih.",
    ),
    Case(
        "whatsapp",
        "pemerintahan",
        "Lapor Ndan/Bapak Asisten, Babinsa Koramil Kota Bangun. Situasi Desa Liang Ulu sejak penetapan calon kades kemarin (18/10) agak memanas. Pendukung salah satu calon protes karena calonnya dinyatakan tidak memenuhi syarat oleh panitia desa, sempat kumpul massa sekitar 50 org di depan kantor desa. Aman terkendali, tapi mohon Setda segera koordinasi dgn camat dan panitia kabupaten soal keberatan hasil verifikasi calon, supaya tdk berlarut sampai hari pemungutan suara.",
    ),
    Case(
        "sms",
        "pemerintahan",
        "Yth Setda Kukar, sy Kades terpilih Desa Rapak Lambur hasil pemilihan 20 Juli 2025. Sdh 2 bln blm ada jadwal pelantikan, kades lama sdh habis masa jabatan. Mohon info kapan pelantikan dilaksanakan. Trm ksh. Abdul Kadir",
    ),
    Case(
        "telegram",
        "pemerintahan",
        "Pak, izin bertanya. Kami dari kantor camat Anggana. Desa Tani Baru sudah ada Perdes perubahan nama dusun dan penataan 4 dusun jadi 6 dusun, tapi di aplikasi profil desa Kemendagri dan data kode wilayah masih yang lama. Untuk pengajuan perubahan datanya apakah lewat Setda atau langsung ke DPMD? Takutnya nanti pengusulan dana desa tahun depan masih pakai data dusun lama.",
    ),
    Case(
        "telegram",
        "pemerintahan",
        "Selamat malam. Kapolsek Muara Badak melaporkan: siang tadi (7/3/2025) sekitar 20 warga Desa Badak Baru mencabut 6 patok batas yang dipasang Desa Saliki di lahan sekitar Jl. Poros Muara Badak–Marangkayu. Keduanya saling mengklaim kawasan tersebut masuk wilayah desanya. Kami sudah amankan lokasi dan lakukan pertemuan dengan kedua kades, namun mereka menunggu keputusan kabupaten soal batas resmi. Mohon tindak lanjut dari Pemkab untuk penyelesaiannya.",
    ),
    Case(
        "twitter",
        "pemerintahan",
        "@SetdaKukar Admin Desa Perjiwa menanyakan tindak lanjut usulan perubahan status desa kami menjadi kelurahan yang sudah diajukan sejak 2023. Warga terus bertanya, mohon ada kejelasan tahapan dan syaratnya 🙏 #Kukar #Tenggarong",
    ),
]

_KESRA = [
    Case(
        "email",
        "kesra",
        "Nomor: 422/305/SMAN1-KB/IX/2025\nPerihal: Belum cairnya beasiswa Kukar Idaman siswa berprestasi\n\nYth. Sekretaris Daerah Kabupaten Kutai Kartanegara\n\nDengan hormat,\nBersama ini kami sampaikan bahwa 12 (dua belas) alumni SMA Negeri 1 Kota Bangun angkatan 2025 yang dinyatakan lulus seleksi beasiswa pendidikan tinggi dari Pemerintah Kabupaten (pengumuman tanggal 30 Juni 2025) hingga saat ini belum menerima pencairan dana semester pertama. Para siswa saat ini telah berkuliah di Samarinda dan Yogyakarta, dan sebagian terancam tidak dapat membayar UKT sebelum batas 30 September 2025.\n\nKami lampirkan daftar nama, nomor rekening, dan bukti kelulusan. Mohon kiranya dapat dibantu penelusuran dan percepatan pencairannya.\n\nKepala SMA Negeri 1 Kota Bangun,\nSiti Aminah, S.Pd., M.Pd",
    ),
    Case(
        "email",
        "kesra",
        "Nomor: B-1420/Kk.16.2/HJ.00/04/2025\nHal: Koordinasi dukungan pemberangkatan jemaah haji Kabupaten Kutai Kartanegara\n\nYth. Sekretaris Daerah Kab. Kutai Kartanegara\n\nSehubungan dengan jadwal masuk asrama haji Balikpapan bagi jemaah asal Kukar (kloter 8 dan 9) pada tanggal 14 Mei 2025, bersama ini kami mohon dukungan Pemerintah Kabupaten berupa armada bus pengantaran dari Tenggarong, pelepasan jemaah oleh pimpinan daerah, serta pendampingan tim kesehatan daerah. Jumlah jemaah 412 orang dari 20 kecamatan, 37 di antaranya lansia risiko tinggi.\n\nMohon dapat dijadwalkan rapat koordinasi pada minggu ketiga April 2025.\n\nKepala Kantor Kementerian Agama Kab. Kutai Kartanegara,\nH. Muhammad Ridha",
    ),
    Case(
        "email",
        "kesra",
        "Nota Dinas\nDari: Camat Muara Kaman\nKepada: Yth. Sekretaris Daerah Kabupaten Kutai Kartanegara\nNomor: 450/88/Kec-MK/VI/2025\nHal: Menanyakan tindak lanjut proposal bantuan rehabilitasi Masjid Al-Ikhlas Desa Sedulang\n\n1. Pengurus Masjid Al-Ikhlas Desa Sedulang telah mengajukan proposal bantuan rehabilitasi atap dan tempat wudhu senilai Rp 185.000.000 melalui kecamatan pada 15 November 2024.\n2. Proposal telah diverifikasi lapangan oleh tim kecamatan dan dinyatakan layak (berita acara terlampir).\n3. Hingga Juni 2025 pengurus belum mendapat kepastian apakah proposal masuk daftar penerima tahun anggaran 2025.\n\nMohon informasi dan arahan lebih lanjut.\n\nCamat Muara Kaman,\nH. Ahmad Rifani, S.Sos",
    ),
    Case(
        "email",
        "kesra",
        "Kepada Yth. Sekda Kukar\n\nAssalamu'alaikum wr. wb.\nBersama ini kami Kantor Camat Sebulu selaku tuan rumah MTQ ke-45 tingkat Kabupaten Kutai Kartanegara tahun 2025 menyampaikan beberapa hal yang memerlukan keputusan segera:\n1. Kepastian besaran dana pendukung penyelenggaraan dari kabupaten, karena pembangunan arena utama di lapangan Sebulu Ilir harus dimulai paling lambat 1 Juli 2025;\n2. Penetapan dewan hakim dan jadwal technical meeting kafilah 20 kecamatan;\n3. Standar hadiah dan uang pembinaan bagi juara.\nSampai saat ini panitia kecamatan belum menerima SK panitia tingkat kabupaten.\n\nWassalamu'alaikum wr. wb.\nSekretaris Kecamatan Sebulu,\nNoor Hasanah, S.E",
    ),
    Case(
        "email",
        "kesra",
        "Nomor: 440/211/PKM-LJ/VII/2025\nPerihal: Penonaktifan peserta jaminan kesehatan yang dibiayai daerah\n\nYth. Sekretaris Daerah Kabupaten Kutai Kartanegara\n\nBersama ini kami sampaikan bahwa selama Juli 2025 Puskesmas Loa Janan menerima 63 pasien warga kurang mampu yang kepesertaan jaminan kesehatannya (dibiayai APBD) mendadak nonaktif, termasuk 5 pasien cuci darah dan 8 ibu hamil. Menurut keterangan warga, Dinas Sosial menyatakan masalah ada pada data kependudukan, sedangkan Dinas Kesehatan mengarahkan ke Dinsos.\n\nKarena menyangkut program kesejahteraan lintas perangkat daerah, kami mohon Setda dapat mengoordinasikan Dinsos, Dinkes, dan Disdukcapil agar kepesertaan dipulihkan.\n\nKepala UPT Puskesmas Loa Janan,\ndr. Yuliana Pratiwi",
    ),
    Case(
        "web",
        "kesra",
        "Nama: Rahmadi\nInstansi: Pemerintah Desa Tanjung Limau (Kasi Kesejahteraan desa)\nPesan: Insentif guru mengaji TPA dan marbot masjid di desa kami untuk triwulan I dan II tahun 2025 belum diterima, padahal data 27 orang sudah kami kirim lewat kecamatan bulan Januari. Para guru ngaji terus bertanya. Mohon info apakah ada perubahan data atau syarat baru.",
    ),
    Case(
        "web",
        "kesra",
        "Nama: Herlina Dewi\nInstansi: Kepala Desa Bhuana Jaya, Kec. Tenggarong Seberang\nJudul: Status proposal hibah kelompok\nPesan: Kelompok PKK dan Karang Taruna Bhuana Jaya mengajukan proposal hibah untuk peralatan pelatihan menjahit dan sarana olahraga (total Rp 75 juta) pada Agustus 2024. Kami sudah melengkapi akta dan rekening kelompok sesuai permintaan, tapi sampai sekarang belum ada pemberitahuan lolos atau tidak. Mohon informasi status dan jadwal verifikasinya.",
    ),
    Case(
        "web",
        "kesra",
        "Nama: Drs. Marjuki\nInstansi: SMP Negeri 2 Kenohan\nPesan: Kami menemukan 19 siswa dari keluarga nelayan dan petani tidak mampu di Kenohan yang tidak masuk daftar penerima bantuan perlengkapan sekolah dan biaya pendidikan dari Pemkab tahun ajaran 2025/2026, padahal tahun lalu mereka menerima. Operator sekolah sudah mengisi data, Disdik bilang daftar final ditetapkan lintas dinas. Mohon bantuan penelusuran agar mereka bisa diusulkan susulan.",
    ),
    Case(
        "whatsapp",
        "kesra",
        "Izin Pak Kabag, sy Fauzan dr KUA Kecamatan Tabang. Mohon arahan pak, para penyuluh agama non PNS & guru ngaji di pedalaman Tabang tanya insentif dari kabupaten untuk triwulan III kok blm masuk, biasanya Agustus sdh cair. Ada 41 org pak, banyak yg tinggal di Muara Salung & Sidomulyo, jauh. Apakah ada verifikasi ulang? Mohon infonya pak supaya kami bisa sampaikan 🙏",
    ),
    Case(
        "whatsapp",
        "kesra",
        "Assalamualaikum Bu, ini Ratna dari kantor Kecamatan Marangkayu. MTQ tingkat kecamatan kami tgl 22-24 Mei. Kami mau tanya apakah dari kabupaten ada bantuan dewan hakim atau minimal pedoman penilaian terbaru, dan kuota peserta yg dikirim ke MTQ kabupaten brp per cabang. Biar kami bisa sesuaikan seleksinya. Makasih Bu",
    ),
    Case(
        "whatsapp",
        "kesra",
        "Pagi Pak, izin. Lurah Loa Ipuh. Pengurus Gereja GKII Jemaat Loa Ipuh Darat mau mengajukan bantuan pembangunan gedung gereja yg baru, sudah ada IMB/PBG dan rekomendasi FKUB. Mereka tanya syarat proposal & batas waktu pengajuan untuk tahun anggaran 2026. Boleh dikirimi format terbarunya pak? Terima kasih.",
    ),
    Case(
        "sms",
        "kesra",
        "Slmt siang, sy Sekdes Benua Puhun Muara Kaman. Bantuan renovasi langgar Nurul Huda yg dijanjikan th lalu blm ada kabar, proposal sdh msk Okt 2024. Mohon info. Trm ksh",
    ),
    Case(
        "telegram",
        "kesra",
        "Selamat siang Pak. Kami dari seksi kesejahteraan sosial Kecamatan Loa Kulu. Ada 3 panti asuhan dan 1 yayasan disabilitas di wilayah kami yang tahun ini tidak masuk daftar penerima hibah padahal sudah terdaftar di Dinsos dan rutin lapor. Apakah ada kriteria baru? Mohon arahan supaya kami bisa bantu mereka melengkapi untuk tahun depan.",
    ),
    Case(
        "telegram",
        "kesra",
        "Izin Pak, kepala MA Nurul Islam Sebulu. Ada 7 santri kami hafiz 30 juz yang tahun lalu dijanjikan masuk program beasiswa tahfiz kabupaten, tapi namanya tidak ada di pengumuman 2025. Mohon info kemana kami harus mengajukan ulang, dan apakah sertifikat hafalan dari LPTQ kecamatan sudah cukup sebagai syarat.",
    ),
    Case(
        "twitter",
        "kesra",
        "Kami SMKN 1 Samboja menanyakan kapan pendaftaran beasiswa kabupaten untuk lulusan 2025 dibuka? Banyak alumni kami yang lolos PTN tapi kesulitan biaya. Mohon info resmi @SetdaKukar @kukarkab",
    ),
]

_HUKUM = [
    Case(
        "email",
        "hukum",
        "Nomor: 551/709/Dishub/V/2025\nLampiran: 1 (satu) eksemplar draf\nPerihal: Permohonan harmonisasi Rancangan Peraturan Bupati tentang Tarif Parkir di Tepi Jalan Umum\n\nYth. Sekretaris Daerah Kabupaten Kutai Kartanegara\n\nBersama ini kami sampaikan draf Rancangan Peraturan Bupati tentang Tarif dan Tata Cara Pemungutan Parkir di Tepi Jalan Umum dalam wilayah Kota Tenggarong sebagai tindak lanjut perubahan Perda Pajak dan Retribusi Daerah. Mohon kiranya dapat dijadwalkan rapat pembahasan dan harmonisasi, mengingat target penetapan pada Juli 2025 untuk mulai penerapan parkir non-tunai di kawasan Jalan Sudirman dan Pasar Tangga Arung.\n\nDemikian, atas perhatiannya diucapkan terima kasih.\n\nKepala Dinas Perhubungan,\nIr. H. Rakhmat Fauzi, M.T",
    ),
    Case(
        "email",
        "hukum",
        "Nota Dinas\nDari: Camat Tenggarong Seberang\nKepada: Yth. Sekretaris Daerah\nNomor: 180/132/Kec-TS/III/2025\nHal: Gugatan di PTUN Samarinda\n\n1. Pada tanggal 10 Maret 2025 kami menerima relaas panggilan sidang Pengadilan Tata Usaha Negara Samarinda perkara Nomor 21/G/2025/PTUN.SMD, dengan Tergugat Camat Tenggarong Seberang, terkait surat keterangan riwayat tanah yang kami terbitkan untuk lahan di Desa Bukit Raya.\n2. Sidang pertama (pemeriksaan persiapan) dijadwalkan 24 Maret 2025.\n3. Mengingat kami tidak memiliki tenaga yang menguasai litigasi, kami mohon pendampingan dan penerbitan surat kuasa khusus dari Pemerintah Kabupaten.\n\nCamat Tenggarong Seberang,\nH. Darmawan, S.Sos., M.Si",
    ),
    Case(
        "email",
        "hukum",
        "Nomor: 445/1503/RSUD-AMP/VIII/2025\nPerihal: Permohonan pendapat yuridis atas sengketa kontrak layanan laundry\n\nYth. Sekretaris Daerah Kabupaten Kutai Kartanegara\n\nSehubungan dengan wanprestasi yang dilakukan CV Bersih Mahakam selaku penyedia jasa laundry linen RSUD A.M. Parikesit sejak April 2025 (keterlambatan berulang dan kehilangan 640 potong linen), penyedia kini mengirimkan somasi kepada kami karena pembayaran termin ke-3 kami tahan. Bersama ini kami mohon konsultasi dan pendapat dari Setda mengenai langkah yang sah untuk pemutusan kontrak, perhitungan denda, dan jawaban atas somasi tersebut, agar tidak menimbulkan gugatan di kemudian hari.\n\nDirektur RSUD A.M. Parikesit,\ndr. Martina Yulianti, Sp.PK",
    ),
    Case(
        "email",
        "hukum",
        "Yth. Admin pengelola dokumentasi peraturan Setda Kukar\n\nDengan hormat,\nKami dari Sekretariat DPRD Kukar menemukan bahwa Perda Nomor 4 Tahun 2023 tentang Penyelenggaraan Ketertiban Umum dan Perda Nomor 1 Tahun 2024 tentang Pajak dan Retribusi Daerah belum tersedia di situs database peraturan daerah; tautan unduhan yang ada mengarah ke halaman error. Beberapa Perbup tahun 2024 juga masih bertanda 'belum diundangkan' padahal sudah tercatat di Berita Daerah.\n\nMohon dapat diperbaiki karena dokumen tersebut dibutuhkan anggota dewan untuk bahan reses bulan depan.\n\nHormat kami,\nKasubbag Perundang-undangan Setwan\nNurul Fadilah, S.H",
    ),
    Case(
        "email",
        "hukum",
        "Nomor: 300/61/Kel-TMB/IV/2025\nPerihal: Permohonan pendampingan advokat bagi warga tidak mampu\n\nYth. Sekretaris Daerah Kabupaten Kutai Kartanegara\n\nBersama ini kami sampaikan bahwa warga kami, Sdr. Ahmad Junaidi (34 tahun), buruh harian dan pemegang KIS PBI, saat ini ditahan Polres Kukar atas dugaan penggelapan sepeda motor dan akan segera disidangkan di PN Tenggarong. Keluarganya tidak mampu membiayai pengacara. Kami melampirkan surat keterangan tidak mampu dan mohon yang bersangkutan dapat difasilitasi pendampingan melalui program bantuan bagi warga miskin yang dibiayai Pemerintah Kabupaten atau LBH mitra.\n\nLurah Timbau,\nSyarifah Nurul, S.STP",
    ),
    Case(
        "web",
        "hukum",
        "Nama: Agus Priyono\nInstansi: Bapenda Kukar, Bidang Pendapatan\nPesan: Kami butuh salinan resmi Perbup Nomor 11 Tahun 2025 tentang tata cara pemungutan PBB-P2 beserta lampirannya untuk bahan sosialisasi di 20 kecamatan. Versi yang ada di situs peraturan hanya halaman 1-6, lampiran tabel NJOP tidak ikut terunggah. Mohon dibantu dikirimkan atau diunggah ulang.",
    ),
    Case(
        "web",
        "hukum",
        "Nama: Sri Wahyuni\nInstansi: Dinas Lingkungan Hidup dan Kehutanan Kukar\nJudul: Progres Raperda pengelolaan sampah\nPesan: Raperda tentang Pengelolaan Sampah dan Retribusi Pelayanan Persampahan yang kami ajukan masuk Propemperda 2025, tetapi sampai September belum ada jadwal fasilitasi ke Biro di Provinsi. Mohon informasi posisi berkasnya dan apakah naskah akademik perlu direvisi lagi setelah masukan rapat tanggal 12 Juni.",
    ),
    Case(
        "web",
        "hukum",
        "Nama: Yohanes Lembang, S.Pd\nInstansi: SD Negeri 003 Loa Kulu (Kepala Sekolah)\nPesan: Sekolah kami menerima surat somasi dari seseorang bernama H. Jamrani yang mengklaim lahan sekolah seluas 2.400 m2 adalah milik orang tuanya dan meminta ganti rugi Rp 1,2 miliar dalam 14 hari, atau akan digugat ke pengadilan. Tanah ini tercatat sebagai aset Pemkab sejak 1986. Kami tidak tahu harus menjawab bagaimana, mohon pendampingan dari Pemkab.",
    ),
    Case(
        "whatsapp",
        "hukum",
        "Izin Pak Kabag, mohon arahan. Draf Perbup tentang Pedoman Tata Naskah Dinas yg kami kirim dari Dinas Perpustakaan dan Kearsipan tgl 3 Juni kemarin sdh sampai mana ya pak? Kami ditegur BPK krn tata naskah masih pakai Perbup 2012. Kalau perlu rapat pembahasan kami siap kapan saja pak. Terima kasih.",
    ),
    Case(
        "whatsapp",
        "hukum",
        "Selamat siang Bu, sy Kasi Trantib Kecamatan Tenggarong. Mau konsultasi bu: berdasarkan Perda ketertiban umum, apakah kecamatan boleh menyita gerobak PKL yg sdh 3x diperingatkan di trotoar Jl. Ahmad Yani? Atau harus Satpol PP kabupaten? Kami takut salah langkah dan digugat balik pedagang. Mohon pencerahannya 🙏",
    ),
    Case(
        "whatsapp",
        "hukum",
        "Pak mohon maaf, dari Dinkes. Perbup ttg tarif layanan puskesmas yg ditandatangani bupati bulan lalu itu sdh diberi nomor dan diundangkan belum ya? Puskesmas blm bisa menerapkan tarif baru krn blm ada nomor Berita Daerahnya. Kalau sdh ada mohon dikirim salinannya ke kami.",
    ),
    Case(
        "sms",
        "hukum",
        "Yth Setda, sy Kades Loa Duri Ilir. Ada warga sy janda 3 anak digugat cerai & hak asuh, tdk mampu bayar pengacara. Apakah ada program pendampingan gratis dr Pemkab? Mohon info. Trm ksh",
    ),
    Case(
        "telegram",
        "hukum",
        "Selamat pagi. Kapolsek Tenggarong Seberang izin bertanya. Untuk operasi penertiban penjualan minuman beralkohol di kios-kios sepanjang Jl. Poros Samarinda, kami butuh salinan Perda Kukar tentang pengendalian dan pengawasan minuman beralkohol yang terbaru beserta perubahannya, sebagai dasar tindakan bersama Satpol PP. Di website resmi tidak kami temukan. Mohon bantuannya.",
    ),
    Case(
        "telegram",
        "hukum",
        "Izin Pak, saya staf BPBD Kukar. Saya dapat surat panggilan dari PN Tenggarong sebagai saksi dalam perkara gugatan perdata warga Desa Kutai Lama terhadap Pemkab soal ganti rugi lahan untuk tanggul darurat 2022. Sidang tgl 19 Agustus. Apakah sudah ada kuasa yang ditunjuk dari Pemkab, dan saya perlu koordinasi dengan siapa sebelum memberi keterangan?",
    ),
    Case(
        "twitter",
        "hukum",
        "Situs peraturan daerah Kukar sudah 3 hari tidak bisa diakses, padahal kami di kecamatan perlu unduh Perbup terbaru soal pelimpahan kewenangan camat. Mohon segera diperbaiki @SetdaKukar 🙏",
    ),
]

_KERJASAMA = [
    Case(
        "email",
        "kerjasama",
        "Nomor: 078/UNIKARTA/R/II/2025\nPerihal: Permohonan perpanjangan Nota Kesepahaman\n\nYth. Bupati Kutai Kartanegara\nc.q. Sekretaris Daerah\n\nDengan hormat,\nSehubungan dengan berakhirnya Nota Kesepahaman antara Pemerintah Kabupaten Kutai Kartanegara dan Universitas Kutai Kartanegara Nomor 415.4/012/PEM/2020 pada 31 Desember 2024, bersama ini kami mengajukan perpanjangan kesepakatan tersebut untuk periode 2025-2029, meliputi KKN tematik di 193 desa, magang mahasiswa di perangkat daerah, serta penelitian bersama di bidang pertanian dan pariwisata. Draf naskah terlampir. Kegiatan KKN gelombang I dijadwalkan 1 Juli 2025.\n\nRektor Universitas Kutai Kartanegara,\nDr. H. Aji Syarif, M.Si",
    ),
    Case(
        "email",
        "kerjasama",
        "Nomor: 500/117/Kec-MJ/VII/2025\nPerihal: Penyaluran program tanggung jawab sosial perusahaan di Kecamatan Muara Jawa\n\nYth. Sekretaris Daerah Kabupaten Kutai Kartanegara\n\nSehubungan dengan program tanggung jawab sosial perusahaan migas di wilayah kami berupa pembangunan instalasi air bersih, bersama ini kami sampaikan bahwa dari 8 desa/kelurahan yang diusulkan dalam forum Musrenbang Kecamatan 2025, hanya Kelurahan Muara Jawa Ulu dan Muara Jawa Pesisir yang menerima. Desa Dondang dan Kelurahan Teluk Dalam yang paling rawan air justru tidak termasuk, tanpa penjelasan dari pihak perusahaan.\n\nMohon Setda dapat memfasilitasi pertemuan dengan perusahaan dan forum TJSL kabupaten agar penyaluran tahun berjalan dapat disesuaikan.\n\nCamat Muara Jawa,\nAndi Ridwan, S.Sos",
    ),
    Case(
        "email",
        "kerjasama",
        "Nota Dinas\nDari: Kepala Dinas Pariwisata\nKepada: Yth. Sekretaris Daerah\nNomor: 556/402/Dispar/VI/2025\nHal: Fasilitasi penandatanganan PKS dengan Pemerintah Kota Samarinda\n\n1. Dinas Pariwisata Kukar dan Dinas Pariwisata Kota Samarinda telah menyusun draf Perjanjian tentang paket wisata terpadu susur Sungai Mahakam Samarinda–Tenggarong dan promosi bersama Festival Erau 2025.\n2. Pemkot Samarinda meminta penandatanganan dilakukan oleh kepala daerah sebelum pelaksanaan Erau (September 2025).\n3. Mohon difasilitasi proses pembahasan, paraf koordinasi, dan penjadwalan penandatanganan, serta pelaporannya ke Gubernur sesuai ketentuan.\n\nKepala Dinas Pariwisata,\nArianto, S.E., M.M",
    ),
    Case(
        "email",
        "kerjasama",
        "Nomor: 440/198/PKM-MB/V/2025\nPerihal: Realisasi bantuan perusahaan untuk posyandu\n\nYth. Sekretaris Daerah Kabupaten Kutai Kartanegara\n\nDengan hormat,\nBersama ini kami sampaikan bahwa pada acara penyerahan simbolis tanggal 14 Januari 2025 di Kantor Camat Muara Badak, salah satu perusahaan hulu migas menjanjikan bantuan alat antropometri, timbangan digital, dan paket PMT untuk 24 posyandu di wilayah kerja Puskesmas Muara Badak dalam rangka penurunan stunting. Hingga Mei 2025 baru 6 posyandu yang menerima. Petugas perusahaan menyatakan pembagian menunggu persetujuan forum dari kabupaten.\n\nMohon Setda dapat menindaklanjuti dengan perusahaan agar sisa bantuan dapat diserahkan.\n\nKepala UPT Puskesmas Muara Badak,\nNs. Hariyadi, S.Kep",
    ),
    Case(
        "email",
        "kerjasama",
        "Nomor: 100.4.7/560/Setda-BPN/III/2025\nPerihal: Usulan Kesepakatan Bersama di bidang pendidikan dan kesehatan\n\nYth. Bupati Kutai Kartanegara\n\nBersama ini Pemerintah Kota Balikpapan menyampaikan usulan Kesepakatan Bersama antardaerah, antara lain: rujukan pasien dari Samboja dan Muara Jawa ke RSUD Beriman Balikpapan, pertukaran guru penggerak, dan penanganan penduduk di wilayah perbatasan. Kami mohon tanggapan atas draf terlampir serta penunjukan perangkat daerah penghubung, agar dapat ditandatangani pada triwulan II 2025.\n\nan. Wali Kota Balikpapan\nSekretaris Daerah",
    ),
    Case(
        "web",
        "kerjasama",
        "Nama: Saiful Bahri\nInstansi: Kepala Desa Embalut, Kec. Tenggarong Seberang\nJudul: Dana PPM perusahaan tambang belum direalisasikan\nPesan: Perusahaan batu bara yang beroperasi di sekitar desa kami berjanji dalam rapat Desember 2024 akan membiayai program pemberdayaan masyarakat tahun 2025 berupa pelatihan kerja pemuda dan bedah 10 rumah lansia. Sampai Agustus belum ada satu pun yang terealisasi, perusahaan selalu bilang menunggu rekap usulan dari Pemkab. Mohon Setda menjembatani supaya program untuk desa kami tidak hilang.",
    ),
    Case(
        "web",
        "kerjasama",
        "Nama: Dra. Maria Ulfah\nInstansi: SMK Negeri 2 Tenggarong (Kepala Sekolah)\nPesan: Kami ingin Pemkab memfasilitasi nota kesepahaman dengan perusahaan-perusahaan besar di Kukar untuk penempatan praktik kerja lapangan dan rekrutmen lulusan, seperti yang sudah dilakukan kabupaten lain. Saat ini setiap tahun 180 siswa kami kesulitan mendapat tempat PKL. Mohon info apakah ada skema kemitraan antara Pemkab dan pihak swasta yang bisa kami ikuti.",
    ),
    Case(
        "web",
        "kerjasama",
        "Nama: dr. Irwan Setiawan\nInstansi: Dinas Kesehatan Kukar\nPesan: Perjanjian dengan Fakultas Kedokteran Universitas Mulawarman untuk penempatan dokter residen di RSUD A.M. Parikesit dan RSUD Aji Batara Agung Dewa Sakti berakhir 31 Maret 2025. Adendum perpanjangan sudah kami kirim ke Setda bulan Januari, tetapi belum ditandatangani. Dekanat menyatakan tanpa perjanjian yang berlaku, residen tidak bisa ditempatkan mulai April. Mohon percepatannya.",
    ),
    Case(
        "whatsapp",
        "kerjasama",
        "Izin Pak Kabag, mohon arahan. Sy Yanti dr Kecamatan Sanga-Sanga. Perusahaan migas mau salurkan bantuan sembako & santunan anak yatim dari dana sosialnya minggu depan, 1.500 paket. Mereka minta daftar penerima yg sdh disahkan Pemkab, katanya sesuai mekanisme forum kabupaten. Kami harus pakai data DTKS atau usulan RT pak? Takut ada yg dobel dgn bantuan lain.",
    ),
    Case(
        "whatsapp",
        "kerjasama",
        "Selamat sore Pak, izin. Lurah Sukarame. Kami mengusulkan bantuan 1 unit ambulans desa ke program sosial Bankaltimtara, kata pihak bank pengajuannya harus lewat rekomendasi Pemkab krn dananya dikelola bersama forum perusahaan. Boleh minta format surat rekomendasinya pak, dan ke siapa dikirim?",
    ),
    Case(
        "whatsapp",
        "kerjasama",
        "Assalamualaikum Pak. Saya Dr. Rudi dari Fakultas Kehutanan Unmul. Kami berencana riset jangka panjang soal restorasi gambut di Kecamatan Muara Kaman dan Kenohan 2025–2028, melibatkan mahasiswa dan desa. Untuk izin dan dukungan OPD, kami diarahkan mengajukan nota kesepahaman dengan Pemkab. Mohon arahan alur pengajuannya dan dokumen yang perlu disiapkan Pak.",
    ),
    Case(
        "sms",
        "kerjasama",
        "Yth Setda, sy Sekdes Kutai Lama Anggana. Kapan jadwal forum usulan program sosial perusahaan th 2026? Desa kami mau usul perbaikan dermaga tambatan perahu. Trm ksh",
    ),
    Case(
        "telegram",
        "kerjasama",
        "Selamat siang Pak. Dari Dishub Kukar. Izin menanyakan perkembangan draf perjanjian dengan Dishub Kota Samarinda soal trayek angkutan umum Tenggarong–Samarinda (Terminal Timbau–Terminal Lempake). Pihak Samarinda sudah paraf bulan Mei, tinggal dari Pemkab. Operator bus menunggu kepastian supaya bisa mulai Oktober.",
    ),
    Case(
        "telegram",
        "kerjasama",
        "Pak, izin laporan dr Puskesmas Sebulu I. Perusahaan perkebunan di wilayah kami mau salurkan bantuan program sosial utk penanganan stunting (telur & susu 6 bln), tp mereka minta data sasaran by name by address yg sdh diverifikasi Pemkab. Dulu pernah ada kesepakatan di forum kabupaten, mohon arahan datanya diserahkan lewat siapa supaya sesuai prosedur.",
    ),
    Case(
        "twitter",
        "kerjasama",
        "Terima kasih kepada perusahaan yg sudah menyalurkan bantuan sosial di Kec. Loa Janan. Tapi dari 11 desa, 4 desa kami tidak kebagian sama sekali. Mohon @SetdaKukar atur pembagian yg lebih adil ke depan. — Admin Kantor Camat Loa Janan",
    ),
]

_PEREKONOMIAN = [
    Case(
        "email",
        "perekonomian",
        "Nomor: 500.2/144/Kec-KJ/VIII/2025\nPerihal: Kelangkaan dan mahalnya gas elpiji 3 kg di Kecamatan Kembang Janggut\n\nYth. Sekretaris Daerah Kabupaten Kutai Kartanegara\n\nBersama ini kami sampaikan bahwa sejak pertengahan Juli 2025 pasokan tabung elpiji 3 kg ke 14 pangkalan di Kecamatan Kembang Janggut berkurang drastis. Di Desa Genting Tanah dan Perdana harga di tingkat pengecer mencapai Rp 50.000 hingga Rp 60.000 per tabung, jauh di atas HET. Warga terpaksa kembali memasak dengan kayu bakar.\n\nKami mohon Setda dapat berkoordinasi dengan agen dan Pertamina untuk penambahan alokasi serta pengawasan pangkalan di wilayah kami.\n\nCamat Kembang Janggut,\nH. Rusdi Hamzah, S.Sos",
    ),
    Case(
        "email",
        "perekonomian",
        "Nomor: 500.1/276/DKP/II/2025\nPerihal: Permohonan rapat pengendalian harga menjelang Ramadan 1446 H\n\nYth. Sekretaris Daerah Kabupaten Kutai Kartanegara\n\nBerdasarkan pemantauan harga mingguan kami di Pasar Tangga Arung, Pasar Tenggarong Seberang, dan Pasar Loa Kulu, harga cabai rawit telah naik dari Rp 60.000 menjadi Rp 110.000/kg, bawang merah Rp 52.000/kg, dan beras medium Rp 15.200/kg dalam tiga minggu terakhir. Bersama ini kami mohon Setda dapat menjadwalkan rapat tim pengendali inflasi daerah untuk membahas operasi pasar, gerakan pangan murah, dan kemitraan distribusi dengan daerah pemasok di Sulawesi.\n\nKepala Dinas Ketahanan Pangan,\nIr. Sugeng Priyanto, M.P",
    ),
    Case(
        "email",
        "perekonomian",
        "Kepada Yth. Sekretaris Daerah Kabupaten Kutai Kartanegara\nselaku Pembina Badan Usaha Milik Daerah\n\nDengan hormat,\nKami perwakilan 37 karyawan Perusda Tunggang Parangan menyampaikan bahwa gaji kami belum dibayarkan sejak Mei 2025 (4 bulan). Manajemen menyatakan unit usaha SPBU dan pengelolaan lahan merugi, sementara penyertaan modal daerah tahun ini belum jelas. Beberapa rekan sudah mengundurkan diri dan BPJS Ketenagakerjaan kami menunggak.\n\nKami mohon Pemkab sebagai pemilik melakukan evaluasi terhadap pengelolaan perusahaan dan memberikan kepastian nasib karyawan.\n\nHormat kami,\nPerwakilan karyawan,\nHendri Kusuma",
    ),
    Case(
        "email",
        "perekonomian",
        "Nomor: 140/52/Des-MM/X/2025\nPerihal: Kelangkaan solar dan pertalite bagi nelayan dan angkutan sungai\n\nYth. Sekretaris Daerah Kabupaten Kutai Kartanegara\n\nBersama ini kami sampaikan bahwa APMS satu-satunya di Muara Muntai sudah dua minggu tidak menerima kiriman solar. Nelayan Danau Jempang dan motoris kapal penumpang terpaksa membeli di pengecer dengan harga Rp 14.000–15.000 per liter. Surat rekomendasi pembelian BBM bagi nelayan kecil yang diterbitkan dinas tidak dapat digunakan karena stok kosong.\n\nMohon kiranya dapat dikoordinasikan dengan Pertamina dan BPH Migas agar kuota dan jadwal kiriman ke wilayah perairan dipulihkan.\n\nKepala Desa Muara Muntai Ilir,\nSyahrudin",
    ),
    Case(
        "email",
        "perekonomian",
        "Yth. Sekda Kukar\n\nDengan hormat,\nPada tahun 2024 Pemerintah Desa Bukit Pariaman telah mendata 42 pelaku usaha mikro (keripik pisang, amplang, anyaman) yang diusulkan mendapat pelatihan pengemasan, sertifikasi halal, dan akses permodalan melalui program kabupaten. Dinas Koperasi menyarankan kami ke Dinas Perindustrian, sedangkan Dinas Perindustrian mengatakan program itu dikoordinasikan dari Setda. Sampai kini belum ada tindak lanjut apa pun.\n\nBersama ini kami mohon kejelasan dan koordinasi antarperangkat daerah agar pelaku usaha kecil di desa kami tidak terus terlewat.\n\nKepala Desa Bukit Pariaman,\nSumarno",
    ),
    Case(
        "web",
        "perekonomian",
        "Nama: Gusti Rahmat\nInstansi: Kelurahan Melayu, Tenggarong\nJudul: Penataan pedagang Pasar Tangga Arung\nPesan: Sejak relokasi sementara pedagang ikan dan sayur ke area parkir sisi sungai, terjadi keributan karena pembagian lapak tidak merata dan ada pungutan sewa lapak oleh oknum koordinator. Pedagang meminta kepastian kapan mereka kembali ke gedung pasar dan siapa pengelola resmi. Kami di kelurahan kewalahan menerima keluhan. Mohon Pemkab turun tangan menata pasar ini.",
    ),
    Case(
        "web",
        "perekonomian",
        "Nama: Fitriani\nInstansi: Perumdam Tirta Mahakam (staf)\nPesan: Pengumuman seleksi calon direksi perusahaan yang dibuka Februari 2025 tidak jelas kelanjutannya, sementara pelaksana tugas direktur sudah diperpanjang tiga kali. Banyak keputusan investasi jaringan pipa yang tertunda. Kami karyawan berharap Pemkab sebagai pemilik segera menetapkan direksi definitif.",
    ),
    Case(
        "web",
        "perekonomian",
        "Nama: Dedi Kurniawan\nInstansi: Sekretaris Desa Sidomulyo, Kec. Anggana\nPesan: Pangkalan elpiji 3 kg di desa kami menjual sebagian besar tabung ke rumah makan dan usaha laundry di Anggana dengan harga Rp 35.000, sedangkan warga yang terdaftar hanya dapat 1 tabung per minggu, itupun sering habis. Kami sudah lapor ke agen tapi tidak ada perubahan. Mohon pengawasan dan penertiban pangkalan.",
    ),
    Case(
        "whatsapp",
        "perekonomian",
        "Izin Pak Kabag, sy Mulyadi dr Kecamatan Loa Janan. Harga beras medium di pasar Loa Janan sdh tembus 16rb, warga minta ada pasar murah beras SPHP lagi seperti tahun lalu. Mohon arahan pak, apakah kecamatan bisa usulkan jadwal operasi pasar dan kuotanya berapa? Kami siap fasilitasi tempat di halaman kantor camat.",
    ),
    Case(
        "whatsapp",
        "perekonomian",
        "Selamat malam Pak, Bhabinkamtibmas Kel. Loa Ipuh melaporkan antrean pertalite di SPBU Jl. Ahmad Dahlan mengular sampai 1 km sejak 3 hari ini, banyak pelangsir pakai tangki modifikasi dan jerigen. Stok SPBU habis jam 11 siang. Mohon Pemkab koordinasi dgn Pertamina soal kuota dan pengawasan supaya tidak ribut di lapangan.",
    ),
    Case(
        "whatsapp",
        "perekonomian",
        "Pagi Bu, izin. Kami dari Kecamatan Kota Bangun. Ada 25 UMKM binaan kecamatan (olahan ikan asin, kerupuk, dan tenun) yg ingin ikut pameran produk unggulan daerah di Tenggarong bulan depan. Apakah ada kuota stan gratis dari Pemkab, dan syaratnya apa? Sekalian mohon info pelatihan pemasaran online yg katanya ada tahun ini.",
    ),
    Case(
        "sms",
        "perekonomian",
        "Yth Setda Kukar, sy Kades Lebaho Ulaq Kenohan. Gas 3kg sdh 2 mgg tdk msk desa kami, warga beli di Kota Bangun 45rb. Mohon dibantu tambah kiriman. Trm ksh",
    ),
    Case(
        "telegram",
        "perekonomian",
        "Selamat siang Pak. Staf Kecamatan Samboja izin bertanya, untuk laporan harga mingguan bahan pokok yang diminta tim pengendalian inflasi, format terbaru yang pakai Google Form atau masih Excel? Kemarin ada 2 edaran berbeda dan kami ditegur karena laporan minggu lalu dianggap belum masuk.",
    ),
    Case(
        "telegram",
        "perekonomian",
        "Pak, izin melaporkan dari UPTD Pasar Tenggarong Seberang. Minyak goreng Minyakita di kios-kios kami dijual Rp 18.000–19.000 per liter, di atas harga eceran tertinggi, dan stok dari distributor tidak menentu. Pedagang bilang mereka sudah beli mahal dari distributor. Mohon dapat ditindaklanjuti bersama satgas pangan.",
    ),
    Case(
        "twitter",
        "perekonomian",
        "Warga Desa Jonggon Jaya sudah seminggu antre gas melon tapi pangkalan kosong terus. Kami dari pemerintah desa mohon @SetdaKukar bantu koordinasi dengan agen. #GasLangka #Kukar",
    ),
]

_SDA = [
    Case(
        "email",
        "sda",
        "Nomor: 660/91/Kec-SS/IV/2025\nPerihal: Lubang bekas tambang batu bara di permukiman Kelurahan Sanga-Sanga Dalam\n\nYth. Sekretaris Daerah Kabupaten Kutai Kartanegara\n\nBersama ini kami sampaikan bahwa di RT 09 dan RT 11 Kelurahan Sanga-Sanga Dalam terdapat dua lubang bekas galian batu bara berisi air, berjarak kurang dari 200 meter dari rumah warga dan jalan menuju SD. Tidak ada pagar maupun papan peringatan, dan pada 6 April 2025 dua anak nyaris tenggelam saat berenang. Perusahaan pemegang izin sebelumnya sudah tidak beroperasi.\n\nKami mohon Setda mengoordinasikan Dinas ESDM Provinsi, DLHK, dan pihak terkait untuk pengamanan dan reklamasi lubang tersebut.\n\nCamat Sanga-Sanga,\nDrs. Ahmad Yani",
    ),
    Case(
        "email",
        "sda",
        "Nomor: 421.2/47/SDN-012/II/2025\nPerihal: Gangguan debu dan getaran kegiatan pertambangan di sekitar SDN 012 Loa Janan\n\nYth. Sekretaris Daerah Kabupaten Kutai Kartanegara\n\nDengan hormat,\nBersama ini kami sampaikan bahwa sejak November 2024 aktivitas peledakan dan lalu lintas truk batu bara di lahan tambang yang berjarak sekitar 300 meter dari sekolah menimbulkan debu tebal dan getaran. Dinding dua ruang kelas retak, dan 23 siswa mengalami batuk dan iritasi mata (data UKS terlampir). Pembelajaran sering dihentikan saat peledakan.\n\nKami mohon Setda dapat memfasilitasi peninjauan dampak kegiatan tambang tersebut dan meminta perusahaan menjalankan kewajiban lingkungannya.\n\nKepala SD Negeri 012 Loa Janan,\nSuryani, S.Pd.SD",
    ),
    Case(
        "email",
        "sda",
        "Nomor: 140/37/Des-MKU/VI/2025\nPerihal: Kewajiban kebun plasma perusahaan sawit\n\nYth. Sekretaris Daerah Kabupaten Kutai Kartanegara\n\nBersama ini kami Pemerintah Desa Muara Kaman Ulu menyampaikan bahwa perusahaan perkebunan kelapa sawit yang beroperasi di wilayah desa sejak 2012 hingga kini belum merealisasikan kebun plasma 20% bagi masyarakat sebagaimana dijanjikan dalam sosialisasi awal. Selain itu, sekitar 60 ha kebun warga di tepi Sungai Kedang Kepala tergusur masuk areal tanam perusahaan tanpa ganti rugi.\n\nKami mohon Pemkab memfasilitasi penyelesaian dan evaluasi kepatuhan perusahaan tersebut.\n\nKepala Desa Muara Kaman Ulu,\nH. Mahmudin",
    ),
    Case(
        "email",
        "sda",
        "Nomor: 440/156/PKM-KB/IX/2025\nPerihal: Dugaan pencemaran air Sungai Mahakam di wilayah Kota Bangun\n\nYth. Sekretaris Daerah Kabupaten Kutai Kartanegara\n\nSehubungan dengan meningkatnya kasus gatal-gatal dan diare (87 kasus dalam 3 minggu) pada warga Desa Kota Bangun Ulu dan Sangkuliman yang menggunakan air sungai, bersama ini kami sampaikan bahwa warga juga melaporkan ikan mati mengapung dan air berwarna kehitaman sejak 28 Agustus 2025. Warga menduga berasal dari buangan kegiatan di hulu.\n\nPuskesmas telah melakukan penanganan medis, namun sumber pencemaran perlu diperiksa. Mohon Setda mengoordinasikan pengambilan sampel air dan penelusuran sumbernya.\n\nKepala UPT Puskesmas Kota Bangun,\ndr. Fahmi Rizal",
    ),
    Case(
        "email",
        "sda",
        "Yth. Sekretaris Daerah Kukar\n\nDengan hormat,\nKami Pemerintah Desa Bhuana Jaya melaporkan bahwa bantuan alat dan mesin pertanian tahun anggaran 2025 (4 unit traktor roda dua, 6 pompa air, dan 2 mesin perontok) hanya diterima oleh 2 dari 11 kelompok tani di desa kami, dan keduanya diketuai oleh orang yang sama. Kelompok tani lain yang sudah mengusulkan sejak 2023 belum pernah menerima. Penyuluh menyatakan daftar penerima ditetapkan di kabupaten.\n\nKami mohon evaluasi dan kejelasan kriteria penerima agar bantuan merata menjelang musim tanam Oktober.\n\nKepala Desa Bhuana Jaya",
    ),
    Case(
        "web",
        "sda",
        "Nama: Wahyu Hidayat\nInstansi: BPP Tenggarong Seberang (Penyuluh Pertanian)\nPesan: Bantuan benih padi unggul dan pupuk hayati untuk 14 kelompok tani di Desa Sukamaju dan Manunggal Jaya dijadwalkan turun Maret, tapi sampai akhir April belum datang. Petani sudah mulai semai pakai benih sendiri. Kalau bantuan datang terlambat percuma. Mohon koordinasi dengan dinas terkait supaya jadwal bantuan disesuaikan dengan musim tanam.",
    ),
    Case(
        "web",
        "sda",
        "Nama: Zainal Abidin\nInstansi: Kepala Desa Tanjung Limau, Muara Badak\nPesan: Usulan bantuan 20 unit mesin ketinting, jaring insang, dan cool box untuk kelompok nelayan desa kami sudah dinyatakan masuk daftar tahun 2024, namun barang tidak pernah diterima. Informasi dari nelayan desa tetangga, mereka sudah menerima dua kali. Mohon penjelasan dan penelusuran distribusi bantuan alat tangkap.",
    ),
    Case(
        "web",
        "sda",
        "Nama: Ahmad Fauzi\nInstansi: Penyuluh Kehutanan lapangan, Kec. Tabang\nJudul: Usulan perhutanan sosial terhambat\nPesan: Kelompok Tani Hutan Lestari Belayan sudah mengajukan izin pengelolaan hutan desa seluas 1.200 ha sejak 2023, verifikasi teknis sudah dilakukan, tapi rekomendasi dari kabupaten belum keluar. Sementara itu ada aktivitas penebangan oleh pihak luar di kawasan yang sama. Mohon dukungan Pemkab agar usulan ini diproses dan kawasan dilindungi.",
    ),
    Case(
        "whatsapp",
        "sda",
        "Izin Pak Kabag, mohon arahan. Sy Darmawan dr Kecamatan Muara Jawa. Tadi pagi tanggul kolam pengendapan perusahaan tambang di Desa Dondang jebol, lumpur masuk ke sawah sekitar 15 ha & parit warga, air sumur keruh. Kami sdh foto & video. Perlu segera turun tim lingkungan & panggil perusahaannya pak, warga mulai marah.",
    ),
    Case(
        "whatsapp",
        "sda",
        "Selamat siang Pak, sy anggota BPD Desa Rantau Hempang, Muara Kaman. Sejak kemarin ada kebakaran lahan di areal kebun sawit perusahaan dekat desa, asapnya masuk kampung & SD terpaksa dipulangkan. Pemadam perusahaan cuma 1 mobil. Mohon Pemkab koordinasi dgn BPBD & Manggala Agni, dan cek apakah ini pembukaan lahan dgn bakar.",
    ),
    Case(
        "whatsapp",
        "sda",
        "Pak izin lapor, Lurah Kembang Janggut. Warga RT 03 tepi Sungai Belayan mengeluh bau busuk & air sungai berbusa sejak pabrik kelapa sawit di hulu beroperasi penuh. Diduga limbah cair dibuang langsung ke sungai saat hujan. Warga masih mandi & cuci di sungai. Mohon ditindaklanjuti pengecekan dari Pemkab.",
    ),
    Case(
        "sms",
        "sda",
        "Yth Setda, sy Kades Sepatin Anggana. Bantuan kapal & mesin utk 3 kelompok nelayan yg dijanjikan th ini blm ada kabar, musim udang sdh mulai. Mohon info. Trm ksh",
    ),
    Case(
        "telegram",
        "sda",
        "Selamat pagi Pak. Dari DLHK bidang pengaduan. Kami dapat laporan dari Kecamatan Loa Kulu soal tambang pasir dan batu di Sungai Jembayan yg bikin air keruh dan tebing sungai longsor di 3 titik. Mohon Setda fasilitasi rapat dengan Dinas ESDM provinsi, karena izinnya bukan kewenangan kabupaten, supaya bisa ada penindakan bersama.",
    ),
    Case(
        "telegram",
        "sda",
        "Izin Pak, Danramil Tabang melaporkan: ditemukan tumpukan kayu ulin dan meranti olahan di tepi Sungai Belayan dekat Desa Muara Salung, diduga hasil penebangan liar dari kawasan hutan produksi. Kayu diangkut malam hari pakai ponton. Kami sudah koordinasi dengan kepala desa, mohon dukungan Pemkab dan KPH untuk pengecekan bersama.",
    ),
    Case(
        "twitter",
        "sda",
        "Lubang bekas tambang di pinggir jalan poros Desa Loa Ulung masih belum dipagar, sudah ada anak yang hampir tenggelam bulan lalu. Kami pemerintah desa mohon @SetdaKukar segera tindak lanjuti ke perusahaan. #LubangTambang #Kukar",
    ),
]

_ADPEM = [
    Case(
        "email",
        "adpem",
        "Nomor: 440/612/PKM-MM/X/2024\nPerihal: Pekerjaan Gedung Rawat Inap Puskesmas Muara Muntai\n\nYth. Sekretaris Daerah Kabupaten Kutai Kartanegara\ndi Tenggarong\n\nSehubungan dengan pembangunan gedung rawat inap Puskesmas Muara Muntai yang dibiayai APBD Kabupaten TA 2024 (pelaksana CV Mahakam Karya Utama, nilai kontrak Rp3,2 miliar), bersama ini kami sampaikan bahwa sejak pertengahan Agustus tidak ada lagi aktivitas tukang di lokasi. Rangka atap baru terpasang sebagian, dinding sisi timur belum diplester, dan material besi dibiarkan berkarat di halaman. Menurut papan proyek, masa pelaksanaan berakhir 15 Desember 2024.\n\nKami sudah menanyakan ke Dinas Kesehatan selaku pengguna anggaran, namun belum ada kejelasan. Mengingat pasien rawat inap saat ini masih ditampung di ruang tindakan, kami mohon Setda dapat memantau progres fisik pekerjaan ini dan mengoordinasikan langkah dengan dinas teknis agar gedung tidak terbengkalai.\n\nDemikian, atas perhatiannya kami ucapkan terima kasih.\n\nKepala UPTD Puskesmas Muara Muntai\ndr. Rina Anggraeni",
    ),
    Case(
        "email",
        "adpem",
        "Kepada Yth. Sekretaris Daerah Kab. Kutai Kartanegara\n\nNomor: 620/214/Kec-Tbg/2024\nLampiran: 6 lembar foto\nHal: Kerusakan Jembatan Desa Muara Ritan\n\nDengan hormat,\nBersama ini kami sampaikan laporan dari Kepala Desa Muara Ritan bahwa jembatan beton penghubung RT 03 dan RT 05 yang baru diserahterimakan pada bulan Juni 2024 sudah mengalami retak memanjang pada lantai dan oprit sisi hulu mulai turun sekitar 15 cm. Pekerjaan tersebut bersumber dari APBD Kabupaten melalui DPUPR.\n\nMasyarakat khawatir karena jembatan ini dilalui truk pengangkut sawit dan anak sekolah setiap hari. Kami mohon kiranya dapat diturunkan tim untuk memeriksa mutu pekerjaan di lapangan serta menegaskan kewajiban pemeliharaan penyedia yang masih berjalan.\n\nCamat Tabang\nH. Syahrani, S.Sos",
    ),
    Case(
        "email",
        "adpem",
        "Yth. Bapak/Ibu di Sekretariat Daerah Kukar\n\nSaya Kepala SMP Negeri 2 Loa Janan ingin menyampaikan bahwa gedung tiga ruang kelas baru di sekolah kami yang dibangun tahun anggaran 2023 sudah bocor di hampir semua ruangan. Pada hujan deras tanggal 7 Oktober lalu plafon ruang VIII-C runtuh sebagian, untung terjadi sore hari setelah siswa pulang. Lantai keramik juga mulai terangkat di beberapa titik.\n\nDinas Pendidikan menyampaikan bahwa masa pemeliharaan sudah habis, sehingga kami bingung harus ke mana. Kami mohon ada pemeriksaan kualitas bangunan tersebut dan kejelasan apakah kerusakan ini bisa dimintakan pertanggungjawaban kepada kontraktor pelaksananya. Saat ini 96 siswa terpaksa belajar bergantian di perpustakaan.\n\nHormat kami,\nSuparno, S.Pd., M.Pd.",
    ),
    Case(
        "email",
        "adpem",
        "PEMERINTAH DESA SUNGAI MERIAM\nKECAMATAN ANGGANA\n\nNomor: 140/88/DS-SM/XI/2024\nSifat: Segera\nPerihal: Galian drainase Jl. Poros Anggana yang dibiarkan terbuka\n\nYth. Bapak Sekda Kutai Kartanegara\n\nBersama ini kami laporkan bahwa galian saluran drainase di sepanjang Jl. Poros Anggana-Sungai Meriam (sekitar 400 meter, depan SDN 011) yang dikerjakan sejak Juli 2024 dengan dana APBD Kabupaten sampai sekarang masih terbuka. Tidak ada papan informasi kegiatan, pekerja datang hanya sesekali, dan tumpukan tanah galian menutup akses rumah warga. Pada 2 November seorang pengendara motor terperosok ke dalam galian.\n\nKami mohon informasi perangkat daerah mana yang menangani paket ini, berapa progresnya, serta kapan ditargetkan selesai. Kami juga mohon dilakukan peninjauan lapangan.\n\nKepala Desa Sungai Meriam\nAhmad Yani",
    ),
    Case(
        "email",
        "adpem",
        "NOTA DINAS\nDari: Sekretaris Dinas Perhubungan\nKepada: Sekretaris Daerah c.q. Asisten Perekonomian dan Pembangunan\nTanggal: 11 Oktober 2024\nNomor: 800/327/Dishub/X/2024\nHal: Kendala input realisasi fisik triwulan III\n\nSehubungan dengan kewajiban penyampaian laporan realisasi fisik dan serapan anggaran kegiatan triwulan III TA 2024, dengan ini kami sampaikan bahwa akun operator Dinas Perhubungan pada aplikasi pelaporan pengendalian kegiatan terkunci sejak 8 Oktober 2024, sehingga data 14 sub kegiatan (termasuk pembangunan halte dan pemasangan PJU) belum dapat diinput.\n\nKami mohon bantuan reset akun serta kelonggaran batas waktu penyampaian laporan sampai 18 Oktober 2024, agar data progres kami tidak tercatat nol pada rapat evaluasi bulan ini.\n\nDemikian disampaikan.",
    ),
    Case(
        "web",
        "adpem",
        "Nama: Saparudin\nInstansi: BPD Desa Loh Sumber, Kec. Loa Kulu\nIsi: Kami selaku anggota BPD menyampaikan bahwa peningkatan Jalan Poros Loh Sumber sepanjang 1,2 km yang diaspal APBD Kabupaten pada Mei 2024 sudah mengelupas dan berlubang di beberapa titik, padahal baru sekitar 5 bulan. Ketebalan aspal di pinggir jalan terlihat tipis sekali, bisa dikorek dengan tangan. Mohon dicek kualitas pekerjaannya dan diminta perbaikan kepada pelaksana sebelum musim hujan.",
    ),
    Case(
        "web",
        "adpem",
        "Pengirim: Staf Kelurahan Baru, Kecamatan Tenggarong\nPerihal: Gedung serbaguna kelurahan tidak bisa dipakai\nGedung serbaguna di Jl. Danau Semayang yang dibangun pemkab tahun 2023 sampai hari ini belum pernah dipakai. Listrik belum tersambung, pintu belakang belum terpasang, dan halamannya sudah ditumbuhi semak. Kami pihak kelurahan tidak pernah menerima serah terima aset, jadi tidak bisa mengurus sambungan PLN. Mohon kejelasan status pekerjaannya, apakah sudah selesai atau memang ditinggalkan kontraktor.",
    ),
    Case(
        "web",
        "adpem",
        "Saya guru honorer di SDN 005 Kota Bangun. Pembangunan pagar keliling dan toilet siswa di sekolah kami berhenti sejak September. Besi cor dan tumpukan batako masih berserakan di halaman tempat anak-anak bermain, sudah ada dua siswa luka kena besi. Kepala sekolah sudah lapor ke dinas tapi katanya kontraknya masih berjalan. Kami mohon ada pengecekan progres pekerjaan dan kepastian kapan dilanjutkan.",
    ),
    Case(
        "whatsapp",
        "adpem",
        "Izin Pak Kabag, lapor dari Kecamatan Sebulu. Pekerjaan turap tepi Mahakam di Desa Sebulu Ilir sudah 3 minggu berhenti, pekerja tidak datang lagi. Baru terpasang tiang pancang sekitar 40 meter dari 150 meter. Kalau air naik Desember nanti, tanah belakang rumah warga bisa longsor. Mohon arahan apakah bisa dijadwalkan peninjauan bersama dinas teknis 🙏",
    ),
    Case(
        "whatsapp",
        "adpem",
        "Selamat siang Bapak, saya Aipda Rudi Hartono Bhabinkamtibmas Polsek Kembang Janggut. Menyampaikan keluhan warga Desa Kelekat: jembatan ulin lama sudah dibongkar untuk diganti jembatan beton proyek kabupaten, tapi jalan darurat di sampingnya sudah putus kena hujan. Anak sekolah sekarang menyeberang pakai perahu. Progres jembatan barunya lambat sekali, baru pondasi. Mohon bisa diteruskan agar dipercepat 🙏",
    ),
    Case(
        "whatsapp",
        "adpem",
        "[Grup Koordinasi Kecamatan Samboja]\nKasi Trantib: Assalamualaikum, izin menginformasikan kantor camat baru di Jl. Balikpapan-Handil progresnya baru sekitar 35% padahal kontrak habis 20 Desember. Tukang cuma 4 orang. Bapak Camat minta ini disampaikan ke Setda supaya dipantau, takut nanti tidak selesai dan jadi utang pekerjaan tahun depan.",
    ),
    Case(
        "sms",
        "adpem",
        "Assalamualaikum pak, sy Kades Liang Ulu. Jalan rabat beton proyek kabupaten di km 3 Liang Ulu amblas & retak, baru 2 bln diserahkan. Mohon dicek pak sblm tambah parah. Trims",
    ),
    Case(
        "telegram",
        "adpem",
        "Selamat pagi rekan-rekan Setda. Dari Bappeda, kami menyusun jadwal monev lapangan bersama untuk paket fisik yang deviasinya di atas 10% per akhir Oktober: peningkatan jalan Kota Bangun-Kedang Ipil, RSUD Aji Batara Agung Dewa Sakti tahap II, dan drainase Jl. Pahlawan Tenggarong. Mohon konfirmasi siapa perwakilan Setda yang ikut turun tanggal 19-21 November, dan apakah format laporan hasil monev bisa pakai format Setda.",
    ),
    Case(
        "telegram",
        "adpem",
        "Izin Bapak, saya Danramil Muara Kaman Kapten Inf. Suryadi. Menyampaikan bahwa pekerjaan peningkatan jalan poros Muara Kaman Ulu-Sedulang tampak ditinggalkan sejak bulan lalu. Alat berat (1 ekskavator, 1 vibro) diparkir di pinggir jalan, hamparan batu belum dipadatkan, dan debu mengganggu warga. Anggota kami sering ditanya warga kapan dilanjutkan. Mohon informasi dan tindak lanjutnya.",
    ),
    Case(
        "twitter",
        "adpem",
        "Kami dari Kelurahan Loa Ipuh ikut menyuarakan keluhan warga: saluran di Jl. Gunung Belah sudah 5 bulan dibongkar, proyeknya tak kunjung rampung, jalan menyempit & becek tiap hujan. Mohon perhatian @PemkabKukar untuk cek progres kontraktornya.",
    ),
]

_PBJ = [
    Case(
        "email",
        "pbj",
        "NOTA DINAS\nKepada: Yth. Sekretaris Daerah Kabupaten Kutai Kartanegara\nDari: Kepala Dinas Pertanian dan Peternakan\nNomor: 027/1145/Distanak/IX/2024\nTanggal: 23 September 2024\nHal: Permohonan pemilihan penyedia paket alsintan\n\nSehubungan dengan telah ditetapkannya DPA Perubahan TA 2024, bersama ini kami sampaikan dokumen persiapan pemilihan untuk paket Penyediaan Alat dan Mesin Pertanian (hand traktor 40 unit dan pompa air 60 unit) dengan HPS Rp4.870.000.000.\n\nMengingat waktu pelaksanaan yang pendek, kami mohon agar dapat segera ditetapkan kelompok kerja pemilihan dan dijadwalkan reviu dokumen bersama PPK kami paling lambat minggu pertama Oktober, sehingga tender dapat ditayangkan sebelum 10 Oktober 2024.\n\nDemikian, atas perhatiannya diucapkan terima kasih.",
    ),
    Case(
        "email",
        "pbj",
        "Yth. Sekretariat Daerah Kukar,\n\nKami dari SMP Negeri 1 Tenggarong ingin menyampaikan kendala pembelian 30 unit laptop untuk laboratorium komputer melalui katalog elektronik. Pesanan sudah dibuat sejak 2 Oktober 2024 oleh pejabat pengadaan dari Dinas Pendidikan, tetapi statusnya masih 'menunggu persetujuan PPK' karena akun PPK yang baru dilantik belum diaktifkan di sistem. Akibatnya barang belum bisa dikirim penyedia, sementara ANBK simulasi dijadwalkan 18 November.\n\nMohon bantuan aktivasi akun dan arahan langkah yang benar agar pesanan tidak batal otomatis.\n\nHormat kami,\nDra. Siti Maryam\nKepala Sekolah",
    ),
    Case(
        "email",
        "pbj",
        "Nomor: 445/2201/RSUD-AMP/X/2024\nPerihal: Konsultasi metode pemilihan pengganti\n\nYth. Sekretaris Daerah Kabupaten Kutai Kartanegara\n\nBersama ini kami sampaikan bahwa tender paket Belanja Alat Kedokteran CT-Scan 128 Slice RSUD Aji Muhammad Parikesit (pagu Rp14,5 miliar) telah dinyatakan gagal sebanyak dua kali, yaitu pada 29 Juli dan 2 Oktober 2024, karena tidak ada peserta yang memenuhi persyaratan teknis.\n\nKami mohon pertimbangan dan pendampingan terkait metode pemilihan yang dapat ditempuh selanjutnya, apakah melalui e-purchasing atau penunjukan langsung, beserta dokumen yang harus kami siapkan, mengingat alat tersebut sangat dibutuhkan untuk layanan rujukan stroke.\n\nDirektur RSUD A.M. Parikesit",
    ),
    Case(
        "email",
        "pbj",
        "Kepada Yth. Sekretaris Daerah Kukar\nDari: Camat Muara Badak\nNomor: 600/419/Kec-MB/X/2024\nHal: Penerusan keluhan rekanan\n\nSehubungan dengan adanya surat dari Gapensi Ranting Muara Badak tertanggal 15 Oktober 2024, bersama ini kami teruskan keluhan para kontraktor lokal bahwa aplikasi tender daring tidak dapat diakses pada 14 Oktober 2024 antara pukul 10.00 hingga 14.30 WITA, bertepatan dengan batas akhir unggah penawaran paket Rehabilitasi Kantor Kecamatan Muara Badak. Sedikitnya tiga perusahaan gagal mengunggah dokumen.\n\nKami mohon klarifikasi apakah akan ada perpanjangan jadwal atau penjelasan resmi kepada peserta. Surat asli Gapensi kami lampirkan.\n\nCamat Muara Badak\nArifin, S.E.",
    ),
    Case(
        "email",
        "pbj",
        "NOTA DINAS\nDari: Sekretaris Badan Kesatuan Bangsa dan Politik\nKepada: Sekretaris Daerah Kabupaten Kutai Kartanegara\nNomor: 800/156/Kesbangpol/2024\nHal: Permohonan pembuatan akun SPSE\n\nMenindaklanjuti SK Bupati tentang mutasi pejabat tanggal 30 September 2024, PPK dan pejabat pengadaan di lingkungan Badan Kesbangpol mengalami pergantian. Bersama ini kami sampaikan data pejabat baru (nama, NIP, sertifikat kompetensi) untuk dibuatkan akun pada sistem tender elektronik, sekaligus penonaktifan akun pejabat lama atas nama Hendra Wijaya dan Sri Wahyuni.\n\nMohon dapat diproses mengingat ada tiga paket pengadaan langsung yang harus kami tayangkan bulan ini.",
    ),
    Case(
        "web",
        "pbj",
        "Nama: Fitriani\nInstansi/Perusahaan: Perusda Tunggang Parangan (unit usaha percetakan)\nPesan: Kami sudah mendaftar sebagai calon penyedia di portal tender elektronik Kukar sejak 12 September dan sudah menyerahkan dokumen asli untuk verifikasi, tetapi sampai sekarang status akun kami masih 'belum terverifikasi'. Kami tidak bisa ikut dua paket cetak yang sedang tayang. Mohon dibantu percepatan verifikasinya atau info apa yang masih kurang.",
    ),
    Case(
        "web",
        "pbj",
        "Nama: H. Mansyur\nLembaga: KPRI Guru dan Pegawai Dinas Pendidikan Kukar\nKami peserta paket penyediaan makan minum diklat di salah satu perangkat daerah. Penawaran kami digugurkan dengan alasan surat izin usaha tidak sesuai, padahal koperasi kami memiliki NIB dengan KBLI yang tepat. Kami sudah mengirim sanggah melalui aplikasi tanggal 21 Oktober, namun sampai lewat batas waktu jawaban tidak ada tanggapan dari pokja. Mohon kejelasan.",
    ),
    Case(
        "web",
        "pbj",
        "Pengirim: Bendahara UPTD Puskesmas Loa Kulu\nKami berencana membeli 1 unit ambulans roda empat melalui katalog elektronik dengan pagu Rp780 juta. Di katalog ada 3 penyedia dengan harga berbeda cukup jauh untuk spesifikasi yang mirip. Mohon arahan apakah kami wajib melakukan mini kompetisi atau boleh negosiasi langsung dengan satu penyedia, dan siapa yang bisa mendampingi pejabat pengadaan kami.",
    ),
    Case(
        "whatsapp",
        "pbj",
        "Izin Pak Kabag, mohon arahan. Paket jalan usaha tani Dinas Pertanian (Desa Bhuana Jaya) jadwal penetapan pemenangnya tanggal 28 Oktober, tapi sampai hari ini belum tayang di aplikasi, sudah lewat 5 hari. Rekanan terus menelepon PPK kami. Apakah ada kendala di pokja? 🙏",
    ),
    Case(
        "whatsapp",
        "pbj",
        "Pak, saya Yusran PPK di Dinas Perkim. Akun SPSE saya tidak bisa login sejak kemarin sore, kode OTP tidak masuk ke email. Besok batas penandatanganan kontrak paket rehab RTLH. Bisa dibantu reset hari ini pak? Terima kasih banyak",
    ),
    Case(
        "whatsapp",
        "pbj",
        "Assalamualaikum Bapak. Saya Lurah Timbau. Di wilayah kami ada beberapa usaha lokal (bengkel las, toko bangunan, katering) yang ingin bisa ikut jadi penyedia paket kecil pemkab tapi tidak paham cara daftar akun dan upload dokumen. Kalau memungkinkan, bisa difasilitasi bimtek pendaftaran penyedia di aula kelurahan? Mohon arahannya.",
    ),
    Case(
        "sms",
        "pbj",
        "Pak, sy PPK Dishub. Jadwal pembukaan penawaran paket pengadaan rambu jalan sdh lewat 2 hari tp di aplikasi blm ada pokja yg buka dokumen. Mohon info lanjutnya. Trm ksh",
    ),
    Case(
        "telegram",
        "pbj",
        "Selamat siang, izin menyampaikan. Kami dari SDN 018 Muara Jawa memesan buku bacaan lewat katalog elektronik senilai Rp42 juta (dana BOS). Pesanan sudah disetujui tapi penyedia tiba-tiba membatalkan sepihak dengan alasan stok habis, padahal di etalase masih tayang. Kami harus bagaimana, apakah bisa dilaporkan dan pesan ulang ke penyedia lain?",
    ),
    Case(
        "telegram",
        "pbj",
        "Izin rekan-rekan, saya staf Sekretariat Satpol PP. Kami dapat masukan dari beberapa calon peserta bahwa spesifikasi di dokumen tender pakaian dinas lapangan Satpol PP mencantumkan merk kain dan kode warna tertentu sehingga hanya satu distributor yang bisa memenuhi. Mohon ditelaah ulang sebelum batas pemasukan penawaran 12 November supaya tidak jadi masalah hukum di belakang.",
    ),
    Case(
        "twitter",
        "pbj",
        "Website tender Pemkab Kukar down dari pagi 😭 Kami BUMDes Maju Bersama Desa Bukit Raya mau upload penawaran paket konsumsi, batasnya jam 15.00 hari ini. Tolong perpanjang jadwal atau kasih solusi @kukarkab",
    ),
]

_ORGANISASI = [
    Case(
        "email",
        "organisasi",
        "Nomor: 470/311/Kec-KB/X/2024\nSifat: Penting\nPerihal: Lambatnya penerbitan KTP-el bagi warga Kota Bangun\n\nYth. Sekretaris Daerah Kabupaten Kutai Kartanegara\n\nSehubungan dengan banyaknya keluhan warga yang disampaikan ke kantor kecamatan, bersama ini kami laporkan bahwa pencetakan KTP-el bagi warga Kota Bangun melalui Disdukcapil saat ini memakan waktu 3 sampai 5 minggu, sementara di papan informasi tidak tercantum jangka waktu penyelesaian yang jelas. Warga yang bolak-balik dari Desa Sebelimbingan dan Pela harus menyeberang sungai dengan biaya cukup besar.\n\nKami mohon dilakukan evaluasi terhadap standar layanan dokumen kependudukan tersebut, termasuk kepastian waktu, agar warga memperoleh kepastian.\n\nCamat Kota Bangun\nDrs. Muhammad Ridwan",
    ),
    Case(
        "email",
        "organisasi",
        "NOTA DINAS\nDari: Kepala Dinas Perikanan dan Kelautan\nKepada: Sekretaris Daerah Kabupaten Kutai Kartanegara\nNomor: 060/502/DKP/2024\nHal: Permohonan pendampingan penyusunan standar pelayanan\n\nBersama ini kami sampaikan bahwa Dinas Perikanan dan Kelautan berencana memperbarui dokumen standar pelayanan dan SOP untuk layanan rekomendasi Surat Izin Usaha Perikanan dan kartu pelaku usaha kelautan (KUSUKA), karena dokumen yang ada ditetapkan tahun 2019 dan belum memuat komponen sesuai ketentuan terbaru.\n\nKami mohon kesediaan Setda menugaskan pendamping serta menjadwalkan forum konsultasi publik pada minggu ketiga November 2024.",
    ),
    Case(
        "email",
        "organisasi",
        "PEMERINTAH DESA JEMBAYAN\nKECAMATAN LOA KULU\n\nNomor: 141/57/Ds-Jby/2024\nPerihal: Laporan pungutan tidak resmi\n\nYth. Bapak Sekretaris Daerah Kutai Kartanegara\n\nBersama ini kami sampaikan laporan dari tiga warga kami yang mengurus persetujuan bangunan gedung untuk rumah toko di loket Dinas Penanaman Modal dan PTSP pada tanggal 3 dan 10 Oktober 2024. Mereka diminta membayar 'uang administrasi' sebesar Rp150.000 sampai Rp250.000 oleh seorang petugas tanpa diberikan kuitansi, dengan alasan agar berkas cepat diproses. Padahal informasi di website menyatakan layanan tersebut gratis.\n\nKami mohon hal ini ditindaklanjuti. Nama warga dan kronologi kami lampirkan.\n\nKepala Desa Jembayan\nSugianto",
    ),
    Case(
        "email",
        "organisasi",
        "Yth. Sekretariat Daerah Kukar\n\nSaya Kepala UPTD Puskesmas Sanga-Sanga ingin menanyakan pelaksanaan Survei Kepuasan Masyarakat tahun 2024. Tahun lalu kami memakai kuesioner 9 unsur, namun kami mendengar ada perubahan format dan aplikasi pengisian yang baru. Hasil survei semester II harus kami laporkan sebelum 15 Desember.\n\nMohon informasi apakah akan ada sosialisasi untuk unit layanan di kecamatan, serta mohon dikirimkan petunjuk teknis pengolahan indeksnya.\n\nTerima kasih.\nns. Herlina, S.Kep.",
    ),
    Case(
        "email",
        "organisasi",
        "Yth. Sekretaris Daerah Kabupaten Kutai Kartanegara\n\nDengan hormat, saya Jumadi, S.Pd., Kepala SDN 001 Loa Kulu. Bersama ini saya sampaikan keluhan atas proses usulan kenaikan pangkat tiga guru kami ke BKPSDM yang sudah diajukan lengkap sejak April 2024. Sampai November tidak ada kabar. Saat kami datang, petugas menyatakan berkas tidak ditemukan dan kami diminta mengulang dari awal, tanpa ada tanda terima yang dapat ditelusuri.\n\nKami merasa dirugikan karena para guru kehilangan hak periode kenaikan pangkat. Mohon kiranya ada perhatian terhadap tata kelola layanan kepegawaian ini agar ada kepastian alur, waktu, dan bukti penerimaan berkas.\n\nHormat saya.",
    ),
    Case(
        "web",
        "organisasi",
        "Nama: Rahmat Hidayat\nPekerjaan: Tenaga honorer Kantor Kecamatan Tenggarong Seberang\nLaporan: Hari Kamis 17 Oktober saya mengantar mobil operasional kecamatan uji kendaraan di UPT pengujian Dishub. Setelah bayar retribusi resmi, petugas minta lagi Rp50.000 'uang rokok' supaya stiker langsung keluar hari itu. Saya lihat beberapa sopir truk juga diminta hal yang sama. Mohon ditertibkan.",
    ),
    Case(
        "web",
        "organisasi",
        "Nama: Abdul Gani\nInstansi: Ketua BPD Desa Perjiwa\nIsi pengaduan: Kami sudah tiga kali bersurat ke Dinas Pertanian (Mei, Juli, September 2024) terkait permohonan rekomendasi kelompok tani, tetapi tidak satu pun dijawab. Saat ditanya langsung, staf saling lempar dan menyuruh menunggu. Tidak ada informasi alur dan lama proses. Kami mohon Setda menegur dan memastikan ada pelayanan yang jelas.",
    ),
    Case(
        "web",
        "organisasi",
        "Saya guru PNS di Kecamatan Muara Kaman. Di papan informasi kantor Dinas Pendidikan tertulis jam layanan loket 08.00-15.00, tetapi tanggal 22 Oktober jam 11.15 loket sudah tutup dan tidak ada petugas. Saya datang jauh-jauh 3 jam perjalanan untuk legalisir ijazah. Tolong jam pelayanan yang tertera benar-benar dipatuhi.",
    ),
    Case(
        "whatsapp",
        "organisasi",
        "Izin Pak Kabag, kami dari Sekretariat Diskominfo. Kami diminta melengkapi data dukung evaluasi reformasi birokrasi tahun ini, tapi format lembar kerja yang kami pegang masih versi tahun lalu. Mohon arahan format terbaru dan batas waktu pengumpulannya 🙏",
    ),
    Case(
        "whatsapp",
        "organisasi",
        "Selamat pagi Pak. Saya Kasi Pelayanan Kecamatan Loa Janan. Kami mau memasang maklumat pelayanan dan papan alur layanan PATEN yang baru. Apakah dari Pemkab ada templat yang seragam? Kemarin Pak Camat minta disesuaikan dengan yang di kecamatan lain. Mohon petunjuknya.",
    ),
    Case(
        "whatsapp",
        "organisasi",
        "Izin Bapak, saya Serka Nurhadi Babinsa Koramil Tenggarong Seberang. Ada warga binaan yang mengurus balik nama PBB di Bapenda, sudah 4 kali datang dioper dari satu meja ke meja lain, terakhir disuruh kembali minggu depan tanpa alasan. Warganya lansia. Mohon bisa dibantu diteruskan supaya pelayanannya diperbaiki.",
    ),
    Case(
        "sms",
        "organisasi",
        "Sy Sekdes Bukit Pariaman. Warga kami disuruh bayar 200rb di loket RSUD utk surat keterangan rawat, tdk ada kwitansi. Mohon ditindak pak.",
    ),
    Case(
        "telegram",
        "organisasi",
        "Rekan-rekan lurah se-Tenggarong, sekadar info dan mohon diteruskan ke Setda: antrean online Mal Pelayanan Publik sering error, dan warga kami melaporkan ada oknum di depan gedung yang menjual nomor antrean Rp25.000. Yang tidak beli bisa tidak kebagian kuota. Saya Lurah Melayu, sudah saya foto dan rekam kejadiannya tanggal 4 November.",
    ),
    Case(
        "telegram",
        "organisasi",
        "Selamat siang. Dari Bapenda, kami ingin menyampaikan hasil survei kepuasan pelanggan layanan pajak daerah triwulan III: nilai indeks kami turun ke 72,4 (mutu C), terutama unsur waktu penyelesaian dan penanganan pengaduan. Kami mohon pendampingan untuk menyusun rencana tindak lanjut perbaikan sebelum evaluasi akhir tahun.",
    ),
    Case(
        "twitter",
        "organisasi",
        "Antre di Disdukcapil Kukar dari jam 7 pagi, jam 12 loket tutup tanpa pemberitahuan apa pun. Kami perangkat desa yg dampingi warga lansia dari Kenohan ikut kecewa. Standar pelayanannya mana? @kukarkab",
    ),
]

_UMUM = [
    Case(
        "email",
        "umum",
        "Nomor: 360/588/BPBD/XI/2024\nPerihal: Permohonan pinjam pakai ruang rapat\n\nYth. Sekretaris Daerah Kabupaten Kutai Kartanegara\n\nSehubungan dengan akan dilaksanakannya Rapat Koordinasi Kesiapsiagaan Menghadapi Banjir Musim Hujan 2024/2025 yang melibatkan 18 kecamatan, bersama ini kami mohon kiranya dapat dipinjamkan Ruang Rapat Lantai II Kantor Bupati pada:\nhari/tanggal: Selasa, 12 November 2024\npukul: 08.30 WITA s.d. selesai\nperkiraan peserta: 60 orang\n\nKami juga mohon dukungan perangkat pengeras suara dan layar proyektor. Konsumsi akan disediakan oleh BPBD.\n\nKepala Pelaksana BPBD Kab. Kutai Kartanegara",
    ),
    Case(
        "email",
        "umum",
        "NOTA DINAS\nDari: Sekretaris Dinas Pariwisata\nKepada: Sekretaris Daerah\nNomor: 556/240/Dispar/X/2024\nHal: Penelusuran surat\n\nBersama ini kami sampaikan bahwa surat kami Nomor 556/221/Dispar/X/2024 tanggal 2 Oktober 2024 perihal permohonan persetujuan pelaksanaan Festival Kota Raja telah diantar langsung ke loket persuratan Kantor Bupati pada 3 Oktober 2024 dan diterima oleh petugas atas nama Sdri. Wulan. Namun sampai 21 Oktober surat tersebut belum tercatat di agenda surat masuk dan belum ada disposisi.\n\nMohon bantuan penelusuran posisi surat tersebut. Salinan tanda terima kami lampirkan.",
    ),
    Case(
        "email",
        "umum",
        "Yth. Sekretaris Daerah Kutai Kartanegara\n\nNomor: 500/702/Kec-Tgr/2024\nHal: Penataan parkir kendaraan di Kompleks Kantor Bupati\n\nDengan hormat,\nSetiap hari Senin dan saat ada acara besar, kendaraan tamu dan pegawai di Kantor Bupati meluber hingga ke bahu jalan Jl. Wolter Monginsidi dan menutup akses masuk kendaraan ke kantor kami. Warga yang akan mengurus layanan di kecamatan sering tidak bisa parkir, bahkan ambulans sempat tertahan pada 28 Oktober.\n\nKami mohon kiranya pengaturan parkir di lingkungan Kantor Bupati dapat ditata ulang, misalnya dengan memanfaatkan lahan belakang dan menempatkan petugas pengatur saat jam sibuk.\n\nCamat Tenggarong",
    ),
    Case(
        "email",
        "umum",
        "Kepada Yth. Sekretaris Daerah Kab. Kutai Kartanegara\n\nNomor: 690/1.172/PTM-Tek/XI/2024\nPerihal: Pemberitahuan kebocoran pipa di lingkungan Kantor Bupati\n\nBersama ini kami dari Perumda Air Minum Tirta Mahakam menyampaikan bahwa berdasarkan pembacaan meter bulan Oktober, pemakaian air pada sambungan Kantor Bupati (gedung sayap utara) melonjak 3 kali lipat dibanding bulan sebelumnya. Petugas kami menemukan indikasi kebocoran pipa setelah meter, di bawah taman dekat gedung arsip.\n\nKarena pipa tersebut berada di dalam persil kantor, perbaikannya menjadi tanggung jawab pengelola gedung. Kami mohon dapat segera ditangani agar tagihan tidak terus membengkak. Petugas kami siap membantu pendeteksian titik bocor.\n\nManajer Teknik",
    ),
    Case(
        "email",
        "umum",
        "NOTA DINAS\nDari: Kepala Dinas Kesehatan\nKepada: Sekretaris Daerah Kabupaten Kutai Kartanegara\nNomor: 440/3105/Dinkes/X/2024\nHal: Permohonan pinjam kendaraan dinas\n\nDalam rangka Sub Pekan Imunisasi Nasional Polio putaran II di Kecamatan Tabang, Kembang Janggut, dan Kenohan pada 4-6 November 2024, kendaraan operasional kami tidak mencukupi. Bersama ini kami mohon kiranya dapat dipinjamkan 2 (dua) unit kendaraan double cabin dari pool kendaraan Sekretariat Daerah beserta pengemudinya. BBM selama kegiatan ditanggung Dinas Kesehatan.",
    ),
    Case(
        "web",
        "umum",
        "Nama: Nurul Aini\nInstansi: Staf Dinas Perpustakaan dan Kearsipan\nIsi: Saya setiap minggu mengantar berkas ke Kantor Bupati. Toilet di lobby lantai dasar sudah seminggu ini airnya mati, pintunya rusak tidak bisa dikunci, dan baunya tercium sampai ruang tunggu tamu. Banyak tamu dari desa yang mengeluh. Mohon segera diperbaiki.",
    ),
    Case(
        "web",
        "umum",
        "Pengirim: Kepala SMP Negeri 3 Tenggarong\nKami berencana mengadakan Final Lomba Cerdas Cermat Antar-SMP se-Kukar pada Sabtu, 30 November 2024 untuk sekitar 150 orang. Kami ingin meminjam ruang serbaguna di Kantor Bupati. Mohon informasi prosedur peminjaman, persyaratan surat, dan apakah tanggal tersebut masih tersedia.",
    ),
    Case(
        "web",
        "umum",
        "Nama: Dedi Kurniawan\nInstansi: Staf Kecamatan Loa Kulu\nKeluhan: Tanggal 5 November saya menghadiri rapat di Kantor Bupati dan memarkir motor di parkiran belakang. Saat pulang helm dan jas hujan saya hilang. Pos jaga di sisi belakang kosong dan ternyata kamera pengawas di area itu mati. Mohon keamanan area parkir ditingkatkan.",
    ),
    Case(
        "whatsapp",
        "umum",
        "Izin Pak Kabag, kami dari Diskominfo yang besok pagi jam 8 pakai ruang rapat Asisten III untuk rapat persiapan pusat data. Barusan kami cek AC di ruangan mati dan satu mikrofon meja tidak bunyi. Mohon bantuan teknisinya bisa dicek sore ini 🙏",
    ),
    Case(
        "whatsapp",
        "umum",
        "Assalamualaikum Pak. Saya Sekcam Sebulu. Mobil dinas Innova KT 1245 K yang kami pinjam dari pool Setda untuk kegiatan pilkades sudah kami kembalikan Jumat lalu ke garasi kantor bupati, tapi berita acara pengembaliannya belum ditandatangani pengelola kendaraan. Mohon dibantu supaya tidak jadi temuan. Terima kasih",
    ),
    Case(
        "whatsapp",
        "umum",
        "Izin melaporkan Pak, saya Bripka Anwar anggota piket Polsek Tenggarong. Tadi malam sekitar pukul 23.40 ada percobaan pencurian aki mobil di parkiran belakang Kantor Bupati. Lampu penerangan di area itu mati semua dan pagar sisi sungai ada yang jebol. Mohon bisa diperbaiki dan penjagaan malamnya ditambah.",
    ),
    Case(
        "sms",
        "umum",
        "Sy staf Bapenda. Surat undangan kantor kami utk Pak Sekda sdh diantar 3 hr lalu ke loket persuratan kantor bupati tp blm dpt nomor agenda. Mohon dicek pak.",
    ),
    Case(
        "telegram",
        "umum",
        "Selamat siang rekan-rekan. Dari Dinas Pendidikan dan Kebudayaan, mohon info apakah ruang rapat Tepian Mahakam di lantai 3 Kantor Bupati masih kosong tanggal 20 November jam 13.00? Rencana rapat penetapan juara FLS2N sekitar 40 orang. Surat permohonan resmi akan kami antar besok.",
    ),
    Case(
        "telegram",
        "umum",
        "Izin menyampaikan, saya dari Dinas Pemadam Kebakaran dan Penyelamatan. Saat simulasi evakuasi kemarin di Kantor Bupati kami mendapati 11 tabung pemadam api ringan di lorong gedung utama sudah kedaluwarsa sejak Maret 2024 dan jalur evakuasi lantai 2 terhalang lemari arsip. Mohon dapat ditindaklanjuti pengelola gedung.",
    ),
    Case(
        "twitter",
        "umum",
        "Parkiran kantor bupati Kukar penuh mobil yg nginap berhari-hari, rombongan kades dari Kenohan yg mau rapat pagi ini malah parkir di pinggir jalan. Mohon ditertibkan @kukarkab",
    ),
]

_PROKOM = [
    Case(
        "email",
        "prokom",
        "Nomor: 421.2/87/SDN010-TS/X/2024\nLampiran: 1 berkas\nPerihal: Undangan\n\nYth. Bapak Bupati Kutai Kartanegara\ndi Tenggarong\n\nDengan hormat,\nSehubungan dengan peringatan 50 tahun berdirinya SD Negeri 010 Tenggarong Seberang, bersama ini kami mengundang Bapak Bupati untuk berkenan hadir sekaligus membuka acara puncak yang akan dilaksanakan pada:\nhari/tanggal: Kamis, 5 Desember 2024\npukul: 08.00 WITA\ntempat: halaman SDN 010, Desa Bukit Raya\n\nAcara akan dihadiri alumni, orang tua, dan unsur Forkopimcam. Besar harapan kami Bapak berkenan hadir.\n\nKepala Sekolah\nHj. Murniati, S.Pd.",
    ),
    Case(
        "email",
        "prokom",
        "Yth. Sekretaris Daerah Kabupaten Kutai Kartanegara\n\nNomor: 005/377/Kec-MK/X/2024\nHal: Permohonan menghadap Bapak Bupati\n\nDengan hormat,\nBersama ini kami sampaikan bahwa Camat Muara Kaman bersama 20 kepala desa se-Kecamatan Muara Kaman bermaksud menghadap Bapak Bupati untuk menyampaikan secara langsung aspirasi masyarakat, antara lain akses jalan ke desa-desa hulu dan layanan listrik. Kami mohon kiranya dapat dijadwalkan pertemuan pada minggu kedua atau ketiga November 2024, dengan jumlah rombongan sekitar 25 orang.\n\nCamat Muara Kaman\nSurya Darma, S.STP.",
    ),
    Case(
        "email",
        "prokom",
        "Kepada Yth. Sekretaris Daerah Kab. Kutai Kartanegara\n\nNomor: 035/PTP/XI/2024\nPerihal: Permohonan kehadiran dan sambutan Bapak Bupati\n\nBersama ini kami dari Perusda Tunggang Parangan menyampaikan rencana peluncuran unit usaha air minum dalam kemasan di Kelurahan Loa Ipuh Darat pada Rabu, 27 November 2024 pukul 09.00 WITA. Kami memohon kesediaan Bapak Bupati untuk meresmikan sekaligus memberikan sambutan.\n\nUntuk keperluan naskah sambutan, kami lampirkan profil usaha, data investasi, dan jumlah tenaga kerja lokal. Mohon informasi narahubung yang dapat kami koordinasikan terkait susunan acara dan gladi.\n\nDirektur Utama",
    ),
    Case(
        "email",
        "prokom",
        "KOMANDO DISTRIK MILITER 0906/KUTAI KARTANEGARA\n\nNomor: B/1017/X/2024\nKlasifikasi: Biasa\nPerihal: Permohonan Inspektur Upacara\n\nKepada Yth. Bupati Kutai Kartanegara\n\n1. Dasar: program TNI Manunggal Membangun Desa (TMMD) ke-122 Tahun 2024.\n2. Sehubungan dengan dasar tersebut, Kodim 0906/Kkr akan melaksanakan upacara pembukaan TMMD di Desa Lebaho Ulaq, Kecamatan Kembang Janggut, pada hari Selasa, 22 Oktober 2024 pukul 08.00 WITA.\n3. Bersama ini dimohon kesediaan Bapak Bupati untuk bertindak selaku Inspektur Upacara sekaligus membuka kegiatan secara resmi.\n4. Demikian untuk menjadi maklum.\n\nKomandan Kodim 0906/Kkr",
    ),
    Case(
        "email",
        "prokom",
        "NOTA DINAS\nDari: Kepala Dinas Ketahanan Pangan\nKepada: Sekretaris Daerah\nNomor: 500/611/DKP/X/2024\nHal: Koreksi unggahan media sosial pimpinan\n\nBersama ini kami sampaikan bahwa unggahan di akun Instagram resmi Bupati tanggal 15 Oktober 2024 tentang Gerakan Pangan Murah menyebut jumlah paket beras 15.000, sedangkan data kami hanya 5.000 paket. Unggahan tersebut sudah dibagikan ulang ratusan kali dan warga mulai mendatangi kantor kami meminta jatah.\n\nKami mohon agar unggahan tersebut segera dikoreksi atau diberi klarifikasi, serta ke depan materi publikasi terkait program kami dapat dikonfirmasi terlebih dahulu.",
    ),
    Case(
        "web",
        "prokom",
        "Nama: Jamaluddin\nInstansi: Kepala Desa Kutai Lama, Kec. Anggana\nIsi: Kami akan menyelenggarakan Festival Adat Kutai Lama pada 14-16 Desember 2024 untuk memperingati situs kerajaan pertama Kutai. Kami sangat berharap Bapak Bupati dapat hadir membuka festival pada hari pertama. Surat undangan sudah kami kirim lewat kecamatan, mohon informasi apakah sudah ada kepastian kehadiran beliau.",
    ),
    Case(
        "web",
        "prokom",
        "Nama: Samsul Bahri\nLembaga: Forum Komunikasi BPD se-Kecamatan Samboja\nPesan: Kami pengurus forum BPD (12 desa) ingin bersilaturahmi dan berdialog langsung dengan Bapak Bupati terkait peningkatan kapasitas anggota BPD dan tunjangan kehadiran. Mohon info bagaimana tata cara mengajukan jadwal pertemuan dengan beliau dan berapa lama biasanya menunggu.",
    ),
    Case(
        "web",
        "prokom",
        "Pengirim: Tim Akreditasi UPTD Puskesmas Tenggarong\nPada kunjungan Bapak Bupati ke puskesmas kami tanggal 9 Oktober lalu, dokumentasi dilakukan oleh tim media pemkab. Kami membutuhkan beberapa foto resolusi tinggi dan rilis beritanya sebagai bukti dokumen akreditasi. Mohon info ke mana kami bisa meminta berkas tersebut.",
    ),
    Case(
        "whatsapp",
        "prokom",
        "Izin Pak Kabag, mohon arahan untuk peresmian jembatan Desa Loa Lepu hari Sabtu ini. Dari desa sudah siapkan tenda dan tari penyambutan, tapi kami belum dapat info Bapak Bupati tiba jam berapa dan urutan sambutannya siapa saja (kades, camat, kepala dinas?). Mohon rundown finalnya 🙏",
    ),
    Case(
        "whatsapp",
        "prokom",
        "Assalamualaikum Pak, saya Lurah Sukarame. Video kunjungan Bapak Bupati di akun resmi pimpinan kemarin salah menyebut nama kelurahan kami jadi 'Sukadamai', warga kami banyak yang protes di kolom komentar. Mohon caption dan narasinya bisa dikoreksi pak. Terima kasih.",
    ),
    Case(
        "whatsapp",
        "prokom",
        "Selamat siang Pak, saya staf Dinas Sosial. Bahan sambutan Bapak Bupati untuk peringatan Hari Disabilitas Internasional tanggal 3 Desember sudah kami kirim via email kemarin sore. Mohon konfirmasi apakah sudah diterima tim penyusun naskah, dan apakah perlu data tambahan jumlah penerima bantuan alat bantu.",
    ),
    Case(
        "sms",
        "prokom",
        "Pak sy Kades Tuana Tuha. Mau tanya undangan kami utk Bpk Bupati hadir panen raya padi tgl 14 Nov sdh ada jawaban blm? Kami perlu siapkan tempat. Trims",
    ),
    Case(
        "telegram",
        "prokom",
        "Selamat pagi. Kami dari RSUD Dayaku Raja Kota Bangun. Rencananya peresmian unit hemodialisa tanggal 2 Desember akan diikuti konferensi pers bersama Bapak Bupati. Mohon bantuan mengundang rekan-rekan wartawan dan menyiapkan siaran pers bersama. Draf materi dari rumah sakit sudah siap kami kirim.",
    ),
    Case(
        "telegram",
        "prokom",
        "Izin Bapak/Ibu, saya Kepala SDN 002 Tenggarong. Bapak Bupati dijadwalkan berkunjung ke sekolah kami hari Rabu dalam rangka Gerakan Literasi Daerah. Mohon info kapan gladi bersih, siapa saja tamu VIP yang duduk di depan, dan apakah beliau akan memberi sambutan atau hanya dialog dengan siswa.",
    ),
    Case(
        "twitter",
        "prokom",
        "Mohon admin medsos resmi pimpinan Pemkab Kukar meluruskan unggahan kemarin: foto bantuan perahu itu bukan dari Desa Muhuran tapi Desa Semayang. Kami pemerintah desa jadi ditanya warga terus. @kukarkab",
    ),
]

_PERENCANAAN_KEUANGAN = [
    Case(
        "email",
        "perencanaan_keuangan",
        "Kepada Yth. Sekretaris Daerah Kabupaten Kutai Kartanegara\n\nNomor: 112/PTP-Kat/X/2024\nPerihal: Penagihan pembayaran jasa katering\n\nDengan hormat,\nBersama ini kami dari unit usaha katering Perusda Tunggang Parangan menyampaikan bahwa tagihan atas penyediaan makan minum untuk rapat-rapat di Sekretariat Daerah pada bulan Agustus dan September 2024 senilai Rp186.450.000 belum dibayarkan. Seluruh dokumen tagihan (faktur, berita acara serah terima, dan daftar hadir) telah kami serahkan pada 2 Oktober 2024.\n\nMengingat sudah melewati 30 hari kalender dan kami harus membayar pemasok bahan baku, kami mohon kiranya proses pembayaran dapat segera diselesaikan atau kami diberi informasi kekurangan berkas.\n\nHormat kami,\nManajer Unit Katering",
    ),
    Case(
        "email",
        "perencanaan_keuangan",
        "Yth. Sekretaris Daerah Kutai Kartanegara\n\nSaya Rini Marlina, NIP 19850612 201001 2 015, sebelumnya bertugas di Sekretariat Daerah dan sejak 1 September 2024 dimutasi ke Dinas Pendidikan dan Kebudayaan. Tambahan penghasilan pegawai saya untuk bulan Juli dan Agustus 2024, saat saya masih di Setda, sampai sekarang belum dibayarkan. Dinas tempat saya sekarang menyatakan bukan kewenangan mereka.\n\nMohon kiranya dapat dicek dan diproses. Salinan SK mutasi dan rekap absensi saya lampirkan.\n\nTerima kasih.",
    ),
    Case(
        "email",
        "perencanaan_keuangan",
        "Nomor: 900/254/Kec-LJ/XI/2024\nPerihal: Konfirmasi honorarium narasumber\n\nYth. Sekretaris Daerah Kab. Kutai Kartanegara\n\nSehubungan dengan penugasan Camat Loa Janan dan Sekretaris Camat sebagai narasumber pada Bimbingan Teknis Penyusunan Laporan Penyelenggaraan Pemerintahan Kecamatan yang diselenggarakan Sekretariat Daerah pada 24-25 September 2024, bersama ini kami sampaikan bahwa honorarium narasumber untuk kegiatan tersebut belum diterima hingga saat ini. Kami mohon konfirmasi apakah masih ada kelengkapan administrasi yang perlu kami penuhi.\n\nCamat Loa Janan",
    ),
    Case(
        "email",
        "perencanaan_keuangan",
        "NOTA DINAS\nDari: Inspektur Daerah\nKepada: Sekretaris Daerah Kabupaten Kutai Kartanegara\nNomor: 700/488/Itda/X/2024\nHal: Tindak lanjut reviu pertanggungjawaban belanja\n\nBerdasarkan hasil reviu interim atas pertanggungjawaban belanja Sekretariat Daerah semester I TA 2024, kami menemukan 37 berkas perjalanan dinas yang belum dilengkapi bukti penginapan dan tiket asli, dengan nilai Rp412.600.000, serta 4 kuitansi belanja ATK tanpa berita acara pemeriksaan barang.\n\nKami mohon kelengkapan dokumen tersebut dapat disampaikan paling lambat 15 November 2024 sebelum pemeriksaan BPK.",
    ),
    Case(
        "email",
        "perencanaan_keuangan",
        "Yth. Sekretaris Daerah Kabupaten Kutai Kartanegara\n\nNomor: 900/3377/BPKAD/XI/2024\nSifat: Segera\nHal: Batas akhir pengajuan SP2D dan penyampaian SPJ fungsional\n\nSehubungan dengan penutupan kas akhir tahun anggaran 2024, bersama ini kami sampaikan bahwa pengajuan SPM-LS paling lambat 16 Desember 2024 dan SPM-GU nihil paling lambat 20 Desember 2024. Berdasarkan catatan kami, Sekretariat Daerah belum menyampaikan SPJ fungsional bulan September dan Oktober, dan realisasi belanja baru 61% dari pagu.\n\nKami mohon perhatian agar penyampaian dokumen tersebut dapat dipenuhi tepat waktu.\n\nKepala BPKAD",
    ),
    Case(
        "web",
        "perencanaan_keuangan",
        "Nama: Lestari\nStatus: Tenaga honorer Sekretariat Daerah (penjaga layanan informasi)\nIsi: Honor saya dan lima rekan honorer lainnya untuk bulan September dan Oktober 2024 belum dibayar. Kami sudah tanya ke bendahara katanya masih menunggu tanda tangan. Kami sangat membutuhkan karena tidak ada penghasilan lain. Mohon kepastian kapan dibayarkan.",
    ),
    Case(
        "web",
        "perencanaan_keuangan",
        "Nama: Hamdani\nJabatan: Pengemudi di Sekretariat Daerah Kukar\nKeluhan: Saya mendampingi pimpinan perjalanan dinas ke Samarinda dan Balikpapan sebanyak 6 kali di bulan Juli-Agustus 2024. Semua tiket, kuitansi hotel, dan surat tugas sudah saya serahkan, tapi uang harian dan penggantian biaya sampai sekarang belum cair. Total sekitar Rp7,8 juta. Mohon dibantu.",
    ),
    Case(
        "web",
        "perencanaan_keuangan",
        "Pengirim: Pengelola BUMDes Sinar Harapan, Desa Bukit Pariaman\nPesan: Unit toko BUMDes kami memasok alat tulis kantor dan kertas ke Sekretariat Daerah berdasarkan surat pesanan bulan Juli 2024 senilai Rp23.700.000. Barang sudah diterima lengkap dengan berita acara, tapi pembayarannya belum masuk sampai November. Mohon informasi kapan dibayar.",
    ),
    Case(
        "whatsapp",
        "perencanaan_keuangan",
        "Izin Pak Kabag, kami 3 orang staf Dinas PUPR ikut mendampingi Pak Asisten II rapat di Kementerian di Jakarta tanggal 8-10 Oktober, dan sesuai surat tugas biayanya dibebankan ke DPA Setda. Berkas sudah kami serahkan ke bendahara, tapi sampai sekarang belum ada penggantian. Mohon arahan 🙏",
    ),
    Case(
        "whatsapp",
        "perencanaan_keuangan",
        "Selamat pagi Pak. Saya pelaksana di Setda. Mohon izin bertanya, gaji saya bulan November terpotong sekitar Rp1,2 juta tanpa keterangan, padahal saya tidak ada pinjaman atau sanksi. Slip gaji dari bendahara juga belum dibagikan. Mohon dibantu dicek.",
    ),
    Case(
        "whatsapp",
        "perencanaan_keuangan",
        "Izin Pak, saya dari Sekretariat Diskominfo. Untuk kegiatan bersama rapat evaluasi SPBE akhir November di Kantor Bupati, kesepakatan rapat kemarin biaya konsumsi dan honor narasumber dibebankan ke anggaran Setda. Mohon konfirmasi apakah pagunya masih tersedia di APBD Perubahan, supaya kami bisa mulai kirim undangan.",
    ),
    Case(
        "sms",
        "perencanaan_keuangan",
        "Pak sy guru SDN 003 Tenggarong yg jd juri lomba pidato HUT Kukar yg diadakan Setda bln Sept. Honor juri blm kami terima sampai skrg. Mohon infonya. Trm ksh",
    ),
    Case(
        "telegram",
        "perencanaan_keuangan",
        "Rekan-rekan, mohon maaf ikut tanya. Tambahan penghasilan pegawai bulan Oktober untuk pegawai Setda sampai hari ini belum masuk rekening, sementara teman-teman di dinas lain sudah terima sejak tanggal 8. Apakah ada kendala di input kinerja atau di pengajuan SPM-nya?",
    ),
    Case(
        "telegram",
        "perencanaan_keuangan",
        "Izin menyampaikan, kami pengurus Primkopol Polres Kutai Kartanegara. Koperasi kami menyediakan snack dan makan siang untuk rapat koordinasi pengamanan di Kantor Bupati tanggal 2, 9, dan 16 September (total Rp14.250.000). Tagihan sudah diserahkan ke Setda, tapi belum dibayarkan. Mohon bantuan informasinya.",
    ),
    Case(
        "twitter",
        "perencanaan_keuangan",
        "Sudah 4 bulan tagihan sewa tenda & sound system untuk acara Setda Kukar bulan Juli belum dibayar. Kami BUMDes kecil, modal kami tertahan. Mohon perhatian @kukarkab",
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
