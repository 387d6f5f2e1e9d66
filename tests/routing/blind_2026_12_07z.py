# ruff: noqa: E501
"""Blind set written 2026-12-07 (twenty-sixth of the day) for issue 16: ordinary people at the end of the year: year-end deadlines, Christmas and New Year, high water on the Mahakam, school holidays, prices before the holidays, projects unfinished at the end of the budget year, payments due before the year closes; e-mails by individual citizens (careful and long, rambling, one matter then another, replies to the Secretariat's answer, subject lines), chats and posts in informal Indonesian with Banjar and Kutai words. 15 cases per section; per section 5 email, 2 web, 3 whatsapp, 2 sms, 1 telegram, 2 twitter (60 email, 36 whatsapp, 24 each of web, sms and twitter, 12 telegram). Written by two helper sessions, six sections each, with the same instructions, and joined into this file unread.

Written without reading config.yaml, routing/ or tests/routing/; each case is labelled only from
the mandates in docs/sections.md.

Scored ONCE, blind, with the rules of main 7283e6f (this file committed unread in that commit;
after the tuning on 2026-12-07y), on 2026-12-07 at 23:40 UTC: 172/180 correct = 95.6% (Wilson
95% interval 91.5%-97.7%), three fallbacks (#14, #98, #104, to organisasi). Per channel: email
60/60, sms 24/24, telegram 12/12, twitter 22/24, web 23/24, whatsapp 31/36. The rules of 5fbef44
(the session's start) also place 172/180.
The errors (index in CASES, label -> got): #14 pemerintahan -> organisasi (fallback), #39 hukum
-> perekonomian, #50 kerjasama -> perekonomian, #83 sda -> kesra, #98 adpem -> organisasi
(fallback), #104 adpem -> organisasi (fallback), #113 pbj -> perekonomian, #159 prokom -> kesra.
"""

from __future__ import annotations

from tests.routing.case import Case

_PEMERINTAHAN = [
    Case(
        "email",
        "pemerintahan",
        "Kepada Yth. Bapak Sekretaris Daerah Kabupaten Kutai Kartanegara\ndi Tenggarong\n\nDengan hormat,\nSaya Hj. Mardiana, pensiunan guru SDN 004 Kenohan, warga RT 03 Desa Kahala, Kecamatan Kenohan. Melalui surat elektronik ini saya ingin menyampaikan keresahan warga kami.\n\nMasa jabatan Kepala Desa Kahala berakhir pada 20 Desember 2024. Sampai hari ini, 27 Desember, belum ada penjabat kepala desa yang dilantik. Sekretaris desa mengatakan ia tidak berwenang menandatangani apa pun selain surat pengantar biasa. Padahal air Danau Semayang sedang naik, sebagian rumah panggung di RT 01 dan RT 05 sudah tergenang sampai lantai, dan warga membutuhkan surat keterangan dari desa untuk menerima bantuan maupun keperluan anak sekolah. Pencairan dana desa tahap akhir juga katanya tertahan karena tidak ada pejabat yang bisa menandatangani.\n\nKami mohon dengan sangat agar Pemerintah Kabupaten melalui Camat Kenohan segera menetapkan dan melantik Penjabat Kepala Desa Kahala sebelum tutup tahun, supaya roda pelayanan di desa tidak berhenti di tengah musim banjir.\n\nAtas perhatian Bapak saya ucapkan terima kasih.\n\nHormat saya,\nHj. Mardiana, S.Pd. (pensiunan)\nHP 0813-4617-2290",
    ),
    Case(
        "email",
        "pemerintahan",
        "Perihal: Permohonan fasilitasi penegasan batas Desa Jonggon Jaya dan Desa Sumber Sari\n\nKepada Yth.\nSekretaris Daerah Kabupaten Kutai Kartanegara\n\nDengan hormat,\nKami, Rahmat Hidayat, S.H. dan Rekan, advokat yang berkantor di Jl. Gunung Belah, Tenggarong, bertindak untuk dan atas nama klien kami Bapak Sukirno, petani di Kecamatan Loa Kulu, berdasarkan Surat Kuasa Khusus tanggal 2 Desember 2024.\n\nKlien kami menguasai kebun seluas kurang lebih 2,4 hektare yang terletak di perbatasan Desa Jonggon Jaya dan Desa Sumber Sari. Pada tahun 2019 Kepala Desa Jonggon Jaya menerbitkan surat keterangan penguasaan tanah atas lahan tersebut. Namun pada November 2024 Pemerintah Desa Sumber Sari menerbitkan surat serupa atas bidang yang sama kepada pihak lain, dengan alasan lahan itu masuk wilayahnya. Kedua kepala desa saling mengklaim dan sampai sekarang tidak ada peta batas definitif yang disepakati kedua desa.\n\nSebelum menempuh upaya lain, kami memohon agar Pemerintah Kabupaten memfasilitasi musyawarah penegasan batas antara kedua desa dengan melibatkan Camat Loa Kulu, serta menyampaikan kepada kami salinan peta batas desa yang berlaku apabila sudah ada. Mengingat pihak lain berencana membuka lahan pada awal Januari, kami mohon tanggapan sebelum 31 Desember 2024.\n\nHormat kami,\nRahmat Hidayat, S.H.\nAdvokat, kuasa Bapak Sukirno",
    ),
    Case(
        "email",
        "pemerintahan",
        "Re: Pengaduan hasil pilkades Desa Sebulu Ilir\n\nYth. Admin Pengaduan Setda Kukar,\n\nTerima kasih atas balasannya. Tapi terus terang jawaban itu belum menjawab persoalan. Sudah tiga minggu berkas keberatan kami ke panitia kabupaten tidak ada kabar, sementara undangan pelantikan kades terpilih sudah beredar untuk tanggal 30 Desember di pendopo kecamatan. Kalau pelantikan jalan duluan, keberatan kami jadi percuma.\n\nKami minta kepastian: apakah keberatan soal 41 surat suara di TPS 2 yang dicoblos tembus itu sudah diperiksa panitia tingkat kabupaten atau belum? Dan bisakah pelantikan ditunda sampai ada keputusan?\n\nSalam,\nJumadi, saksi calon nomor urut 2\n\nPada Sen, 9 Des 2024 pukul 10.14 Admin Pengaduan Setda Kukar menulis:\n> Yth. Bapak Jumadi,\n> Terima kasih atas laporan Bapak. Keberatan terkait penghitungan suara\n> pada pilkades serentak di Desa Sebulu Ilir telah kami teruskan kepada\n> panitia tingkat kabupaten untuk ditindaklanjuti sesuai ketentuan.\n> Salam,\n> Admin",
    ),
    Case(
        "email",
        "pemerintahan",
        "Assalamualaikum wr wb\n\nMohon maaf sebelumnya kalau tulisan saya panjang. Saya Syahrani, umur 52, tinggal di Dusun Sungai Belibis yang masih ikut Desa Muara Wis. Bulan ini air Mahakam naik lagi, jalan setapak ke dermaga sudah tenggelam sejak tanggal 8, anak-anak libur sekolah jadi kerjanya main air terus, saya sampai pusing. Harga ikan juga turun karena pengepul jarang masuk. Tapi bukan itu yang mau saya sampaikan.\n\nSejak 2022 warga dusun kami (sekitar 214 KK) sudah mengajukan supaya Sungai Belibis dimekarkan jadi desa sendiri. Musyawarah desa sudah, rekomendasi BPD sudah, camat juga sudah kirim berkas ke kabupaten. Dua tahun ini kami cuma dengar 'masih dikaji'. Kata orang kecamatan, kalau tidak ada keputusan bupati sebelum akhir tahun, tahun depan kami harus mulai dari awal lagi.\n\nYang mau kami tanyakan: berkas usulan desa persiapan Sungai Belibis itu sekarang ada di meja siapa, kurangnya apa, dan kapan tim kabupaten mau turun verifikasi ke lapangan? Kami siap antar pakai perahu kalau jalan masih banjir.\n\nWassalam,\nSyahrani\nKetua Tim Pemekaran Dusun Sungai Belibis",
    ),
    Case(
        "email",
        "pemerintahan",
        "Subjek: Pemberhentian Kaur Keuangan Desa Perian tanpa prosedur\n\nYth. Bapak/Ibu di Sekretariat Daerah Kukar,\n\nSaya Nurhayati, anak dari Bapak Abdul Gani (58), Kaur Keuangan Desa Perian, Kecamatan Muara Muntai. Saya sekarang bekerja di Balikpapan, jadi saya yang menulis karena bapak tidak biasa memakai email.\n\nPada 16 Desember 2024 bapak saya menerima SK pemberhentian dari kepala desa, berlaku sejak ditetapkan, tanpa teguran sebelumnya dan tanpa rekomendasi tertulis dari camat. Alasan di SK hanya 'penyegaran'. Posisinya langsung diisi keponakan kepala desa. Bapak sudah 11 tahun bekerja dan tinggal dua tahun lagi sampai batas usia. Yang membuat kami heran, ini terjadi justru saat laporan realisasi APBDes akhir tahun sedang disusun.\n\nKami mohon kabupaten memeriksa apakah pemberhentian ini sah, dan kalau tidak sesuai prosedur, agar kepala desa diminta meninjau ulang SK tersebut. Penghasilan tetap bapak untuk bulan Desember juga belum dibayarkan oleh desa.\n\nTerima kasih,\nNurhayati\nBalikpapan",
    ),
    Case(
        "web",
        "pemerintahan",
        "Nama: Andi Saputra\nAlamat: Kelurahan Loa Ipuh, Tenggarong\n\nMasa bakti ketua RT 21 kami habis sejak Agustus, tapi sampai akhir Desember kelurahan belum juga mengadakan pemilihan ketua RT baru. Ketua RT lama sudah pindah ke Samarinda, jadi kalau warga perlu surat pengantar harus nyeberang ke kota dulu mencari beliau. Menjelang tahun baru banyak warga yang mau mengurus pindah dan menikah. Tolong pihak kelurahan diminta segera membentuk panitia pemilihan atau menunjuk pelaksana tugas ketua RT.",
    ),
    Case(
        "web",
        "pemerintahan",
        "Saya warga Desa Sungai Meriam, Kec. Anggana. Sudah mau tutup tahun anggaran tapi pemerintah desa tidak pernah memasang baliho APBDes 2024, musyawarah pertanggungjawaban juga tidak pernah diumumkan. Ada kegiatan semenisasi gang 300 meter yang katanya Rp 400 juta tapi yang dikerjakan baru separuh. BPD diam saja. Kami minta camat dan pihak kabupaten turun memeriksa pengelolaan keuangan desa sebelum laporan akhir tahun ditutup. Identitas saya mohon dirahasiakan.",
    ),
    Case(
        "whatsapp",
        "pemerintahan",
        "Assalamualaikum min, ulun warga Desa Kota Bangun Ilir. Mau lapor kantor desa tutup trs dr tgl 14, kada ada pegawai samasekali. Jar urang kades lg liburan ke jawa sampai tahun baru. Ulun perlu surat keterangan ahli waris utk urusan tanah almarhum abah, notaris minta sblm 31 des. Sekdes gin kada kawa tanda tangan jarnya. Mohon dibantu tegur kadesnya 🙏",
    ),
    Case(
        "whatsapp",
        "pemerintahan",
        "Pak, mau tanya. Patok batas antara Desa Bukit Raya sama Desa Manunggal Jaya (Tenggarong Seberang) itu sebenarnya dimana sih? Dua minggu ini warga dua desa ribut soal kebun karet di pinggir jalan poros, yg satu bilang punya Bukit Raya yg satu bilang Manunggal Jaya. Kemarin sore hampir baku hantam. Kades dua2nya cuma saling lempar. Tolong pemkab turun ukur ulang batasnya sblm makin panas",
    ),
    Case(
        "whatsapp",
        "pemerintahan",
        "Slmt siang. Sy ketua BPD Desa Lebaho Ulaq, Muara Wis. Kades kami meninggal bln Oktober. Kami sdh usulkan pemilihan kades antar waktu lewat musdes, berkas sdh ke kecamatan tgl 18 Nov. Tp sampai skrg blm ada jadwal & blm ada pj dr kabupaten. Dana desa thp 3 terancam tdk cair krn ga ada yg ttd. Mohon petunjuk hrs ke mana lg. Trims",
    ),
    Case(
        "sms",
        "pemerintahan",
        "Yth Setda Kukar. Kades Desa Liang Ulu Kec Kota Bangun sdh 3 bln tdk ngantor, tinggal di Samarinda. Warga susah urus surat2 apalagi skrg banjir. Mhn ditegur. Trm ksh. Warga RT 4",
    ),
    Case(
        "sms",
        "pemerintahan",
        "Mhn info, perumahan kami di Jl Poros Loa Janan sdh 160 KK tp msh gabung 1 RT dgn kampung lama. Sdh ajukan pemekaran RT ke Desa Loa Duri Ilir sjk Juni blm ada jwbn. Kpd siapa lg kami ajukan? Hendra",
    ),
    Case(
        "telegram",
        "pemerintahan",
        "Halo admin. Mau nanya soal pelantikan kades hasil pilkades serentak November kemarin. Di Desa Jembayan katanya pelantikan diundur ke Februari 2025, padahal kades lama sdh habis masa jabatannya tgl 12 Des. Jadi skrg yg pegang desa siapa? Ada SK pj nya? Warga bingung, mohon penjelasan resmi biar ndak simpang siur di grup WA kampung",
    ),
    Case(
        "twitter",
        "pemerintahan",
        "Kades kami ini lebih hafal jalan tol Samarinda–Balikpapan drpd jalan ke kantor desanya sendiri 🙃 udah banjir sebetis di Desa Muara Muntai Ulu, kantor desa digembok dr tgl 10. @PemkabKukar tolong ditanya beliau masih kades kami atau bukan",
    ),
    Case(
        "twitter",
        "pemerintahan",
        "Warga Desa Karya Jaya Samboja, KTP Kukar, tapi kok tagihan PBB 2024 datang dari Balikpapan Utara? Batas Kukar–Balikpapan di wilayah kami ini sebenernya dimana @PemkabKukar @diskominfokukar? Jgn sampe akhir tahun kami bayar dua kali",
    ),
]

