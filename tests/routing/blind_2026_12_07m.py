# ruff: noqa: E501
"""Blind set written 2026-12-07 (thirteenth of the day) for issue 16: long, multi-topic messages, the kind routing handles worst. In at least 11 of 15 cases per section the writer names two to four matters that belong to other sections (background, earlier complaints handled elsewhere, other offices, money, a project, a company, a letter, a festival, a village, a road) and asks for one thing that belongs to the labelled section: money, CSR, a grant, a levy or a payment named beside a request that is not about money; letters to the Bupati that list several matters; what the message is not about, in unusual wordings. The rest are ordinary single-topic messages. 15 cases per section; per section 5 email, 3 whatsapp, 2 web, 2 sms, 2 telegram, 1 twitter (60 email, 36 whatsapp, 24 web, 24 sms, 24 telegram, 12 twitter). Written by two helper sessions, six sections each, with the same instructions, and joined into this file unread.

Written without reading config.yaml, routing/ or tests/routing/; each case is labelled only from
the mandates in docs/sections.md.

Scored ONCE, blind, with the rules of main 3136afb (this file committed in that commit, unread by
the rules' authors), on 2026-12-07: 152/180 correct = 84.4% (Wilson 95% interval
78.4%-89.0%), 3 fallbacks. Per channel: email 44/60 = 73.3%, sms 22/24, telegram 23/24, twitter
11/12, web 19/24, whatsapp 33/36. The rules of 7897a89 (before the introduction, pointer and
forward changes) place 149/180.
The errors (index in CASES, label -> got):
- another matter named and set apart by the writer, still read: #13 pemerintahan -> adpem ("Soal
  jalan poros dan proyek turap itu lain hal"), #17 kesra -> perencanaan_keuangan ("Terlepas dari
  urusan honor pelatih yang belum dibayar"), #71 perekonomian -> kesra ("Ini lain hal dgn bantuan
  sembako"), #89 sda -> kerjasama ("jgn jawab soal CSR"), #100 adpem -> sda ("Soal debu batubara
  sdh kami lapor ke DLH"), #129 organisasi -> kerjasama ("Jangan disamakan dengan program kerja
  sama"), #142 umum -> prokom ("soal beliau hadir atau kada biar protokol nang atur"), #158
  prokom -> kerjasama ("tidak terkait dengan nota kesepahaman"), #167 perencanaan_keuangan ->
  kerjasama ("jangan disamakan dengan nota kesepahaman"), #172 perencanaan_keuangan -> umum
  ("Mobil dinas ... itu lain hal");
- money, CSR, an MoU or a company named beside the request: #16 kesra -> kerjasama (a
  scholarship; the campus's MoU), #19 kesra -> kerjasama (a group's grant; CSR wheelchairs), #48
  kerjasama -> pbj, #53 kerjasama -> sda, #63 perekonomian -> kerjasama, #75 sda -> kerjasama,
  #99 adpem -> kerjasama;
- replies and forwards: #3 pemerintahan -> fallback, #18 kesra -> umum, #107 pbj ->
  perencanaan_keuangan, #137 umum -> fallback, #153 prokom -> fallback;
- single confusions: #22 kesra -> adpem (a church's building grant), #31 hukum -> sda, #128
  organisasi -> adpem, #135 umum -> prokom, #150 prokom -> sda, #154 prokom -> perekonomian.
"""

from __future__ import annotations

from tests.routing.case import Case

_E = Case

_PEMERINTAHAN = [
    _E(
        "email",
        "pemerintahan",
        "Kepada Yth.\nBapak Bupati Kutai Kartanegara\ndi Tenggarong\n\nPerihal: Penyampaian Aspirasi Warga Dusun Karya Bakti\n\nDengan hormat,\nKami para Ketua RT di Dusun Karya Bakti, Desa Bukit Raya, Kecamatan Tenggarong Seberang, menyampaikan beberapa hal. Pertama, jalan poros dusun yang rusak sudah kami laporkan ke Dinas PU dan katanya masuk perencanaan tahun depan, jadi untuk itu kami menunggu saja. Kedua, soal dana CSR dari perusahaan tambang di sekitar dusun sudah dibicarakan di forum desa dan sedang berjalan. Ketiga, dan ini yang sebenarnya kami mohonkan: jumlah penduduk Dusun Karya Bakti sudah lebih dari 600 KK tetapi hanya dilayani 4 RT. Usulan pemekaran RT sudah kami ajukan ke Kepala Desa sejak Maret, namun sampai hari ini SK pembentukan RT baru belum juga diterbitkan tanpa alasan yang jelas. Akibatnya pengurusan surat pengantar menumpuk di satu RT dan warga harus antre berhari-hari.\n\nKami mohon Bapak Bupati melalui jajaran terkait dapat memberikan pembinaan kepada Pemerintah Desa Bukit Raya agar proses pembentukan RT baru dapat diselesaikan sesuai aturan.\n\nDemikian surat ini kami sampaikan, atas perhatian Bapak kami haturkan terima kasih.\n\nHormat kami,\nPara Ketua RT Dusun Karya Bakti\n(ttd) Suparman, Ketua RT 07",
    ),
    _E(
        "email",
        "pemerintahan",
        "Yth. Bapak/Ibu di Sekretariat Daerah Kukar,\n\nMohon bantuan penegasan batas antara Desa Sungai Meriam dan Desa Kutai Lama di Kecamatan Anggana. Sudah hampir dua tahun patok batas di sekitar kawasan tambak dan jalur pipa perusahaan migas tidak jelas, dan kedua pemerintah desa saling klaim. Perlu kami jelaskan, ini tidak terkait dengan pembagian dana CSR perusahaan, walaupun orang sering mengira ribut-ributnya karena itu. Soal CSR biar perusahaan dan forum yang atur. Yang kami butuhkan hanya kepastian wilayah administrasi, karena sekitar 40 rumah di perbatasan bingung harus mengurus surat ke desa mana, bahkan ada yang dua kali didata waktu pemilu kemarin. Kami juga pernah menyampaikan soal abrasi pantai ke dinas lingkungan hidup, itu hal terpisah dan tidak perlu dibahas di sini.\n\nKami berharap Pemkab dapat memfasilitasi rapat penegasan batas dengan menghadirkan kedua kepala desa, camat, dan tim dari kabupaten, lalu dibuatkan berita acara yang mengikat.\n\nSalam,\nHendra Wijaya\nKetua BPD Desa Sungai Meriam\nHP 0813 4621 7790",
    ),
    _E(
        "email",
        "pemerintahan",
        "---------- Forwarded message ---------\nDari: Kasi Pemerintahan Kecamatan Muara Kaman\nTanggal: Senin, 14 Juli 2025 09.12\nSubjek: Fw: Pertanyaan jadwal pilkades serentak\n\nMohon arahan, Pak. Berikut kami teruskan pertanyaan dari beberapa desa di wilayah kami.\n\n> Selamat siang Pak Kasi,\n> Kami dari panitia persiapan di Desa Sedulang dan Desa Menamang Kiri ingin menanyakan kepastian jadwal pilkades serentak gelombang berikutnya beserta juknisnya. Masa jabatan kades kami berakhir akhir tahun ini.\n> Honor panitia dan anggaran pilkades dari APBDes itu nanti kami hitung sendiri, tidak perlu dibahas di sini.\n> Kebetulan bulan depan juga ada MTQ tingkat kecamatan, jadi kami khawatir jadwalnya bentrok dan panitianya orang yang sama.\n> Ttd, Rusdi (Sekdes Sedulang)\n\nKami di kecamatan juga belum menerima surat edaran terbaru terkait tahapan pilkades. Mohon kiranya dapat disampaikan jadwal dan petunjuk teknis resmi agar kami bisa segera sosialisasikan ke desa-desa.\n\nTerima kasih,\nNoor Aini\nKasi Pemerintahan Kec. Muara Kaman",
    ),
    _E(
        "email",
        "pemerintahan",
        "Yth. Admin Pengaduan Setda Kukar,\n\nTerima kasih atas balasan sebelumnya, tetapi pertanyaan saya belum terjawab.\n\n-----Original Message-----\nFrom: Admin Pengaduan\nSent: Senin, 2 Juni 2025\nSubject: RE: Desa Teluk Muda\n\nBapak Yusran, terkait penyaluran BLT Dana Desa silakan berkoordinasi dengan DPMD.\n-----\n\nSaya tidak mempermasalahkan BLT, dananya sudah cair bulan lalu. Posyandu juga sudah jalan lagi. Yang saya tanyakan sejak awal: Desa Teluk Muda, Kecamatan Kenohan, sudah dua tahun lebih dipimpin Penjabat Kepala Desa, dan Pj-nya sudah diganti tiga kali. Setiap ganti Pj, program berubah dan tanda tangan surat tertunda. Kapan desa kami bisa melaksanakan pemilihan kepala desa definitif? Kalau memang harus menunggu pilkades serentak, mohon dijelaskan tahun berapa supaya warga tidak terus bertanya kepada kami para tokoh.\n\nHormat saya,\nYusran\nWarga RT 03 Desa Teluk Muda",
    ),
    _E(
        "email",
        "pemerintahan",
        "Perihal: Laporan Kepala Desa Jarang Berkantor\n\nDengan hormat,\nSaya selaku anggota BPD Desa Jonggon Jaya, Kecamatan Loa Kulu, menyampaikan bahwa sejak bulan Februari Kepala Desa hampir tidak pernah hadir di kantor desa. Musyawarah desa untuk RKPDes sudah tertunda dua kali, dan perangkat desa tidak berani mengambil keputusan tanpa beliau. Saya ingin menegaskan bahwa laporan ini bukan mau protes soal ganti rugi lahan warga oleh perusahaan tambang; persoalan itu sudah ditangani pengacara warga. Begitu pula soal siltap perangkat yang terlambat, itu urusan keuangan desa dan sudah kami bahas di rapat BPD. Jangan sampai laporan ini disamakan dengan keributan lahan kemarin.\n\nHarapan kami, Pemerintah Kabupaten melalui camat dapat memanggil dan membina Kepala Desa agar roda pemerintahan desa kembali normal, termasuk menjadwalkan ulang musdes sebelum tenggat penyusunan RKPDes.\n\nMohon laporan ini ditindaklanjuti.\n\nHormat saya,\nAgus Salim\nAnggota BPD Jonggon Jaya",
    ),
    _E(
        "whatsapp",
        "pemerintahan",
        "Assalamualaikum pak. sy warga RT 12 Kel. Sangasanga Dalam. Ketua RT kami mundur dr bulan April krn pindah ke Samarinda, smp skrg blm ada pengganti. Mau urus surat pengantar nikah anak sy bingung kemana. Klo soal gas elpiji langka sm banjir kmrn itu sdh kami lapor ke kelurahan, itu urusan lain. sy cuma mau tanya gmn aturan pemilihan RT baru, siapa yg hrs mulai, lurah atau warga? tks",
    ),
    _E(
        "whatsapp",
        "pemerintahan",
        "Pak mohon info. Ulun warga Dusun Sungai Tempayan, kami ini sebenarnya masuk wilayah mana sih? KTP kami ikut Kecamatan Kembang Janggut tp petugas dr Tabang jg datang mendata. Jangan disamakan dgn urusan plasma sawit ya pak, itu kami urus sendiri dgn perusahaan. Sekolah anak2 jg sdh ada guru bantu. Yg kami minta kejelasan wilayah administrasinya aja, biar pelayanan gak dobel atau malah kada dapat dua2nya.",
    ),
    _E(
        "whatsapp",
        "pemerintahan",
        "slmt sore pak. Pilkades di Desa Jantur Selatan hari Minggu kmrn selisih cuma 7 suara, tp ada 30an surat suara yg dinyatakan tdk sah krn coblosnya tembus. Calon kami sdh ajukan keberatan ke panitia desa tp ditolak mentah2. gimana ini pak, kemana lagi kami bisa ajukan keberatan hasil pilkades? mohon arahannya sblm pelantikan",
    ),
    _E(
        "web",
        "pemerintahan",
        "Saya warga perumahan di perbatasan Desa Batuah, Loa Janan, dengan Kota Samarinda. KTP kami Kukar dan itu sudah beres di Disdukcapil, jalan rusak di depan perumahan juga sudah ada petugas yang meninjau. Masalahnya pengembang bilang sebagian blok masuk wilayah Samarinda dan sebagian Kukar, sehingga RT kami terbelah dua dan PBB ditagih oleh dua pemda. Mohon Pemkab Kukar menjelaskan posisi batas wilayah yang sah di lokasi kami dan, kalau belum ditetapkan, segera diselesaikan bersama Pemkot Samarinda supaya status RT kami jelas.",
    ),
    _E(
        "web",
        "pemerintahan",
        "Saya diberhentikan sebagai Kaur Umum Desa Rempanga, Kecamatan Loa Kulu, oleh kepala desa tanpa rekomendasi camat dan tanpa surat teguran sebelumnya. Setahu saya pemberhentian perangkat desa ada prosedurnya dan harus dikonsultasikan ke camat lebih dulu. Mohon pemerintah kabupaten meninjau keputusan kepala desa tersebut dan memberi penjelasan apakah sudah sesuai aturan atau belum.",
    ),
    _E(
        "sms",
        "pemerintahan",
        "Pak Ketua RT 05 Desa Manunggal Jaya sdh meninggal 2 bln, blm ada pengganti. Pengantar KTP warga jd ditandatangani siapa? Santunan kematian beliau sdh diurus keluarga. Mohon dibantu",
    ),
    _E(
        "sms",
        "pemerintahan",
        "Kapan pelantikan kades terpilih Desa Sebulu Ilir? Pilkades sdh 4 bln lewat blm jg dilantik, desa msh dipegang Pj. Mohon info",
    ),
    _E(
        "telegram",
        "pemerintahan",
        "Selamat pagi. Lahan kebun warga di perbatasan Desa Sebuntal dan Desa Santan Ulu, Marang Kayu, sekarang diklaim dua desa sekaligus, masing2 kades keluarkan surat keterangan tanah sendiri. Kami tdk terkait dgn program CSR yg lagi ramai dibahas itu. Tolong pemkab mediasi antar dua desa ini sebelum warga bentrok di lapangan.",
    ),
    _E(
        "telegram",
        "pemerintahan",
        "Izin bertanya, usulan pembentukan desa persiapan Sungai Nangka dari Desa Muara Kembang, Muara Jawa, sudah sampai tahap mana ya? Soal jalan poros dan proyek turap itu lain hal, tidak usah dikaitkan. Kami dari forum tokoh masyarakat hanya perlu tahu tahapan administrasinya dan dokumen apa yg masih kurang dari desa induk.",
    ),
    _E(
        "twitter",
        "pemerintahan",
        "tolong lah pemkab kukar, batas desa Loa Kulu Kota sm Jembayan sampai skrg masih ribut, warga bingung ngurus surat ke kantor desa mana. jgn dialihkan ke urusan tambang, ini murni soal batas desa",
    ),
]