_KESRA = [
    Case(
        "email",
        "kesra",
        "Kepada Yth. Bapak Sekretaris Daerah Kabupaten Kutai Kartanegara\n\nAssalamualaikum warahmatullahi wabarakatuh.\n\nSaya H. Muhammad Arsyad, pensiunan guru agama SMPN 1 Muara Kaman, sekarang mengajar mengaji di TPA Al-Ikhlas Desa Muara Kaman Ulu dan menjadi koordinator guru ngaji di kecamatan kami.\n\nInsentif guru ngaji, imam, dan marbot dari Pemerintah Kabupaten untuk periode Juli sampai Desember 2024 sampai hari ini (23 Desember) belum kami terima. Di kecamatan kami ada 96 orang penerima yang namanya sudah diverifikasi ulang bulan September, lengkap dengan fotokopi buku rekening. Biasanya insentif semester dua cair pertengahan Desember. Teman-teman guru ngaji di desa hulu banyak yang menggantungkan harapan pada uang itu, apalagi sekarang air naik dan kebun tidak bisa digarap.\n\nKami mohon penjelasan apakah insentif semester dua tahun ini tetap dibayar sebelum tutup tahun anggaran, atau apakah ada berkas kami yang kurang. Bila perlu kami siap datang ke Tenggarong.\n\nWassalamualaikum warahmatullahi wabarakatuh.\n\nH. Muhammad Arsyad\nKoordinator Guru Ngaji Kec. Muara Kaman",
    ),
    Case(
        "email",
        "kesra",
        "Subjek: Beasiswa Kukar Idaman tahap 2 adik saya belum masuk\n\nSelamat pagi Bapak/Ibu,\n\nSaya Fitriani, kakak dari Muhammad Rizky Ananda (NIM 221061147), mahasiswa Teknik Sipil di sebuah universitas di Yogyakarta. Orang tua kami tinggal di Desa Tuana Tuha, Kenohan, petani dan nelayan danau. Saya sendiri bekerja di Jakarta.\n\nAdik saya dinyatakan lulus seleksi beasiswa prestasi kabupaten tahun 2024 (pengumuman Juli). Tahap pertama sudah cair Agustus, tapi tahap kedua yang dijanjikan Desember belum masuk rekening. Teman-temannya dari Kecamatan Loa Kulu sudah ada yang menerima tanggal 12 Desember. Sewa kos di Jogja jatuh tempo 5 Januari, dan orang tua kami di kampung sedang susah karena banjir merendam keramba.\n\nMohon dicek apakah nama adik saya bermasalah di data pencairan, dan kalau ada dokumen yang harus dilengkapi, mohon diberitahukan lewat email ini. Nomor pendaftarannya KKI-2024-08831.\n\nTerima kasih banyak,\nFitriani (Jakarta)",
    ),
    Case(
        "email",
        "kesra",
        "Yth. Admin Setda Kukar,\n\nSalam damai sejahtera. Menindaklanjuti balasan Bapak/Ibu di bawah, saya ingin menanyakan kembali. Proposal bantuan rehab atap dan plafon gedung gereja kami, GKII Jemaat Imanuel di Desa Muara Ritan, Kecamatan Tabang, sudah kami ajukan 14 Maret 2024 dan katanya masuk verifikasi. Sekarang sudah minggu Natal, atap bagian mimbar bocor setiap hujan dan ibadah malam Natal 24 Desember terpaksa memakai terpal.\n\nKami tidak menuntut dana cair minggu ini, tapi mohon kepastian: apakah gereja kami masuk daftar penerima bantuan tempat ibadah tahun 2025, atau proposal harus diajukan ulang dengan format baru?\n\nHormat kami,\nPdt. Yohanes Lawing\nGKII Jemaat Imanuel Muara Ritan\n\nPada Kam, 18 Jul 2024 pukul 14.02, Admin Pengaduan Setda Kukar menulis:\n> Yth. Bapak Yohanes,\n> Proposal Bapak telah kami terima dan sedang dalam tahap verifikasi\n> administrasi. Informasi lebih lanjut akan disampaikan kemudian.\n> Terima kasih.",
    ),
    Case(
        "email",
        "kesra",
        "Assalamualaikum,\n\nSaya Ibu Rusmiati, 61 tahun, warga Kelurahan Mangkurawang, Tenggarong. Maaf kalau agak panjang. Akhir tahun ini jalan di depan rumah saya ramai sekali sampai tengah malam, anak-anak muda kebut-kebutan pakai knalpot brong, katanya latihan konvoi tahun baru. Sudah saya lapor ke Pak RT tapi ya begitu saja. Sudahlah, itu urusan polisi.\n\nYang sebenarnya mau saya tanyakan: majelis taklim kami, Majelis Taklim Nurul Jannah, tahun lalu mengajukan proposal hibah untuk pengadaan pengeras suara dan kitab. Bulan Oktober kami dapat kabar dari kelurahan bahwa nama kami masuk daftar penerima hibah kabupaten tahun 2024 sebesar Rp 25.000.000, dan kami diminta menyiapkan rekening atas nama lembaga serta berkas NPHD. Rekening sudah kami buka di Bankaltimtara, berkas sudah kami antar ke kantor bupati tanggal 4 November. Tapi sampai sekarang belum ada panggilan tanda tangan NPHD dan dananya belum cair. Kalau lewat tahun, apakah hangus?\n\nMohon penjelasannya. Terima kasih.\nWassalam,\nRusmiati\nKetua Majelis Taklim Nurul Jannah",
    ),
    Case(
        "email",
        "kesra",
        "Subjek: Uang pembinaan juara MTQ tingkat kabupaten belum dibayar\n\nYth. Bapak/Ibu,\n\nSaya Syamsuddin, orang tua dari Nabila Azzahra, peserta kafilah Kecamatan Loa Janan yang meraih juara 1 cabang tilawah anak pada MTQ tingkat Kabupaten Kutai Kartanegara di Sebulu bulan Oktober lalu. Saat penutupan diumumkan bahwa uang pembinaan juara akan ditransfer paling lambat akhir November. Sampai 20 Desember belum ada transfer, dan ketika kami tanya ke panitia kecamatan, mereka bilang masih menunggu dari kabupaten.\n\nSelain itu anak saya juga dijanjikan ikut pemusatan latihan untuk persiapan MTQ provinsi tahun depan, tetapi jadwalnya belum diumumkan. Mohon informasi kapan uang pembinaan dibayarkan dan kapan latihan kafilah kabupaten dimulai, karena libur sekolah ini sebenarnya waktu yang pas untuk berlatih.\n\nHormat saya,\nSyamsuddin\nLoa Janan Ilir",
    ),
    Case(
        "web",
        "kesra",
        "Saya mahasiswa semester 3 dari Desa Muara Muntai Ulu. Pendaftaran beasiswa kabupaten jalur reguler ditutup 20 Desember jam 23.59, tapi sejak tanggal 15 listrik dan sinyal di kampung kami putus-putus karena banjir, tower di dekat dermaga terendam. Saya baru bisa mengunggah transkrip, KTM dan SKTM belum terunggah. Mohon kebijakan perpanjangan waktu unggah berkas untuk pendaftar dari kecamatan yang terkena banjir. Nama: Dwi Lestari, nomor pendaftaran sementara 0091283.",
    ),
    Case(
        "web",
        "kesra",
        "Nama: Ahmad Yani, Kelurahan Sukarame, Tenggarong.\nOrang tua saya masuk daftar calon jemaah haji Kukar yang berangkat tahun 2025. Tahun-tahun sebelumnya katanya pemkab membantu angkutan jemaah dari Tenggarong ke asrama haji di Balikpapan dan ada pembinaan tambahan di tingkat kabupaten. Apakah tahun depan masih ada? Orang tua saya sudah 70 tahun dan tinggal di Desa Sabintulung, Muara Kaman, jadi kami perlu tahu dari sekarang. Mohon juga info jadwal manasik tingkat kabupaten, kami dengar dimulai Januari.",
    ),
    Case(
        "whatsapp",
        "kesra",
        "Assalamualaikum pak/bu, sy guru TPA di Desa Handil Terusan Anggana. Mau tanya insentif guru ngaji smstr 2 kok blm masuk rekening ya? Biasanya pertengahan Des udh cair. Ini udh tgl 24, mau tahun baru. Tmn2 di Muara Jawa jg blm. Apa ada berkas kurang? Mksh 🙏",
    ),
    Case(
        "whatsapp",
        "kesra",
        "min beasiswa S1 kab kukar tahap 2 kpn cair y 😭 udh ditagih uang kos sm ibu kos, pulang kampung ke Kota Bangun jg blm bs krn ongkos. tmn sekampus yg dr tenggarong udh pd cair kmrn. nama sy Rina Wulandari, kampus Unmul. mohon dicek y min",
    ),
    Case(
        "whatsapp",
        "kesra",
        "Pagi. Ulun pengurus Langgar Al-Muhajirin RT 07 Desa Teluk Dalam, Muara Jawa. Langgar kami tiap pasang besar kerendam, lantai kayu udah lapuk banar, tiang miring. Handak minta bantuan perbaikan dari pemkab, proposal nya dikirim ke mana & syaratnya apa haja? Masih kawa diajukan utk 2025 kah? Terima kasih",
    ),
    Case(
        "sms",
        "kesra",
        "Yth Setda Kukar, sy marbot Masjid Al-Falah Desa Sebulu Modern. Insentif marbot Jul-Des blm diterima. Mohon info kpn dibayar. Trm ksh. Salim",
    ),
    Case(
        "sms",
        "kesra",
        "Selamat sore. Anak sy lulus seleksi beasiswa kab utk S2 di Makassar, tp sampai skrg blm ada SK penerima & blm ada kabar pencairan. Smstr baru mulai Feb. Mhn info. Bpk Darmawan, Tenggarong Seberang",
    ),
    Case(
        "telegram",
        "kesra",
        "Selamat malam admin. Kami pengurus Panti Asuhan Kasih Bunda di Tenggarong, ada 34 anak. Tahun ini kami mengajukan bantuan sosial dari kabupaten utk biaya makan & seragam sekolah, katanya sdh masuk daftar penerima bansos lembaga tahun 2024. Tapi sampai H-7 tutup tahun belum ada kabar pencairan. Anak2 libur sekolah dan kebutuhan Natal & tahun baru cukup berat. Mohon info status bantuan kami. Terima kasih, Ibu Maria Goreti",
    ),
    Case(
        "twitter",
        "kesra",
        "Beasiswa kabupaten: daftar Mei, lulus Juli, cairnya... nunggu lebaran monyet kayaknya 🙂 semester depan udh mulai @PemkabKukar @diskominfokukar kpn tahap 2 cair? mahasiswa rantau dr Kukar udh pd ngutang buat bayar kos",
    ),
    Case(
        "twitter",
        "kesra",
        "Natal tahun ini jemaat kami di Tabang masih ibadah di bangunan darurat. Proposal bantuan pembangunan gereja ke Pemkab udah 2 thn ga ada kabar, diajukan lagi disuruh revisi lagi. Kami cuma minta kepastian @PemkabKukar #NatalKukar",
    ),
]

_HUKUM = [
    Case(
        "email",
        "hukum",
        "Perihal: Permohonan pelaksanaan Putusan PN Tenggarong Nomor 27/Pdt.G/2022/PN Trg\n\nKepada Yth.\nSekretaris Daerah Kabupaten Kutai Kartanegara\n\nDengan hormat,\nYang bertanda tangan di bawah ini, Dewi Anggraini, S.H., M.H., advokat, bertindak untuk dan atas nama Ibu Hj. Siti Rahmah berdasarkan surat kuasa khusus tertanggal 5 Desember 2024.\n\nKlien kami adalah penggugat dalam perkara melawan Pemerintah Kabupaten Kutai Kartanegara terkait tanah seluas 1.850 m2 di Kelurahan Jahab yang dipakai sebagai lokasi gedung SD tanpa pembebasan. Putusan telah berkekuatan tetap sejak Mahkamah Agung menolak kasasi tergugat pada Maret 2024, dan mewajibkan tergugat membayar ganti kerugian sebesar Rp 1.120.000.000.\n\nHingga kini belum ada pelaksanaan putusan secara sukarela, dan surat kami tanggal 3 Juni dan 9 September 2024 tidak berbalas. Kami memohon penjelasan tertulis mengenai sikap Pemerintah Kabupaten atas putusan tersebut, termasuk apakah kewajiban itu telah dianggarkan dalam APBD 2025, sebelum kami mengajukan permohonan eksekusi kepada Ketua Pengadilan Negeri Tenggarong pada awal Januari.\n\nHormat kami,\nDewi Anggraini, S.H., M.H.",
    ),
    Case(
        "email",
        "hukum",
        "Yth. Pengelola Pengaduan Setda Kukar,\n\nSaya Drs. Hasan Basri, pensiunan guru SMAN 1 Tenggarong, kini aktif di komite sekolah. Menjelang rapat komite tanggal 28 Desember, kami perlu membaca Peraturan Daerah tentang penyelenggaraan pendidikan dan Peraturan Bupati tentang sumbangan pendidikan di sekolah negeri.\n\nDi laman dokumentasi peraturan milik kabupaten hanya tercantum judul tanpa berkas, dan berkas yang bisa diunduh ternyata versi tahun 2012 yang sepertinya sudah diubah. Saya juga tidak menemukan keterangan apakah Perbup yang dimaksud masih berlaku atau sudah dicabut.\n\nMohon kami dikirimi salinan resmi kedua peraturan yang berlaku beserta perubahannya, dan mohon laman tersebut diperbarui supaya masyarakat bisa membaca produk peraturan daerah yang terbaru.\n\nHormat saya,\nDrs. Hasan Basri",
    ),
    Case(
        "email",
        "hukum",
        "Subjek: Mohon pendampingan untuk orang tua saya yang terancam diusir dari rumahnya\n\nSelamat siang,\n\nSaya Agus Salim, bekerja di Batam, anak sulung dari Bapak Kaspul (67) dan Ibu Aminah (63) yang tinggal di Desa Kutai Lama, Kecamatan Anggana. Saya menulis karena orang tua saya tidak bisa menggunakan internet.\n\nPada 11 Desember seseorang datang membawa fotokopi sertifikat dan menyatakan tanah serta rumah yang ditempati orang tua saya sejak 1979 adalah miliknya. Ia memberi waktu sampai 10 Januari untuk mengosongkan rumah, kalau tidak akan 'dilaporkan ke polisi'. Orang tua saya memegang segel tahun 1979 dan bukti bayar PBB rutin. Kami keluarga petani dan tidak mampu membayar pengacara.\n\nSaya membaca bahwa Pemkab Kukar punya program pendampingan perkara gratis untuk warga tidak mampu. Mohon informasi bagaimana cara orang tua saya mendapatkannya, syarat apa yang perlu dibawa, dan apakah bisa dilayani sebelum batas waktu 10 Januari. Orang tua saya bisa datang ke Tenggarong diantar tetangga.\n\nTerima kasih atas bantuannya.\nAgus Salim\n0821-5310-7764",
    ),
    Case(
        "email",
        "hukum",
        "Yth. Admin,\n\nMohon maaf membalas lagi. Jawaban Bapak/Ibu bulan lalu menyebutkan bahwa rancangan Perda tentang Pengelolaan Sampah akan 'disosialisasikan kepada masyarakat sebelum dibahas'. Hari ini saya baca di berita bahwa DPRD menjadwalkan paripurna persetujuan tanggal 30 Desember, sementara kami di bank sampah belum pernah melihat naskahnya, apalagi diundang konsultasi publik.\n\nKami minta: (1) salinan naskah rancangan terakhir beserta naskah akademiknya, dan (2) kesempatan menyampaikan masukan tertulis, khususnya soal retribusi sampah rumah tangga dan peran bank sampah, sebelum raperda disetujui.\n\nTerima kasih,\nLestari Handayani\nBank Sampah Berseri, Loa Janan\n\nPada Rab, 20 Nov 2024 09.47, Admin Pengaduan Setda Kukar menulis:\n> Ibu Lestari yang kami hormati,\n> Rancangan Peraturan Daerah dimaksud masih dalam tahap harmonisasi.\n> Naskah akan disosialisasikan kepada masyarakat sebelum dibahas\n> bersama DPRD. Terima kasih atas perhatian Ibu.",
    ),
    Case(
        "email",
        "hukum",
        "Selamat malam Bapak/Ibu,\n\nSaya Yohanes Sitorus, karyawan swasta yang sudah 9 tahun tinggal di Kelurahan Bukit Biru, Tenggarong. Tiap malam tahun baru kompleks kami jadi ajang kembang api dan petasan sampai jam 3 pagi. Tahun lalu atap tetangga saya sempat terbakar sedikit, dan ibu saya yang punya penyakit jantung harus dibawa ke RSUD AM Parikesit. Ketua RT bilang tidak bisa melarang karena 'tidak ada aturannya dari kabupaten'.\n\nKarena itu saya ingin bertanya secara resmi: apakah Kabupaten Kutai Kartanegara punya Perda atau Perbup tentang ketertiban umum yang mengatur petasan dan kebisingan di permukiman? Kalau ada, nomor berapa dan di mana saya bisa mendapatkan salinannya supaya bisa ditunjukkan ke warga sebelum 31 Desember. Kalau belum ada, apakah pemerintah berencana menyusunnya?\n\nTerima kasih,\nYohanes Sitorus",
    ),
    Case(
        "web",
        "hukum",
        "Halaman peraturan di situs JDIH Pemkab Kukar error terus sejak minggu lalu. Klik unduh Perbup Nomor 45 Tahun 2023 muncul 'file not found', pencarian Perda tahun 2024 kosong semua. Saya mahasiswa fakultas syariah yang sedang menulis skripsi soal perda pengelolaan zakat dan harus setor ke pembimbing sebelum libur semester 23 Desember. Mohon diperbaiki atau berkasnya dikirim ke email saya. Terima kasih. - Muhammad Fadli",
    ),
    Case(
        "web",
        "hukum",
        "Nama: Sri Wahyuni, Desa Loa Duri Ulu, Loa Janan.\nSaya dapat surat panggilan sidang gugatan sederhana dari perusahaan pembiayaan di PN Tenggarong tanggal 7 Januari 2025, soal cicilan motor yang menunggak 4 bulan sejak suami saya di-PHK dari kontraktor tambang. Motor sudah ditarik paksa bulan Oktober tapi saya tetap digugat sisa utang Rp 14 juta. Saya tidak paham prosedur persidangan dan tidak punya uang untuk pengacara. Apakah Pemkab menyediakan pendampingan advokat gratis untuk warga miskin? Bagaimana cara daftarnya sebelum tanggal sidang?",
    ),
    Case(
        "whatsapp",
        "hukum",
        "Assalamualaikum, maaf mengganggu. Anak sy (19 th) ditahan Polsek Kota Bangun sejak tgl 21 Des krn dituduh ikut perkelahian di acara orgen. Kami org ndak mampu, ndak kenal pengacara. Apa benar pemkab ada pendampingan pengacara gratis utk warga kurang mampu? Sy hrs bawa apa & ke kantor mana? SKTM dr Desa Sangkuliman sdh ada. Mksh",
    ),
    Case(
        "whatsapp",
        "hukum",
        "Pak mau tanya, Perda kawasan tanpa rokok Kukar sudah disahkan blm? Nomor brp thn brp? Sy pengelola kafe di Tenggarong, mau pasang stiker & aturan utk pengunjung malam tahun baru tp takut salah kutip. Kalau ada link salinan resminya tolong kirim ya. Makasih",
    ),
    Case(
        "whatsapp",
        "hukum",
        "Slmt siang. Sy salah satu penggugat gugatan perwakilan warga RT 15 Kelurahan Maluhu vs Pemkab soal rumah kebanjiran krn saluran ditimbun. Putusan PN bln Nov kmrn kami menang sebagian. Mau tanya apa Pemkab jadi banding? Soalnya batas wkt banding mau habis dan kami ga dapat info apa2. Mohon kejelasan sikap pemkab 🙏",
    ),
    Case(
        "sms",
        "hukum",
        "Yth Setda. Sy Ibu Marlina, Muara Badak. Mau konsultasi soal tanah warisan yg digugat saudara ipar, kami tdk mampu bayar pengacara. Apa ada layanan pendampingan gratis dr pemkab? Di mana alamatnya? Trm ksh",
    ),
    Case(
        "sms",
        "hukum",
        "Mhn info Perda RTRW Kukar revisi yg baru sdh disahkan? Sy mau beli tanah di Loa Kulu, ingin cek peruntukannya dulu. Salinan perdanya bs didapat di mana? Rudi",
    ),
    Case(
        "telegram",
        "hukum",
        "Halo admin, sy arsitek di Tenggarong Seberang. Katanya Raperda ttg Bangunan Gedung & PBG lagi dibahas dan mau dikebut sblm tutup tahun. Draftnya bisa diakses publik ga? Kami asosiasi mau kasih masukan soal retribusi PBG rumah tinggal. Mohon link draf & kontak yg bisa diajak diskusi. Tks",
    ),
    Case(
        "twitter",
        "hukum",
        "Situs JDIH @PemkabKukar ini peraturan terbarunya masih tahun 2022 ya? Udah akhir 2024 lho 😅 nyari Perbup buat tugas kuliah malah nemu 404. Tolong diupdate min",
    ),
    Case(
        "twitter",
        "hukum",
        "Raperda dikebut akhir tahun, uji publik? nol. Naskahnya aja gak bisa dibaca warga. @PemkabKukar @DPRDKukar tolong publikasikan draf raperda yg mau disahkan Desember ini biar kami bisa ikut kasih masukan #Kukar",
    ),
]

_KERJASAMA = [
    Case(
        "email",
        "kerjasama",
        "Kepada Yth. Sekretaris Daerah Kabupaten Kutai Kartanegara\n\nDengan hormat,\nSaya Abdul Rasyid, pensiunan guru SD di Desa Sepatin, Kecamatan Anggana. Desa kami berada di delta Mahakam, airnya payau, dan setiap kemarau maupun musim pasang besar seperti Desember ini warga kesulitan air bersih.\n\nPada bulan Februari 2024, perusahaan migas yang beroperasi di wilayah kami menyampaikan dalam pertemuan di balai desa bahwa program tanggung jawab sosial mereka tahun ini akan membangun instalasi pengolahan air untuk Desa Sepatin, dan katanya program itu sudah dibahas dalam forum bersama pemerintah kabupaten. Sampai akhir tahun tidak ada satu pun pekerjaan dimulai. Saat ditanya, pihak perusahaan menjawab bahwa penyaluran program mereka 'menunggu penetapan dari kabupaten'.\n\nKami mohon penjelasan mengenai status program tersebut dalam rencana CSR perusahaan tahun 2024, dan apakah dapat dipastikan dilaksanakan paling lambat awal 2025.\n\nHormat saya,\nAbdul Rasyid\nDesa Sepatin",
    ),
    Case(
        "email",
        "kerjasama",
        "Perihal: Tindak lanjut rancangan nota kesepahaman Yayasan Pendidikan Borneo Cendekia dengan Pemerintah Kabupaten\n\nYth. Sekretaris Daerah Kabupaten Kutai Kartanegara,\n\nKami, kantor advokat Fajar Siddiq & Associates, bertindak sebagai kuasa dari Yayasan Pendidikan Borneo Cendekia, penyelenggara politeknik swasta di Samarinda.\n\nPada 4 November 2024 klien kami menyampaikan rancangan nota kesepahaman tentang program vokasi bagi pemuda Kukar, termasuk penyediaan tempat praktik di Kecamatan Muara Jawa dan Samboja. Tim teknis kabupaten sempat memberi catatan pada 19 November dan klien kami telah menyampaikan rancangan perbaikan pada 25 November. Sejak itu tidak ada tanggapan.\n\nMengingat program ini bergantung pada dana kementerian yang mensyaratkan adanya perjanjian dengan pemerintah daerah yang ditandatangani sebelum 31 Desember 2024, kami memohon informasi tahapan yang masih harus dilalui dan perkiraan jadwal penandatanganan.\n\nHormat kami,\nFajar Siddiq, S.H.",
    ),
    Case(
        "email",
        "kerjasama",
        "Subjek: Apakah MoU Kukar dengan kampus saya masih berlaku?\n\nHalo Bapak/Ibu,\n\nSaya Putri Ayu, mahasiswi Fakultas Kesehatan Masyarakat di salah satu universitas negeri di Surabaya, asal Desa Bukit Pariaman, Tenggarong Seberang. Orang tua saya masih tinggal di sana.\n\nKampus saya mensyaratkan KKN tematik semester depan (Februari-Maret 2025) hanya boleh di daerah yang masih punya nota kesepahaman aktif dengan universitas. Di daftar kampus, Kutai Kartanegara tercatat dengan MoU tahun 2019 yang berlaku lima tahun, artinya habis tahun ini. Kelompok kami (10 orang) ingin KKN di desa saya sendiri. Bagian kemahasiswaan meminta bukti perpanjangan paling lambat 30 Desember.\n\nMohon info apakah perpanjangan MoU itu sedang diproses atau sudah ditandatangani, dan kalau belum, apa yang perlu dilakukan kampus supaya bisa diperpanjang. Saya bisa menghubungkan dengan kantor kemitraan kampus.\n\nTerima kasih,\nPutri Ayu",
    ),
    Case(
        "email",
        "kerjasama",
        "Yth. Admin,\n\nTerima kasih atas jawabannya, tapi kenyataan di lapangan lain. Paket sembako Natal dan tahun baru dari program CSR perusahaan tambang yang dibagikan tanggal 19 Desember di Desa Jembayan Tengah hanya sampai ke RT 1 sampai RT 6. RT 7 dan RT 8 yang justru paling dekat dengan jalan hauling tidak dapat sama sekali. Waktu kami tanya, perusahaan bilang daftar penerima dari desa, desa bilang daftar dari perusahaan.\n\nKami minta daftar penerima dan mekanisme penyaluran program tersebut dibuka, dan RT 7-8 dimasukkan pada penyaluran berikutnya.\n\nSalam,\nMarkus Lumbangaol, Ketua RT 7\n\nPada 2 Des 2024, Admin Pengaduan Setda Kukar menulis:\n> Bapak Markus, terima kasih. Penyaluran program CSR perusahaan\n> di wilayah Loa Kulu dikoordinasikan melalui forum bersama\n> pemerintah kabupaten dan dilakukan berdasarkan data desa.\n> Silakan melapor bila ada kendala.",
    ),
    Case(
        "email",
        "kerjasama",
        "Subjek: Bantuan perahu dari perusahaan cuma buat keluarga pengurus desa\n\nSelamat sore,\n\nSaya Lukman, 45, nelayan di Desa Saliki, Muara Badak. Sudah 20 tahun saya melaut di perairan sekitar sini. Beberapa tahun ini hasil tangkapan makin kurang, ditambah cuaca Desember begini ombak besar, sering tidak bisa keluar. Anak saya yang SMA mau lanjut kuliah juga bingung biayanya. Intinya hidup nelayan makin susah.\n\nYang bikin kami sakit hati, bulan November ada penyerahan 12 unit perahu dan mesin dari program tanggung jawab sosial perusahaan migas di dekat desa kami. Ternyata dari 12 unit itu, 7 diterima keluarga dan kerabat pengurus desa, ada yang bukan nelayan sama sekali. Kelompok kami yang sudah mengusulkan sejak 2023 tidak dapat.\n\nSaya minta Pemkab yang katanya ikut mengawasi program perusahaan itu memeriksa daftar penerimanya dan memastikan penyaluran tahap berikutnya tepat sasaran.\n\nTerima kasih,\nLukman",
    ),
    Case(
        "web",
        "kerjasama",
        "Saya warga Desa Loa Janan Ulu di perbatasan dengan Samarinda. Sejak 2023 katanya ada perjanjian antara Pemkab Kukar dan Pemkot Samarinda supaya jaringan PDAM Samarinda bisa menyuplai air ke kompleks kami yang lebih dekat ke Samarinda. Sampai Desember ini belum ada satu sambungan pun, air sumur kami keruh. Mohon info apakah perjanjian antar daerah itu jadi ditandatangani, dan kapan pelaksanaannya.",
    ),
    Case(
        "web",
        "kerjasama",
        "Kami Kelompok Wanita Tani Melati di Desa Bangun Rejo, Tenggarong Seberang, 25 anggota. Kami dengar perusahaan-perusahaan di Kukar menyalurkan dana tanggung jawab sosialnya lewat forum yang difasilitasi pemkab. Bagaimana caranya kelompok kami mengusulkan bantuan alat pengemasan dan mesin penggiling untuk program tahun 2025? Apakah ada batas waktu pengajuan sebelum akhir tahun ini? Kontak: Ibu Suparmi 0852-4600-1913.",
    ),
    Case(
        "whatsapp",
        "kerjasama",
        "Assalamualaikum min, mau tanya paket sembako CSR dr perusahaan batubara buat warga ring 1 di Desa Loa Ulung tahun ini dibagi ga? Tahun lalu tgl 20an Des udh dibagi, skrg blm ada kabar. Kata kades nunggu dr pemkab. Jadi yg benar yg mana? 🙏",
    ),
    Case(
        "whatsapp",
        "kerjasama",
        "Pak, desa kami Lamin Telihan Kenohan sinyal ndik ade sama sekali, apalagi banjir gini mau hubungi keluarga susah. Dgr2 pemkab udh teken MoU sama operator seluler utk bangun tower di desa2 blank spot. Desa kami masuk daftar ga? Kapan realisasinya? Tks",
    ),
    Case(
        "whatsapp",
        "kerjasama",
        "Siang bu. Sy warga Desa Sanga-Sanga Dalam. Thn lalu perusahaan migas janji kasih ambulans desa lewat program csr, udh ada serah terima simbolis pas acara 17an Agustus malah. Tp mobilnya gak pernah datang smp skrg. Tgl 22 kmrn ada warga mau melahirkan hrs dibawa pake pick up. Tolong ditanyakan ke perusahaannya lewat pemkab",
    ),
    Case(
        "sms",
        "kerjasama",
        "Yth Setda Kukar. Dana CSR perusahaan utk Desa Jongkang Loa Kulu thn 2024 brp & dipakai utk apa? Tdk prnh diumumkan ke warga. Mhn dibuka. Warga RT 9",
    ),
    Case(
        "sms",
        "kerjasama",
        "Sore pak. Kampus kami di Samarinda mau ajukan perjanjian kemitraan dg Pemkab Kukar utk penelitian & pengabdian di desa2 Kec Tabang mulai 2025. Suratnya ditujukan ke siapa & syaratnya apa? Trims, Dr Hendrik",
    ),
    Case(
        "telegram",
        "kerjasama",
        "Selamat malam. Sy pengurus karang taruna Desa Muara Kembang, Muara Jawa. Tahun ini kami ajukan proposal lapangan futsal ke program CSR perusahaan di wilayah kami, perusahaan bilang sdh setuju tp harus lewat persetujuan forum CSR kabupaten dulu. Sudah 4 bulan ga ada kabar. Forumnya rapat kapan & siapa yg bisa kami hubungi? Dananya katanya harus terserap sblm tutup buku 31 Des",
    ),
    Case(
        "twitter",
        "kerjasama",
        "Katanya dana CSR perusahaan di Kukar ratusan miliar, tp jalan desa kami di Muara Badak gelap gulita, lampu jalan janji CSR cuma sampai baliho 🙃 @PemkabKukar mohon dibuka dong penyaluran CSR 2024 ke desa mana aja",
    ),
    Case(
        "twitter",
        "kerjasama",
        "MoU Kukar sm Pemkot Samarinda soal angkutan umum Loa Janan–Samarinda katanya udah diteken thn lalu, fotonya bagus. Busnya mana? Udah mau 2025 @PemkabKukar tolong umumin isi perjanjiannya & kapan jalan",
    ),
]