_KESRA = [
    _E(
        "email",
        "kesra",
        "Kepada Yth.\nBapak Bupati Kutai Kartanegara\nc.q. Sekretariat Daerah\n\nPerihal: Menanyakan Tindak Lanjut Proposal Rehabilitasi Masjid\n\nAssalamu'alaikum Wr. Wb.\n\nKami Pengurus Masjid Nurul Huda Desa Loa Duri Ilir, Kecamatan Loa Janan, pada bulan Oktober tahun lalu telah mengajukan proposal bantuan rehabilitasi atap dan tempat wudhu masjid. Sebagian semen dan besi memang sudah kami terima dari program CSR salah satu perusahaan di sekitar desa, dan bantuan itu sudah habis terpakai untuk pondasi serambi. Jalan gang menuju masjid yang becek juga sudah kami usulkan lewat musrenbang desa, jadi tidak kami bahas di sini.\n\nYang ingin kami tanyakan adalah sampai di mana proses proposal bantuan rumah ibadah kami tersebut, apakah sudah diverifikasi, dan jika ada kekurangan berkas mohon kami diberitahu. Atap masjid saat ini bocor di beberapa titik dan jamaah salat Jumat sering terganggu bila hujan turun.\n\nWassalamu'alaikum Wr. Wb.\n\nKetua Takmir,\nH. Abdul Rahman\n\nSekretaris,\nM. Fadli",
    ),
    _E(
        "email",
        "kesra",
        "Yth. Bapak/Ibu pengelola beasiswa Pemkab Kukar,\n\nSaya Nur Aisyah, mahasiswi semester 5 Universitas Kutai Kartanegara, penerima Beasiswa Kukar Idaman tahun lalu. Sampai sekarang dana beasiswa semester ini belum masuk ke rekening, padahal batas pembayaran UKT di kampus tinggal dua minggu. Bagian keuangan kampus bilang mereka hanya mengikuti MoU dengan Pemkab dan tidak bisa memberi kelonggaran, jadi menurut mereka itu bukan urusan kampus. Teman-teman asal Kukar yang kuliah di Politani Samarinda juga mengalami hal yang sama.\n\nMohon informasinya kapan pencairan beasiswa semester ganjil, dan apakah ada surat keterangan yang bisa kami bawa ke kampus supaya pembayaran UKT bisa ditunda sampai dana cair.\n\nTerima kasih banyak atas bantuannya.\n\nNur Aisyah\nNIM 2210342017\nFakultas Ekonomi Unikarta",
    ),
    _E(
        "email",
        "kesra",
        "Assalamu'alaikum,\n\nYth. Panitia/penanggung jawab MTQ Kabupaten Kutai Kartanegara\n\nSaya pembina kafilah Kecamatan Muara Badak. Kami sedang menyiapkan peserta untuk MTQ tingkat kabupaten tahun ini, namun sampai sekarang belum menerima juknis resmi, terutama mengenai cabang dan golongan yang dilombakan serta batas usia peserta tilawah anak. Terlepas dari urusan honor pelatih yang belum dibayar, hal itu sudah kami sampaikan ke kecamatan dan biar kecamatan yang menyelesaikan. Soal jalan menuju lokasi pemondokan yang kabarnya rusak juga kami serahkan ke tuan rumah.\n\nMohon juknis MTQ beserta jadwal technical meeting dapat segera dikirimkan ke LPTQ kecamatan atau ke e-mail ini, karena anak-anak butuh waktu latihan sesuai cabang yang benar.\n\nWassalam,\nUstadz Hasan Basri\nPembina Kafilah Kec. Muara Badak",
    ),
    _E(
        "email",
        "kesra",
        "Mohon maaf, saya teruskan e-mail kami yang belum dibalas.\n\n-----Original Message-----\nFrom: Forum Guru TPA Kota Bangun\nSent: Kamis, 3 April 2025\nSubject: Insentif guru ngaji belum cair\n\nYth. Bapak/Ibu,\nKami para guru TPA/TPQ di Kecamatan Kota Bangun, jumlahnya 46 orang, belum menerima insentif guru ngaji selama dua triwulan. Waktu kami tanya ke kepala desa, jawabannya itu bukan anggaran desa. Kami juga sudah membaca Perbup yang mengatur insentif ini dan tidak sedang meminta aturannya diubah; kami hanya ingin haknya dibayarkan. Kami tidak menuntut kenaikan. Mohon kejelasan kapan insentif guru ngaji tahun ini dicairkan dan apakah data kami sudah masuk daftar penerima.\n\nHormat kami,\nSiti Rahmah\nKetua Forum Guru TPA Kota Bangun",
    ),
    _E(
        "email",
        "kesra",
        "Perihal: Permohonan Informasi Hibah untuk Kelompok Masyarakat\n\nDengan hormat,\nKami dari Kelompok Difabel Mandiri di Desa Bangun Rejo, Kecamatan Tenggarong Seberang, beranggotakan 27 penyandang disabilitas. Tahun lalu kami menerima 5 kursi roda dari CSR perusahaan, dan beberapa anggota juga sudah ikut pelatihan UMKM menjahit dari dinas. Kedua hal itu sudah selesai dan kami syukuri. Kali ini kami ingin mengajukan bantuan hibah untuk kelompok, berupa mesin jahit dan modal bahan, agar anggota bisa berproduksi bersama di satu tempat.\n\nMohon kami dijelaskan tata cara pengajuan hibah atau bansos untuk kelompok masyarakat: syarat badan hukum kelompok, batas waktu usulan, serta ke mana proposal harus dimasukkan.\n\nAtas perhatiannya kami sampaikan terima kasih.\n\nKetua,\nRudi Hartono",
    ),
    _E(
        "whatsapp",
        "kesra",
        "Assalamualaikum pak, sy marbot Masjid At-Taqwa Desa Loh Sumber, Loa Kulu. Mau nanya insentif marbot thn ini kok blm ada kabar ya pak? thn kmrn bln Juni sdh cair. Klo tagihan listrik masjid yg naik itu sdh ditanggung jamaah, gak masalah. sy cuma mau tau apakah nama sy msh terdaftar atau perlu daftar ulang lewat kecamatan. pian bisa bantu cek kah pak? makasih",
    ),
    _E(
        "whatsapp",
        "kesra",
        "kak mau tanya, pendaftaran beasiswa kukar yg online itu webnya error terus dr kmrn, upload KHS gagal mulu. di desa kami Sebulu Modern sinyal jg jelek, itu semua org jg tau lah. Bukan mau protes soal jaringan, krn itu urusan provider. yg penting deadline daftarnya bisa diperpanjang gak kak? bnyk tmn2 blm bisa upload",
    ),
    _E(
        "whatsapp",
        "kesra",
        "Syalom pak, kami pengurus gereja di Kecamatan Tabang mau mengajukan bantuan utk pembangunan gedung gereja yg baru krn yg lama sdh lapuk. format proposalnya spt apa dan dikirim kemana ya pak? perlu rekomendasi dr Kemenag atau cukup dr camat? terima kasih, Tuhan memberkati",
    ),
    _E(
        "web",
        "kesra",
        "Saya guru SMP negeri di Muara Jawa. Tunjangan sertifikasi yang terlambat dan rencana mutasi guru ke daerah hulu sudah saya sampaikan ke Dinas Pendidikan, jadi itu di luar pertanyaan saya. Tahun ini apakah Pemkab masih membuka beasiswa pendidikan S2 bagi guru berstatus PNS? Kalau ada, kapan jadwal pendaftarannya dan apakah guru PPPK juga boleh mendaftar?",
    ),
    _E(
        "web",
        "kesra",
        "Kami pengurus Pondok Pesantren Darul Ulum di Sebulu dengan 180 santri mukim. Dana BOS pesantren dari pusat sudah berjalan, dan kerja sama magang dengan sebuah universitas di Samarinda juga sudah ada. Jalan masuk ke pondok yang berlumpur biar jadi usulan desa. Kami ingin tahu bagaimana cara mengusulkan bantuan hibah untuk pembangunan asrama santri putri tahun depan, berkas apa saja yang diperlukan, dan kapan batas akhir pengajuannya.",
    ),
    _E(
        "sms",
        "kesra",
        "Pak beasiswa Kukar Idaman utk mhs yg kuliah di luar Kaltim kapan dibuka? sy kuliah di Jogja. Bukan tanya soal biaya kos ya pak, cuma jadwal daftarnya",
    ),
    _E(
        "sms",
        "kesra",
        "Insentif guru ngaji di Desa Tanjung Limau, Muara Badak blm cair 2 triwulan. Ini lain hal dgn honor RT ya pak. Mohon dicek datanya",
    ),
    _E(
        "telegram",
        "kesra",
        "Selamat siang. Sy anak dari calon jemaah haji asal Tenggarong. Pelunasan BPIH sdh beres di bank dan paspor jg sdh diurus Kemenag. Yg mau sy tanyakan, apakah tahun ini Pemkab msh menyediakan bus antar jemaah dari Tenggarong ke embarkasi Balikpapan spt tahun lalu? Ibu sy pakai kursi roda jd kami perlu tahu lebih awal.",
    ),
    _E(
        "telegram",
        "kesra",
        "Min, MTQ tingkat kabupaten tahun ini jadi diadakan di kecamatan mana? anak sy latihan tilawah di TPA sejak kecil dan ingin ikut seleksi. pendaftaran qori anak2 lewat LPTQ kecamatan atau bisa langsung ke kabupaten? trims",
    ),
    _E(
        "twitter",
        "kesra",
        "pemkab kukar, beasiswa kukar idaman semester ini kapan cair? ukt udh jatuh tempo. bukan mau protes soal kampus ya, kampusnya udah baik ngasih dispensasi, tp dispensasinya ada batasnya",
    ),
]

_HUKUM = [
    _E(
        "email",
        "hukum",
        "Yth. Kepala Bagian Hukum Setda Kabupaten Kutai Kartanegara\n\nPerihal: Permohonan Fasilitasi Harmonisasi Rancangan Peraturan Bupati\n\nDengan hormat,\nBersama ini kami sampaikan draf Rancangan Peraturan Bupati tentang Tarif Layanan pada UPTD Laboratorium Pengujian Bahan Konstruksi. Sebagai informasi, pengadaan peralatan laboratorium UPTD sudah selesai melalui e-katalog dan anggaran operasionalnya telah masuk dalam DPA tahun berjalan, sehingga kedua hal tersebut tidak perlu dibahas lagi. Kami mohon draf dapat diperiksa dan diharmonisasi, khususnya pasal tentang pembebasan tarif untuk pengujian pekerjaan milik pemerintah desa, karena kami ragu apakah ketentuan itu bertentangan dengan Perda tentang Pajak Daerah dan Retribusi Daerah yang berlaku.\n\nDraf dalam format Word kami lampirkan. Atas kerja samanya diucapkan terima kasih.\n\nKepala Dinas Pekerjaan Umum\nKabupaten Kutai Kartanegara\n\nNarahubung: Yuliana, Subbag Umum dan Kepegawaian",
    ),
    _E(
        "email",
        "hukum",
        "Kepada Bapak/Ibu yang saya hormati,\n\nSaya Mariati, janda dengan tiga anak, tinggal di Desa Sungai Payang, Kecamatan Loa Kulu. Tanah kebun peninggalan suami saya seluas 1,5 hektare sekarang masuk areal kerja perusahaan tambang, dan saya justru dilaporkan ke polisi oleh perusahaan dengan tuduhan menghalangi kegiatan pertambangan setelah saya memasang pagar. Urusan debu dan lubang tambangnya sudah dilaporkan warga lain ke DLH. Kepala desa juga sudah mengeluarkan surat keterangan bahwa tanah itu milik almarhum suami saya.\n\nSaya tidak punya uang untuk membayar pengacara, penghasilan saya hanya dari berjualan kue. Saya dengar Pemkab Kukar punya program bantuan hukum gratis untuk warga kurang mampu. Mohon saya bisa dibantu pendampingan hukum, dan tolong beritahu syarat apa saja yang harus saya siapkan, misalnya SKTM.\n\nHormat saya,\nMariati\nHP 0852 4711 3068",
    ),
    _E(
        "email",
        "hukum",
        "Perihal: Somasi Kedua atas Penggunaan Lahan Klien untuk Badan Jalan\n\nDengan hormat,\nKami selaku kuasa hukum Sdr. H. Bahrudin, pemilik tanah bersertifikat di Kelurahan Loa Ipuh Darat, Tenggarong.\n\n> Pada tanggal 10 Maret 2025 kami telah mengirimkan somasi pertama kepada Bupati Kutai Kartanegara, namun hingga kini tidak ada tanggapan tertulis.\n\nPerlu kami tegaskan bahwa klien kami tidak mempersoalkan mutu maupun progres pekerjaan jalan yang dibangun di atas tanahnya, dan kami juga tidak sedang menagih pembayaran kepada kontraktor. Pokok persoalan adalah penggunaan sekitar 420 m2 tanah klien tanpa pelepasan hak dan tanpa ganti kerugian. Sebelum kami mendaftarkan gugatan perbuatan melawan hukum ke Pengadilan Negeri Tenggarong, kami meminta Pemerintah Kabupaten menunjuk pejabat atau kuasa hukum yang berwenang untuk menanggapi somasi ini dan membuka ruang penyelesaian dalam 14 hari kerja.\n\nHormat kami,\nKantor Advokat Ridwan Effendi, S.H. & Rekan\nJl. Mangkurawang, Tenggarong",
    ),
    _E(
        "email",
        "hukum",
        "Halo Bapak/Ibu,\n\nSaya mahasiswa S2 Ilmu Hukum Universitas Mulawarman yang sedang menulis tesis tentang tanggung jawab sosial perusahaan tambang di Kukar. Saya tidak sedang menanyakan penyaluran CSR atau meminta data realisasinya, karena data itu sudah saya peroleh dari forum CSR. Yang saya butuhkan adalah teks resmi Perda Kukar tentang Tanggung Jawab Sosial dan Lingkungan Perusahaan beserta Perbup pelaksanaannya, tetapi situs JDIH Kukar sejak minggu lalu tidak bisa diakses (muncul error 502). Apakah saya bisa memperoleh salinan digitalnya lewat e-mail, dan apakah Perda tersebut pernah diubah atau dicabut?\n\nSalam hormat,\nRizky Ananda\nMagister Ilmu Hukum Unmul",
    ),
    _E(
        "email",
        "hukum",
        "Dengan hormat,\n\nKami dari Perkumpulan Masyarakat Adat Kutai Hulu di Kecamatan Tabang dan Kembang Janggut ingin menanyakan perkembangan Rancangan Peraturan Daerah tentang Pengakuan dan Perlindungan Masyarakat Hukum Adat yang pernah disampaikan dalam forum dengar pendapat tahun lalu. Konflik lahan dengan perusahaan sawit kami tempuh lewat jalur lain, dan urusan pilkades di kampung-kampung juga bukan fokus surat ini. Yang kami minta adalah informasi di tahap mana Raperda tersebut sekarang, apakah naskah akademiknya sudah final, dan kapan jadwal konsultasi publik berikutnya agar lembaga adat dapat memberi masukan terhadap pasal tentang wilayah adat.\n\nKami siap hadir bila diundang.\n\nHormat kami,\nPengurus Perkumpulan Masyarakat Adat Kutai Hulu\nAwang Syahrial",
    ),
    _E(
        "whatsapp",
        "hukum",
        "Pak kami dr Pemdes Bangun Rejo, Tenggarong Seberang. Ada warga menggugat desa ke PN soal tanah lapangan bola desa, katanya itu tanah warisan keluarganya. Lapangannya dulu dibangun pakai CSR perusahaan, tp itu bukan masalahnya. Kami perlu konsultasi hukum & kalau bisa pendampingan dr Pemkab utk hadapi sidang pertama bulan depan. gmn prosedurnya pak?",
    ),
    _E(
        "whatsapp",
        "hukum",
        "pak sy pedagang ikan di Pasar Loa Kulu. Retribusi harian kami naik jadi 5rb. kami bukan mau protes soal besarannya atau nuduh ada pungli, karcisnya resmi kok. kami cuma minta salinan Perda atau Perbup yg jadi dasar tarif baru itu, biar bisa dijelaskan ke pedagang lain yg ribut. bisa dikirim lewat WA gak pak?",
    ),
    _E(
        "whatsapp",
        "hukum",
        "min, di website JDIH kukar kok Perbup tahun 2024 banyak yg blm diupload ya? sy cari Perbup ttg penyelenggaraan perpustakaan desa gak ketemu. sdh sy coba cari pakai kata kunci maupun nomor tp hasilnya kosong. tolong dilengkapi atau kirimkan filenya ke email sy, buat bahan rapat desa minggu depan. trmksh min",
    ),
    _E(
        "web",
        "hukum",
        "Apakah Perda Kukar tentang pengawasan dan pengendalian minuman beralkohol masih berlaku atau sudah dicabut? Di Tenggarong Seberang ada warung yang terang-terangan menjual miras dan ketika ditegur pemiliknya bilang perdanya sudah tidak berlaku. Soal keributan dan pungutan oleh oknum di lokasi itu sudah kami laporkan ke Polsek. Kami hanya butuh kepastian status hukum perda tersebut beserta nomornya.",
    ),
    _E(
        "web",
        "hukum",
        "Saya ibu rumah tangga di Muara Badak. Suami meninggalkan saya dan dua anak sejak dua tahun lalu tanpa nafkah. Saya ingin mengajukan gugatan cerai ke Pengadilan Agama Tenggarong tetapi tidak mampu membayar advokat. Bantuan PKH memang saya terima, tapi itu tidak berkaitan dengan urusan ini. Apakah Pemkab punya layanan bantuan hukum untuk warga miskin, dan di mana saya bisa mendaftar?",
    ),
    _E(
        "sms",
        "hukum",
        "Mohon dikirimi salinan Perbup ttg pedoman pemberian hibah & bansos yg terbaru. Bukan mau ngajukan hibah pak, utk bahan kajian LSM kami. Tks",
    ),
    _E(
        "sms",
        "hukum",
        "Pak, sy warga Sebulu dilaporkan tetangga ke polisi soal sengketa tanah. tdk ada uang utk pengacara. Ada bantuan hukum gratis dr pemkab? tolong infonya",
    ),
    _E(
        "telegram",
        "hukum",
        "Selamat sore, kami dari Kantor Kecamatan Anggana. SK Camat tentang pengesahan anggota BPD salah satu desa digugat ke PTUN Samarinda. Pemilihan BPD-nya sendiri sudah selesai dan menurut kami prosedurnya benar. Kami mohon pendampingan hukum dan konsultasi penyusunan jawaban gugatan, karena sidang pertama tinggal 10 hari.",
    ),
    _E(
        "telegram",
        "hukum",
        "Info dong, Raperda ttg pemberdayaan UMKM yg katanya mau dibahas itu kapan uji publiknya? komunitas kami di Tenggarong mau kasih masukan. ini lain hal dgn pelatihan UMKM dr dinas ya, itu kami sdh ikut. kami mau lihat draf pasalnya dulu.",
    ),
    _E(
        "twitter",
        "hukum",
        "JDIH kukar down terus dr minggu lalu. mau cari perda pajak daerah yg baru aja susah. bukan soal bayar pajaknya ya, cuma butuh dokumennya. tolong diperbaiki",
    ),
]

_KERJASAMA = [
    _E(
        "email",
        "kerjasama",
        "Kepada Yth.\nSekretaris Daerah Kabupaten Kutai Kartanegara\ndi Tenggarong\n\nPerihal: Permohonan Perpanjangan Nota Kesepahaman\n\nDengan hormat,\nNota Kesepahaman antara Pemerintah Kabupaten Kutai Kartanegara dan Fakultas Pertanian Universitas Mulawarman tentang pengembangan sumber daya manusia dan penelitian akan berakhir pada bulan Desember tahun ini. Selama ini kesepakatan tersebut menjadi payung kegiatan KKN tematik di desa-desa Kecamatan Muara Kaman dan Kenohan serta penelitian dosen tentang padi rawa. Perlu kami sampaikan bahwa program beasiswa mahasiswa asal Kukar di fakultas kami berjalan terpisah dan tidak termasuk dalam permohonan ini.\n\nKami bermaksud mengajukan perpanjangan MoU untuk lima tahun berikutnya dengan penambahan ruang lingkup pengabdian masyarakat di bidang perikanan air tawar. Mohon arahan mengenai mekanisme, dokumen yang perlu kami siapkan, serta pejabat yang dapat kami hubungi untuk pembahasan draf.\n\nAtas perhatian Bapak, kami ucapkan terima kasih.\n\nWakil Dekan Bidang Akademik dan Kemitraan\nDr. Ir. Hamdani, M.P.",
    ),
    _E(
        "email",
        "kerjasama",
        "Yth. Pemerintah Kabupaten Kutai Kartanegara,\n\nKami perwakilan warga dari tiga RT di Desa Embalut, Kecamatan Tenggarong Seberang. Debu batubara dari jalan hauling sudah berkali-kali kami laporkan ke Dinas Lingkungan Hidup dan sekarang sedang ditinjau, jadi bukan itu yang kami tulis kali ini. Jalan desa yang rusak juga sudah masuk usulan musrenbang.\n\nYang membuat warga kecewa adalah program CSR perusahaan: bantuan sembako, beasiswa perusahaan, dan paket sarana air bersih tahun ini hanya diberikan ke RT yang dekat kantor desa, sementara tiga RT kami yang paling dekat dengan lokasi tambang tidak mendapat apa-apa. Kami minta Pemkab memanggil perusahaan dan mengevaluasi daftar penerima serta mekanisme penyaluran CSR di desa kami supaya lebih adil.\n\nHormat kami warga,\nPerwakilan warga RT 04, 05, dan 06\nSyahrani",
    ),
    _E(
        "email",
        "kerjasama",
        "-----Forwarded Message-----\nDari: Sekretariat Daerah Kabupaten Kutai Timur\nKepada: Setda Kukar\nPerihal: Tindak Lanjut Kesepakatan Bersama Pelayanan Kesehatan Wilayah Perbatasan\n\nDengan hormat,\nMenindaklanjuti Kesepakatan Bersama antara Pemerintah Kabupaten Kutai Timur dan Pemerintah Kabupaten Kutai Kartanegara tentang pelayanan kesehatan rujukan bagi warga perbatasan Marang Kayu dan Teluk Pandan, kami telah mengirimkan draf Perjanjian Kerja Sama teknis pada dua bulan lalu, namun belum menerima tanggapan. Pembiayaan klaim pasien dan pengaturan ambulans nantinya diatur oleh dinas kesehatan masing-masing dan tidak perlu dimuat rinci dalam surat ini. Kami mohon informasi apakah draf sudah dibahas di lingkungan Pemkab Kukar, serta usulan jadwal penandatanganan oleh kedua kepala daerah.\n\nDemikian, atas perhatiannya kami ucapkan terima kasih.\n\nAsisten Pemerintahan dan Kesra\nSetda Kabupaten Kutai Timur",
    ),
    _E(
        "email",
        "kerjasama",
        "Dengan hormat,\n\nKami dari bagian Community Development sebuah perusahaan migas yang beroperasi di Kecamatan Muara Badak dan Anggana. Tahun depan kami berencana menyalurkan program TJSL berupa pelatihan keterampilan pemuda dan bantuan sarana air bersih di lima desa. Agar tidak tumpang tindih dengan program Pemkab maupun perusahaan lain, kami ingin berkoordinasi mengenai mekanisme penyaluran dan pelaporan TJSL di Kukar, termasuk apakah harus melalui forum TJSL kabupaten.\n\nSebagai catatan, perusahaan kami juga sedang mengikuti tender di salah satu OPD, namun hal itu sama sekali tidak berhubungan dengan surat ini dan ditangani oleh unit yang berbeda.\n\nMohon kami diberi jadwal pertemuan koordinasi pada bulan ini.\n\nHormat kami,\nDewi Kartika\nCommunity Development Officer",
    ),
    _E(
        "email",
        "kerjasama",
        "Kepada Yth. Bapak Bupati Kutai Kartanegara\ndi Tenggarong\n\nPerihal: Aspirasi Pemerintah Desa Muara Badak Ulu\n\nDengan hormat,\nBersama ini kami sampaikan beberapa hal:\n1. Kelangkaan LPG 3 kg di desa kami sudah dilaporkan ke kecamatan dan sedang ditangani.\n2. Pembangunan turap sungai yang terhenti sudah kami sampaikan kepada dinas teknis.\n3. Program CSR dari perusahaan migas berupa bantuan perahu dan pelatihan nelayan yang dijanjikan dalam pertemuan dengan desa tahun lalu tidak kunjung direalisasikan, dan perwakilan perusahaan sulit ditemui.\n\nUntuk poin 3, kami mohon Bapak Bupati berkenan memfasilitasi pertemuan antara Pemerintah Desa dan pihak perusahaan agar ada kejelasan jadwal penyaluran. Poin 1 dan 2 kami sampaikan sebagai informasi saja.\n\nHormat kami,\nKepala Desa Muara Badak Ulu\n(ttd dan stempel)",
    ),
    _E(
        "whatsapp",
        "kerjasama",
        "Aslm pak, anak sy dpt pengumuman lulus beasiswa CSR dr perusahaan tambang di Loa Kulu, tp sdh 4 bln dananya gak turun. ini bukan beasiswa pemkab ya pak, jd jgn dilempar ke dinas pendidikan lg. kata org perusahaan penyalurannya nunggu koordinasi sm pemkab. tolong dicek pak macetnya dimana",
    ),
    _E(
        "whatsapp",
        "kerjasama",
        "Pak kami kelompok nelayan Desa Tani Baru, Anggana. Bantuan alat tangkap dr dinas perikanan tahun lalu sdh kami terima, mksh. Yg blm jelas ini 2 unit kapal dari program TJSL perusahaan migas yg sdh diserahkan secara simbolis waktu acara di kecamatan, tp kapalnya gak pernah sampai. Mohon pemkab tanyakan ke perusahaan kapan kapal itu benar2 diserahkan.",
    ),
    _E(
        "whatsapp",
        "kerjasama",
        "Selamat pagi, sy dr LPK Mahakam Skill di Tenggarong. Kami ingin menjalin kerja sama resmi dgn Pemkab utk pelatihan kerja pemuda desa. Prosedur pengajuan MoU nya gmn ya? perlu kirim surat ke Bupati dulu atau langsung ke bagian yg menangani?",
    ),
    _E(
        "web",
        "kerjasama",
        "Kami dari lembaga pemantau sosial di Tenggarong meminta daftar perusahaan yang tergabung dalam forum TJSL Kukar beserta realisasi program per kecamatan tahun lalu. Kami tidak sedang meminta data izin tambang atau HGU sawit, dan bukan pula menagih hibah untuk lembaga kami. Data penyaluran ini kami perlukan untuk memetakan desa yang belum tersentuh program CSR sama sekali.",
    ),
    _E(
        "web",
        "kerjasama",
        "Saya mahasiswa Politeknik Negeri Samarinda asal Loa Janan. Kampus kami bilang MoU dengan Pemkab Kukar untuk program magang sudah habis masa berlakunya, sehingga pengajuan magang kami di beberapa OPD ditolak. Uang saku magang tidak kami persoalkan sama sekali. Mohon info kapan MoU itu diperpanjang supaya adik tingkat kami bisa magang semester depan.",
    ),
    _E(
        "sms",
        "kerjasama",
        "Pak, bantuan CSR perusahaan sawit utk Desa Sabintulung Muara Kaman cuma sampai di kantor desa, RT kami gak kebagian. Tolong dicek penyalurannya",
    ),
    _E(
        "sms",
        "kerjasama",
        "Bukan soal jalan hauling pak, itu lain. Kami tanya program CSR air bersih perusahaan di Desa Jembayan kok berhenti? Mohon difasilitasi",
    ),
    _E(
        "telegram",
        "kerjasama",
        "Selamat siang, kami kader posyandu di Desa Liang Buaya, Muara Kaman. Perusahaan sawit di sekitar desa pernah janji bantu PMT dan timbangan posyandu lewat CSR. Kebunnya dan urusan plasma biar jadi urusan koperasi. Kami cuma mau tahu kemana harus mengajukan proposal CSR supaya tercatat resmi dan tdk hanya janji lisan.",
    ),
    _E(
        "telegram",
        "kerjasama",
        "Izin pak, sy staf DLH. Mohon info apakah naskah perjanjian kerja sama dgn Pemkot Samarinda soal pemanfaatan TPA regional sdh diparaf kedua pihak? Masalah air lindi di TPA lama sdh ditangani tim teknis kami. Kami perlu kepastian PKS utk jadwal angkutan sampah tahun depan.",
    ),
    _E(
        "twitter",
        "kerjasama",
        "CSR perusahaan batubara di kukar ini kemana aja sih? desa kami di Loa Janan tiap hari makan debu, bantuan nol. yg debu udah dilaporin, skrg kami nanya CSR nya. transparan dong pemkab",
    ),
]