_PEREKONOMIAN = [
    Case(
        "email",
        "perekonomian",
        "Kepada Yth. Bapak Sekretaris Daerah Kabupaten Kutai Kartanegara\n\nDengan hormat,\nSaya Ibu Theresia Ningsih, pensiunan guru SMP di Tenggarong, berbelanja hampir setiap hari di Pasar Tangga Arung. Izinkan saya menyampaikan pengamatan selama dua minggu terakhir menjelang Natal.\n\nHarga beras medium naik dari Rp 13.500 menjadi Rp 15.000 per kilogram, telur ayam dari Rp 52.000 menjadi Rp 62.000 per rak, daging ayam potong Rp 45.000 per kilogram, dan cabai rawit sempat Rp 110.000 per kilogram pada 18 Desember. Beberapa pedagang mengatakan pasokan dari Samarinda terlambat karena jalan licin dan kapal dari hulu terhambat air tinggi. Bagi pensiunan seperti kami, kenaikan ini sangat terasa, apalagi anak cucu pulang liburan.\n\nKami memohon Pemerintah Kabupaten segera mengadakan pasar murah atau operasi pasar di Tenggarong dan kecamatan sekitarnya sebelum Natal dan tahun baru, serta memantau pedagang besar agar tidak menahan stok.\n\nHormat saya,\nTheresia Ningsih",
    ),
    Case(
        "email",
        "perekonomian",
        "Subjek: Gas elpiji 3 kg Rp 50.000 di Muara Muntai saat banjir\n\nYth. Bapak/Ibu,\n\nSaya Rahmadi, bekerja di Jakarta, menulis mewakili orang tua saya di Desa Muara Muntai Ilir. Setiap kali saya menelepon, ibu saya mengeluh tabung gas melon sulit dicari sejak awal Desember. Kalaupun ada, pengecer menjual Rp 45.000-50.000 per tabung, padahal di pangkalan semestinya sekitar dua puluh ribuan. Pangkalan di desa katanya jarang dikirim karena kapal pengangkut dari Kota Bangun tertahan air tinggi, dan ketika datang langsung habis diborong pengecer.\n\nOrang tua saya sudah lanjut usia dan memasak dengan kayu bakar basah di musim banjir bukan pilihan. Mohon pemerintah kabupaten memastikan kuota dan jadwal pengiriman ke pangkalan di kecamatan sekitar danau tetap berjalan selama banjir, dan menertibkan harga di tingkat pengecer.\n\nTerima kasih,\nRahmadi",
    ),
    Case(
        "email",
        "perekonomian",
        "Yth. Admin,\n\nMenanggapi balasan di bawah: kuota mungkin sudah ditambah di atas kertas, tapi di APMS Kota Bangun antrean jeriken solar tetap mengular dari subuh. Tanggal 16 dan 17 Desember saya antre 5 jam lalu dibilang habis. Di pengecer solar Rp 12.000-13.000 per liter. Kami motoris speedboat reguler Kota Bangun-Muara Muntai, ongkos penumpang tidak mungkin dinaikkan menjelang Natal.\n\nMohon penjelasan berapa sebenarnya kuota tambahan untuk Kota Bangun bulan Desember, dan minta pengawasan di APMS supaya yang dilayani benar-benar nelayan dan motoris, bukan pengepul.\n\nSalam,\nSuriansyah\n\nPada Jum, 6 Des 2024 13.20 Admin Pengaduan Setda Kukar menulis:\n> Terima kasih atas laporan Bapak. Pemerintah kabupaten telah\n> berkoordinasi dengan Pertamina untuk penambahan kuota solar\n> bersubsidi di wilayah hulu Mahakam selama bulan Desember.\n> Salam.",
    ),
    Case(
        "email",
        "perekonomian",
        "Perihal: Tunggakan pembayaran perusahaan daerah kepada CV Mahakam Sentosa\n\nKepada Yth. Sekretaris Daerah Kabupaten Kutai Kartanegara\n\nDengan hormat,\nKami, Hendra Wijaya, S.H. & Rekan, kuasa dari CV Mahakam Sentosa, pemasok sarana produksi di Tenggarong.\n\nSepanjang Maret-Agustus 2024 klien kami memasok barang kepada salah satu perusahaan daerah milik Pemkab Kutai Kartanegara yang bergerak di bidang perdagangan, dengan nilai tagihan Rp 687.450.000 berdasarkan 14 faktur yang telah diterima dan ditandatangani pihak perusahaan daerah. Hingga kini baru dibayar Rp 150.000.000. Direksi menyatakan kesulitan arus kas dan tidak memberikan jadwal pembayaran.\n\nMengingat Pemerintah Kabupaten adalah pemilik dan pembina perusahaan daerah tersebut, kami memohon agar Pemkab meminta direksi menyampaikan jadwal pelunasan tertulis sebelum akhir tahun buku 2024 dan menjelaskan kondisi keuangan perusahaan itu dalam kapasitasnya sebagai pemegang saham.\n\nHormat kami,\nHendra Wijaya, S.H.",
    ),
    Case(
        "email",
        "perekonomian",
        "Subjek: Pedagang Pasar Loa Janan disuruh pindah pas mau tahun baru\n\nAssalamualaikum,\n\nSaya Hamidah, 48, jualan sayur dan bumbu di Pasar Loa Janan sudah 17 tahun, dari zaman pasarnya masih kayu. Anak saya tiga, yang bungsu baru masuk SD. Suami saya sopir truk yang sekarang jarang dapat muatan. Jadi lapak kecil di pasar itu satu-satunya pegangan kami.\n\nTanggal 12 Desember ada pengumuman bahwa semua pedagang los bawah harus pindah ke lokasi penampungan sementara paling lambat 27 Desember karena pasar mau ditata. Lokasi penampungannya di lahan kosong dekat terminal, becek kalau hujan dan jauh dari pembeli. Padahal minggu Natal dan tahun baru itu puncak jualan kami.\n\nKami tidak menolak penataan, tapi minta pemindahan ditunda sampai lewat tahun baru, tempat penampungan diberi atap dan lantai, dan ada kepastian kami dapat los lagi tanpa bayar mahal setelah pasar selesai ditata.\n\nWassalam,\nHamidah\nPedagang Pasar Loa Janan",
    ),
    Case(
        "web",
        "perekonomian",
        "Sudah seminggu SPBU kompak di Kembang Janggut kosong Pertalite. Pengecer jual Rp 17.000-20.000 per botol liter. Anak-anak sekolah libur tapi orang tua tetap perlu motor ke kebun dan ke Tenggarong belanja kebutuhan Natal. Mohon pemkab mengecek distribusi BBM ke kecamatan hulu dan menertibkan harga eceran. - Yulius, Desa Kelekat",
    ),
    Case(
        "web",
        "perekonomian",
        "Saya pelaku usaha kecil kerupuk ikan di Kelurahan Timbau. Bulan September kami didata untuk program pendampingan usaha kecil kabupaten: pelatihan label halal, izin PIRT, dan fasilitasi ikut bazar akhir tahun di Tenggarong. Sampai sekarang tidak ada kabar, padahal bazar akhir tahun di Taman Titik Nol sudah berjalan dan katanya stan hanya untuk yang 'sudah terdaftar binaan'. Bagaimana status pendataan kami dan bagaimana caranya ikut?",
    ),
    Case(
        "whatsapp",
        "perekonomian",
        "Min gas melon di Tenggarong Seberang langka lg nih, 3 pangkalan di Desa Manunggal Jaya kosong semua dr tgl 20. Di warung 40rb. Mau masak buat acara natal keluarga jd bingung. Kpn ada tambahan pasokan? 😩",
    ),
    Case(
        "whatsapp",
        "perekonomian",
        "Assalamualaikum pian, harga lombok di pasar Kota Bangun ini kada masuk akal lagi, 120rb sekilo. Bawang merah gin naik 50rb. Ulun jualan nasi kuning, kada kawa naikkan harga. Pemkab ada pasar murah kah sebelum tahun baru? Di Kota Bangun ada jadwalnya kah?",
    ),
    Case(
        "whatsapp",
        "perekonomian",
        "Min air PDAM di Sukarame mati dr tgl 19, udh 4 hari. Kalo nyala cuma jam 2 malam, keruh kaya teh susu. Udh lapor ke kantor PDAM nya katanya pompa intake rusak kena banjir tp ga ada tangki air keliling. Mau natalan ini gmn 😤 tolong pemkab tegur perusahaan daerahnya",
    ),
    Case(
        "sms",
        "perekonomian",
        "Yth Setda Kukar. Pangkalan LPG 3kg di Desa Loh Sumber Loa Kulu jual Rp 35rb, lbh dr HET. Sdh 2 mgg. Mhn ditindak. Trm ksh. Wiwik",
    ),
    Case(
        "sms",
        "perekonomian",
        "Slmt pagi. Harga telur di Pasar Muara Jawa 65rb/rak, beras premium 17rb/kg. Mhn pemkab adakan operasi pasar sblm tahun baru. Trm ksh",
    ),
    Case(
        "telegram",
        "perekonomian",
        "Admin, nelayan di Desa Tani Baru dan Sepatin (Anggana) kesulitan solar bersubsidi, SPBUN kosong dari tgl 10 Des. Beli di pengecer 13rb/liter. Kalau begini mending ga melaut, pdhl bulan ini ikan lagi banyak. Mohon dicek penyaluran kuota solar bulan Des ini lari ke mana",
    ),
    Case(
        "twitter",
        "perekonomian",
        "Gas melon di Kukar tuh kayak mantan: dicari2 pas butuh, giliran ketemu harganya udah beda 🙃 40rb di Loa Kulu @PemkabKukar. Natal & tahun baru gini pasokannya tolong dijaga",
    ),
    Case(
        "twitter",
        "perekonomian",
        "Beras medium di Pasar Tangga Arung tembus 15rb. Katanya inflasi Kaltim terkendali, terkendali di mana nih? @PemkabKukar @diskominfokukar adain pasar murah lah sebelum tahun baru, jangan cuma rapat TPID",
    ),
]

_SDA = [
    Case(
        "email",
        "sda",
        "Kepada Yth. Bapak Sekretaris Daerah Kabupaten Kutai Kartanegara\n\nDengan hormat,\nSaya Suparno, pensiunan kepala sekolah SDN 010 Loa Janan, warga Desa Batuah. Saya menulis dengan perasaan was-was.\n\nSekitar 400 meter di belakang permukiman RT 14 Desa Batuah terdapat bekas galian batubara yang kini menjadi kolam besar berair hijau. Tidak ada pagar, tidak ada papan peringatan, dan tanggulnya sudah longsor di beberapa titik. Sejak libur sekolah dimulai 21 Desember, hampir setiap sore saya melihat anak-anak usia SD dan SMP berenang dan memancing di sana. Kita semua tahu di Kalimantan Timur sudah banyak anak meninggal tenggelam di lubang bekas tambang.\n\nSaya mohon Pemerintah Kabupaten segera menegur perusahaan pemilik konsesi agar memasang pagar dan papan larangan, menjaga lokasi selama libur sekolah, serta memastikan kewajiban reklamasinya dijalankan.\n\nHormat saya,\nSuparno",
    ),
    Case(
        "email",
        "sda",
        "Perihal: Bagi hasil kebun plasma PT Sawit Mahakam Lestari\n\nKepada Yth. Sekretaris Daerah Kabupaten Kutai Kartanegara\n\nDengan hormat,\nKami, Yusran Effendi, S.H., advokat, kuasa dari Koperasi Produsen Tunas Harapan yang beranggotakan 186 kepala keluarga di Desa Hambau dan Desa Muai, Kecamatan Kembang Janggut.\n\nSejak 2014 anggota koperasi menyerahkan lahan seluas kurang lebih 640 hektare untuk kebun plasma PT Sawit Mahakam Lestari dengan pola bagi hasil. Kebun sudah berproduksi sejak 2019, tetapi pembagian hasil kepada anggota hanya dilakukan dua kali, terakhir Desember 2022, dan perusahaan tidak pernah menyampaikan laporan produksi maupun biaya. Sebagian lahan yang seharusnya menjadi plasma kini diklaim sebagai kebun inti.\n\nKami memohon Pemerintah Kabupaten, sebagai penerbit izin usaha perkebunan, memanggil perusahaan untuk membuka data luas dan produksi kebun plasma serta memfasilitasi penyelesaian bagi hasil sebelum tutup buku 2024.\n\nHormat kami,\nYusran Effendi, S.H.",
    ),
    Case(
        "email",
        "sda",
        "Subjek: Ikan mati massal di Danau Semayang, mohon diperiksa\n\nSelamat pagi,\n\nNama saya Dedi Irawan, saya tinggal di Bandung tapi keluarga besar saya nelayan keramba di Desa Semayang, Kecamatan Kenohan. Sejak 14 Desember bapak saya mengirim video ikan nila dan patin di keramba apung mati, sebagian besar sudah siap panen untuk dijual menjelang Natal dan tahun baru. Bapak sendiri kehilangan sekitar 1,2 ton ikan; tetangga-tetangga juga.\n\nWarga curiga air danau tercemar limbah pabrik kelapa sawit di hulu yang kolam limbahnya meluap waktu air naik. Air di sekitar keramba berbau dan berbusa.\n\nMohon pemerintah kabupaten segera mengambil sampel air, memeriksa kolam limbah pabrik, dan bila terbukti, memastikan perusahaan bertanggung jawab. Kami juga berharap ada bantuan benih ikan untuk nelayan yang kerambanya sekarang kosong.\n\nTerima kasih,\nDedi Irawan",
    ),
    Case(
        "email",
        "sda",
        "Yth. Admin Pengaduan,\n\nMohon maaf membalas lagi. Sesuai jawaban Bapak/Ibu tanggal 15 Oktober, kelompok tani kami Karya Bersama di Desa Bhuana Jaya, Kecamatan Tenggarong Seberang, dijanjikan menerima 1 unit traktor tangan dan 1 unit pompa air pada bulan November. Sampai 26 Desember belum ada. Padahal musim tanam rendeng sudah mulai, sawah kami sudah tergenang dan harus segera diolah. Kelompok lain di Desa Kerta Buana sudah menerima minggu lalu.\n\nKami mohon kepastian apakah alat untuk kelompok kami masih ada di tahun anggaran ini, dan kapan diantar.\n\nHormat kami,\nSlamet Riyadi\nKetua Poktan Karya Bersama\n\nPada Sel, 15 Okt 2024 pukul 11.05 Admin Pengaduan Setda Kukar menulis:\n> Bapak Slamet,\n> Usulan bantuan alat dan mesin pertanian untuk Poktan Karya Bersama\n> telah masuk dalam daftar penerima tahun 2024. Penyaluran\n> direncanakan pada bulan November. Terima kasih.",
    ),
    Case(
        "email",
        "sda",
        "Selamat malam bapak ibu,\n\nSaya Paulus Ding, umur 50, asli Desa Umaq Dian, Kecamatan Tabang. Kami di hulu sudah biasa dengan air naik tiap Desember, orang tua kami dulu bilang itu berkah karena ikan banyak. Tapi tiga tahun ini lain. Air naik cepat sekali, keruh coklat, dan membawa batang-batang kayu tebangan. Minggu lalu ladang padi di pinggir sungai habis terendam, lumbung keluarga ikut rusak. Anak saya yang kuliah di Samarinda tidak bisa pulang Natal karena jalan putus.\n\nYang ingin saya sampaikan, di perbukitan sebelah hulu Sungai Belayan sekarang banyak hutan dibuka, ada alat berat dan jalan koridor baru. Kami tidak tahu itu izin apa, perusahaan apa, atau liar. Mohon pemerintah kabupaten memeriksa pembukaan hutan di hulu Belayan itu dan meneruskan ke pihak kehutanan provinsi bila perlu.\n\nTerima kasih,\nPaulus Ding",
    ),
    Case(
        "web",
        "sda",
        "Kelompok nelayan Sumber Rezeki di Desa Melintang, Muara Wis, 20 anggota. Usulan bantuan jaring, keramba, dan mesin ketinting sudah kami ajukan ke kabupaten lewat kecamatan sejak Maret, dan bulan Agustus tim sudah survei. Kata petugas penyaluran sebelum Desember berakhir, tapi sekarang sudah tanggal 27 belum ada kabar. Mohon info apakah kelompok kami masuk penerima tahun ini. Ketua: Ahmad Rifai.",
    ),
    Case(
        "web",
        "sda",
        "Jalan di Desa Loh Sumber sekarang dilewati truk pengangkut batubara sampai malam. Debunya masuk rumah, anak saya batuk-batuk sejak awal Desember, dan kalau hujan halaman jadi lumpur hitam. Truknya dari tambang di belakang desa, bukan lewat jalan khusus tambang. Mohon pemkab memeriksa dampak kegiatan tambang itu terhadap warga dan menegur perusahaannya.",
    ),
    Case(
        "whatsapp",
        "sda",
        "Pak, air sungai di Jembayan keruh kuning dr tgl 18, kata warga kolam pengendapan tambang jebol pas hujan deras. Sumur warga RT 3 ikut keruh. Kami pake air itu buat mandi & cuci. Tolong pemkab cek ke perusahaannya 🙏",
    ),
    Case(
        "whatsapp",
        "sda",
        "Assalamualaikum. Sy petani di Desa Sebelimbingan, Kota Bangun. Padi yg baru tanam 1 bln habis kerendam banjir Mahakam sejak tgl 9 Des, 1,5 ha punya sy, kelompok kami total 38 ha. Apakah ada bantuan benih & pupuk pengganti dr pemkab utk petani korban banjir? Hrs lapor kemana? Mksh",
    ),
    Case(
        "whatsapp",
        "sda",
        "Min, bau limbah sawit di Desa Puan Cepak Muara Kaman busuk bgt tiap malam, kolam limbah pabrik dekat kampung meluap kena hujan, air parit hitam ngalir ke sungai. Anak2 lg libur main di sungai, takut gatal2. Tolong dicek izin lingkungan pabriknya",
    ),
    Case(
        "sms",
        "sda",
        "Yth Setda. Ada galian batubara tanpa izin di belakang kebun warga RT 11 Desa Loa Lepu Tenggarong Seberang, beroperasi malam hari sejak awal Des. Lubang dibiarkan terbuka. Mohon ditindak. Warga",
    ),
    Case(
        "sms",
        "sda",
        "Yth Setda Kukar. Kami nelayan Desa Muara Enggelam mohon info bantuan mesin ketinting & jaring thn 2024, usulan sdh masuk sjk Mei. Trm ksh. Jumri",
    ),
    Case(
        "telegram",
        "sda",
        "Selamat sore admin. Perusahaan sawit di Kecamatan Muara Kaman sejak pertengahan Desember menggusur kebun karet dan tanam tumbuh warga Desa Sedulang tanpa ganti rugi, katanya lahan itu masuk HGU mereka. Kami punya segel dari 1998. Mohon pemkab cek peta HGU dan izin kebunnya, jangan sampai warga bentrok dgn sekuriti perusahaan",
    ),
    Case(
        "twitter",
        "sda",
        "Libur sekolah mulai, lubang bekas tambang di Loa Kulu masih ga dipagar. Mau nunggu korban ke berapa lagi? @PemkabKukar @jatamkaltim",
    ),
    Case(
        "twitter",
        "sda",
        "Sungai Santan di Marangkayu keruh coklat lagi, ikan pada mati. Petambak bilang dari bukaan lahan tambang di hulu. @PemkabKukar @DLHKukar kapan diperiksa? Udah mau tahun baru, tambak warga gagal panen",
    ),
]