_PEREKONOMIAN = [
    _E(
        "email",
        "perekonomian",
        "Yth. Bapak Bupati Kutai Kartanegara\nc.q. Sekretaris Daerah\n\nPerihal: Penempatan Kios Pedagang Pasca Renovasi Pasar\n\nDengan hormat,\nKami Paguyuban Pedagang Pasar Tangga Arung Tenggarong menyampaikan keresahan anggota kami. Renovasi fisik gedung pasar memang sudah selesai, dan mengenai kualitas bangunan yang kabarnya ada retak di lantai dua biarlah menjadi urusan dinas teknis. Retribusi harian juga tetap kami bayar seperti biasa. Persoalannya, sampai sekarang pembagian kios dan los belum jelas, sebagian pedagang lama belum mendapat tempat, sedangkan muncul nama-nama baru yang tidak pernah berjualan di pasar ini. Banyak pedagang terpaksa berjualan di bahu jalan sehingga pembeli berkurang dan lalu lintas macet.\n\nKami memohon Pemkab segera menata dan mengumumkan daftar penempatan pedagang secara terbuka, dengan mendahulukan pedagang lama sesuai data sebelum renovasi.\n\nHormat kami,\nKetua Paguyuban Pedagang\nH. Darmansyah",
    ),
    _E(
        "email",
        "perekonomian",
        "Dengan hormat,\n\nSaya pemilik CV Sinar Mahakam, rekanan penyedia bahan bakar untuk salah satu Perusda milik Pemkab Kukar. Sejak Februari tagihan kami sekitar Rp 480 juta belum dibayar oleh perusahaan daerah tersebut. Perlu saya jelaskan, ini tidak terkait dengan tagihan kami di Sekretariat Daerah untuk pengadaan ATK tahun lalu yang sudah lunas. Ini murni utang Perusda kepada kami. Direksinya sudah berganti dan jawaban mereka selalu menunggu rapat pemegang saham.\n\nKami mohon Pemkab sebagai pemilik Perusda dapat menegur manajemen dan meminta kejelasan jadwal pembayaran, karena usaha kecil kami tidak sanggup menalangi lebih lama lagi. Salinan kontrak dan berita acara serah terima barang dapat kami kirimkan bila diperlukan.\n\nHormat saya,\nBudi Santoso\nDirektur CV Sinar Mahakam\nTenggarong",
    ),
    _E(
        "email",
        "perekonomian",
        "Perihal: Harga dan Kelangkaan LPG 3 Kg di Muara Jawa\n\nBapak/Ibu yang terhormat,\n\nSaya Ketua RT 15 Kelurahan Muara Jawa Ulu. Sudah sebulan ini LPG 3 kg sulit didapat; pangkalan di wilayah kami hanya buka sebentar lalu habis, sementara di warung eceran harganya mencapai Rp 45.000 per tabung. Bantuan sembako dari kelurahan sudah kami bagikan ke warga yang berhak, dan jalan lingkungan yang banjir juga sudah dikerjakan, jadi dua hal itu tidak perlu ditanggapi.\n\nYang paling mendesak adalah gas. Mohon Pemkab melakukan pengawasan terhadap pangkalan yang menjual di atas HET dan mengadakan operasi pasar LPG di Muara Jawa secepatnya, karena banyak ibu-ibu kembali memasak pakai kayu.\n\nWassalamu'alaikum,\nH. Jumadi\nKetua RT 15",
    ),
    _E(
        "email",
        "perekonomian",
        "Yth. Pemerintah Kabupaten Kutai Kartanegara\n\nKami Kelompok Usaha Bersama 'Amplang Mandiri' dari Kelurahan Sanga-Sanga Muara. Peralatan produksi kami didapat dari CSR perusahaan migas tahun lalu, dan kami juga pernah menerima hibah kelompok dari Pemkab. Semua itu sudah kami pertanggungjawabkan dengan baik.\n\nKendala kami sekarang adalah pemasaran dan perizinan: kami belum punya sertifikat halal dan PIRT, dan produk kami sulit masuk toko oleh-oleh di Tenggarong. Kami mohon dapat difasilitasi pendampingan UMKM, misalnya pelatihan kemasan, bantuan pengurusan izin, dan kesempatan ikut pameran produk daerah, misalnya saat Erau.\n\nTerima kasih atas perhatiannya.\n\nKetua KUB Amplang Mandiri\nNorhayati\n0811 5532 904",
    ),
    _E(
        "email",
        "perekonomian",
        "-----Pesan Terusan-----\nDari: Sekretariat Kecamatan Kembang Janggut\nTanggal: 21 Agustus 2025\nPerihal: Kenaikan Harga Bahan Pokok\n\nYth. Pimpinan,\n\nBersama ini kami laporkan bahwa dalam tiga minggu terakhir harga beras medium di Kembang Janggut naik dari Rp 13.000 menjadi Rp 17.000 per kg, cabai rawit mencapai Rp 120.000 per kg, dan telur juga naik. Penyebab utamanya air Sungai Belayan surut sehingga kapal pengangkut barang dari Tenggarong tidak bisa masuk. Perbaikan jalan poros yang longsor sudah ditangani dinas PU dan tidak kami bahas di sini.\n\nKami mohon dukungan Pemkab untuk pelaksanaan pasar murah atau operasi pasar di kecamatan kami, serta pemantauan stok beras di gudang distributor agar tidak terjadi penimbunan.\n\nSekretaris Camat Kembang Janggut\nSyamsuddin, S.Sos",
    ),
    _E(
        "whatsapp",
        "perekonomian",
        "Pak solar di SPBUN Muara Badak kosong trs seminggu ini, nelayan antri dr subuh. Klo bantuan jaring sm mesin dr dinas itu udh dpt, bukan itu masalahnya. Tolong pemkab koordinasi sm pertamina biar kuota solar nelayan ditambah, kami kada bisa melaut",
    ),
    _E(
        "whatsapp",
        "perekonomian",
        "pak di Tabang ini pertalite eceran 20rb seliter, spbu terdekat jauh bgt. sy gak nyalahin pedagang eceran, mrk jg beli mahal. ada gak rencana pemkab bikin pertashop atau penyaluran bbm resmi ke kecamatan hulu? jalan tanah ke sini jg rusak tp itu lagu lama lah",
    ),
    _E(
        "whatsapp",
        "perekonomian",
        "Assalamualaikum, harga gula pasir di Pasar Kota Bangun naik jd 20rb/kg dlm seminggu. Minyak goreng sm tepung ikut naik dikit. Mohon pemkab cek stok di distributor & turunkan harganya, kasian warga yg mau hajatan bulan ini, pedagang kecil jg sepi pembeli",
    ),
    _E(
        "web",
        "perekonomian",
        "Saya ingin menanyakan kinerja perusahaan daerah yang setiap tahun menerima penyertaan modal dari APBD Kukar. Sampai sekarang saya tidak menemukan laporan keuangan atau laporan kinerjanya di situs mana pun. Ini bukan mau protes soal air PDAM yang keruh di rumah saya, itu sudah saya laporkan ke call center. Mohon Pemkab mempublikasikan laporan kinerja BUMD dan menjelaskan berapa dividen yang disetor.",
    ),
    _E(
        "web",
        "perekonomian",
        "Kapan jadwal pasar murah atau gerakan pangan murah di Kecamatan Loa Kulu? Harga beras premium di warung sudah Rp 16.000 per kg dan minyak goreng ikut naik. Sembako bantuan dari desa memang sudah kami terima, tapi tidak semua warga kebagian. Mohon diadakan di dekat Desa Loh Sumber karena jauh ke pasar kecamatan.",
    ),
    _E(
        "sms",
        "perekonomian",
        "LPG 3kg di Desa Bukit Pariaman habis terus, pangkalan jual 45rb. Mohon ditindak & ditambah kuota. Warga Tenggarong Seberang",
    ),
    _E(
        "sms",
        "perekonomian",
        "Minyak goreng kemasan di Muara Muntai 25rb/liter. Ini lain hal dgn bantuan sembako ya pak. Tolong harganya dipantau",
    ),
    _E(
        "telegram",
        "perekonomian",
        "Min, sy pelaku UMKM keripik pisang di Loa Kulu. Pinjaman KUR sy sdh lunas jd gak perlu dibahas. Ada gak program pendampingan UMKM dari Pemkab utk pemasaran online, foto produk, atau masuk marketplace? info dong cara daftarnya",
    ),
    _E(
        "telegram",
        "perekonomian",
        "Sy pemilik pangkalan LPG di Kel. Jawa, Sanga-Sanga. Kuota dr agen dikurangi 30% bln ini padahal warga makin banyak. Sy bukan mau protes soal HET, harga sy sesuai. Tolong pemkab bantu jelaskan ke agen/pertamina kenapa kuota dipotong.",
    ),
    _E(
        "twitter",
        "perekonomian",
        "gas melon di muara kaman ilang lagi, sekalinya ada 50rb. pemkab kukar tolong lah operasi pasar. jgn jawab soal jalan rusak, ini soal gas",
    ),
]

_SDA = [
    _E(
        "email",
        "sda",
        "Yth. Bapak Bupati Kutai Kartanegara\n\nPerihal: Lubang Bekas Tambang di Dekat Permukiman RT 09\n\nDengan hormat,\nKami warga RT 09 Desa Bukit Pariaman, Kecamatan Tenggarong Seberang, kembali menyampaikan soal lubang bekas tambang batubara yang berjarak kurang dari 200 meter dari rumah warga dan sekolah dasar. Lubang itu kini berisi air dan sering dipakai anak-anak berenang sepulang sekolah. Kami masih trauma karena beberapa tahun lalu di kecamatan ini ada anak yang tenggelam di lubang tambang. Bantuan CSR berupa paket sembako dari perusahaan memang rutin kami terima, tetapi itu tidak ada hubungannya dengan keselamatan anak-anak kami. Perbaikan jalan hauling juga sudah diurus desa.\n\nKami meminta Pemkab mendesak perusahaan untuk segera melakukan reklamasi atau setidaknya memasang pagar dan papan peringatan di sekeliling lubang tersebut, serta melaporkan kepada instansi yang berwenang bila izinnya sudah habis.\n\nHormat kami,\nKetua RT 09\nSuwarno",
    ),
    _E(
        "email",
        "sda",
        "Dengan hormat,\n\nKami Kelompok Tani Subur Makmur di Desa Sumber Sari, Kecamatan Loa Kulu, beranggotakan 32 petani padi sawah. Soal harga pupuk subsidi di kios yang lebih mahal dari HET sudah kami adukan dan kiosnya sudah ditegur. Kami juga pernah dapat bantuan bibit lewat CSR perusahaan.\n\nYang kami butuhkan sekarang adalah bantuan alat dan mesin pertanian, terutama hand traktor dan pompa air, karena traktor pinjaman dari desa sudah rusak dan musim tanam tinggal sebulan. Proposal sudah kami serahkan ke BPP kecamatan bulan lalu. Mohon Pemkab membantu menindaklanjuti agar kelompok kami masuk daftar penerima bantuan alsintan tahun ini.\n\nMatur nuwun.\nKetua Poktan Subur Makmur\nSlamet Riyadi",
    ),
    _E(
        "email",
        "sda",
        "Perihal: Permasalahan Kebun Plasma dan Lahan Warga\n\nKepada Yth. Pemkab Kukar,\n\nKami warga Desa Kelekat, Kecamatan Kembang Janggut, menyampaikan bahwa perusahaan perkebunan kelapa sawit yang beroperasi di desa kami sejak 2012 belum juga menyerahkan kebun plasma 20 persen yang dijanjikan. Selain itu, sebagian lahan warga di luar HGU ikut ditanami sawit tanpa ganti rugi. Masalah tapal batas desa dengan desa tetangga sudah selesai dengan keputusan bupati, dan kami tidak sedang membahas pilkades yang baru lewat.\n\nKami memohon agar Pemkab membentuk tim untuk meninjau lapangan, memeriksa batas HGU perusahaan, dan mendorong realisasi kebun plasma bagi masyarakat.\n\nAtas nama warga,\nDarwis\nTokoh Masyarakat Desa Kelekat",
    ),
    _E(
        "email",
        "sda",
        "Yth. Admin,\n\nSaya nelayan di Kecamatan Kota Bangun. Sejak dua minggu ini air anak sungai yang bermuara ke Danau Semayang berubah hitam dan berbau, dan ikan-ikan di keramba warga mati mendadak. Warga menduga limbah dari pabrik kelapa sawit di hulu bocor ke sungai karena kolam limbahnya meluap saat hujan. Kami tidak sedang menagih ganti rugi, dan ini tidak ada kaitannya dengan festival danau yang akan digelar bulan depan.\n\nMohon Pemkab segera turun melakukan investigasi dan uji sampel air, lalu menghentikan pembuangan limbah bila terbukti berasal dari pabrik tersebut.\n\nHormat saya,\nJumran\nNelayan Desa Semayang",
    ),
    _E(
        "email",
        "sda",
        "Dengan hormat,\n\nSaya relawan lingkungan di Kecamatan Samboja. Dalam tiga bulan terakhir kami mencatat penebangan liar di sekitar kawasan Tahura Bukit Soeharto; truk pengangkut kayu keluar masuk pada malam hari lewat jalan kebun warga. Aktivitas tambang ilegal di sisi lain kawasan sudah kami laporkan ke Polres, jadi surat ini khusus soal kayu. Kami juga tidak meminta dana apa pun, walaupun ada pihak yang menawarkan hibah untuk kelompok kami.\n\nKami meminta Pemkab berkoordinasi dengan KPH dan pengelola Tahura agar patroli ditingkatkan dan jalur keluar kayu ditutup. Titik koordinat dan foto dapat kami kirimkan.\n\nSalam lestari,\nAndi Pratama\nKomunitas Peduli Hutan Samboja",
    ),
    _E(
        "whatsapp",
        "sda",
        "Assalamualaikum pak, kami kelompok nelayan di Desa Muara Muntai Ilir. Soal solar langka kmrn sdh ditangani, skrg sdh normal. Kami mau tanya bantuan mesin ketinting sm jaring yg diusulkan thn lalu lewat penyuluh perikanan kok blm ada kabar? mesin lama kami sdh sering mogok di tengah danau. tolong pian tanyakan ke dinas nya lah pak",
    ),
    _E(
        "whatsapp",
        "sda",
        "pak, debu batubara dr jalan hauling di Desa Tani Bhakti Loa Janan makin parah, anak2 batuk. Perusahaan kasih uang kompensasi debu 150rb per KK tiap bulan tp bukan itu yg kami mau. tolong pemkab turun cek dan paksa perusahaan siram jalan tiap hari",
    ),
    _E(
        "whatsapp",
        "sda",
        "Pak tiap hujan air lumpur dr bukaan tambang di atas kampung masuk ke sawah & rumah warga di Kel. Sarijaya, Sanga-Sanga. Kolam pengendapan perusahaan jebol. Padi yg baru tanam rusak semua, sumur warga jg keruh. Kapan mau ditinjau pak? sdh 3x kejadian sejak bulan lalu dan perusahaan cuma janji perbaiki",
    ),
    _E(
        "web",
        "sda",
        "Lahan gambut di sekitar Desa Muara Siran, Muara Kaman, terbakar sejak seminggu lalu dan asapnya sampai ke permukiman. Ada dugaan pembukaan lahan untuk sawit dilakukan dengan cara membakar. Masker dari puskesmas sudah dibagikan dan itu tidak kami keluhkan. Kami minta Pemkab berkoordinasi dengan Manggala Agni dan perusahaan agar pembakaran dihentikan dan pelakunya ditindak.",
    ),
    _E(
        "web",
        "sda",
        "Kami pembudidaya ikan nila keramba di tepi Mahakam, Kelurahan Timbau, Tenggarong. Keramba yang rusak ditabrak ponton batubara sudah diganti rugi perusahaan, dan izin lokasi keramba di kelurahan juga sudah beres. Yang kami tanyakan, apakah tahun ini ada bantuan benih dan pakan ikan untuk kelompok pembudidaya, dan bagaimana cara mengusulkannya?",
    ),
    _E(
        "sms",
        "sda",
        "Limbah cair dr tambang di Desa Separi masuk ke sungai, air jd kuning. Mohon dicek. Bukan soal CSR pak, soal air yg kami pakai mandi",
    ),
    _E(
        "sms",
        "sda",
        "Pak, bantuan hand sprayer & benih jagung utk poktan di Desa Sebulu Ulu kapan dibagi? Sdh didata PPL bln Maret. Tks",
    ),
    _E(
        "telegram",
        "sda",
        "Lapor pak, ada tambang batubara ilegal di pinggir Sungai Jembayan, Loa Kulu, beroperasi malam hari pakai excavator. Warga takut lapor langsung. Ini tdk terkait dgn sengketa lahan antar desa yg kemarin ya pak. Mohon segera ditindak sebelum tebing sungai longsor.",
    ),
    _E(
        "telegram",
        "sda",
        "Izin pak, kami anggota koperasi plasma sawit di Desa Perian, Muara Muntai. Bagi hasil kebun plasma sdh 8 bln tdk dibayar, pengurus bilang perusahaan blm transfer. Urusan RAT koperasi itu ke dinas koperasi, bukan itu yg kami tanya. Tolong pemkab panggil perusahaannya.",
    ),
    _E(
        "twitter",
        "sda",
        "lubang tambang di samping jalan poros Loa Kulu udah kyk danau, tanpa pagar. nunggu ada korban lagi? jgn jawab soal CSR, kami gak butuh sembako, butuh reklamasi",
    ),
]