_ADPEM = [
    Case(
        "email",
        "adpem",
        "Perihal: Jembatan Sungai Sabintulung belum rampung menjelang tutup tahun\n\nKepada Yth. Bapak Sekretaris Daerah Kabupaten Kutai Kartanegara\ndi Tenggarong\n\nDengan hormat,\nSaya Hj. Rusmiati, pensiunan guru SDN di Muara Kaman, tinggal di RT 05 Desa Sabintulung. Melalui surat ini saya menyampaikan keprihatinan warga mengenai jembatan ulin di ujung kampung kami yang sedang diganti dengan jembatan beton. Papan nama di lokasi menyebutkan pekerjaan dibiayai APBD Kabupaten tahun 2025 dengan waktu pelaksanaan 150 hari kalender sejak awal Juli. Hari ini sudah tanggal 9 Desember, tetapi yang berdiri baru tiang pancang dan sebagian gelagar. Sejak akhir November pekerja tinggal dua orang dan ekskavator sudah dibawa keluar desa dengan ponton.\n\nJembatan lama sudah dibongkar, sehingga anak-anak yang sekolah di seberang harus menumpang ketinting dengan membayar Rp5.000 sekali jalan, padahal air Mahakam sedang naik dan arusnya deras. Saya khawatir pekerjaan ini ditinggal begitu saja setelah tahun anggaran berakhir.\n\nKami mohon Bapak berkenan memerintahkan pemeriksaan ke lapangan dan memberi tahu warga kapan jembatan ini sebenarnya akan selesai, serta apa tindakan pemerintah terhadap pelaksana yang terlambat.\n\nAtas perhatian Bapak saya ucapkan terima kasih.\n\nHormat saya,\nHj. Rusmiati, S.Pd.\nDesa Sabintulung, Kec. Muara Kaman",
    ),
    Case(
        "email",
        "adpem",
        "Subjek: Jalan ke kampung orang tua saya di Kota Bangun\n\nSelamat siang Bapak/Ibu,\n\nPerkenalkan, saya Dimas Prasetyo. Saya bekerja di Surabaya, tetapi orang tua saya tinggal di Desa Liang Ulu, Kecamatan Kota Bangun. Tanggal 20 Desember nanti saya pulang membawa anak istri untuk libur Natal dan tahun baru. Kemarin bapak saya menelepon, katanya jalan semenisasi dari simpang Liang ke arah kampung yang dikerjakan sejak Agustus sampai sekarang masih setengah jadi: separuh sudah dicor, separuh lagi masih tanah liat bekas kerukan. Kalau hujan jadi kubangan, motor bapak saya sudah dua kali terbalik. Bapak saya umur 71 tahun dan ibu saya harus kontrol gula ke Puskesmas tiap bulan.\n\nYang membuat saya heran, di papan nama tertulis nilai kontrak Rp1,8 miliar dan selesai 30 November 2025. Saya hanya ingin bertanya: apakah pekerjaan ini masih berjalan atau kontraknya sudah diputus? Apakah ada jadwal lanjutan tahun depan? Saya lampirkan foto yang dikirim adik saya tanggal 7 Desember.\n\nMohon maaf kalau salah alamat, saya tidak tahu harus menghubungi siapa lagi.\n\nSalam,\nDimas Prasetyo\n(anak dari Bapak Sarkani, RT 03 Desa Liang Ulu)",
    ),
    Case(
        "email",
        "adpem",
        "Assalamualaikum wr. wb.\n\nMaaf sebelumnya saya mau cerita sedikit. Saya sudah 22 tahun tinggal di Kelurahan Loa Ipuh Darat. Dulu saya kerja di perusahaan kayu lapis, sekarang buka warung kelontong kecil di depan rumah. Tiap Desember kalau hujan deras dua jam saja, gang kami banjir sebetis karena air dari jalan besar tidak ada jalannya. Nah, tahun ini ada harapan, karena bulan September datang pekerjaan saluran beton U-ditch yang katanya dari Kabupaten. Warga senang sekali, ibu-ibu sampai gantian masak untuk tukang.\n\nTapi ternyata salurannya cuma dipasang kira-kira 80 meter lalu berhenti di depan rumah Pak RT, ujungnya tidak disambung ke parit besar. Jadi air malah terkumpul di ujung saluran dan tumpah ke rumah-rumah di bawahnya, termasuk warung saya. Sabtu kemarin (6 Desember) air masuk rumah 20 cm, kulkas saya rusak, beras dua karung basah.\n\nSaya mohon ada petugas yang turun melihat, apakah memang gambarnya begitu atau pekerjaannya belum selesai. Kalau belum selesai, kapan dilanjutkan? Jangan sampai hujan Januari tambah parah.\n\nTerima kasih.\nIbu Nurhayati\nGang Keluarga RT 12, Loa Ipuh Darat, Tenggarong",
    ),
    Case(
        "email",
        "adpem",
        'Re: Tanggapan atas laporan gedung Pustu Desa Kahala\n\nTerima kasih atas balasannya, tetapi jawaban Bapak tidak menjawab pertanyaan saya. Bapak menulis pekerjaan "sudah mencapai 100%", sedangkan saya berdiri di depan gedung itu hari ini, 15 Desember: plafon belum terpasang, kusen jendela belakang belum ada, cat baru satu lapis, dan septic tank masih berupa lubang terbuka yang sekarang penuh air pasang. Bagaimana bisa dilaporkan seratus persen lalu mau diserahterimakan?\n\nSaya minta ada tim yang benar-benar datang ke Kahala, bukan hanya membaca laporan konsultan. Kalau perlu saya jemput di dermaga Kenohan pakai perahu saya.\n\nHormat saya,\nSyahrani\nDesa Kahala, Kec. Kenohan\n\nPada Kam, 11 Des 2025 pukul 10.42, Admin Pengaduan Setda Kukar menulis:\n> Yth. Bapak Syahrani,\n> Terima kasih atas laporan Bapak. Berdasarkan laporan kemajuan dari pelaksana,\n> pekerjaan gedung Pustu Desa Kahala telah mencapai 100% dan akan dilakukan\n> serah terima pada akhir Desember 2025.\n> Salam,\n> Admin Pengaduan Setda Kukar',
    ),
    Case(
        "email",
        "adpem",
        "Subjek: minta data kemajuan proyek jalan di Loa Kulu\n\nSelamat malam,\n\nSaya sebenarnya kesal sekali sore tadi. Dari Tenggarong ke Loa Kulu makan waktu hampir dua jam karena jalan poros di Jembayan cuma bisa satu jalur, ada galian yang ditutup terpal dan tidak ada yang mengatur, padahal orang sudah mulai pulang kampung libur Natal. Tapi sudahlah, bukan itu yang mau saya minta.\n\nSaya pengurus karang taruna Desa Jembayan Tengah. Kami sedang menyusun catatan akhir tahun untuk musyawarah warga bulan Januari. Bolehkah kami mendapat daftar pekerjaan jalan dan jembatan yang dibiayai Pemkab di Kecamatan Loa Kulu tahun 2025, beserta persentase realisasi fisiknya per Desember? Terutama peningkatan jalan Jembayan - Sungai Payang dan jembatan kecil di RT 09 yang sejak Oktober tidak ada kegiatan. Warga sering bertanya ke kami dan kami tidak bisa menjawab.\n\nTerima kasih,\nRahmat Hidayat\nKarang Taruna Desa Jembayan Tengah",
    ),
    Case(
        "web",
        "adpem",
        "Nama: Andi Saputra\nKecamatan: Tenggarong\nIsi laporan: Siring beton di tepi Sungai Mahakam depan Kelurahan Timbau yang baru selesai dikerjakan sekitar bulan Juni sudah retak memanjang kira-kira 15 meter dan sebagian ambles setelah air pasang tinggi minggu lalu. Tanah di belakangnya ikut turun, ada dua rumah yang lantainya mulai miring. Mohon dicek apakah masih dalam masa pemeliharaan dan pelaksananya bisa dipanggil memperbaiki sebelum air makin naik akhir Desember.",
    ),
    Case(
        "web",
        "adpem",
        "Kategori: Infrastruktur\nLokasi: Desa Badak Baru, Kec. Muara Badak\nUraian: Ruang kelas baru di salah satu SMP negeri di desa kami dikerjakan sejak Mei, tetapi sejak Oktober tidak ada tukang sama sekali. Rangka baja atap sudah berkarat, dinding baru setinggi jendela, material pasir dan bata berserakan dan dipakai anak-anak main. Setelah libur semester, Januari nanti murid kelas 7 masih harus belajar bergantian di mushola sekolah. Mohon kejelasan apakah gedung ini akan dilanjutkan dan kapan selesai.",
    ),
    Case(
        "whatsapp",
        "adpem",
        "Assalamualaikum min, ulun mau lapor jalan cor di Desa Sumber Sari Sebulu nang digawi bulan 10 tu baru 3 minggu sdh retak2 pian ai, kerikilnya lepas2. tebalnya kd sampai 15 cm kayanya, tipis banar. minta tolong dicek sblm serah terima akhir tahun 🙏",
    ),
    Case(
        "whatsapp",
        "adpem",
        "pak ini galian saluran di jl. Sudirman Tenggarong dekat bundaran dibiarkan terbuka udh 2 minggu, besi2 cakar ayam mencuat. tadi mlm ada anak naik motor nyemplung, untung cuma lecet. bentar lagi natal & taun baru rame org lewat. kapan ditutup/diselesaikan?? yg ngerjain siapa sih",
    ),
    Case(
        "whatsapp",
        "adpem",
        "Min, mau nanya aja. gedung serbaguna kecamatan Anggana yg dibangun dr 2023 itu kok kd tuntung2 jua? skrg ditumbuhi semak, seng atapnya dicuri org. sayang duit rakyat. ada rencana dilanjut th 2026 kah atau dibiarkan ja?",
    ),
    Case(
        "sms",
        "adpem",
        "Yth Setda Kukar, jln poros Desa Perjiwa Tgr Seberang yg diaspal bln Nov sdh berlubang2 lg stlh hujan 3 hari. Aspal tipis bgt. Mohon diperiksa sblm diserahterimakan. Trims. Jumadi RT 07",
    ),
    Case(
        "sms",
        "adpem",
        "Lapor: pengerjaan jembatan Desa Kutai Lama Anggana berhenti, pekerja pulang kampung sejak 15 Des, jembatan lama sdh dibongkar, warga nyebrang pake titian papan. Air pasang tinggi. Mohon segera ditindaklanjuti. Wassalam",
    ),
    Case(
        "telegram",
        "adpem",
        "Halo admin, sy Yudi dr Muara Jawa. Mau nanya progres peningkatan jalan Muara Jawa Ulu - Dondang yg katanya target selesai Desember. Di lapangan baru timbunan tanah merah, blm ada aspal sama sekali, skrg jadi lumpur. Apa bakal lanjut tahun depan atau putus kontrak? Soalnya udh 3 bulan warga lewat jalan kebun.",
    ),
    Case(
        "twitter",
        "adpem",
        "@PemkabKukar jembatan di Muara Enggelam udah molor dari bulan 9, skrg air Mahakam naik, tiang pancangnya ketutup air. selamat tahun baru buat proyek mangkrak kita 🎉🙃 #Kukar",
    ),
    Case(
        "twitter",
        "adpem",
        "Lucu ya, trotoar baru di Jl. Diponegoro Tenggarong belum sebulan udah pecah2 dan pavingnya goyang kalo diinjek. Dikerjain buru2 ngejar tutup tahun kah? @PemkabKukar tolong dicek tuh kualitasnya",
    ),
]