_ADPEM = [
    _E(
        "email",
        "adpem",
        "Yth. Bapak Bupati Kutai Kartanegara\nc.q. Sekretaris Daerah\ndi Tenggarong\n\nPerihal: Laporan dan permohonan Desa Sumber Sari, Kec. Loa Kulu\n\nDengan hormat,\nBersama surat ini kami Pemerintah Desa Sumber Sari menyampaikan beberapa hal. Pertama, jadwal pilkades antarwaktu di desa kami sudah kami koordinasikan dengan pihak kecamatan dan tidak ada masalah. Kedua, bantuan CSR dari perusahaan tambang di sekitar desa tahun ini sudah kami terima berupa sumur bor, terima kasih atas fasilitasinya. Ketiga, proposal rehab langgar Al-Ikhlas sudah kami ajukan lewat jalur yang semestinya.\n\nAdapun yang paling mendesak adalah pekerjaan saluran drainase di RT 07 dan RT 08 yang dibiayai APBD Kabupaten tahun 2024. Pekerjaan dimulai bulan Juli, tetapi sejak akhir Oktober kontraktor tidak lagi terlihat di lapangan. Galian sepanjang kurang lebih 300 meter dibiarkan terbuka, sebagian besi dan material ditinggal, papan proyek pun sudah roboh. Setiap hujan air masuk ke halaman rumah warga dan anak-anak sekolah harus melompati galian.\n\nKami mohon agar pekerjaan tersebut dapat ditinjau ke lapangan dan ada kejelasan kapan akan diselesaikan.\n\nDemikian, atas perhatian Bapak kami ucapkan terima kasih.\n\nHormat kami,\nKepala Desa Sumber Sari\nSuparman",
    ),
    _E(
        "email",
        "adpem",
        "Kepada Yth. Pemerintah Kabupaten Kutai Kartanegara\n\nDengan hormat,\nSaya guru di SDN 014 Muara Jawa. Sebelum masuk ke pokok surat, saya sampaikan dulu bahwa laporan saya bulan lalu tentang petugas yang meminta uang tambahan saat mengurus akta anak saya sudah ditanggapi, dan soal harga elpiji di warung sekitar sekolah juga sudah ramai dibahas di grup kecamatan, jadi bukan itu yang mau saya sampaikan sekarang.\n\nSekolah kami baru selesai direhab tahun lalu, dananya dari kabupaten. Belum genap setahun, dinding kelas 4 dan 5 sudah retak memanjang dari jendela sampai ke lantai, plafon di teras jebol waktu hujan angin minggu lalu, dan keramik lantai banyak yang terangkat. Kami khawatir dengan keselamatan murid, karena kelas itu tetap dipakai setiap hari.\n\nMohon kiranya hasil pekerjaan rehab ini diperiksa kembali oleh pihak yang berwenang dan, kalau masih dalam masa pemeliharaan, kontraktornya diminta memperbaiki.\n\nTerima kasih.\nSalam hormat,\nRahmawati, S.Pd.\nGuru SDN 014 Muara Jawa",
    ),
    _E(
        "email",
        "adpem",
        "Yth. Bapak/Ibu Admin Pengaduan Setda Kukar,\n\nTerima kasih atas balasannya. Tapi mohon maaf, sepertinya ada salah paham. Saya tidak mempersoalkan siapa pemenang lelangnya atau bagaimana proses tendernya, itu urusan lain dan saya tidak paham. Yang saya tanyakan adalah fisik jembatannya.\n\nJembatan penghubung Dusun Kutai Lama ke Dusun Sungai Payang di Kec. Anggana itu sampai hari ini baru berdiri tiang dan gelagarnya saja. Warga perkirakan baru sekitar 40 persen. Sudah hampir lima bulan tidak ada kegiatan. Sementara itu warga masih menyeberang pakai ces, ongkosnya Rp10.000 sekali jalan.\n\nMohon ada kepastian kapan pekerjaan jembatan ini dilanjutkan dan siapa yang mengawasi di lapangan.\n\nSalam,\nHamdani\nKetua RT 03 Kutai Lama\n\n> Yth. Bapak Hamdani,\n> Terima kasih atas laporannya. Untuk informasi proses pemilihan penyedia\n> dapat Bapak lihat di laman LPSE Kabupaten Kutai Kartanegara.\n> Salam, Admin",
    ),
    _E(
        "email",
        "adpem",
        "Dengan hormat,\n\nSaya Dimas Prasetyo, wartawan media daring yang meliput wilayah Tenggarong dan sekitarnya. Untuk permohonan wawancara dengan Bapak Bupati sudah saya ajukan lewat protokol minggu lalu, jadi email ini tidak terkait itu. Permintaan data anggaran dan penyerapan keuangan juga sudah saya alamatkan ke instansi lain.\n\nYang saya butuhkan kali ini adalah data perkembangan fisik proyek-proyek pembangunan yang dibiayai APBD Kukar tahun 2024, khususnya paket jalan dan jembatan di Kecamatan Muara Kaman, Sebulu, dan Kembang Janggut. Kami ingin tahu berapa paket yang sudah selesai 100 persen, berapa yang terlambat, dan berapa yang putus kontrak. Di lapangan kami menemukan beberapa ruas yang papan proyeknya masih terpasang tetapi pekerjaannya berhenti.\n\nMohon kiranya laporan monitoring tersebut dapat dibagikan, atau saya diarahkan ke pejabat yang bisa memberikan penjelasan.\n\nTerima kasih atas kerja samanya.\n\nHormat saya,\nDimas Prasetyo\nKontributor, Kaltim Terkini",
    ),
    _E(
        "email",
        "adpem",
        "Yth. Pemkab Kukar,\n\nSaya warga Desa Sabintulung, Kec. Muara Kaman. Jalan semenisasi desa kami yang dikerjakan bulan Mei kemarin sekarang sudah pecah-pecah di banyak titik. Ketebalan cor di pinggir jalan kelihatan cuma sekitar 10 cm, padahal di papan proyek tertulis 15 cm. Di dekat jembatan kecil, cor sudah patah dan tanah di bawahnya tergerus air. Baru tiga bulan dipakai sudah begini, sementara yang lewat cuma motor dan pikap.\n\nKami minta pekerjaan ini dicek mutunya dan diperbaiki selagi masih tanggung jawab kontraktor.\n\nTerima kasih,\nSyahrani\nSabintulung",
    ),
    _E(
        "whatsapp",
        "adpem",
        "Assalamualaikum pak. Sy warga Jonggon Loa Kulu. Kalo soal truk batubara yg lewat jalan desa itu urusan lain pak, sdh kami lapor ke DLH. Yg mau sy tanyakan proyek peningkatan jalan poros Jonggon itu kapan dilanjut? Sdh 3 bln alat berat cuma parkir, aspal baru separo, sisanya tanah merah. Kalo hujan licin bgt, kemarin ada ibu2 jatuh dr motor. Mohon dicek pak",
    ),
    _E(
        "whatsapp",
        "adpem",
        "Pak turap di tepi sungai Mahakam dkt Jl. Panjaitan Tenggarong ambrol lagi, padahal baru dibangun thn lalu. Retaknya makin lebar, bbrp rumah di belakangnya ikut miring, warga takut tidur kalau air pasang. Dulu waktu dikerjakan kami lihat tiang pancangnya cuma sedikit. Tolong segera ditinjau pak sblm roboh semua",
    ),
    _E(
        "whatsapp",
        "adpem",
        "Pian maaf ganggu malam2. Ulun warga Kota Bangun Ulu. Harga gas 3 kilo di sini sdh 45rb, beasiswa anak ulun gin blm keluar, tp itu biar ja dulu. Nang bikin ulun handak lapor ni proyek drainase di jalan depan rumah. Galiannya ditinggal kada ditutup, sdh sebulan lebih, tiap hujan banjir masuk rumah. Tolong disampaikan ke yg ngurus proyeknya pak supaya dituntaskan",
    ),
    _E(
        "web",
        "adpem",
        "Saya pedagang di Kota Bangun. Tolong jangan disamakan dengan keluhan soal retribusi dan lapak pasar yang kemarin ramai, itu lain cerita. Yang saya laporkan adalah gedung pasar baru yang dibangun pakai dana kabupaten di samping pasar lama. Bangunannya sudah berdiri dari tahun lalu tapi atapnya belum terpasang penuh, lantai belum dicor, dan sekarang ditumbuhi rumput. Katanya kontraktornya sudah diputus kontrak. Kami ingin tahu apakah gedung ini akan dilanjutkan dan kapan, jangan sampai mangkrak dan jadi sarang nyamuk.",
    ),
    _E(
        "web",
        "adpem",
        "Di desa kami, Muara Muntai Ilir, tahun ini ada dua kegiatan sekaligus: bantuan perusahaan sawit untuk perbaikan titian kayu, dan pembangunan jembatan ulin dari APBD kabupaten. Yang dari perusahaan sudah selesai, tidak ada masalah. Yang dari kabupaten ini yang belum jelas. Tiang-tiangnya sudah dipasang sejak Agustus tapi lantai jembatan belum ada, dan pekerja sudah pulang. Mohon informasi progres pembangunan jembatan ini dan kapan targetnya rampung, karena warga sudah tanya terus ke kami di desa.",
    ),
    _E(
        "sms",
        "adpem",
        "Proyek jln poros Sebulu-Muara Kaman sdh 2 bln tdk ada pekerja, alat berat ditinggal. Soal debu batubara sdh kami lapor ke DLH. Mohon proyek jalannya dicek. Rudi, Sebulu",
    ),
    _E(
        "sms",
        "adpem",
        "Pak, paving blok di halaman puskesmas Anggana yg baru dipasang bln lalu sdh amblas & bergelombang. Mohon dicek kualitas pekerjaannya.",
    ),
    _E(
        "telegram",
        "adpem",
        "Selamat siang. Kemarin sy sempat kesulitan login LPSE, tp itu lain hal, sdh teratasi. Sy mau lapor aspal jalan lingkar Tenggarong Seberang dekat Bukit Pariaman yg baru selesai dikerjakan. Tipis bgt, diinjak aja udah rontok, sebulan udah berlubang. Ini pengawasnya gimana pak? Tolong dicek hasil kerjanya",
    ),
    _E(
        "telegram",
        "adpem",
        "Pak, sy perangkat desa di Tabang. Honor kami sdh cair, bukan itu yg mau sy sampaikan. Pembangunan GOR mini di kecamatan Tabang sdh 2 tahun terbengkalai, tiang berdiri tanpa atap, besinya mulai berkarat. Kapan dilanjut? Anak2 muda di sini nunggu tempat olahraga",
    ),
    _E(
        "twitter",
        "adpem",
        "Jalan Samboja-Sei Merdeka yg proyeknya dari 2023 sampe skrg blm kelar, separo cor separo lumpur. Bukan mau protes soal pajak kendaraan ya, cuma minta proyeknya dituntasin @pemkabkukar",
    ),
]

_PBJ = [
    _E(
        "email",
        "pbj",
        "Nomor: 017/CV-BMK/XI/2024\nLampiran: 1 (satu) berkas\nPerihal: Sanggahan atas hasil pemilihan\n\nYth. Kelompok Kerja Pemilihan\nPaket Peningkatan Jalan Desa Bukit Raya, Kec. Tenggarong Seberang\ndi Tenggarong\n\nDengan hormat,\nKami CV Bina Mahakam Karya, peserta pada paket tersebut di atas. Perlu kami sampaikan terlebih dahulu bahwa tagihan kami atas pekerjaan tahun lalu sudah dibayar lunas dan tidak ada persoalan, dan kami juga tidak mempersoalkan mutu pekerjaan rekanan lain di lapangan.\n\nKami keberatan atas hasil evaluasi yang menggugurkan penawaran kami dengan alasan tenaga ahli tidak memiliki SKK yang sesuai. Dokumen SKK Ahli Muda Teknik Jalan atas nama tenaga ahli kami masih berlaku sampai 2026 dan sudah kami unggah di aplikasi. Selain itu harga penawaran kami adalah yang terendah dan wajar.\n\nSehubungan dengan itu kami mohon Pokja meninjau ulang hasil evaluasi dan menjawab sanggahan ini sesuai jadwal yang tercantum di SPSE. Bukti pendukung kami lampirkan.\n\nDemikian sanggahan ini kami sampaikan.\n\nHormat kami,\nCV Bina Mahakam Karya\nH. Syahrir Ali\nDirektur",
    ),
    _E(
        "email",
        "pbj",
        "Selamat pagi Bapak/Ibu,\n\nSaya pemilik usaha konveksi kecil di Loa Janan. Tahun lalu saya ikut pelatihan UMKM yang diadakan pemkab dan sempat juga dapat bantuan mesin jahit dari program CSR salah satu perusahaan. Alhamdulillah usaha sudah jalan dan sudah punya NIB.\n\nSekarang saya ingin menawarkan produk seragam dan batik ke instansi pemerintah. Kata teman, caranya harus masuk katalog elektronik lokal Kukar. Saya mau tanya bagaimana prosedur pendaftarannya, dokumen apa saja yang harus disiapkan, dan apakah ada pendampingan untuk pelaku usaha kecil seperti kami. Saya sudah coba buka situsnya tapi bingung mulai dari mana.\n\nMohon petunjuknya.\n\nTerima kasih,\nNurlaila\nKonveksi Laila Jaya, Loa Janan",
    ),
    _E(
        "email",
        "pbj",
        "Yth. Helpdesk,\n\nMohon maaf saya kirim lagi karena belum ada tindak lanjut. Akun penyedia kami masih terkunci sehingga kami tidak bisa mendaftar paket rehabilitasi gedung yang ditutup hari Jumat. Untuk tagihan kami yang terlambat dibayar oleh Setda, itu sudah kami surati terpisah ke bagian keuangan, jadi mohon email ini jangan dicampur dengan urusan itu.\n\nMohon akun kami dibuka kembali atau diverifikasi ulang secepatnya.\n\nSalam,\nAgus Salim\nPT Tepian Konstruksi Mandiri\n\n-----Original Message-----\nFrom: Agus Salim\nSent: Senin, 4 November 2024 09.12\nTo: Helpdesk LPSE\nSubject: Akun penyedia terkunci\n\nSelamat pagi, akun kami terkunci setelah tiga kali salah memasukkan kata sandi. Email reset tidak masuk ke kotak masuk maupun spam. Mohon bantuannya.",
    ),
    _E(
        "email",
        "pbj",
        "Kepada Yth.\nBapak Bupati Kukar\ndi Tenggarong\n\nPerihal: Aspirasi pengusaha jasa konstruksi Kukar\n\nDengan hormat,\nKami pengurus asosiasi jasa konstruksi tingkat kabupaten menyampaikan terima kasih atas kehadiran Bapak pada acara musyawarah cabang kami bulan lalu. Kami juga mencatat bahwa pembayaran termin akhir kepada rekanan tahun ini sudah jauh lebih tertib dibanding tahun lalu, dan keluhan kami soal jalan rusak di Loa Janan sudah kami sampaikan langsung ke dinas teknis.\n\nNamun ada satu hal yang mendesak dan menjadi keluhan banyak anggota: pengumuman paket tender tahun anggaran 2025 sampai saat ini belum juga tayang, padahal sudah memasuki bulan Maret. Tahun lalu banyak paket baru diumumkan menjelang pertengahan tahun sehingga waktu pelaksanaan sempit. Kami mohon agar rencana umum pengadaan dan jadwal pelelangan tahun ini diumumkan secara terbuka dan lebih awal.\n\nDemikian aspirasi ini kami sampaikan.\n\nHormat kami,\nKetua\nIr. Bambang Sutrisno",
    ),
    _E(
        "email",
        "pbj",
        "Yth. Pokja Pemilihan,\n\nPada paket Pengadaan Meubelair Sekolah yang sedang berjalan di SPSE, di aanwijzing kemarin disampaikan akan ada adendum dokumen pemilihan terkait spesifikasi kursi siswa. Sampai sore ini adendumnya belum diunggah, padahal batas akhir pemasukan penawaran besok jam 14.00. Mohon adendum segera diunggah atau jadwal pemasukan disesuaikan supaya semua peserta punya waktu yang cukup. Kami khawatir kalau spesifikasi baru diumumkan mepet, penawaran harga yang kami susun berdasarkan spesifikasi lama menjadi tidak sesuai dan bisa digugurkan pada tahap evaluasi teknis. Beberapa peserta lain yang kami temui saat aanwijzing juga menanyakan hal yang sama di forum tanya jawab aplikasi, namun belum ada jawaban dari Pokja.\n\nAtas perhatiannya kami ucapkan terima kasih.\n\nHormat kami,\nRina Widya\nDirektur\nCV Kayu Ulin Lestari",
    ),
    _E(
        "whatsapp",
        "pbj",
        "Sore pak. Sy dari usaha katering di Tenggarong. Ini bukan soal pembayaran ya pak, pembayaran bulan lalu aman. Sy mau tanya produk nasi kotak kami yg sdh diajukan ke katalog lokal kok statusnya masih menunggu verifikasi terus, sdh hampir 1 bln. Kami jd gak bisa dipesan lewat e-purchasing. Itu prosesnya berapa lama ya pak?",
    ),
    _E(
        "whatsapp",
        "pbj",
        "Pak sy kontraktor kecil dr Muara Badak. Jln di kampung kami rusak itu urusan lain, nanti sy lapor ke PU. Sy cuma mau tanya, paket rehab kantor desa yg kami ikuti kemarin tiba2 dibatalkan di aplikasi tanpa keterangan. Kami sdh keluar biaya jaminan penawaran dan dokumen. Alasan pembatalannya apa ya pak? Apa akan ditender ulang?",
    ),
    _E(
        "whatsapp",
        "pbj",
        "Pak mau tanya, sy lupa password akun SPSE perusahaan, email lama jg sdh gak aktif krn admin kantor yg dulu sdh keluar. Gimana caranya ganti email & reset akun? Hrs datang langsung ke kantor bawa akta & KTP direktur atau bisa online? Minggu depan ada paket yg mau kami ikuti",
    ),
    _E(
        "web",
        "pbj",
        "Tahun lalu proyek gedung serbaguna di desa kami ditinggal kontraktornya dan sampai sekarang tidak selesai, itu sudah banyak yang lapor. Sekarang paket lanjutannya dilelang lagi dan yang menang ternyata perusahaan yang direkturnya masih keluarga kontraktor lama, alamat kantornya sama. Kami tidak menuduh, tapi warga curiga. Mohon hasil evaluasi tender paket ini dibuka dan dijelaskan kenapa perusahaan itu lolos kualifikasi, padahal menurut kami riwayat pekerjaannya buruk.",
    ),
    _E(
        "web",
        "pbj",
        "Kami pengurus BUMDes Karya Bersama di Kec. Marang Kayu. Selain mengelola unit simpan pinjam, kami punya unit usaha penyediaan material pasir dan batu. Beberapa kontraktor menyarankan kami mendaftar sebagai penyedia di LPSE supaya bisa ikut pengadaan langsung. Apakah BUMDes bisa didaftarkan sebagai penyedia? Syarat dan alurnya seperti apa? Terima kasih.",
    ),
    _E(
        "sms",
        "pbj",
        "Pak, server LPSE Kukar error sejak pagi, tdk bisa upload penawaran paket RSUD. Batas jam 15.00 hari ini. Tolong diperpanjang atau dicek. Trims",
    ),
    _E(
        "sms",
        "pbj",
        "Sy penyedia dr Loa Janan. Tagihan kami sdh dibayar, trm ksh. Cuma mau tanya kapan jadwal lelang paket pengadaan komputer sekolah thn ini diumumkan?",
    ),
    _E(
        "telegram",
        "pbj",
        "Selamat malam. Sponsor kami utk Festival Erau sdh kami serahkan ke panitia, jd itu tdk perlu dibahas. Sy mau tanya, sanggahan kami atas paket pengadaan alat kesehatan sdh dikirim lewat SPSE tgl 12, tp sampai batas waktu blm ada jawaban dr Pokja. Apa boleh langsung sanggah banding?",
    ),
    _E(
        "telegram",
        "pbj",
        "Pak, soal SPJ kegiatan bulan lalu nanti sy urus sendiri. Yg mau sy tanyakan, utk belanja laptop via e-katalog yg nilainya di atas 200 jt, apa wajib mini kompetisi atau boleh negosiasi langsung dgn satu penyedia? Sy pejabat pengadaan baru di salah satu kecamatan",
    ),
    _E(
        "twitter",
        "pbj",
        "LPSE Kukar down lagi pas hari terakhir upload penawaran. Ini bukan soal jalan rusak atau proyek mangkrak, ini soal sistem tendernya yg tiap deadline error. Mohon diperpanjang jadwalnya min",
    ),
]

_ORGANISASI = [
    _E(
        "email",
        "organisasi",
        'Kepada Yth.\nBupati Kutai Kartanegara\ndi Tenggarong\n\nDengan hormat,\nSaya warga Desa Bukit Pariaman, Kec. Tenggarong Seberang. Pertama saya ucapkan terima kasih karena jalan poros desa kami sudah diaspal tahun ini. Kedua, pertanyaan saya tentang beasiswa untuk mahasiswa dari keluarga tidak mampu sudah dijawab oleh petugas, jadi tidak perlu ditindaklanjuti lagi.\n\nYang ingin saya laporkan adalah kejadian waktu saya mengurus surat keterangan ahli waris di kantor kecamatan minggu lalu. Di loket saya diminta membayar Rp300.000 dengan alasan "biaya administrasi", tanpa kuitansi dan tanpa ada papan tarif. Ketika saya tanya dasar aturannya, petugas hanya bilang memang sudah biasa begitu. Tetangga saya juga mengalami hal yang sama.\n\nSaya mohon pungutan seperti ini ditertibkan dan diperiksa, karena setahu saya layanan tersebut gratis. Nama petugas dan waktu kejadian bisa saya sampaikan bila diperlukan.\n\nDemikian, terima kasih.\n\nHormat saya,\nMuhammad Ridwan',
    ),
    _E(
        "email",
        "organisasi",
        "Yth. Bapak/Ibu di Sekretariat Daerah,\n\nKami dari Subbagian Umum dan Kepegawaian salah satu dinas di lingkungan Pemkab Kukar. Untuk laporan pertanggungjawaban keuangan triwulan kemarin sudah kami selesaikan, dan untuk tampilan website dinas juga sedang kami benahi sendiri, jadi dua hal itu tidak perlu dibantu.\n\nKami ingin bertanya tentang pelaksanaan Survei Kepuasan Masyarakat tahun ini. Apakah kuesioner tetap memakai sembilan unsur seperti tahun lalu? Bagaimana cara menghitung nilai indeks jika sebagian responden mengisi secara daring dan sebagian di kertas? Kami juga belum menerima format laporan hasil SKM yang harus dikirim ke Setda, dan batas waktunya kapan.\n\nMohon penjelasan dan formatnya dapat dikirim melalui email ini.\n\nTerima kasih.\n\nSalam,\nDewi Kartika\nKasubbag Umum dan Kepegawaian",
    ),
    _E(
        "email",
        "organisasi",
        'Perihal: Permohonan izin yang tidak kunjung selesai\n\nYth. Pemerintah Kabupaten Kutai Kartanegara,\n\nKami adalah usaha bengkel dan cuci kendaraan di Tenggarong Seberang. Surat ini tidak terkait dengan rencana perusahaan tambang di sekitar lokasi kami maupun program CSR yang sedang mereka sosialisasikan; itu kami tanggapi sendiri di forum desa.\n\nPermohonan izin kami di mal pelayanan publik sudah kami ajukan sejak 3 Juni. Di standar pelayanan yang dipajang di dinding tertulis waktu penyelesaian 14 hari kerja. Sampai hari ini, tiga bulan kemudian, berkas kami masih berstatus "dalam proses" dan setiap kali kami datang jawabannya hanya "tunggu tanda tangan". Tidak ada penjelasan kekurangan berkas, tidak ada nomor pengaduan.\n\nKami mohon agar pelayanan tersebut dievaluasi dan standar pelayanan yang sudah diumumkan benar-benar ditepati.\n\nHormat kami,\nBambang Hermanto\nBengkel Maju Motor',
    ),
    _E(
        "email",
        "organisasi",
        "---------- Forwarded message ---------\nDari: Siti Aminah\nTanggal: Rab, 9 Okt 2024\nSubjek: Fwd: KTP elektronik belum jadi\n\nYth. Admin,\nSaya teruskan email ini karena balasan dari kantor yang bersangkutan hanya menyuruh saya menunggu. Kepala desa kami sudah membantu memberi surat pengantar, jadi bukan masalah di desa. KTP-el saya sudah direkam sejak awal Agustus di Muara Kaman, sampai sekarang belum dicetak. Di brosur ditulis selesai paling lama 14 hari. Saya sudah tiga kali bolak-balik naik ces, sekali jalan habis Rp150 ribu.\n\nMohon dijelaskan sebenarnya berapa lama standar pelayanannya, dan kalau blangko memang kosong tolong diumumkan terbuka supaya warga tidak bolak-balik.\n\nSalam,\nSiti Aminah\n\n> Ibu Siti, saat ini masih dalam antrean cetak. Mohon ditunggu. Terima kasih.",
    ),
    _E(
        "email",
        "organisasi",
        "Yth. Bapak/Ibu,\n\nSaya sering mengantar orang tua berobat ke puskesmas di kecamatan kami. Di loket pendaftaran tidak ada informasi standar pelayanan: tidak ada jam layanan, alur, biaya, maupun nomor pengaduan. Antrean tidak jelas, siapa yang kenal petugas dilayani duluan. Kotak saran juga tidak ada. Minggu lalu ayah saya yang sudah 72 tahun menunggu hampir tiga jam hanya untuk mendaftar, sementara beberapa orang yang datang belakangan langsung dipanggil. Ketika saya tanya ke petugas alurnya seperti apa, jawabannya ketus dan saya disuruh menunggu saja. Saya tidak menyalahkan dokter atau perawat di dalam, karena pelayanan medisnya sendiri baik. Mohon puskesmas diminta memasang standar pelayanan dan menyediakan sarana pengaduan sebagaimana mestinya.\n\nTerima kasih,\nYusuf\nSanga-Sanga",
    ),
    _E(
        "whatsapp",
        "organisasi",
        "Pak sy sopir angkutan di Loa Janan. Elpiji langka di sini sdh biasa pak, bukan itu yg mau sy laporkan. Waktu uji KIR kemarin di loket dishub sy dimintai uang 150rb di luar retribusi resmi, katanya biar cepet dan gak ribet. Gak ada kuitansinya. Banyak sopir lain jg gitu. Tolong ditertibkan pak",
    ),
    _E(
        "whatsapp",
        "organisasi",
        "Pak mau lapor, sy urus akta kelahiran anak di kantor dukcapil Tenggarong sdh 3 minggu blm jadi. Tiap ditanya petugasnya jawab beda2, kadang katanya sistem error, kadang katanya pejabatnya dinas luar. Sy kerja harian, tiap kali datang hrs izin & gak dibayar. Sebenarnya berapa hari sih standarnya? Kok gak ada yg bisa kasih kepastian",
    ),
    _E(
        "whatsapp",
        "organisasi",
        'Pian, maaf ulun mau bepadah. Pilkades di desa ulun sdh lewat, bantuan langgar jua sdh dapat, itu kada masalah lagi. Nang handak ulun laporkan, waktu bayar PBB di loket bapenda ulun diminta tambahan 50rb utk "biaya cetak". Kada ada kuitansinya. Itu resmi kah kada? Kalo kada resmi tolong ditindak',
    ),
    _E(
        "web",
        "organisasi",
        "Saya sudah melapor soal jalan berlubang ke dinas PU dan soal tender yang janggal ke LPSE sejak dua bulan lalu. Keduanya belum dijawab. Waktu saya tanya ke dinas, saya disuruh ke kecamatan; di kecamatan disuruh ke Setda; di Setda disuruh kembali ke dinas. Saya tidak tahu lagi harus ke mana. Pertanyaan saya sederhana: siapa sebenarnya yang wajib menindaklanjuti pengaduan warga, dan kenapa tidak ada yang memberi nomor tiket atau kabar perkembangan? Mohon sistem penanganan pengaduan ini dibenahi.",
    ),
    _E(
        "web",
        "organisasi",
        "Saya mahasiswa tingkat akhir di Samarinda yang sedang menulis skripsi tentang reformasi birokrasi di Kukar. Jangan disamakan dengan program kerja sama kampus kami dengan pemkab, penelitian saya mandiri. Saya butuh data hasil Survei Kepuasan Masyarakat perangkat daerah Kukar tiga tahun terakhir. Di website belum ada yang terbit. Apakah data ini terbuka untuk umum dan bagaimana cara memintanya?",
    ),
    _E(
        "sms",
        "organisasi",
        "Di loket Disdukcapil Tenggarong sy diminta 50rb biar KK cepat jadi. Apa itu resmi? Kalau tdk mohon ditindak. Sy ada nama petugasnya.",
    ),
    _E(
        "sms",
        "organisasi",
        "Soal beasiswa anak sdh beres trm ksh. Skrg sy mau lapor pelayanan izin usaha di MPP Tenggarong lambat, 2 bln blm ada kabar, petugas tdk bisa jelaskan.",
    ),
    _E(
        "telegram",
        "organisasi",
        "Pagi pak. Honor kader posyandu kami sdh cair, bukan itu yg mau sy sampaikan. Di papan depan kantor dinas sosial tertulis layanan buka jam 08.00. Sy datang jam 9 kantor msh kosong, loket tutup, petugas baru datang jam 10. Ini sdh 3x sy alami. Mohon dievaluasi pak disiplin pelayanannya",
    ),
    _E(
        "telegram",
        "organisasi",
        "Selamat siang, sy staf di salah satu dinas. Bukan soal Perbupnya yg mau sy tanyakan, itu sdh ditangani hukum. Kami diminta menyusun ulang standar pelayanan & maklumat pelayanan tahun ini. Apa ada template terbaru dan bisa dibantu pendampingan penyusunannya?",
    ),
    _E(
        "twitter",
        "organisasi",
        "Urus PBG di Kukar udah 4 bulan gak kelar, tiap ditanya cuma disuruh nunggu. Bukan mau protes soal retribusinya, tapi standar pelayanannya mana? Katanya 28 hari kerja. Tolong dibenahi @pemkabkukar",
    ),
]