_PBJ = [
    Case(
        "email",
        "pbj",
        'Subjek: Verifikasi akun penyedia belum diproses\n\nYth. Bapak/Ibu pengelola layanan tender Pemerintah Kabupaten Kutai Kartanegara,\n\nSaya Hendra Gunawan, direktur CV Sinar Mahakam Abadi, usaha kecil di bidang alat tulis dan perlengkapan kantor yang beralamat di Jl. Panjaitan, Kelurahan Sukarame, Tenggarong. Pada tanggal 18 November 2025 kami mendaftarkan akun di SPSE LPSE Kukar dan telah mengunggah akta pendirian, NIB, NPWP, serta KTP direktur. Pada 21 November kami juga datang langsung membawa dokumen asli untuk verifikasi, dan petugas menyampaikan akun akan aktif paling lambat satu minggu.\n\nSampai hari ini, 8 Desember, status akun kami masih "menunggu verifikasi". Padahal ada dua paket belanja ATK untuk kecamatan yang batas pemasukan penawarannya tanggal 12 Desember. Kami usaha lokal yang baru pertama kali ingin ikut, dan sangat berharap tidak tertinggal hanya karena urusan akun.\n\nMohon kiranya akun kami dapat segera diaktifkan, atau kami diberi tahu jika ada dokumen yang kurang.\n\nHormat kami,\nHendra Gunawan\nCV Sinar Mahakam Abadi',
    ),
    Case(
        "email",
        "pbj",
        "Perihal: Permohonan penjelasan atas jawaban sanggah yang belum diterima\n\nKepada Yth.\nSekretaris Daerah Kabupaten Kutai Kartanegara\nTenggarong\n\nDengan hormat,\nKami, Kantor Advokat Fadli Rahman, S.H. & Rekan, bertindak untuk dan atas nama klien kami PT Borneo Tirta Konstruksi, peserta tender paket Rehabilitasi Jaringan Irigasi di Kecamatan Tenggarong Seberang Tahun Anggaran 2025.\n\nPada tanggal 1 Desember 2025 klien kami dinyatakan gugur pada tahap evaluasi teknis dengan alasan metode pelaksanaan tidak memenuhi. Klien kami telah menyampaikan sanggah melalui aplikasi pada tanggal 3 Desember 2025, dalam masa sanggah yang ditentukan. Sampai surat ini kami kirim pada 12 Desember 2025, jawaban dari Pokja Pemilihan belum juga diterima, sementara di aplikasi paket tersebut sudah berstatus penunjukan pemenang.\n\nSehubungan dengan itu kami mohon: (1) penjelasan tertulis mengenai status sanggah klien kami; (2) salinan jawaban sanggah apabila sudah dibuat; dan (3) kepastian bahwa penandatanganan kontrak ditunda sampai sanggah dijawab sesuai ketentuan. Klien kami beritikad baik dan berharap persoalan ini selesai melalui mekanisme yang tersedia.\n\nHormat kami,\nFadli Rahman, S.H., M.H.\nKuasa Hukum PT Borneo Tirta Konstruksi",
    ),
    Case(
        "email",
        "pbj",
        "Selamat pagi Bapak Ibu,\n\nSaya Pak Sulaiman, 54 tahun, punya usaha mebel di Jl. Patin, Tenggarong. Usaha ini saya rintis dari tahun 1998, mulai dari tukang kayu di Loa Kulu, sekarang sudah punya 9 karyawan. Kayu kami ambil dari penampung resmi, ada dokumennya semua. Anak saya yang kuliah di Samarinda yang bantu bikin media sosial, alhamdulillah pesanan lumayan, apalagi menjelang Natal banyak yang pesan lemari dan kursi tamu.\n\nNah, bulan lalu ada kepala sekolah yang bilang ke saya, sekarang sekolah dan kantor kalau beli meja kursi harus lewat katalog elektronik, tidak boleh beli langsung. Saya jadi bingung, karena dari dulu sekolah-sekolah sekitar sini langganan ke saya. Pertanyaan saya: bagaimana caranya supaya produk mebel kami bisa masuk katalog lokal Kukar? Apa harus punya CV dulu? Ada pelatihan atau pendampingan dari pemkab? Saya tidak terlalu paham komputer, tapi anak saya bisa bantu waktu libur akhir tahun ini.\n\nTerima kasih sebelumnya.\nSulaiman\nMebel Karya Sulaiman, Tenggarong",
    ),
    Case(
        "email",
        "pbj",
        'Re: Re: Pertanyaan tender ulang paket gedung olahraga Sebulu\n\nTerima kasih atas penjelasannya, Pak. Tapi masih ada yang mengganjal. Kalau memang tender pertama dinyatakan gagal karena "seluruh peserta tidak lulus evaluasi", kenapa di aplikasi perusahaan kami tercatat lulus evaluasi administrasi, teknis, dan harga, dengan penawaran terendah Rp3,27 miliar? Kami tidak pernah diberi tahu alasan gugur di tahap mana.\n\nSekarang paket yang sama ditender ulang tanggal 10 Desember dengan waktu pemasukan penawaran cuma lima hari kerja, padahal akhir tahun. Kami mohon berita acara hasil pemilihan tender pertama bisa diperlihatkan kepada peserta.\n\nSalam,\nIr. Bambang Sutejo\nCV Tunggal Jaya, Sebulu\n\nPada 9 Des 2025 14.05, Layanan Pengaduan Setda Kukar menulis:\n> Yth. Bapak Bambang,\n> Tender paket tersebut dinyatakan gagal oleh Pokja karena tidak ada peserta yang\n> memenuhi persyaratan, sehingga dilakukan tender ulang sesuai ketentuan.\n> Terima kasih.',
    ),
    Case(
        "email",
        "pbj",
        'Subjek: helpdesk tidak bisa dihubungi + mohon penjelasan evaluasi\n\nSelamat siang,\n\nSaya mau mengeluh dulu: nomor telepon helpdesk LPSE yang tercantum di website dari Senin sampai Kamis tidak pernah diangkat, WA juga cuma centang satu. Untuk apa dicantumkan kalau tidak ada yang jaga?\n\nTapi yang sebenarnya saya perlukan adalah ini: perusahaan kami, CV Rahmat Putra Mandiri dari Kota Bangun, ikut tender paket Peningkatan Jalan Lingkungan Desa Kota Bangun Seberang (pagu Rp890 juta). Hasil evaluasi yang tampil hanya bertuliskan "tidak memenuhi syarat kualifikasi" tanpa keterangan apa-apa. Kami sudah melampirkan SBU, pengalaman kerja, dan dukungan alat. Mohon kami diberi penjelasan rinci dokumen mana yang dianggap kurang, supaya kami bisa menilai apakah perlu mengajukan keberatan sebelum masa sanggah habis tanggal 16 Desember.\n\nTerima kasih,\nMuhammad Rizal\nCV Rahmat Putra Mandiri',
    ),
    Case(
        "web",
        "pbj",
        "Nama: (dirahasiakan)\nIsi laporan: Saya mau melaporkan kejanggalan tender paket rehab gedung sekolah dasar di Kecamatan Loa Janan yang diumumkan 2 Desember. Hanya dua perusahaan yang memasukkan penawaran, dan setelah saya cek di AHU, keduanya punya alamat kantor yang sama di Samarinda dan komisarisnya bersaudara. Selisih harga penawaran mereka cuma Rp150 ribu. Mohon diperiksa apakah ini persekongkolan sebelum kontrak diteken akhir Desember.",
    ),
    Case(
        "web",
        "pbj",
        "Kategori: Lainnya\nUraian: Saya guru di salah satu SD di Tenggarong. Saya lihat sekolah kami dan beberapa sekolah lain dibelikan proyektor lewat katalog elektronik bulan November, harga satuannya Rp14,5 juta. Padahal merek dan tipe yang sama di toko online cuma sekitar Rp7 juta, dan di toko elektronik Samarinda Rp8 juta. Apakah pembelian lewat katalog memang semahal itu? Mohon ditelusuri siapa penyedianya dan bagaimana harganya ditetapkan.",
    ),
    Case(
        "whatsapp",
        "pbj",
        "Pak, LPSE Kukar eror trs dr jam 2 siang, tiap upload dokumen penawaran muncul 'gateway timeout'. batas pemasukan jam 23.59 mlm ini. gimana ini pak?? tolong diperpanjang jadwalnya, bukan salah kami sistemnya yg down",
    ),
    Case(
        "whatsapp",
        "pbj",
        "min, sy punya usaha kecil servis AC & elektronik di Samboja, mau daftar jd penyedia biar bs ikut paket2 pemkab taun depan. syaratnya apa aja ya? hrs dtg ke Tenggarong kah atau online aja bisa? mumpung akhir taun sepi orderan",
    ),
    Case(
        "whatsapp",
        "pbj",
        "bang, kami udh kirim sanggah lewat sistem tgl 10 Des soal paket jalan lingkungan Bukit Raya, sampe hari ini 17 Des blm ada jawaban pokja. padahal katanya wajib dijawab. eh malah pemenang udh ditunjuk, kontrak katanya mau ditandatangani sebelum natal. mohon atensinya",
    ),
    Case(
        "sms",
        "pbj",
        "Yth. Admin, akun penyedia kami di LPSE Kukar terkunci krn salah password 3x, link reset tdk masuk ke email. Ada paket yg tutup besok pagi. Mohon dibantu. CV Karya Etam, Tenggarong Seberang",
    ),
    Case(
        "sms",
        "pbj",
        "Sore pak, mohon info rencana paket tender pemkab thn 2026 kpn diumumkan? Kami kontraktor kecil dr Loa Janan mau siap2 dokumen dr skrg, mumpung libur. Di mana bisa lihat daftarnya? Tks",
    ),
    Case(
        "telegram",
        "pbj",
        "Selamat siang, kami kelompok usaha anyaman rotan dr Desa Muara Kaman Ulu. Produk kami sudah tayang di katalog elektronik lokal sejak Agustus. Tgl 5 Des masuk pesanan 300 tas suvenir dr salah satu dinas, kami sdh beli bahan Rp9 juta, eh tgl 19 Des pesanan dibatalkan sepihak di sistem tanpa alasan. Kami rugi. Mohon penjelasan dan apa bisa dipulihkan pesanannya?",
    ),
    Case(
        "twitter",
        "pbj",
        "Tender diumumin 15 Des, penawaran tutup 19 Des, kontrak hrs ttd 24 Des. Siapa yg sanggup nyiapin dokumen teknis dlm 4 hari kalau bukan yg udh 'dikasih tau' duluan? 🤔 @PemkabKukar",
    ),
    Case(
        "twitter",
        "pbj",
        "Kualifikasi kami digugurin krn 'SBU tidak sesuai', pdhl subklasifikasinya persis sama dgn yg diminta. Keberatan kami dijawab copy-paste. Gini amat jd kontraktor lokal Kukar @PemkabKukar",
    ),
]

_ORGANISASI = [
    Case(
        "email",
        "organisasi",
        "Perihal: Keluhan atas pelayanan perubahan Kartu Keluarga\n\nYth. Bapak Sekretaris Daerah Kabupaten Kutai Kartanegara,\n\nSaya Drs. H. Abdul Gafur, pensiunan pegawai negeri, 68 tahun, tinggal di Kelurahan Melayu, Tenggarong. Istri saya meninggal pada bulan Oktober. Sejak 10 November saya berusaha mengurus akta kematian dan perubahan Kartu Keluarga di kantor kependudukan dan catatan sipil.\n\nSaya sudah datang tiga kali (10 November, 24 November, dan 4 Desember). Pertama saya diminta melengkapi surat keterangan kematian, yang langsung saya penuhi. Kedua kalinya dikatakan jaringan sedang gangguan. Ketiga kalinya petugas menyampaikan blanko habis dan saya disuruh datang lagi setelah tahun baru. Setiap kali saya antre sejak jam 7.30 dan baru dilayani menjelang siang. Di ruang tunggu tidak ada papan yang menjelaskan persyaratan dan berapa hari sebenarnya layanan ini selesai, sehingga saya tidak tahu apa yang bisa saya tuntut.\n\nSaya tidak bermaksud menyalahkan petugas yang kelihatannya kewalahan. Saya hanya mohon agar pelayanan ini dibenahi, kejelasan waktu penyelesaian diumumkan, dan warga lanjut usia seperti saya tidak harus bolak-balik tanpa kepastian.\n\nHormat saya,\nDrs. H. Abdul Gafur",
    ),
    Case(
        "email",
        "organisasi",
        'Subjek: Ada biaya yang diminta petugas layanan keliling di Muara Muntai\n\nSelamat sore Bapak/Ibu,\n\nSaya Wulandari, tinggal di Balikpapan. Orang tua saya tinggal di Desa Jantur, Kecamatan Muara Muntai. Minggu lalu (3 Desember) ada layanan keliling dokumen kependudukan di balai desa. Ibu saya mengurus akta kelahiran dua cucunya (anak kakak saya) dan KTP-el yang rusak kena banjir.\n\nMenurut ibu saya, petugas meminta Rp75.000 per dokumen dengan alasan "uang bensin speedboat dan cetak". Total ibu saya membayar Rp225.000 tanpa kuitansi. Tetangga-tetangga juga membayar hal yang sama. Setahu saya layanan ini gratis. Orang tua saya tidak berani protes karena takut dokumennya dipersulit.\n\nSaya mohon hal ini diperiksa dan uang warga dikembalikan bila memang tidak ada dasar aturannya. Saya bersedia memberikan nomor telepon ibu saya bila diperlukan untuk keterangan, asal namanya dilindungi.\n\nTerima kasih,\nWulandari',
    ),
    Case(
        "email",
        "organisasi",
        'Selamat pagi,\n\nSaya Agus, sopir truk pengangkut sembako rute Samarinda - Tenggarong - Kota Bangun. Sudah 15 tahun saya bawa barang, apalagi menjelang Natal dan tahun baru ini muatan lagi ramai, tiap hari saya jalan. Truk saya Colt Diesel tahun 2014, milik bos saya orang Tenggarong. Ceritanya panjang, tapi intinya tanggal 2 Desember saya uji berkala (KIR) di tempat pengujian kendaraan di Tenggarong Seberang.\n\nDi situ ada orang yang bukan petugas tapi mondar-mandir menawarkan "biar cepat", bayar Rp350 ribu langsung beres tanpa antre, tanpa diperiksa. Yang tidak mau bayar, kendaraannya diperiksa sampai sore dan dicari-cari kesalahan. Saya akhirnya bayar karena harus jalan lagi besok, dan kuitansi yang saya terima cuma retribusi resmi Rp87 ribu. Sisanya entah ke mana. Teman-teman sopir lain juga mengalami.\n\nSaya minta ini ditertibkan. Kami sopir kecil, jangan diperas.\n\nAgus S.',
    ),
    Case(
        "email",
        "organisasi",
        'Re: Tindak lanjut pengaduan antrean online Disdukcapil\n\nSelamat siang,\n\nSudah dua minggu sejak Bapak/Ibu membalas bahwa keluhan saya "telah diteruskan kepada perangkat daerah terkait". Faktanya sampai hari ini, 18 Desember, kuota antrean online tetap habis dalam hitungan menit setiap jam 00.00, sementara di loket ada orang yang datang tanpa nomor antrean dan langsung dilayani karena kenal petugas. Saya sudah lima malam begadang untuk mendapat nomor dan tetap gagal.\n\nSaya tidak butuh jawaban "sudah diteruskan". Saya butuh tahu: siapa yang menindaklanjuti, apa hasilnya, dan kapan sistem ini diperbaiki. Kalau dalam waktu dekat tidak ada kejelasan, saya akan melapor ke Ombudsman.\n\nSalam,\nRina Marlina\nKelurahan Sukarame, Tenggarong\n\nPada Kam, 4 Des 2025 09.17, Pengaduan Setda Kukar menulis:\n> Yth. Ibu Rina,\n> Terima kasih atas laporan Ibu. Keluhan Ibu telah kami teruskan kepada\n> perangkat daerah terkait untuk ditindaklanjuti.\n> Hormat kami.',
    ),
    Case(
        "email",
        "organisasi",
        'Subjek: Survei kepuasan yang tidak jalan, dan izin bangunan saya yang menggantung\n\nSelamat malam,\n\nAwalnya saya mau mengeluh soal survei kepuasan yang ditempel di meja loket perizinan: kode QR-nya mengarah ke halaman yang error, jadi percuma orang disuruh menilai. Tapi ada yang lebih penting.\n\nSaya mengajukan persetujuan bangunan gedung untuk rumah tinggal dua lantai di Desa Bukit Raya sejak 4 Agustus 2025. Semua berkas sudah lengkap dan sudah diverifikasi. Setiap saya tanya, jawabannya "masih proses di tim teknis". Tidak ada yang bisa menjelaskan proses apa, berapa lama seharusnya, dan siapa yang bertanggung jawab. Sekarang sudah empat bulan, tukang saya sudah menunggu dan bank tidak mau mencairkan kredit tanpa dokumen itu, padahal saya ingin mulai bangun sebelum tahun baru.\n\nSaya mohon ada kejelasan waktu penyelesaian dan pejabat yang bisa saya temui.\n\nHormat saya,\nYohanes Pati\nTenggarong Seberang',
    ),
    Case(
        "web",
        "organisasi",
        "Nama: Sri Wahyuni\nIsi laporan: Tanggal 16 Desember saya mengurus surat di Mal Pelayanan Publik Tenggarong. Setelah selesai, petugas menyodorkan tablet survei kepuasan dan menunggu di samping saya sambil bilang 'kasih bintang lima semua ya bu, biar kami dapat penilaian bagus akhir tahun'. Saya jadi tidak bebas menilai, padahal saya menunggu 3 jam. Kalau begini, hasil survei itu tidak menggambarkan kenyataan. Mohon diperbaiki caranya.",
    ),
    Case(
        "web",
        "organisasi",
        "Kategori: Pelayanan Publik\nUraian: Hari Rabu 24 Desember saya datang jam 13.00 ke Mal Pelayanan Publik di Tenggarong, ternyata semua loket sudah tutup. Tidak ada pengumuman di pintu maupun di media sosial. Satpam cuma bilang 'sudah cuti bersama'. Saya datang dari Loa Janan, izin setengah hari dari kantor. Mohon jam layanan selama libur akhir tahun diumumkan jauh hari dan ditaati.",
    ),
    Case(
        "whatsapp",
        "organisasi",
        "min mo lapor, ngurus akta kematian almarhum abah di dukcapil sdh 3 minggu, katanya 'sistem pusat down' trs. tiap datang disuruh bulik. ulun dari Kota Bangun naik speed tiap kali 150rb pp. kaya apa ini, masa kd ada kepastian",
    ),
    Case(
        "whatsapp",
        "organisasi",
        "Pak sy mau lapor, bikin kartu pencari kerja (kartu kuning) di kantor dinas tenaga kerja dimintai 50rb 'uang laminating'. ga ada kuitansi. bbrp teman jg bayar. kami ni lg nganggur pak, mau ngelamar kerja awal taun. bukannya gratis?",
    ),
    Case(
        "whatsapp",
        "organisasi",
        "bayar PBB di loket Bapenda Tenggarong hari ini antre 3 jam, loket cuma buka 1 dr 4, petugas lain main hp di belakang. jam 12 loket ditutup istirahat pdhl org msh numpuk. katanya batas bayar akhir des tp pelayanannya gini 😤",
    ),
    Case(
        "sms",
        "organisasi",
        "Sy mau lapor petugas perizinan minta uang 'percepatan' Rp500rb utk izin usaha bengkel sy di Loa Kulu. Katanya kalo tdk, baru selesai thn depan. Mohon ditindak. Nama sy jgn disebut.",
    ),
    Case(
        "sms",
        "organisasi",
        "Pengaduan: sdh 2x sy lapor lewat aplikasi LAPOR soal pembuatan Kartu Identitas Anak yg 2 bln blm jadi, tdk ada tanggapan sampai skrg. Sy harus mengadu kemana lg? Irawati, Sanga-Sanga",
    ),
    Case(
        "telegram",
        "organisasi",
        "Selamat pagi, sy mau legalisir ijazah SMP di dinas pendidikan utk daftar kerja. Sudah 2x datang, pertama disuruh balik krn pejabat yg ttd cuti, kedua dibilang legalisir cuma hari Selasa & Kamis. Info itu ga ada tertulis di mana pun. Sy dari Tabang pak, 8 jam perjalanan. Mohon aturannya dipajang dan diumumkan biar org ga bolak balik.",
    ),
    Case(
        "twitter",
        "organisasi",
        "Ngurus KK di Disdukcapil Kukar: katanya buka 08.00, petugas baru nongol 09.15, antrian udh 60an org. Selamat menikmati suasana libur akhir tahun ya bapak ibu pegawai 🙂 @PemkabKukar",
    ),
    Case(
        "twitter",
        "organisasi",
        "Ada yg bisa jelasin kenapa surat rekomendasi di salah satu dinas Kukar kena 'biaya administrasi' 150rb tapi ga dikasih kuitansi? Bukannya layanan itu gratis? @PemkabKukar @ombudsmankaltim",
    ),
]

_UMUM = [
    Case(
        "email",
        "umum",
        "Perihal: Permohonan peminjaman ruang pertemuan di Kantor Bupati untuk perayaan Natal pemuda\n\nYth. Bapak/Ibu pengelola Kantor Bupati Kutai Kartanegara,\n\nSaya Yosua Manuhutu, ketua Persekutuan Pemuda Kristen Lintas Gereja Tenggarong. Pada tanggal 1 Desember 2025 kami telah mengantarkan surat permohonan peminjaman ruang pertemuan lantai 2 Kantor Bupati untuk kegiatan perayaan Natal pemuda pada Sabtu, 27 Desember 2025 pukul 15.00-21.00, dengan perkiraan peserta 150 orang. Surat kami diterima di meja depan dan diberi cap tanda terima.\n\nSampai hari ini, 11 Desember, kami belum menerima jawaban apakah ruangan tersedia. Kami perlu kepastian karena harus mencetak undangan dan memesan konsumsi. Kami juga ingin mengetahui apakah ada ketentuan soal dekorasi, pemakaian sound system, dan penggunaan listrik.\n\nMohon kiranya kami dapat diberi jawaban dalam minggu ini. Nomor yang dapat dihubungi tercantum dalam surat kami.\n\nSalam dan terima kasih,\nYosua Manuhutu",
    ),
    Case(
        "email",
        "umum",
        "Subjek: Surat saya ke Bupati tidak bisa dilacak\n\nSelamat siang,\n\nSaya Marthen Luther Sitorus, warga Kelurahan Mangkurawang. Pada 3 November 2025 saya mengantar sendiri surat yang ditujukan kepada Bupati di loket penerimaan surat Kantor Bupati, dan menerima lembar tanda terima dengan nomor agenda 7812. Sudah lebih dari sebulan tidak ada kabar.\n\nMinggu lalu saya datang menanyakan. Petugas di loket mengatakan surat sudah diteruskan, tetapi tidak bisa memberi tahu ke mana. Di ruang sebelahnya saya disuruh kembali ke loket. Akhirnya tidak ada yang bisa menunjukkan di mana surat saya berada.\n\nSaya tidak meminta isi surat saya langsung dikabulkan. Saya hanya ingin tahu surat nomor agenda 7812 itu sekarang di meja siapa, dan bagaimana warga bisa mengecek perjalanan surat yang sudah diterima secara resmi.\n\nHormat saya,\nMarthen L. Sitorus",
    ),
    Case(
        "email",
        "umum",
        "Assalamualaikum Bapak/Ibu,\n\nSaya mau cerita pengalaman saya kemarin. Saya ini pedagang ikan di Pasar Tangga Arung, jarang sekali ke kantor pemerintahan. Kemarin, Selasa 9 Desember, saya ke Kantor Bupati mengantar berkas titipan saudara saya yang sakit. Karena halaman depan penuh, saya disuruh satpam parkir di sisi belakang dekat pohon-pohon, tidak ada garis parkir, tidak ada lampu, tanah becek karena hujan.\n\nSekitar 40 menit di dalam, begitu keluar helm saya sudah hilang, dan spion motor patah seperti disenggol mobil yang putar balik. Pos jaga di belakang kosong, tidak ada petugas sama sekali. Saya lapor ke satpam depan, katanya 'bukan wilayah saya pak'.\n\nSaya tidak minta ganti rugi, cuma mohon parkiran itu ditata, diberi lampu, dan ada penjaganya, karena menjelang tahun baru pasti banyak tamu yang datang.\n\nTerima kasih,\nH. Jumri",
    ),
    Case(
        "email",
        "umum",
        'Re: Laporan mobil dinas dipakai liburan\n\nBapak/Ibu yang terhormat,\n\nTerima kasih sudah membalas, tetapi ini sudah lewat tiga minggu sejak jawaban "akan dicek". Pagi ini, 26 Desember, saya kembali melihat mobil yang sama, Toyota Innova hitam plat merah yang biasa parkir di halaman Kantor Bupati, terparkir di parkiran pantai di Samboja dengan rombongan keluarga membawa tikar dan termos. Fotonya saya lampirkan, lengkap dengan nomor polisi dan jam.\n\nMohon dijelaskan: apakah kendaraan dinas boleh dibawa pulang dan dipakai berlibur saat cuti bersama? Kalau tidak boleh, apa tindakannya? Saya hanya ingin kendaraan yang dibeli dengan uang pajak dipakai sebagaimana mestinya.\n\nSalam,\nFirmansyah\n\nPada Sen, 1 Des 2025 16.20, Pengaduan Setda Kukar menulis:\n> Terima kasih atas laporan Bapak. Informasi mengenai penggunaan kendaraan\n> tersebut akan kami cek terlebih dahulu.\n> Salam.',
    ),
    Case(
        "email",
        "umum",
        "Subjek: toilet dan sampah di kantor bupati\n\nSelamat pagi,\n\nSebenarnya saya mau protes dulu soal jalan di depan kantor yang macet total waktu acara tanggal 22 kemarin, mobil pengunjung diparkir sembarangan sampai ke badan jalan. Tapi itu mungkin urusan polisi.\n\nYang mau saya sampaikan: kemarin saya antre mengurus berkas di kantor bupati hampir setengah hari. Toilet di lantai dasar dekat lobi kotor sekali, air tidak mengalir, kloset mampet, dan tidak ada sabun. Di belakang dekat kantin ada tumpukan kantong sampah yang sudah berhari-hari, baunya sampai ke ruang tunggu, lalat di mana-mana. Ini kantor pimpinan daerah, tempat tamu dari mana-mana datang. Mohon petugas kebersihannya diatur, apalagi menjelang tahun baru.\n\nTerima kasih.\nDewi Anggraini, Tenggarong",
    ),
    Case(
        "web",
        "umum",
        "Nama: Bayu Setiawan\nIsi laporan: Pada malam tahun baru kemarin lampu di halaman belakang Kantor Bupati mati semua, pos satpam samping kosong. Sekitar jam 23.00 sampai subuh banyak anak muda masuk ke halaman, nongkrong, minum-minum, dan balapan motor di area parkir. Pagi harinya botol kaca dan bekas kembang api berserakan, kaca salah satu pos pecah. Mohon penjagaan malam di kompleks kantor diperketat dan lampunya diperbaiki.",
    ),
    Case(
        "web",
        "umum",
        "Kategori: Sarana dan Prasarana\nUraian: Atap lobi utama Kantor Bupati bocor setiap hujan deras. Tanggal 15 Desember air menggenang di lantai keramik depan meja tamu dan seorang ibu lanjut usia terpeleset di depan saya. Hanya ditaruh ember satu buah. Mohon segera diperbaiki sebelum puncak musim hujan, dan diberi tanda lantai licin.",
    ),
    Case(
        "whatsapp",
        "umum",
        "Assalamualaikum min, kami dr paguyuban warga Sulawesi Selatan di Tenggarong mau pinjem aula kantor bupati buat rapat akhir taun tgl 28 des, kira2 80 org. prosedurnya gmn? suratnya ditujukan ke siapa? ada biaya sewa kah?",
    ),
    Case(
        "whatsapp",
        "umum",
        "pak ini mobil plat merah KT 1xxx dgn stiker kantor bupati parkir di depan tempat karaoke di Samarinda jam 1 pagi tadi (23/12). bukannya mobil dinas hrs di garasi kantor? fotonya sy kirim ya",
    ),
    Case(
        "whatsapp",
        "umum",
        "sy kurir ekspedisi pak, tiap antar dokumen ke kantor bupati bingung hrs diserahin ke mana. satpam suruh ke lt 2, org lt 2 suruh balik ke depan. tadi ada surat tercatat dr kementerian, akhirnya sy bawa pulang lg. tolong dong ada meja penerimaan yg jelas",
    ),
    Case(
        "sms",
        "umum",
        "Pagi. Parkiran kantor bupati penuh mobil pegawai dr jam 7, tamu disuruh parkir di pinggir jalan raya. Kemarin motor sy hampir diangkut. Mohon ada tempat khusus tamu. Trims",
    ),
    Case(
        "sms",
        "umum",
        "Sy sdh antar surat permohonan ke kantor bupati tgl 2 Des, tanda terima no. 4512. Mau cek suratnya skrg di mana. Caranya gmn? Trims. Darmawan, Loa Janan",
    ),
    Case(
        "telegram",
        "umum",
        "Admin, sampah bekas acara di halaman depan kantor bupati tgl 22 des kmrn blm dibersihin sampai skrg (26/12). botol plastik, kotak nasi, tali rafia berserakan, kena hujan jadi bau. malu dilihat orang yg lewat, ini kan halaman kantor pimpinan daerah.",
    ),
    Case(
        "twitter",
        "umum",
        "Mushola di kompleks kantor bupati kukar airnya mati udh 3 hari, wudhu pake air galon 😅 tempat wudhu perempuan malah dikunci. tolong dong @PemkabKukar",
    ),
    Case(
        "twitter",
        "umum",
        "Gerbang samping kantor bupati Kukar digembok terus sejak minggu lalu, yg jalan kaki dari arah Taman Kota Raja hrs muter jauh lewat depan, hujan2 pula. Satpam cuma bilang 'perintah atasan'. Ada penjelasan? @PemkabKukar",
    ),
]