_UMUM = [
    _E(
        "email",
        "umum",
        "Nomor: 045/PW-IPM/X/2024\nPerihal: Permohonan peminjaman ruang rapat\n\nYth. Sekretaris Daerah Kabupaten Kutai Kartanegara\ndi Tenggarong\n\nDengan hormat,\nSehubungan dengan rencana kegiatan Seminar Kepemudaan Kukar yang akan kami selenggarakan pada Sabtu, 16 November 2024, bersama ini kami sampaikan beberapa hal. Undangan kepada Bapak Bupati untuk membuka acara sudah kami kirim dengan surat tersendiri ke bagian protokol. Dana kegiatan berasal dari iuran anggota dan sponsor, kami tidak mengajukan hibah untuk kegiatan ini.\n\nAdapun melalui surat ini kami mohon izin meminjam Ruang Serbaguna di Kantor Bupati Kutai Kartanegara pada tanggal tersebut pukul 08.00 s.d. 13.00 WITA untuk sekitar 150 peserta, termasuk penggunaan pengeras suara yang tersedia di ruangan. Kami siap mengikuti ketentuan peminjaman yang berlaku dan menjaga kebersihan ruangan.\n\nDemikian permohonan ini, atas perhatian dan izinnya kami ucapkan terima kasih.\n\nHormat kami,\nKetua Panitia\nAndi Firmansyah",
    ),
    _E(
        "email",
        "umum",
        "Yth. Bapak/Ibu pengelola surat di Kantor Bupati Kukar,\n\nPada tanggal 2 September 2024 kami mengantar surat dari Pemerintah Desa Sungai Meriam yang ditujukan kepada Bapak Bupati. Isi surat tersebut menyangkut dua hal: patok batas dengan desa tetangga yang bergeser, dan usulan agar dana CSR perusahaan di wilayah kami dibagi lebih merata. Dua hal itu tentu nanti ditangani pihak yang berwenang.\n\nYang kami tanyakan hanya soal suratnya: sudah tiga minggu kami belum menerima kabar apakah surat itu sudah diterima, dicatat nomor agendanya, dan didisposisikan ke mana. Waktu mengantar kami hanya diberi paraf di buku ekspedisi tanpa tanda terima.\n\nMohon dibantu dicek status surat kami.\n\nTerima kasih.\nSalam,\nSekretaris Desa Sungai Meriam\nIrwan Saputra",
    ),
    _E(
        "email",
        "umum",
        "Yth. Admin,\n\nSaya teruskan laporan ini karena belum ada jawaban.\n\n----- Original Message -----\nFrom: Yohanes Lawing\nTo: pengaduan\nSubject: Mobil dinas dipakai keperluan pribadi\n\nSelamat sore. Saya tidak sedang mengeluhkan jalan rusak di Tenggarong atau soal lain. Hari Minggu kemarin saya melihat mobil dinas pelat merah berlogo Pemkab yang biasa terparkir di Kantor Bupati dipakai mengangkut keluarga dan barang belanjaan ke pantai di Samboja, lengkap dengan kursi lipat dan tikar. Foto dan nomor polisinya saya lampirkan. Mohon kendaraan dinas ini ditertibkan penggunaannya dan pemegangnya diingatkan.\n\nHormat saya,\nYohanes Lawing",
    ),
    _E(
        "email",
        "umum",
        "Yth. Pengelola Gedung Kantor Bupati,\n\nKami dari salah satu bagian di lantai 2 gedung utama. Terlebih dulu kami sampaikan bahwa keterlambatan TPP bulan ini adalah hal lain dan sudah kami tanyakan ke pihak terkait, jadi email ini khusus tentang kondisi ruangan.\n\nSudah dua minggu AC di ruang rapat kecil lantai 2 mati total, dan toilet pria di ujung lorong airnya tidak mengalir sehingga berbau. Ruangan itu sering kami pakai menerima tamu dari kecamatan dan perusahaan, kondisinya cukup memalukan. Kami sudah dua kali melapor lewat telepon ke petugas teknis, tetapi belum ada yang datang.\n\nMohon segera diperbaiki.\n\nTerima kasih.\nSalam,\nRatna Sari",
    ),
    _E(
        "email",
        "umum",
        "Selamat pagi,\n\nKemarin siang saya datang ke Kantor Bupati untuk mengurus keperluan di salah satu ruangan. Motor saya parkir di area parkir samping gedung. Saat kembali sekitar jam 12, helm saya dan jas hujan di jok sudah hilang. Petugas jaga bilang CCTV di area itu sudah lama tidak berfungsi. Yang saya sayangkan, pos jaga di dekat parkiran itu kosong selama saya di dalam, dan tidak ada petugas yang berkeliling. Kantor Bupati semestinya menjadi tempat yang paling aman di Tenggarong, apalagi banyak warga dari kecamatan jauh yang datang dan memarkir kendaraan berjam-jam. Mohon keamanan parkiran diperketat dan CCTV diperbaiki, karena menurut petugas tadi kejadian seperti ini bukan yang pertama.\n\nTerima kasih,\nHendra\nWarga Tenggarong",
    ),
    _E(
        "whatsapp",
        "umum",
        "Pak, kami rombongan kelompok tani dr Kenohan td pagi datang utk audiensi, itu sdh dijadwalkan & sdh selesai, trm ksh. Cuma ini pak, parkiran kantor bupati penuh, kami disuruh parkir di bahu jalan, mobil kami kena tilang. Mohon ke depannya ada pengaturan parkir utk tamu",
    ),
    _E(
        "whatsapp",
        "umum",
        "Assalamualaikum. Sampah di belakang gedung kantor bupati dekat mushola numpuk sdh bbrp hari, kantong2nya sobek diacak kucing, bau sampai ke tempat wudhu. Tadi siang jamaah zuhur banyak yg ngeluh. Petugas kebersihannya kayaknya jarang lewat situ. Mohon dibersihkan pak & dijadwalkan rutin",
    ),
    _E(
        "whatsapp",
        "umum",
        "Pian, ulun kurir dari Sebulu. Ulun bawa surat undangan utk Pak Bupati dari panitia acara desa, soal beliau hadir atau kada biar protokol nang atur. Tadi di pos satpam ulun disuruh ke sana-sini, kada jelas. Ulun cuma handak tahu surat masuk utk Bupati itu diterima di loket mana, jam berapa tutupnya?",
    ),
    _E(
        "web",
        "umum",
        "Kami komunitas senam lansia Tenggarong. Festival Erau kemarin sangat meriah dan kami ikut tampil, terima kasih. Untuk kegiatan rutin setiap Minggu pagi, kami ingin menanyakan apakah boleh meminjam halaman depan Kantor Bupati untuk senam bersama selama 1 jam. Bagaimana prosedurnya, surat ditujukan kepada siapa, dan apakah ada biayanya?",
    ),
    _E(
        "web",
        "umum",
        "Tanggal 14 kemarin mobil saya yang terparkir di depan ruko dekat Jl. Wolter Monginsidi ditabrak mundur oleh mobil dinas berpelat merah yang keluar dari area Kantor Bupati. Sopirnya mengaku mobil itu kendaraan operasional Setda dan berjanji mengganti, tetapi sampai sekarang tidak bisa dihubungi. Saya tidak menuntut apa-apa selain perbaikan bumper. Mohon pengelola kendaraan dinas menindaklanjuti.",
    ),
    _E(
        "sms",
        "umum",
        "Lampu penerangan di parkiran kantor bupati Tenggarong mati semua, malam gelap bgt, rawan. Mohon diperbaiki. Trims",
    ),
    _E(
        "sms",
        "umum",
        "Surat permohonan bantuan masjid kami sdh diantar 10/3 ke kantor bupati tp tdk dpt tanda terima. Bukan tanya bantuannya, cuma mohon dicek no agenda suratnya.",
    ),
    _E(
        "telegram",
        "umum",
        "Selamat pagi. Klaim SPPD sy bulan lalu sdh beres, jd bukan itu. Sy mau lapor atap ruang rapat di gedung kantor bupati lantai 3 bocor, td waktu rapat air netes ke meja & kena berkas. Tolong diperbaiki sblm musim hujan makin parah",
    ),
    _E(
        "telegram",
        "umum",
        "Pak, jadwal audiensi kami yg diundur sdh kami terima, itu tdk masalah. Yg jd masalah gerbang samping kantor bupati sekarang dikunci jam 14.00, padahal banyak tamu & pegawai yg parkir di dalam. Kemarin mobil sy tertahan sampai satpam datang jam 4. Mohon diatur lagi jam buka gerbangnya",
    ),
    _E(
        "twitter",
        "umum",
        "Mobil plat merah yg biasa parkir di kantor bupati Kukar nongkrong di mall Samarinda hari Minggu, isinya keluarga belanja. Bukan mau ngomongin anggaran, cuma minta kendaraan dinas ditertibkan",
    ),
]