_PROKOM = [
    Case(
        "email",
        "prokom",
        "Perihal: Undangan Perayaan Natal Oikumene Kecamatan Tabang\n\nYth. Bapak Bupati Kutai Kartanegara\nmelalui Sekretariat Daerah\ndi Tenggarong\n\nSalam sejahtera,\nKami Panitia Perayaan Natal Oikumene Kecamatan Tabang Tahun 2025 dengan hormat mengundang Bapak Bupati untuk hadir dan memberikan sambutan pada perayaan Natal bersama umat Kristiani dari tujuh gereja di Kecamatan Tabang, yang akan dilaksanakan pada:\n\nHari/tanggal: Sabtu, 27 Desember 2025\nPukul: 18.00 WITA\nTempat: Lapangan Desa Tabang Lama\n\nKehadiran Bapak akan sangat berarti bagi warga pedalaman Tabang yang jarang bertemu langsung dengan pimpinan daerah. Surat undangan resmi sudah kami kirim pada 25 November, tetapi sampai sekarang kami belum mendapat konfirmasi. Mohon kiranya kami dapat diberi kabar paling lambat 20 Desember apakah Bapak berkenan hadir atau diwakili, agar kami dapat menyiapkan susunan acara dan penjemputan dari Tenggarong.\n\nHormat kami,\nPdt. Markus Lawing\nKetua Panitia",
    ),
    Case(
        "email",
        "prokom",
        "Subjek: Permohonan waktu bagi nelayan Muara Muntai untuk bertemu Bapak Bupati\n\nSelamat siang,\n\nSaya Nor Aini, bekerja sebagai perawat di Jakarta. Ayah saya, Pak Abdul Hamid, adalah ketua kelompok nelayan di Desa Muara Muntai Ulu. Beliau tidak bisa menggunakan email, jadi saya menulis mewakili beliau.\n\nSejak pertengahan November air Mahakam dan Danau Jempang naik, rumah-rumah panggung di kampung sudah terendam sampai lantai. Kelompok ayah saya ingin menyampaikan langsung kepada Bapak Bupati keadaan warga dan usulan mereka untuk tahun depan. Mereka sudah sepakat akan datang ke Tenggarong berenam, dan berharap bisa diterima sebelum akhir Desember, saat air biasanya surut sedikit.\n\nMohon informasi bagaimana cara mengajukan pertemuan, apakah perlu surat resmi, dan kepada siapa ayah saya dapat mengonfirmasi jadwal. Nomor ayah saya: 0813-4xxx-xxxx.\n\nTerima kasih atas bantuannya.\nNor Aini",
    ),
    Case(
        "email",
        "prokom",
        "Selamat malam,\n\nPerkenalkan saya Reza, fotografer lepas di Tenggarong. Saya sudah sepuluh tahun memotret Kukar, dari Erau sampai lomba perahu naga di Mahakam. Foto-foto saya sering dipakai media lokal, biasanya dengan izin dan nama saya dicantumkan. Saya cinta daerah ini, jadi sebenarnya saya senang kalau karya saya bermanfaat.\n\nTapi kemarin, 24 Desember, akun Instagram resmi Bupati mengunggah ucapan Selamat Natal memakai foto jembatan Kartanegara waktu senja yang saya ambil tahun 2023. Watermark di pojok kanan bawah dipotong, dan tidak ada keterangan nama pemotret. Foto itu juga dipakai di baliho ucapan tahun baru di simpang empat Tenggarong.\n\nSaya tidak minta bayaran. Saya hanya mohon admin akun resmi itu mencantumkan kredit foto di keterangan unggahan, dan ke depan meminta izin terlebih dahulu. Saya bersedia memberikan foto lain secara resmi jika dibutuhkan.\n\nSalam,\nReza Pahlevi",
    ),
    Case(
        "email",
        "prokom",
        "Re: Permohonan audiensi BEM Universitas Kutai Kartanegara\n\nYth. Bapak/Ibu,\n\nTerima kasih atas tanggapannya. Kami memahami jadwal Bapak Bupati padat sampai akhir tahun. Oleh karena itu kami mengajukan alternatif waktu pada minggu kedua Januari 2026, yaitu Senin 12 Januari atau Rabu 14 Januari, pagi atau siang hari, sesuai kesediaan beliau. Jumlah mahasiswa yang hadir paling banyak 10 orang, dan materi yang ingin kami sampaikan sudah kami lampirkan dalam surat sebelumnya.\n\nMohon kabar siapa yang dapat kami hubungi untuk mengonfirmasi jadwal tersebut.\n\nHormat kami,\nAhmad Fauzan\nKetua BEM Unikarta\n\nPada Jum, 5 Des 2025 11.30, Pengaduan Setda Kukar menulis:\n> Yth. Saudara Ahmad Fauzan,\n> Permohonan Saudara telah kami terima. Namun jadwal Bapak Bupati hingga akhir\n> Desember 2025 sudah penuh. Silakan mengajukan kembali waktu alternatif.\n> Terima kasih.",
    ),
    Case(
        "email",
        "prokom",
        'Subjek: Koreksi berita di website resmi tentang upacara Hari Bela Negara\n\nSelamat pagi,\n\nPertama saya mau menyampaikan bahwa upacara tanggal 19 Desember di lapangan kemarin terlalu lama di bawah terik, dua murid dari sekolah anak saya pingsan dan tenda untuk peserta tidak cukup. Semoga lain kali diperhatikan.\n\nNamun tujuan utama saya menulis adalah ini: berita di website resmi Pemkab dan akun media sosial pimpinan tentang upacara tersebut menyebut ayah saya, Bapak H. Sarjono, sebagai "veteran pejuang kemerdekaan asal Loa Kulu". Ayah saya bukan veteran perang kemerdekaan, beliau pensiunan TNI yang lahir tahun 1958. Kutipan yang dituliskan seolah-olah dari beliau juga tidak pernah beliau ucapkan. Keluarga kami jadi ditanya-tanya tetangga dan merasa tidak enak.\n\nMohon berita tersebut diralat dan kutipannya dihapus.\n\nHormat saya,\nSiti Rahmah, Loa Kulu',
    ),
    Case(
        "web",
        "prokom",
        "Nama: Hadi Wibowo (Pemimpin Redaksi media daring lokal)\nIsi laporan: Kami media daring yang berkantor di Tenggarong dan sudah terverifikasi Dewan Pers. Sejak Oktober kami meminta dimasukkan ke daftar penerima siaran pers pimpinan daerah dan undangan peliputan, tetapi belum ada tanggapan. Kami ingin meliput kegiatan Bupati selama libur akhir tahun, termasuk peninjauan banjir dan malam pergantian tahun. Mohon informasi syarat dan kontak yang dapat kami hubungi.",
    ),
    Case(
        "web",
        "prokom",
        "Kategori: Lainnya\nUraian: Saya berkomentar sopan di halaman Facebook resmi Bupati, menanyakan kapan Bapak turun ke warga terdampak banjir di Kenohan. Komentar saya dihapus, dan ketika saya bertanya lagi, admin membalas 'jangan provokasi, kalau tidak suka pindah saja dari Kukar'. Apakah begitu cara akun resmi pimpinan daerah melayani warga? Mohon admin ditegur dan komentar warga tidak dihapus sembarangan.",
    ),
    Case(
        "whatsapp",
        "prokom",
        "Assalamualaikum pak, kami pengurus masjid Al-Ikhlas Desa Loa Duri Ilir mau mengundang pak bupati utk tabligh akbar & doa bersama akhir tahun tgl 31 Des ba'da isya. undangan tertulis udh diantar kmrn. kira2 sidin bisa hadir kah? siapa yg bs kami hubungi utk konfirmasi jadwalnya?",
    ),
    Case(
        "whatsapp",
        "prokom",
        "min, video sambutan pak bupati waktu peringatan Hari Ibu tgl 22 kemaren ada link lengkapnya kah? di IG cuma potongan 1 menit. mau kami putar di pertemuan PKK RT. makasih",
    ),
    Case(
        "whatsapp",
        "prokom",
        "Pak, di acara Natal bersama Pemkab kmrn paduan suara anak2 gereja kami dr Tenggarong Seberang udh latihan 2 bulan, seragam udh jahit sendiri, pas hari H dicoret dr susunan acara tanpa pemberitahuan. anak2 nangis di belakang panggung. siapa sih yg ngatur jalannya acara itu?",
    ),
    Case(
        "sms",
        "prokom",
        "Yth. Setda, kami dr Kelompok Tani Karya Bersama Desa Separi mohon waktu bertemu Bpk Bupati sblm akhir thn utk menyampaikan aspirasi soal sawah yg kebanjiran. Bgmn caranya? Trims. Sukarno (ketua)",
    ),
    Case(
        "sms",
        "prokom",
        "Postingan akun IG resmi bupati ttg kunjungan banjir salah tulis nama desa kami jd 'Kota Bangun Hilir', pdhl Kota Bangun Ilir. Fotonya jg bukan desa kami. Mohon diralat. Trims",
    ),
    Case(
        "telegram",
        "prokom",
        "Halo admin, sy jurnalis media online di Tenggarong. Mau konfirmasi jadwal Pak Bupati meninjau banjir ke Muara Muntai, jadi hari Sabtu atau Minggu? Apakah ada sesi wawancara utk media, dan kapan rilis resminya dibagikan? Terima kasih.",
    ),
    Case(
        "twitter",
        "prokom",
        "Ucapan Natal di akun resmi bupati pake foto gereja di Eropa 😅 padahal di Kukar gereja2 bagus banyak, dari Tenggarong sampai Tabang. Next time pake foto lokal dong min @PemkabKukar",
    ),
    Case(
        "twitter",
        "prokom",
        "Udh 3x kirim undangan ke pak bupati buat wisuda santri pondok kami tgl 28 Des, konfirmasi ga ada, WA ke ajudan cuma di-read doang 🙏 hadir atau diwakilkan kabarin aja lah @PemkabKukar",
    ),
]

_PERENCANAAN_KEUANGAN = [
    Case(
        "email",
        "perencanaan_keuangan",
        'Perihal: Tagihan konsumsi rapat Sekretariat Daerah yang belum dibayar\n\nYth. Bapak Sekretaris Daerah Kabupaten Kutai Kartanegara,\n\nSaya Hj. Mardiana, pemilik usaha katering Dapur Mardiana di Kelurahan Loa Ipuh, Tenggarong. Usaha kami kecil, mempekerjakan enam ibu rumah tangga dari lingkungan sekitar.\n\nPada bulan Oktober dan November 2025 kami menyediakan makan siang dan kudapan untuk 14 kali rapat koordinasi yang diselenggarakan Sekretariat Daerah di Kantor Bupati, berdasarkan surat pesanan yang ditandatangani pejabat pembuat komitmen. Total tagihan kami Rp47.650.000, dan seluruh nota, berita acara serah terima, serta faktur sudah kami serahkan pada 28 November 2025.\n\nSampai tanggal 15 Desember pembayaran belum kami terima. Setiap kami tanyakan, jawabannya "menunggu kelengkapan pertanggungjawaban" dari staf yang memesan. Kami khawatir tagihan ini terlewat karena tahun anggaran segera berakhir, sementara kami masih berutang kepada pemasok beras dan ayam.\n\nKami mohon kepastian kapan pembayaran dapat dilakukan sebelum tutup tahun.\n\nHormat kami,\nHj. Mardiana',
    ),
    Case(
        "email",
        "perencanaan_keuangan",
        "Perihal: Permohonan penyelesaian pembayaran atas pekerjaan percetakan\n\nKepada Yth.\nSekretaris Daerah Kabupaten Kutai Kartanegara\nTenggarong\n\nDengan hormat,\nKami, Kantor Hukum Siregar & Partners, bertindak untuk dan atas nama klien kami, CV Cahaya Grafika, usaha percetakan di Samarinda.\n\nBerdasarkan surat pesanan tertanggal 3 Oktober 2025, klien kami telah mencetak dan menyerahkan 2.500 eksemplar kalender dinding dan 500 buku agenda tahun 2026 untuk Sekretariat Daerah Kabupaten Kutai Kartanegara, dengan nilai Rp86.250.000 termasuk pajak. Berita acara serah terima telah ditandatangani pada 28 November 2025 tanpa catatan kekurangan, dan tagihan telah diajukan pada hari yang sama.\n\nHingga surat ini dikirim pada 16 Desember 2025, pembayaran belum diterima dan klien kami tidak memperoleh penjelasan tertulis. Mengingat tahun anggaran akan berakhir, kami mohon Bapak berkenan memerintahkan penyelesaian pembayaran tersebut sebelum 31 Desember 2025, atau memberikan penjelasan tertulis tentang kendala yang ada. Klien kami berharap hal ini dapat diselesaikan secara baik tanpa perlu menempuh langkah lain.\n\nHormat kami,\nRobert Siregar, S.H.\nKuasa Hukum CV Cahaya Grafika",
    ),
    Case(
        "email",
        "perencanaan_keuangan",
        "Subjek: Honor dan uang perjalanan ayah saya sebagai sopir di Setda\n\nSelamat siang Bapak/Ibu,\n\nSaya Putri, sedang kuliah di Yogyakarta. Ayah saya, Pak Jainudin, sudah 11 tahun bekerja sebagai tenaga kontrak pengemudi di Sekretariat Daerah Kukar. Beliau orangnya tidak enak hati untuk bertanya, jadi saya yang menulis.\n\nMenurut ayah, honor bulan Oktober dan November belum dibayar, sementara teman-temannya di dinas lain sudah menerima. Selain itu, ayah mengantar rombongan pimpinan ke Kota Bangun dan Muara Kaman tiga kali pada bulan Oktober, menginap, dan uang perjalanannya sampai sekarang belum diganti. Untuk biaya makan dan penginapan waktu itu ayah memakai uang sendiri sekitar Rp2,4 juta. Saya harus membayar UKT semester depan sebelum 5 Januari, dan adik saya butuh seragam baru.\n\nMohon kiranya dijelaskan kapan honor dan penggantian perjalanan tersebut dibayarkan.\n\nTerima kasih,\nPutri Ramadhani",
    ),
    Case(
        "email",
        "perencanaan_keuangan",
        "Re: Honorarium narasumber Bimtek penyusunan SOP\n\nSelamat pagi,\n\nTerima kasih atas jawabannya. Namun semua dokumen yang disebutkan sudah saya kirim ke staf pelaksana kegiatan pada 24 November: fotokopi NPWP, KTP, nomor rekening, surat tugas dari kampus, dan daftar hadir yang saya tanda tangani. Saya juga sudah menandatangani kuitansi kosong yang disodorkan saat acara.\n\nKegiatannya selesai 20 November, tiga hari penuh, sesuai surat permintaan narasumber dari Sekretariat Daerah. Kalau memang masih ada yang kurang, mohon disebutkan apa, karena saya tidak ingin ini terbawa ke tahun anggaran berikutnya lalu dinyatakan tidak bisa dibayar.\n\nSalam,\nDr. Yusran Nafis, M.Si.\nDosen Universitas Mulawarman\n\nPada Rab, 10 Des 2025 13.55, Pengaduan Setda Kukar menulis:\n> Yth. Bapak Dr. Yusran,\n> Pembayaran honorarium narasumber menunggu kelengkapan dokumen\n> pertanggungjawaban kegiatan. Mohon Bapak melengkapi dokumen pendukung.\n> Terima kasih.",
    ),
    Case(
        "email",
        "perencanaan_keuangan",
        'Assalamualaikum,\n\nSaya istri dari salah satu pegawai di Sekretariat Daerah, mohon nama kami tidak disebut. Rumah kami di Desa Bakungan, Loa Janan, sudah dua minggu kena banjir kiriman, jalan ke rumah kami terendam sepaha dan suami saya harus menitipkan motor di rumah keluarga di jalan poros. Tiap hari dia berangkat kerja jam 5 subuh. Sampai sekarang belum ada bantuan apa-apa ke RT kami.\n\nTapi yang ingin saya tanyakan sebenarnya soal lain. Tambahan penghasilan suami saya untuk bulan Oktober dan November belum juga masuk rekening, padahal teman-temannya di dinas lain sudah menerima sejak awal Desember. Ketika suami saya bertanya, jawabannya hanya "masih diproses". Kami sangat membutuhkan uang itu untuk memperbaiki rumah setelah banjir dan untuk biaya sekolah anak setelah libur.\n\nMohon penjelasan kapan dibayarkan dan mengapa terlambat.\n\nWassalam.',
    ),
    Case(
        "web",
        "perencanaan_keuangan",
        "Nama: Lina Hartati\nIsi laporan: Saya pemilik toko alat tulis di Tenggarong yang memasok kertas, tinta, dan map untuk beberapa unit di Sekretariat Daerah. Tagihan bulan Oktober sebesar Rp18.400.000 belum dibayar. Kata bendahara, berkas pertanggungjawaban dari unit pemesan belum masuk, tapi unit pemesan bilang sudah diserahkan. Kami usaha kecil, modal tertahan. Mohon kepastian pembayaran sebelum tutup tahun anggaran.",
    ),
    Case(
        "web",
        "perencanaan_keuangan",
        "Kategori: Kepegawaian\nUraian: Saya tenaga honorer pengetik di salah satu unit kerja Sekretariat Daerah Kukar. Honor bulan Desember katanya baru dibayar pertengahan Januari karena 'kas sudah ditutup'. Padahal tahun lalu dibayar tanggal 23 Desember. Kami tidak punya penghasilan lain dan harus membayar kontrakan di awal bulan. Mohon penjelasan dan kalau bisa dibayarkan sebelum tahun baru.",
    ),
    Case(
        "whatsapp",
        "perencanaan_keuangan",
        "pak, sy yg punya rumah makan di dekat dermaga Kota Bangun. bln okt ada rombongan dr Setda kunjungan kerja, makan 35 org 2x, katanya 'nanti ditagihkan ke kantor'. sdh 2 bln blm dibayar, total 4,2jt. nota ada, stempel ada, nomor ibu yg pesan jg ada tp ga diangkat. mohon bantuannya",
    ),
    Case(
        "whatsapp",
        "perencanaan_keuangan",
        "min, uang perjalanan dinas kami wktu dampingi kegiatan Setda di Tabang bln Oktober blm cair. kami staf honorer, udh nalangin duit sendiri buat speedboat + penginapan 1,5jt per org. mau natal ni anak minta baju baru 😭 kapan dicairkan?",
    ),
    Case(
        "whatsapp",
        "perencanaan_keuangan",
        "Assalamualaikum, sy pemilik usaha sewa tenda & sound system di Tenggarong. acara Setda di halaman kantor bupati tgl 12 Nov pake tenda & sound kami, tagihan 12jt blm dibayar. kata bendaharanya tunggu anggaran perubahan. tahun anggaran mau tutup, gmn nasib tagihan kami pak?",
    ),
    Case(
        "sms",
        "perencanaan_keuangan",
        "Yth Bendahara Setda Kukar, tambahan penghasilan pegawai Setda bln Nov blm masuk rekening smp 20 Des, dinas lain sdh. Mohon penjelasan. Trims",
    ),
    Case(
        "sms",
        "perencanaan_keuangan",
        "Pak, sy percetakan di Loa Kulu. Spanduk & baliho ucapan Natal-tahun baru pesanan Setda 8,5jt sdh terpasang 15 Des, kwitansi & faktur sdh diserahkan. Kapan dibayar sblm tutup buku? Tks. Anwar",
    ),
    Case(
        "telegram",
        "perencanaan_keuangan",
        "Selamat sore. Sy pegawai di lingkungan Setda. Laporan pertanggungjawaban perjalanan dinas sy ke Balikpapan bulan November sdh 3x dikembalikan verifikator dgn alasan beda2: pertama boarding pass, kedua kwitansi hotel hrs asli, ketiga format daftar pengeluaran riil. Batas pengumpulan 19 Des. Mohon ada daftar syarat yg jelas supaya uang sy bisa diganti.",
    ),
    Case(
        "twitter",
        "perencanaan_keuangan",
        "Vendor kecil nyuplai snack rapat ke Setda Kukar dari Agustus, smp 23 Des belum dibayar. Bentar lg tutup tahun anggaran, kami yg nalangin gaji karyawan. @PemkabKukar tolong lah",
    ),
    Case(
        "twitter",
        "perencanaan_keuangan",
        "Honor tenaga kontrak di Setda Kukar 2 bulan belum dibayar, tapi kembang api malam tahun baru pasti ada 🙂 @PemkabKukar",
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