_PROKOM = [
    _E(
        "email",
        "prokom",
        "Kepada Yth.\nBapak Bupati Kabupaten Kutai Kartanegara\ndi Tenggarong\n\nPerihal: Permohonan audiensi\n\nDengan hormat,\nKami Gabungan Kelompok Tani Sepakat Maju, Desa Rempanga, Kec. Loa Kulu, beranggotakan 12 kelompok tani. Selama dua tahun terakhir anggota kami menghadapi beberapa persoalan: bantuan hand traktor yang dijanjikan belum turun, sebagian lahan sawah tergenang air dari bekas galian tambang, dan harga pupuk di kios sering di atas HET. Masing-masing persoalan itu sudah kami sampaikan ke dinas terkait.\n\nNamun kami merasa perlu menyampaikan langsung kepada Bapak, sehingga melalui surat ini kami mohon kesediaan Bapak Bupati menerima audiensi perwakilan kami sebanyak 10 orang pada waktu yang Bapak tentukan, sebaiknya pada bulan Desember sebelum musim tanam.\n\nDemikian permohonan ini kami sampaikan. Atas perhatian Bapak kami ucapkan terima kasih.\n\nHormat kami,\nKetua Gapoktan Sepakat Maju\nSarbini\nHP 0812-5xxx-xxxx",
    ),
    _E(
        "email",
        "prokom",
        "Yth. Bapak Bupati Kukar\nmelalui Bagian Protokol\n\nPerihal: Undangan pembukaan Festival Kampung Danau Semayang\n\nDengan hormat,\nKami panitia Festival Kampung Danau Semayang di Kec. Kenohan. Festival tahun ini didukung dana tanggung jawab sosial dua perusahaan perkebunan dan swadaya warga, serta lomba perahu yang sudah berjalan sejak 2019.\n\nKami mengundang Bapak Bupati untuk berkenan membuka secara resmi festival tersebut pada:\nHari/tanggal: Sabtu, 7 Desember 2024\nPukul: 09.00 WITA\nTempat: Dermaga Desa Semayang\n\nMengingat perjalanan ke lokasi menggunakan speedboat dari Kota Bangun, kami mohon konfirmasi kehadiran paling lambat satu minggu sebelum acara agar susunan acara dan penjemputan dapat kami siapkan.\n\nHormat kami,\nKetua Panitia\nJumadi",
    ),
    _E(
        "email",
        "prokom",
        "Yth. Humas dan Protokol Pemkab Kukar,\n\nSaya Lestari, jurnalis televisi lokal. Dua minggu lalu terjadi lagi anak tenggelam di kolam bekas tambang di Tenggarong Seberang. Kami sudah mengonfirmasi ke dinas lingkungan hidup dan ke perusahaan, dan keduanya sudah memberikan keterangan. Kami juga tidak sedang meminta data anggaran reklamasi.\n\nKami memohon kesempatan wawancara atau pernyataan resmi dari Bapak Bupati atau juru bicara pemerintah daerah mengenai sikap pemkab atas kejadian ini, untuk tayangan berita hari Kamis. Jika wawancara langsung tidak memungkinkan, pernyataan tertulis pun sangat membantu.\n\nAtas bantuan Bapak/Ibu kami ucapkan terima kasih.\n\nSalam,\nLestari\nReporter",
    ),
    _E(
        "email",
        "prokom",
        "Yth. Bapak/Ibu Protokol,\n\nTerima kasih atas pemberitahuannya. Kami memahami Bapak Bupati berhalangan pada tanggal yang sudah dijadwalkan. Kami mohon dapat dijadwalkan ulang pertemuan kami dengan Bapak Bupati, pada minggu pertama atau kedua bulan depan, hari apa saja. Bahan paparan tentang program sekolah rakyat di Muara Wis sudah kami siapkan, dan kami tidak mengajukan permohonan dana apa pun dalam pertemuan itu.\n\nMohon kabar jadwal penggantinya.\n\nHormat kami,\nYayasan Pendidikan Tepian Mahakam\n\n> Yth. Bapak/Ibu,\n> Dengan menyesal kami sampaikan Bapak Bupati berhalangan menerima audiensi\n> pada Selasa, 15 Oktober 2024 karena ada agenda mendadak di Samarinda.\n> Salam, Protokol",
    ),
    _E(
        "email",
        "prokom",
        "Selamat siang,\n\nDi akun Instagram resmi Pemkab Kukar kemarin diunggah poster bahwa pasar murah di Kecamatan Sebulu diadakan tanggal 20, padahal menurut pengumuman kecamatan tanggal 22. Warga banyak yang bingung dan sudah ada yang datang sia-sia. Di kolom komentar juga sudah banyak yang bertanya, tetapi belum ada jawaban dari admin. Akun resmi pemerintah biasanya jadi rujukan utama warga dan dibagikan ulang ke grup-grup WhatsApp desa, jadi kesalahan kecil seperti tanggal bisa berakibat banyak orang kecewa. Mohon unggahan itu diralat secepatnya dan diberi keterangan koreksi, serta kalau bisa diumumkan juga lewat story supaya cepat tersebar.\n\nTerima kasih,\nFajar, Sebulu",
    ),
    _E(
        "whatsapp",
        "prokom",
        "Assalamualaikum pak. Sy guru SMPN 2 Sanga-Sanga. Soal gedung sekolah kami yg retak sdh kami laporkan ke dinas, jd itu jgn dipikir dulu. Tgl 25 nanti sekolah kami ulang tahun ke-40, kami mau mengundang Pak Bupati hadir & beri sambutan. Suratnya dikirim ke mana ya pak dan kira2 bisa dikonfirmasi kapan?",
    ),
    _E(
        "whatsapp",
        "prokom",
        "Pak, kami pengurus karang taruna Desa Loa Duri Ilir mau minta waktu ketemu Pak Bupati, kira2 30 menit, utk menyampaikan program kepemudaan desa & silaturahmi pengurus baru. Prosedurnya gimana ya, suratnya ditujukan ke siapa, dan biasanya berapa lama baru dapat jadwal? Kami bisa datang kapan saja",
    ),
    _E(
        "whatsapp",
        "prokom",
        "Min, sy kemarin komen di IG Bupati soal jalan rusak di Muara Badak. Tapi bukan jalannya yg mau sy tanyakan skrg. Komentar sy dihapus & akun sy diblokir, padahal bahasanya sopan. Tolong dibuka lagi blokirnya, akun resmi pimpinan kan utk menampung aspirasi warga juga",
    ),
    _E(
        "web",
        "prokom",
        'Kami BEM salah satu perguruan tinggi di Tenggarong. Permohonan ini tidak terkait dengan nota kesepahaman kampus kami dengan pemkab yang sedang diproses. Kami akan menggelar seminar nasional "Kukar Menuju Ekonomi Hijau" pada 30 November dan mohon Bapak Bupati berkenan menjadi pembicara kunci (keynote speech) selama 30 menit. Mohon informasi prosedur pengajuan dan apakah ada format TOR yang harus kami isi.',
    ),
    _E(
        "web",
        "prokom",
        "Kami dari media cetak mingguan di Tenggarong. Tagihan advertorial tahun lalu sudah dibayar, terima kasih, jadi ini bukan soal itu. Kami ingin mendaftarkan dua wartawan untuk meliput upacara dan rangkaian acara HUT Kota Tenggarong tanggal 28 September. Bagaimana cara mendapatkan kartu liputan (ID pers) dan sampai kapan pendaftarannya?",
    ),
    _E(
        "sms",
        "prokom",
        "Yth. Bpk, mohon info apakah Bupati bisa hadir di pelantikan pengurus KNPI Kec. Sebulu tgl 20 ini? Undangan sdh kami antar minggu lalu. Trm ksh",
    ),
    _E(
        "sms",
        "prokom",
        "Soal dana hibah sdh kami urus ke bagian lain. Kami cuma minta waktu bertemu Pak Bupati 15 menit utk menyerahkan hasil musyawarah adat Kutai. Kapan bisa?",
    ),
    _E(
        "telegram",
        "prokom",
        "Selamat sore pak. Ini bukan urusan lelang atau pengadaan. Kami panitia Halal bihalal paguyuban Jawa di Samboja. Krn Pak Bupati berhalangan hadir, apakah bisa kami minta sambutan tertulis beliau utk dibacakan perwakilan? Acaranya hari Minggu",
    ),
    _E(
        "telegram",
        "prokom",
        "Pak sy ketua LVRI ranting Muara Jawa. Tunjangan veteran sdh ada yg urus, bukan itu. Kami ingin beberapa veteran sepuh dapat undangan upacara HUT RI di Tenggarong tahun ini & tempat duduk khusus. Bisa dibantu diatur pak?",
    ),
    _E(
        "twitter",
        "prokom",
        "Min, video lengkap sambutan Pak Bupati di pembukaan Erau kemarin kok gak ada di YouTube resmi pemkab? Bukan mau protes soal acaranya, cuma pengen nonton ulang. Tolong diunggah ya",
    ),
]

_PERENCANAAN_KEUANGAN = [
    _E(
        "email",
        "perencanaan_keuangan",
        "Yth. Bapak/Ibu di Sekretariat Daerah Kab. Kutai Kartanegara,\n\nPerihal: Tagihan konsumsi yang belum dibayar\n\nDengan hormat,\nKami Katering Dapur Bunda, Tenggarong, penyedia makan minum untuk rapat koordinasi dan acara pisah sambut pejabat yang diselenggarakan di Kantor Bupati pada bulan Juni dan Juli 2024. Proses pemesanannya melalui katalog elektronik sudah selesai dan barang sudah diterima dengan baik, acaranya pun berjalan lancar, jadi dari sisi itu tidak ada masalah.\n\nNamun sampai surat ini kami kirim, tagihan kami sebesar Rp47.650.000 untuk kedua kegiatan tersebut belum dibayarkan. Seluruh dokumen (faktur, berita acara serah terima, foto kegiatan) sudah kami serahkan pada 1 Agustus. Kami usaha kecil dan modal kami tertahan cukup lama, sementara gaji karyawan harus tetap dibayar.\n\nKami mohon kejelasan kapan pembayaran dapat direalisasikan dan apakah ada dokumen yang masih kurang.\n\nDemikian kami sampaikan, terima kasih.\n\nHormat kami,\nHj. Normah\nPemilik Katering Dapur Bunda",
    ),
    _E(
        "email",
        "perencanaan_keuangan",
        "Yth. Bendahara Pengeluaran Setda,\n\nSaya staf pelaksana di Setda Kukar. Bulan September saya ditugaskan ke Jakarta mendampingi pimpinan selama empat hari. Masalah mobil dinas yang mogok waktu menjemput ke bandara sudah saya laporkan ke pengelola kendaraan, dan naskah sambutan yang saya bawa juga sudah diserahkan, jadi tidak ada hubungannya dengan email ini.\n\nYang saya tanyakan adalah penggantian biaya perjalanan dinas saya. Tiket pesawat, bukti hotel, boarding pass, dan surat tugas yang sudah ditandatangani sudah saya serahkan pada 30 September, tetapi sampai sekarang belum ditransfer. Total yang saya talangi sekitar Rp9,8 juta.\n\nMohon informasi apakah SPPD saya sudah diproses atau masih ada kekurangan kelengkapan.\n\nTerima kasih.\nSalam,\nArif Rahman",
    ),
    _E(
        "email",
        "perencanaan_keuangan",
        "Yth. Bapak/Ibu,\n\nSaya teruskan kembali email saya bulan lalu. Sebagai catatan, ini jangan disamakan dengan nota kesepahaman antara kampus kami dan Pemkab, dan juga bukan tentang isi rancangan perda yang kami bahas waktu itu. Saya hanya menanyakan honorarium saya sebagai narasumber.\n\n-----Pesan Asli-----\nFrom: Dr. Hendri Wijaya\nSent: 2 Oktober 2024\nSubject: Honor narasumber FGD 12 September\n\nSelamat pagi. Pada 12 September saya menjadi narasumber FGD yang diselenggarakan oleh salah satu bagian di Setda Kukar di ruang rapat lantai 2 Kantor Bupati. Panitia menyampaikan honor akan ditransfer paling lambat dua minggu setelah acara, dan saya sudah menandatangani daftar hadir serta kuitansi, serta mengirim NPWP dan nomor rekening. Sampai sekarang honor belum saya terima. Mohon dicek.\n\nHormat saya,\nDr. Hendri Wijaya",
    ),
    _E(
        "email",
        "perencanaan_keuangan",
        "Kepada Yth.\nSekda Kab. Kutai Kartanegara\ndi Tenggarong\n\nDengan hormat,\nKami perwakilan pegawai di lingkungan Sekretariat Daerah menyampaikan beberapa hal. Soal ruang kerja kami yang sempit sudah dibahas dengan pengelola gedung, dan keluhan soal antrean pelayanan di loket lain biar ditangani yang berwenang.\n\nYang kami sampaikan melalui surat ini adalah Tambahan Penghasilan Pegawai (TPP) bulan Agustus dan September yang sampai hari ini belum diterima oleh pegawai Setda, padahal informasinya pegawai di beberapa perangkat daerah lain sudah menerima. Kami tidak mendapat penjelasan resmi penyebabnya.\n\nKami mohon penjelasan dan kepastian jadwal pembayaran TPP tersebut.\n\nDemikian permohonan kami, atas perhatian Bapak diucapkan terima kasih.\n\nHormat kami,\nPerwakilan pegawai Setda",
    ),
    _E(
        "email",
        "perencanaan_keuangan",
        'Yth. Bagian Keuangan Setda,\n\nKami Percetakan Sinar Mahakam. Kami sudah mencetak 2.000 eksemplar buku agenda dan map untuk Setda pada bulan Agustus. Faktur sudah kami kirim, tetapi kami diberi tahu bahwa berkas untuk pertanggungjawaban masih kurang. Sayangnya staf yang menghubungi kami tidak menyebutkan dokumen mana yang dimaksud, hanya bilang "nanti dikabari". Nilai tagihan kami Rp18.400.000 dan sudah lewat dua bulan dari tanggal serah terima barang. Mohon dirinci dokumen apa saja yang dibutuhkan, misalnya apakah perlu faktur pajak, berita acara pemeriksaan, atau foto barang, supaya kami bisa segera melengkapi dan tagihan kami bisa diproses.\n\nTerima kasih,\nBudi Santoso\nPercetakan Sinar Mahakam',
    ),
    _E(
        "whatsapp",
        "perencanaan_keuangan",
        "Pak mau tanya, sy staf di Setda. TPP bulan ini kok dipotong hampir 40%, sy gak pernah telat atau bolos. Kalo soal absen elektronik yg sempat error itu sdh sy lapor ke admin kepegawaian. Yg sy tanyakan dasar potongannya apa, dan apa bisa dikembalikan?",
    ),
    _E(
        "whatsapp",
        "perencanaan_keuangan",
        "Selamat siang pak, sy dr toko ATK Berkah di Tenggarong. Tagihan kertas & tinta printer utk Setda yg kami antar bulan Juli blm dibayar, nilainya 12 jt lebih. Kwitansi & surat jalan sdh kami serahkan ke staf yg pesan, tp tiap ditanya katanya masih proses. Mohon dicek pak posisinya di mana",
    ),
    _E(
        "whatsapp",
        "perencanaan_keuangan",
        "Pian, ulun sopir tenaga kontrak di Setda. Mobil dinas nang ulun bawa rusak remnya, itu lain hal, sdh ulun lapor. Nang bikin ulun susah, gaji ulun dua bulan kada dibayar, anak handak bayar sekolah, utang di warung gin sudah banyak. Kawan sopir nang lain jua sama. Kapan cairnya pak?",
    ),
    _E(
        "web",
        "perencanaan_keuangan",
        "Kami kontraktor yang mengerjakan renovasi ruang rapat di Kantor Bupati tahun ini. Pekerjaan sudah selesai 100 persen, sudah diperiksa dan berita acara serah terima sudah ditandatangani bulan Oktober. Kami tidak mempermasalahkan hasil pemeriksaan maupun proses pemilihan kemarin. Masalahnya pembayaran termin terakhir sebesar 30 persen dari nilai kontrak belum juga ditransfer oleh Setda, sementara kami harus melunasi utang ke toko material. Mohon kepastian jadwal pembayarannya.",
    ),
    _E(
        "web",
        "perencanaan_keuangan",
        "Saya bendahara pembantu di salah satu bagian Setda. Urusan akun LPSE kami sudah selesai, terima kasih. Yang ingin saya tanyakan, SPJ perjalanan dinas bulan Agustus kami sudah tiga kali dikembalikan oleh verifikator dengan alasan berbeda-beda. Apakah ada format baku dan daftar kelengkapan terbaru yang bisa kami jadikan pegangan supaya tidak bolak-balik?",
    ),
    _E(
        "sms",
        "perencanaan_keuangan",
        "Acara HUT Kukar sdh lama lewat & meriah, tp honor panitia dr Setda blm cair smp skrg. Mohon info kapan dibayar.",
    ),
    _E(
        "sms",
        "perencanaan_keuangan",
        "Pak, uang SPPD perjalanan ke Kembang Janggut bln lalu kapan diganti? Kwitansi & surat tugas sdh sy serahkan ke bendahara.",
    ),
    _E(
        "telegram",
        "perencanaan_keuangan",
        "Malam pak. Sy penyedia sewa sound system utk acara pimpinan di pendopo bulan lalu. Bukan mau protes soal acaranya, semua lancar. Tp invoice kami ke Setda sdh 3 bln blm dibayar. Tolong dibantu kapan bisa cair",
    ),
    _E(
        "telegram",
        "perencanaan_keuangan",
        "Pak, sy staf perencanaan di salah satu bagian Setda. Rencana pengadaan tahun depan sdh kami input di SIRUP, itu beres. Sy mau tanya pagu indikatif anggaran bagian kami utk 2025 kapan dibagikan? Kami hrs segera susun RKA",
    ),
    _E(
        "twitter",
        "perencanaan_keuangan",
        "Udah 5 bulan tagihan makan minum rapat di Setda Kukar blm dibayar. Acaranya sih lancar, proyeknya gak ada masalah, tapi kami UMKM modal pas2an. Tolong dibayar min",
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
