# ruff: noqa: E501
"""Blind set written 2026-12-08 (fourth of the day) for issue 16: complaints written the ways Kukar citizens really write to a complaint service on every channel in an ordinary month (towns, villages, riverside and interior districts; a one-line SMS, a voice note typed out, a long WhatsApp with the whole story, a careful web form, a polite or a furious e-mail, a tweet, a Telegram group question), many naming places, people and offices that are not what they ask about, some follow-ups, some mixing Indonesian with Kutai or Banjar words. 15 cases per section; per section 3 email, 4 whatsapp, 2 web, 2 sms, 2 telegram, 2 twitter (36 email, 48 whatsapp, 24 each of web, sms, telegram and twitter).. Written by two helper sessions, six sections each, with the same instructions, and joined into this file unread.

Written without reading config.yaml, routing/ or tests/routing/; each case is labelled only from
the mandates in docs/sections.md.

Scored ONCE, blind, with the rules of main cb3f727 (this file committed unread in that commit;
after the tuning on 2026-12-08a to 08c), on 2026-12-08 at 02:00 UTC: 175/180 correct = 97.2%
(Wilson 95% interval 93.7%-98.8%), 2 fallbacks (1.1%). Per channel: email 36/36, sms 24/24,
telegram 23/24, twitter 23/24, web 24/24, whatsapp 45/48.
The errors (index in CASES, label -> got): #13 pemerintahan -> fallback, #48 kerjasama -> sda,
#102 adpem -> perekonomian, #125 organisasi -> fallback, #126 organisasi -> pemerintahan.
"""

from __future__ import annotations

from tests.routing.case import Case

_PEMERINTAHAN = [
    Case(
        "email",
        "pemerintahan",
        "Perihal: Permohonan fasilitasi penyelesaian batas Desa Bukit Raya dan Desa Bangun Rejo\n\nKepada Yth.\nBapak Bupati Kutai Kartanegara\nc.q. Sekretariat Daerah\ndi Tenggarong\n\nDengan hormat,\n\nKami dari Badan Permusyawaratan Desa (BPD) Bukit Raya, Kecamatan Tenggarong Seberang, menyampaikan bahwa sejak dua tahun terakhir terjadi perbedaan pendapat antara warga Bukit Raya dan Bangun Rejo mengenai garis batas kedua desa di sekitar jalan hauling lama milik perusahaan. Patok yang dipasang tahun 2011 sebagian sudah hilang, dan peta yang dipegang masing-masing desa ternyata berbeda.\n\nAkibatnya ada sekitar 40 KK di wilayah itu yang didata oleh dua desa sekaligus, dan masing-masing pemerintah desa merasa berhak menarik PBB serta memasukkan mereka ke daftar pemilih. Musyawarah di tingkat kecamatan sudah dua kali dilaksanakan tetapi belum ada kesepakatan.\n\nOleh karena itu kami mohon agar Pemerintah Kabupaten dapat memfasilitasi penegasan batas kedua desa, termasuk turun ke lapangan bersama kedua kepala desa dan tokoh masyarakat.\n\nAtas perhatian Bapak kami ucapkan terima kasih.\n\nHormat kami,\nSuparno\nKetua BPD Desa Bukit Raya\nHP 0812-5xxx-xxxx",
    ),
    Case(
        "email",
        "pemerintahan",
        "Subject: Re: Keberatan hasil verifikasi bakal calon Pilkades Sebulu Ilir\n\nAssalamualaikum wr wb,\n\nMohon maaf saya kirim ulang karena email saya tanggal 3 bulan lalu belum ada balasan sama sekali.\n\nSaya Rahmadi, salah satu bakal calon kepala desa Sebulu Ilir. Berkas saya dinyatakan tidak memenuhi syarat oleh panitia pilkades dengan alasan ijazah SMP saya tidak dilegalisir, padahal legalisir itu sudah saya serahkan dan ada tanda terimanya (saya lampirkan fotonya). Calon lain yang berkasnya sama persis malah diloloskan.\n\nSaya sudah lapor ke camat Sebulu, tapi pak camat bilang itu wewenang panitia kabupaten. Jadi saya minta tolong Pemkab meninjau ulang keputusan panitia sebelum penetapan calon minggu depan. Saya tidak ingin ribut, saya cuma minta diperlakukan adil.\n\nWassalam,\nRahmadi\nSebulu Ilir RT 07\n\n> ----- Pesan asli -----\n> Kepada Yth. Pemkab Kukar\n> Saya ingin menyampaikan keberatan atas hasil verifikasi berkas bakal calon kades Sebulu Ilir...",
    ),
    Case(
        "email",
        "pemerintahan",
        "Kepada Yth. Bapak/Ibu di Setda Kukar\n\nSaya Nurhayati, warga Desa Liang Ulu, Kecamatan Kota Bangun. Saya menulis ini karena sudah tidak tahu lagi harus mengadu ke mana.\n\nSuami saya sudah 9 tahun menjadi Kaur Keuangan di desa kami. Tanggal 12 kemarin beliau tiba-tiba diberhentikan oleh kepala desa tanpa surat peringatan, tanpa rekomendasi camat, hanya disampaikan lewat telepon. Posisinya sekarang diisi ponakan kepala desa sendiri. Setahu kami pengangkatan dan pemberhentian perangkat desa ada aturannya dan tidak boleh sesuka hati.\n\nKami mohon Pemkab bisa menegur atau memeriksa kepala desa kami, dan menjelaskan bagaimana prosedur yang benar. Kami juga sudah dengar dua perangkat lain akan diganti dengan cara yang sama.\n\nTerima kasih atas perhatiannya.\n\nSalam,\nNurhayati\nLiang Ulu, Kota Bangun",
    ),
    Case(
        "whatsapp",
        "pemerintahan",
        "Selamat siang pak, sy ketua RT 21 kel Loa Janan Ulu. Bulan 3 kemarin RT kami sdh dimekarkan jadi 2 krn warganya sdh lebih 150 KK, musyawarahnya sdh, berita acara sdh kami antar ke kelurahan. Tp sampai skrg SK RT yg baru blm keluar, jadi RT 35 blm bisa bikin surat pengantar apa2, warga yg mau urus KK/ nikah terpaksa pinjam stempel RT kami. Mohon dibantu kapan SK nya bisa terbit pak. Trims",
    ),
    Case(
        "whatsapp",
        "pemerintahan",
        "assalamualaikum pian, ulun warga Tabang handak batakun. desa kami ni luasnya bukan main, dari ujung dusun ke kantor desa tu 3 jam naik ces lewat sungai, mun handak urus surat haja harus bermalam. bubuhan warga dusun hulu sudah lawas handak bepisah jadi desa surang, sudah rapat jua lawan kepala desa, ujar kepala desa kawa ai tapi kada tahu caranya. jadi ulun handak batakun apa haja syaratnya mun handak jadi desa persiapan, kemana proposalnya dibawa. makasih banyak",
    ),
    Case(
        "whatsapp",
        "pemerintahan",
        "Pak mohon maaf mengganggu, sy mau cerita panjang sedikit. Sy tinggal di Dusun Sungai Bawang, di KTP dan KK sy tertulis Desa Badak Baru. Tp sejak 2 tahun ini Desa Saliki juga mengaku dusun kami masuk wilayahnya, ada petugas Saliki yg datang mendata, trus bantuan2 dari desa jadi kacau, kadang nama kami keluar di dua desa kadang di dua2nya hilang. Waktu pemilu kemarin ada warga yg dpt undangan nyoblos dari dua TPS. Sy sdh tanya ke Capil katanya mereka cuma ikut data desa. Kades Badak Baru sama kades Saliki sama2 bilang dusun itu punya mereka. Jadi sy minta tolong pemkab tetapkan aja sebenarnya dusun kami masuk desa mana, biar jelas, kasihan warga. Muara Badak. Makasih pak",
    ),
    Case(
        "whatsapp",
        "pemerintahan",
        "pak ini sy warga RT 14 kelurahan Timbau tenggarong, mau tanya aja apa boleh lurah langsung menunjuk ketua RT baru tanpa pemilihan? ketua RT lama meninggal bulan lalu, trus kmrn tiba2 ada pengumuman di grup RT kalau ketua RT baru sdh ditunjuk kelurahan, warga gk pernah diajak musyawarah sama sekali. kami gk masalah orangnya siapa tp caranya itu lho. mohon penjelasan aturannya gmn",
    ),
    Case(
        "web",
        "pemerintahan",
        "Nama: Agus Salim\nAlamat: Desa Loa Kulu Kota, Kec. Loa Kulu\n\nIsi pengaduan:\nSaya selaku warga ingin menyampaikan bahwa pemerintah desa kami tidak pernah memasang baliho APBDes maupun laporan realisasi Dana Desa dan ADD sejak tahun 2022, padahal di desa-desa tetangga selalu dipasang di depan kantor desa. Ketika warga menanyakan dalam musyawarah desa, jawaban kepala desa selalu 'nanti diumumkan'. BPD juga terkesan diam.\n\nSaya memohon agar Pemerintah Kabupaten melalui pembinaan pemerintahan desa dapat mendorong atau mewajibkan pemerintah desa kami membuka informasi penggunaan anggaran desa kepada warga.\n\nTerima kasih.",
    ),
    Case(
        "web",
        "pemerintahan",
        "Nama: Hj. Rusdiana\nKecamatan: Samboja\n\nKami warga di perbatasan Kelurahan Tanjung Harapan (Samboja) dengan wilayah Muara Jawa. Sejak pelebaran jalan tahun lalu, patok batas kecamatan tercabut dan tidak dipasang lagi. Sekarang warga di sekitar km 5 bingung mau mengurus surat keterangan domisili ke kelurahan mana, karena Samboja menyuruh ke Muara Jawa dan Muara Jawa menyuruh ke Samboja. Mohon kepastian garis batas kedua kecamatan di titik tersebut dan dipasang kembali patoknya. Terima kasih.",
    ),
    Case(
        "sms",
        "pemerintahan",
        "pak kpn pelantikan kades terpilih desa kembang janggut? sdh 3 bln lewat pilkades blm dilantik jg, desa jd gk ada yg pimpin",
    ),
    Case(
        "sms",
        "pemerintahan",
        "Asslm, Pj kades desa Lebak Mantan mengundurkan diri minggu lalu, skrg desa kosong gk ada pimpinan, siapa yg hrs ditunjuk? mohon info. warga Muara Wis",
    ),
    Case(
        "telegram",
        "pemerintahan",
        "Izin bertanya min 🙏 untuk pilkades serentak gelombang berikutnya di Kukar jadwalnya kapan ya? Desa Melintang (Muara Wis) masa jabatan kadesnya habis akhir tahun ini, warga sudah banyak yg tanya apa langsung pilkades atau diisi Pj dulu. Terima kasih",
    ),
    Case(
        "telegram",
        "pemerintahan",
        "selamat malam admin, ada yg tau prosedur penggabungan 2 RT jadi 1? di kelurahan Jawa Sangasanga RT kami tinggal 20an KK krn banyak yg pindah, ketua RT nya jg sdh sepuh gk sanggup lagi. harus lewat lurah atau langsung camat?",
    ),
    Case(
        "twitter",
        "pemerintahan",
        "@PemkabKukar sengketa lahan antara desa Jembayan sama desa Sungai Payang udah 2 tahun gak kelar2, masing2 desa ngeklaim lahan yg sama, warga dua desa udah hampir bentrok kemarin. tolong pemkab turun tangan sblm ada korban 🙏",
    ),
    Case(
        "twitter",
        "pemerintahan",
        "@pemkabkukar kantor desa sabintulung muara kaman disegel warga udh seminggu krn BPD sama kades ribut terus, pelayanan desa lumpuh total. pemkab kmn aja? tolong dimediasi",
    ),
]

_KESRA = [
    Case(
        "email",
        "kesra",
        "Subject: Beasiswa Kukar Idaman semester genap belum cair\n\nYth. Bapak/Ibu pengelola program beasiswa Pemkab Kukar,\n\nPerkenalkan, saya Dinda Aulia, mahasiswi semester 5 Universitas Mulawarman, asal Desa Kedang Ipil, Kota Bangun. Saya penerima beasiswa Pemkab sejak tahun 2023 dan nama saya masih tercantum di pengumuman penerima tahun ini (nomor urut 1.204).\n\nSampai hari ini dana semester genap belum masuk ke rekening saya, sedangkan batas pembayaran UKT tinggal 10 hari lagi. Saya sudah menanyakan ke bank, katanya belum ada transfer dari Pemkab. Teman-teman satu angkatan ada yang sudah cair, ada yang belum.\n\nMohon informasinya apakah ada berkas saya yang kurang, atau memang pencairannya bertahap. Bukti pengumuman dan buku tabungan saya lampirkan.\n\nTerima kasih banyak atas bantuannya.\n\nHormat saya,\nDinda Aulia\nNIM 2109xxxxxx",
    ),
    Case(
        "email",
        "kesra",
        "Perihal: Menanyakan tindak lanjut proposal rehab Masjid Al-Ikhlas Desa Sidomulyo\n\nAssalamu'alaikum warahmatullahi wabarakatuh\n\nYth. Bapak/Ibu di Sekretariat Daerah Kabupaten Kutai Kartanegara\n\nKami pengurus Masjid Al-Ikhlas, Desa Sidomulyo, Kecamatan Anggana, pada bulan Agustus tahun lalu telah mengajukan proposal bantuan rehabilitasi masjid (atap bocor dan lantai amblas) melalui kecamatan. Sebelumnya kami juga sempat meminta bantuan ke salah satu perusahaan migas di sekitar desa, namun ditolak karena anggaran mereka sudah habis.\n\nHingga kini kami belum menerima kabar apakah proposal kami masuk daftar penerima atau tidak. Saat musim hujan jamaah shalat Jumat terpaksa bergeser karena air masuk ke ruang utama.\n\nKami mohon penjelasan mengenai status proposal tersebut dan kelengkapan apa yang masih perlu kami penuhi.\n\nWassalamu'alaikum wr. wb.\n\nH. Abdul Muis\nKetua Takmir Masjid Al-Ikhlas",
    ),
    Case(
        "email",
        "kesra",
        "Kepada Yth. Bapak Sekda Kukar\n\nDengan hormat,\n\nSaya H. Jumadi, mewakili para guru TPA dan guru ngaji di Kelurahan Muara Jawa Ulu dan Muara Jawa Pesisir. Sudah enam bulan insentif kami belum dibayarkan. Tahun-tahun sebelumnya insentif selalu turun per tiga bulan.\n\nKami tidak menuntut banyak, Pak. Sebagian besar dari kami mengajar anak-anak mengaji setiap sore tanpa memungut bayaran dari orang tua, dan insentif itu satu-satunya penghargaan yang kami terima. Ada kabar yang beredar bahwa data kami tidak diperbarui oleh kelurahan sehingga tidak masuk daftar tahun ini, tetapi kami tidak tahu kebenarannya.\n\nMohon kiranya Bapak dapat memerintahkan bagian terkait untuk memeriksa dan memberi kepastian.\n\nTerima kasih.\n\nHormat kami,\nH. Jumadi\nForum Guru TPA Muara Jawa",
    ),
    Case(
        "whatsapp",
        "kesra",
        "assalamualaikum, ulun official kafilah kecamatan Kenohan di MTQ kabupaten kemarin. handak menyampaikan haja, uang pembinaan bubuhan qari qariah kami nang juara 2 tu kada cair-cair sampai wayah ini, sudah 4 bulan. ujar panitia di kecamatan sudah dikirim ke kabupaten, ujar kabupaten belum ada datanya. kasian kakanakan tu sudah bebulan latihan. mohon dibantu pian lah",
    ),
    Case(
        "whatsapp",
        "kesra",
        "Siang Bu/Pak. Sy ketua majelis taklim Nurul Hidayah di Loa Kulu. Th lalu kami ajukan proposal bantuan utk kegiatan pengajian & pembelian perlengkapan (sound system, karpet). Kata org kecamatan proposal kami sdh diverifikasi, tp pas daftar penerima keluar nama kelompok kami gk ada. Apa hrs ajukan ulang dari awal ya? Atau ada kekurangan berkas? Mohon info 🙏",
    ),
    Case(
        "whatsapp",
        "kesra",
        "Pak maaf sy mau tanya, bapak sy tahun ini dpt porsi berangkat haji, umurnya sdh 78 th dan pakai kursi roda. Kami tinggal di Muara Muntai Ilir. Kata tetangga jemaah dari Kukar dikumpulkan dulu di Tenggarong trs diberangkatkan bareng ke embarkasi Balikpapan, apa benar? Kalau iya, apa ada pendamping dari pemkab utk lansia, dan transport dari kecamatan ke Tenggarong ditanggung atau tdk? Kami bingung krn belum ada info sama sekali dari siapa2",
    ),
    Case(
        "whatsapp",
        "kesra",
        "assalamualaikum pak mohon maaf sy ibu dari Salsabila mahasiswi kedokteran, kami dr sangasanga. anak sy th lalu lulus seleksi beasiswa utk S1 kedokteran, tp di pengumuman perpanjangan th ini namanya gk ada, pdhl IPK nya 3,6 dan semua berkas sdh dikirim sblm tgl batas. sy sdh telpon nomor yg di pengumuman tdk diangkat2. anak sy skrg panik krn biaya kedokteran mahal bgt kami gk sanggup kalau bayar sendiri. mohon bgt dicek pak kenapa namanya hilang. terimakasih banyak",
    ),
    Case(
        "web",
        "kesra",
        "Nama: Pdt. Yohanes Ding\nAlamat: Desa Muara Ritan, Kecamatan Tabang\n\nPengaduan/Permohonan:\nGereja Kemah Injili di desa kami dibangun swadaya oleh jemaat pada tahun 1998. Saat ini atap seng sudah banyak yang bocor dan dinding kayu bagian belakang mulai lapuk. Jemaat sekitar 60 KK, sebagian besar petani dan peladang.\n\nKami sudah mendengar bahwa Pemerintah Kabupaten memberikan bantuan untuk rumah ibadah semua agama. Kami mohon informasi syarat, format proposal, dan kapan batas waktu pengajuannya, karena akses informasi di desa kami sangat terbatas dan sinyal hanya ada di titik tertentu.\n\nTerima kasih, Tuhan memberkati.",
    ),
    Case(
        "web",
        "kesra",
        "Nama: Siti Maemunah\nInstansi/Lembaga: Panti Asuhan Yatim Al-Mubarak, Desa Manunggal Jaya, Tenggarong Seberang\n\nKami pengelola panti asuhan dengan 34 anak asuh. Setiap tahun kami mengajukan permohonan bantuan ke Pemkab untuk biaya makan dan sekolah anak-anak, dan dua tahun lalu sempat menerima. Tahun ini kami mendapat kabar dari kecamatan bahwa lembaga kami harus memiliki akta dan terdaftar minimal tiga tahun untuk menerima bantuan, sementara akta kami baru diperbarui karena pergantian pengurus. Apakah benar ketentuannya demikian? Mohon penjelasan agar kami bisa melengkapi persyaratan untuk tahun depan.",
    ),
    Case(
        "sms",
        "kesra",
        "pak beasiswa kukar idaman thp 2 kpn dibuka? sy mhs polnes asal muara badak mau daftar",
    ),
    Case(
        "sms",
        "kesra",
        "Asslm, sy marbot masjid di loa duri ilir, insentif marbot th ini msh ada kah? dari jan blm trima. mksh",
    ),
    Case(
        "telegram",
        "kesra",
        "Selamat pagi min, izin tanya. Mushola kami di Sebulu Ulu dapat kabar lolos bantuan rumah ibadah th ini. Utk pencairannya kami harus tanda tangan NPHD dulu ya? Tanda tangannya di mana dan bawa berkas apa aja? Makasih min 🙏",
    ),
    Case(
        "telegram",
        "kesra",
        "min kapan pendaftaran seleksi peserta MTQ tingkat kabupaten? anak sy mau ikut cabang tilawah anak2, dr Muara Kaman. tahun lalu kami telat krn infonya baru nyampe pas udh tutup",
    ),
    Case(
        "twitter",
        "kesra",
        "@PemkabKukar beasiswa udah 8 bulan gak cair, UKT harus dibayar minggu depan, kami bayar pake apa pak? tolong jgn PHP mahasiswa 🙏 #beasiswakukar",
    ),
    Case(
        "twitter",
        "kesra",
        "@pemkabkukar pak, program umrah gratis buat imam masjid sama guru ngaji desa itu th ini ada lagi gak? bapak sy imam langgar di kembang janggut sdh 30 th, pendaftarannya lewat mana ya",
    ),
]

_HUKUM = [
    Case(
        "email",
        "hukum",
        "Subject: Permohonan salinan Perda Kukar tentang pengelolaan pasar rakyat\n\nSelamat siang Bapak/Ibu,\n\nSaya Rizky Pratama, mahasiswa Fakultas Hukum Universitas Kutai Kartanegara yang sedang menyusun skripsi tentang penataan pedagang pasar di Tenggarong.\n\nSaya membutuhkan naskah lengkap Peraturan Daerah Kutai Kartanegara tentang pengelolaan pasar beserta Peraturan Bupati pelaksanaannya. Di situs JDIH hanya tersedia judul dan abstrak, sedangkan tautan unduhan PDF-nya mengarah ke halaman kosong. Saya juga sudah mencoba datang ke kantor pasar, tetapi mereka tidak menyimpan salinan peraturannya.\n\nMohon kiranya dapat dikirimkan salinan resminya melalui email ini atau diinformasikan cara memperolehnya.\n\nAtas perhatian dan bantuannya saya ucapkan terima kasih.\n\nHormat saya,\nRizky Pratama\nNPM 20.xxx.xxxx",
    ),
    Case(
        "email",
        "hukum",
        "Perihal: Permintaan draf dan jadwal konsultasi publik Raperda Pengakuan Masyarakat Hukum Adat\n\nKepada Yth.\nSekretariat Daerah Kabupaten Kutai Kartanegara\n\nDengan hormat,\n\nKami dari Perkumpulan Lingkar Hulu Mahakam, lembaga pendamping komunitas adat di Kecamatan Tabang dan Kembang Janggut, mendapat informasi bahwa Pemerintah Kabupaten sedang menyusun Rancangan Peraturan Daerah tentang pengakuan dan perlindungan masyarakat hukum adat.\n\nKomunitas yang kami dampingi sangat berkepentingan, karena wilayah adat mereka berbatasan dengan kawasan hutan dan konsesi perkebunan. Karena itu kami memohon:\n1. salinan draf Raperda dan naskah akademiknya;\n2. jadwal konsultasi publik atau rapat dengar pendapat;\n3. mekanisme penyampaian masukan tertulis.\n\nKami berharap masyarakat adat dilibatkan sejak awal penyusunan, bukan hanya ketika draf sudah final.\n\nHormat kami,\nMarkus Lusat\nKoordinator Perkumpulan Lingkar Hulu Mahakam",
    ),
    Case(
        "email",
        "hukum",
        "Yth. Bapak/Ibu Pemkab Kukar\n\nSaya Ahmad Fauzi, anak dari Bapak Sarman (61 th), warga Desa Tani Bhakti, Loa Janan.\n\nAyah saya dilaporkan ke polisi oleh seseorang yang mengaku pemilik tanah kebun yang sudah kami garap sejak tahun 1990-an, dan sekarang perkaranya akan disidangkan di Pengadilan Negeri Tenggarong. Kami keluarga petani, tidak punya uang untuk membayar pengacara. Ayah saya hanya punya segel dan surat keterangan dari desa.\n\nSaya pernah mendengar bahwa Pemkab Kukar punya program bantuan hukum gratis untuk warga tidak mampu. Mohon informasi bagaimana caranya mengajukan, syarat apa saja yang harus disiapkan, dan apakah masih sempat karena sidang pertama dijadwalkan dua minggu lagi.\n\nTerima kasih sebelumnya.\n\nAhmad Fauzi\n0853-xxxx-xxxx",
    ),
    Case(
        "whatsapp",
        "hukum",
        "assalamualaikum pian. ulun handak batakun, bubuhan kami 7 KK di Desa Jahab digugat ke pengadilan lawan developer perumahan, ujar sidin tanah nang kami diami tu milik sidin padahal kami sudah bediam situ dari jaman kai nini. kami kada tahu urusan hukum, kada kawa jua bayar pengacara. kawa kah kami minta bantuan hukum dari pemkab? kemana kami harus datang. makasih",
    ),
    Case(
        "whatsapp",
        "hukum",
        "Selamat pagi Pak. Sy kuasa hukum dari 3 warga Kelurahan Loa Ipuh yg tanahnya terkena pembangunan jalan lingkar Tenggarong dan sampai sekarang belum menerima ganti rugi. Gugatan sudah kami daftarkan di PN Tenggarong bulan lalu dengan Pemkab Kukar sebagai tergugat. Sidang mediasi pertama hari Kamis, tp sampai hari ini kami belum tahu siapa yg ditunjuk mewakili pemkab. Mohon info kontak bagian yg menangani perkara ini supaya kami bisa koordinasi sebelum mediasi. Terima kasih",
    ),
    Case(
        "whatsapp",
        "hukum",
        "pak mau tanya, katanya kukar udh punya perda kawasan tanpa rokok ya? sy guru di SMP di tenggarong seberang, mau bikin sosialisasi ke murid2 tp sy cari teks perdanya gk ketemu. nomor berapa tahun berapa, isinya apa aja yg dilarang, sanksinya ada gk? kalau ada file pdfnya boleh dikirim ke sini pak 🙏",
    ),
    Case(
        "whatsapp",
        "hukum",
        "Selamat siang, sy staf Dinas Perikanan Kukar. Kami sedang menyusun draft Perbup tentang pengaturan penangkapan ikan di perairan umum danau (Semayang, Melintang). Mohon arahan dari bagian hukum ttg jadwal harmonisasi, format naskah dan apakah perlu naskah akademik. Kami ingin konsultasi langsung minggu ini kalau memungkinkan. Terima kasih",
    ),
    Case(
        "web",
        "hukum",
        "Nama: Ir. Bambang Sutrisno\nPekerjaan: Kontraktor perorangan\nAlamat: Kelurahan Mangkurawang, Tenggarong\n\nIsi:\nSaya ingin menyampaikan keberatan atas Perda retribusi persetujuan bangunan gedung yang baru. Tarif untuk rumah tinggal kecil naik hampir tiga kali lipat dan menurut saya cara perhitungannya tidak sesuai dengan peraturan pemerintah yang lebih tinggi. Banyak warga akhirnya membangun tanpa izin karena tidak sanggup.\n\nMohon Pemkab mengkaji ulang Perda tersebut atau setidaknya menjelaskan dasar hukum perhitungan tarifnya. Saya juga ingin tahu bagaimana prosedur jika masyarakat ingin mengusulkan perubahan perda.",
    ),
    Case(
        "web",
        "hukum",
        "Website JDIH Kukar sudah seminggu tidak bisa dibuka (error 503). Saya perlu Perbup tentang kedudukan, susunan organisasi dan tata kerja perangkat daerah yang terbaru untuk laporan kantor. Mohon diperbaiki atau dikirim filenya. Terima kasih. - Lestari, Loa Kulu",
    ),
    Case(
        "sms",
        "hukum",
        "pak sy mau tanya syarat dpt bantuan hukum gratis utk org tdk mampu di kukar apa aja? adik sy kena kasus, kami dr muara muntai",
    ),
    Case(
        "sms",
        "hukum",
        "Perbup ttg insentif ketua RT th 2024 nomor brp ya? mau sy print buat bahan rapat warga, di internet gk nemu",
    ),
    Case(
        "telegram",
        "hukum",
        "Izin min, draft Raperda tentang penyelenggaraan pendidikan yg lagi dibahas itu bisa diakses publik gk? Kami forum guru honorer Kukar mau kasih masukan tertulis sebelum disahkan. Kirim ke mana ya?",
    ),
    Case(
        "telegram",
        "hukum",
        "ada yg punya link JDIH kukar yg aktif? lagi cari perda ttg desa adat sama perbup pelaksanaannya, buat tugas kuliah hukum tata negara",
    ),
    Case(
        "twitter",
        "hukum",
        "@PemkabKukar pemkab kan udah kalah di pengadilan soal lahan warga yg dipake buat kantor kecamatan, putusannya udah inkracht dari th lalu. kapan dijalankan? warga nunggu kepastian pak",
    ),
    Case(
        "twitter",
        "hukum",
        "@pemkabkukar perbup jam malam pelajar yg viral di grup WA itu beneran ada gak sih? di jdih gak ketemu, ortu pada bingung. mohon klarifikasi dasar hukumnya",
    ),
]

_KERJASAMA = [
    Case(
        "email",
        "kerjasama",
        "Perihal: Perpanjangan Nota Kesepahaman Pemkab Kutai Kartanegara dan Universitas Kutai Kartanegara\n\nYth. Bapak/Ibu di Sekretariat Daerah Kabupaten Kutai Kartanegara\n\nDengan hormat,\n\nBersama ini kami sampaikan bahwa nota kesepahaman antara Pemerintah Kabupaten Kutai Kartanegara dan Universitas Kutai Kartanegara tentang penyelenggaraan KKN tematik, penelitian, dan pengabdian masyarakat telah berakhir pada bulan Maret lalu. Draf perpanjangan telah kami kirimkan pada tanggal 14 April, namun hingga kini kami belum menerima tanggapan atau undangan pembahasan.\n\nMengingat KKN angkatan berikutnya akan diberangkatkan ke 18 desa pada bulan depan, kami mohon informasi perkembangan pembahasan draf tersebut serta jadwal penandatanganannya.\n\nDemikian kami sampaikan. Atas perhatian Bapak/Ibu kami ucapkan terima kasih.\n\nHormat kami,\nDr. Hj. Syarifah Nor, M.Si\nKepala LPPM Universitas Kutai Kartanegara",
    ),
    Case(
        "email",
        "kerjasama",
        "---------- Forwarded message ---------\nDari: Kepala Desa Loa Sakoh\nTanggal: Senin\nSubjek: Dana TJSL perusahaan sawit tidak sampai ke desa kami\n\nYth. Bapak/Ibu,\n\nDengan hormat, kami sampaikan bahwa berdasarkan kesepakatan rapat di kantor kecamatan Kembang Janggut tahun lalu, perusahaan perkebunan sawit di wilayah kami berjanji menyalurkan dana tanggung jawab sosial untuk pembangunan sarana air bersih di Desa Loa Sakoh. Namun ternyata program tersebut dialihkan ke desa lain tanpa pemberitahuan, dan ketika kami tanyakan, pihak perusahaan menyatakan pengalokasian sudah dikoordinasikan dengan pemerintah.\n\nKami tidak mempersoalkan kebunnya. Kami hanya ingin tahu bagaimana sebenarnya pembagian program sosial perusahaan itu diatur dan mengapa desa kami dilewati.\n\nHormat kami,\nKepala Desa Loa Sakoh\n\n---\nMohon diteruskan ke bagian yang berwenang. Terima kasih. (diteruskan oleh admin Kecamatan Kembang Janggut)",
    ),
    Case(
        "email",
        "kerjasama",
        "Subject: Prosedur penyelarasan program CSR dengan Pemkab Kukar\n\nSelamat pagi,\n\nSaya Andreas, Community Development Officer di salah satu kontraktor migas yang beroperasi di Muara Badak dan Anggana. Mulai tahun depan manajemen kami ingin program tanggung jawab sosial perusahaan tidak berjalan sendiri, tetapi selaras dengan prioritas Pemkab, supaya tidak tumpang tindih dengan program desa.\n\nMohon informasi:\n- apakah ada forum atau tim TJSL di tingkat kabupaten tempat kami mendaftarkan rencana program;\n- format laporan realisasi yang diminta Pemkab;\n- apakah perlu perjanjian tertulis dengan Pemkab.\n\nKami siap hadir untuk audiensi teknis dengan staf terkait.\n\nTerima kasih,\nAndreas S.\nCommunity Development Officer",
    ),
    Case(
        "whatsapp",
        "kerjasama",
        "assalamualaikum, ulun warga Desa Sedulang Muara Kaman. ulun kada handak membahas debu atau jalan rusak lah, itu sudah kesah lawas. ulun cuma handak tahu, dana CSR nang ujar orang dibagi perusahaan tambang gasan desa-desa di sekitar tambang tu ke mana larinya? bubuhan kami kada pernah merasai, kada beasiswa, kada sembako, kada apa-apa. minta tolong pian jelaskan siapa nang mengatur pembagiannya",
    ),
    Case(
        "whatsapp",
        "kerjasama",
        "Selamat sore Pak. Sy warga Loa Janan Ilir, perbatasan dgn Samarinda. Dulu pernah ada berita Pemkab Kukar dan Pemkot Samarinda tanda tangan perjanjian kerja sama soal layanan air bersih di wilayah perbatasan, jd rumah2 kami bisa disambung dari jaringan Samarinda yg lebih dekat. Tp sampai skrg gk ada realisasi. Apa perjanjiannya masih berlaku atau sdh berakhir? Kalau masih berlaku kapan dijalankan?",
    ),
    Case(
        "whatsapp",
        "kerjasama",
        "Halo kak, sy ketua BEM salah satu kampus swasta di Samarinda. Kampus kami mau mengajukan kerja sama resmi dgn Pemkab Kukar utk program magang mahasiswa di kantor2 kecamatan dan desa. Surat permohonan dan draft MoU nya ditujukan ke siapa ya? Trus biasanya butuh waktu brp lama sampai bisa ditandatangani? Makasih kak",
    ),
    Case(
        "whatsapp",
        "kerjasama",
        "Pak sy nelayan di Muara Pantuan Anggana, mau melapor soal bantuan CSR dari perusahaan migas bulan lalu. Katanya ada 20 mesin tempel & jaring utk kelompok nelayan desa kami, tp yg nerima cuma keluarga & kenalan pak kades, anggota kelompok yg lain gk dpt apa2. Ini bukan bantuan dinas perikanan ya pak, ini dari perusahaan, pas penyerahan ada spanduk CSR nya. Kami minta pembagiannya diperiksa dan ke depan ada pengawasan dari pemkab. Sy ada foto2 nya",
    ),
    Case(
        "web",
        "kerjasama",
        "Nama: Yayasan Rumah Baca Mahakam\nAlamat: Kelurahan Sukarame, Tenggarong\n\nKami yayasan nirlaba yang menjalankan program perpustakaan keliling dan kelas literasi di 12 desa di Kukar, dengan pendanaan dari donor swasta. Kami ingin memperluas program ke desa-desa pesisir dan hulu, dan untuk itu kami berharap dapat menjalin perjanjian kerja sama resmi dengan Pemerintah Kabupaten, agar kegiatan kami diakui dan bisa bersinergi dengan pemerintah desa.\n\nMohon informasi prosedur, dokumen yang perlu disiapkan (akta, NPWP, profil lembaga, dll), serta siapa yang dapat kami hubungi untuk pembahasan draf.",
    ),
    Case(
        "web",
        "kerjasama",
        "Nama: Herlina\nAlamat: Kelurahan Muara Jawa Ilir\n\nSaya mewakili kelompok pemuda di kelurahan kami. Di Muara Jawa ada beberapa perusahaan besar, tetapi warga tidak pernah tahu program tanggung jawab sosial apa saja yang mereka jalankan, berapa nilainya, dan untuk desa/kelurahan mana. Apakah Pemkab memiliki daftar atau laporan program CSR per perusahaan per kecamatan yang bisa diakses masyarakat? Kami ingin mengusulkan program pelatihan kerja bagi pemuda tetapi bingung harus mengajukan ke mana.",
    ),
    Case(
        "sms",
        "kerjasama",
        "Pak, program CSR beasiswa dari perusahaan batubara utk anak2 desa separi kok th ini gk ada lg? dulu tiap th ada. sdh ditanya ke perusahaan katanya nunggu koordinasi pemkab",
    ),
    Case(
        "sms",
        "kerjasama",
        "sy dr desa teluk dalam, paket sembako CSR perusahaan kmrn cm dibagi ke keluarga perangkat desa, warga lain gk kebagian. tlg diawasi pembagian csr nya",
    ),
    Case(
        "telegram",
        "kerjasama",
        "Selamat siang admin, kerja sama Pemkab Kukar dengan Politeknik Pertanian Samarinda utk pendampingan kelompok tani itu masih berlaku gk ya? Desa kami di Sebulu dulu jadi lokasi, tp 2 th ini dosen & mahasiswanya gk pernah datang lagi",
    ),
    Case(
        "telegram",
        "kerjasama",
        "min, Kukar sama Otorita IKN kan sudah tanda tangan kesepakatan kerja sama, isinya apa aja ya? apa ada yg menyangkut wilayah Samboja sama Muara Jawa? warga sini penasaran krn banyak isu simpang siur",
    ),
    Case(
        "twitter",
        "kerjasama",
        "@PemkabKukar dana CSR perusahaan tambang di Kukar dikemanain sih? desa kami di Loa Kulu gak pernah ngerasain apa2, cuma dapet debunya doang. buka dong datanya siapa dapet berapa #transparansiCSR",
    ),
    Case(
        "twitter",
        "kerjasama",
        "@pemkabkukar perjanjian sama pihak ketiga buat ngelola Pulau Kumala itu kok gak pernah dibuka ke publik? berapa tahun kontraknya, bagi hasilnya gmn? aset daerah loh itu",
    ),
]

_PEREKONOMIAN = [
    Case(
        "email",
        "perekonomian",
        "Perihal: Kelangkaan dan tingginya harga LPG 3 kg di Kecamatan Muara Muntai\n\nKepada Yth.\nBapak Bupati Kutai Kartanegara\nmelalui Sekretariat Daerah\n\nDengan hormat,\n\nKami warga Desa Jantur dan Tanjung Batuq Harapan, Kecamatan Muara Muntai, menyampaikan bahwa sejak awal bulan ini LPG 3 kg sangat sulit didapat. Pangkalan di desa kami hanya menerima kiriman dua minggu sekali dan habis dalam beberapa jam. Di pengecer harga sudah mencapai Rp 55.000 sampai Rp 60.000 per tabung, karena gas harus diangkut dengan perahu dari Kota Bangun.\n\nBanyak ibu rumah tangga terpaksa kembali memasak dengan kayu bakar, dan pedagang kue kecil di desa kami berhenti berjualan.\n\nKami mohon Pemkab menambah kuota dan memperketat pengawasan penyaluran agar gas benar-benar sampai ke warga dengan harga yang wajar.\n\nHormat kami,\nAtas nama warga,\nMuhammad Yusran\nKetua RT 03 Desa Jantur",
    ),
    Case(
        "email",
        "perekonomian",
        "Subject: Re: Re: Pembagian kios Pasar Tangga Arung\n\nYth. Bapak/Ibu,\n\nTerima kasih atas balasan sebelumnya, tetapi jawaban itu tidak menjawab keluhan kami.\n\nKami pedagang sayur dan ikan yang dipindahkan dari pasar lama. Dari 46 pedagang lama, baru 19 yang mendapat kios. Sementara itu beberapa kios di blok depan justru diberikan kepada orang yang sebelumnya tidak pernah berjualan di pasar, bahkan sudah ada yang disewakan lagi ke orang lain. Kami yang puluhan tahun berjualan malah disuruh menggelar dagangan di lorong belakang yang sepi pembeli.\n\nKami minta pembagian kios ditinjau ulang, datanya dibuka, dan pedagang lama diprioritaskan.\n\nHormat kami,\nHj. Masnah, perwakilan pedagang lama\n\n> Pada hari Senin, admin menulis:\n> Terima kasih atas laporannya. Keluhan Ibu sudah kami catat dan akan kami teruskan.",
    ),
    Case(
        "email",
        "perekonomian",
        "Kepada Yth. Pemerintah Kabupaten Kutai Kartanegara\n\nSalam sejahtera,\n\nSaya Wahyuni, ketua kelompok usaha ibu-ibu pembuat amplang dan kerupuk ikan di Desa Tanjung Limau, Muara Badak. Anggota kami 14 orang. Kami sudah punya produk, tetapi sulit berkembang karena belum punya izin PIRT dan sertifikat halal, kemasan seadanya, dan pemasaran hanya dari mulut ke mulut.\n\nSetiap kali ada pelatihan atau pameran produk UMKM, informasinya selalu datang terlambat atau pesertanya sudah ditentukan dari kelompok yang itu-itu saja. Kami ingin tahu bagaimana caranya supaya kelompok kami bisa didata dan ikut dalam program pembinaan dan pemasaran produk usaha kecil di Kukar.\n\nTerima kasih atas perhatiannya.\n\nWahyuni\nKelompok Usaha Bersama Bina Pesisir\nHP 0821-xxxx-xxxx",
    ),
    Case(
        "whatsapp",
        "perekonomian",
        "assalamualaikum pian. ulun di Tabang handak mengabari haja, wayahini rega gula sudah 25 ribu sekilo, banyu minyak goreng kemasan kada ada lagi di warung, baras pun naik terus. ujar bubuhan pedagang kapal barang dari Tenggarong jarang datang karena sungai surut. kami di hulu ni makin susah ai. kawa kah pemkab bantu, operasi pasar kah atau apa, supaya rega kada kaya ini",
    ),
    Case(
        "whatsapp",
        "perekonomian",
        "Pak, solar di SPBU Kota Bangun kosong terus sdh hampir 2 minggu. kalau datang pun antrean truk sampai 1 km, habis dlm 2 jam. kami nelayan & motoris kapal gk kebagian, pdhl sdh bawa surat rekomendasi. kalau beli eceran 15rb seliter, gk nutup biaya melaut. tolong pemkab koordinasi sama pertamina, kuota kecamatan kami ditambah atau diatur jadwal khusus nelayan",
    ),
    Case(
        "whatsapp",
        "perekonomian",
        "Selamat malam Pak. Sy mantan karyawan salah satu Perusda milik Pemkab Kukar, ada 23 org yg di-PHK awal tahun ini. Sampai sekarang gaji 4 bulan terakhir dan pesangon kami blm dibayar. Direksinya bilang perusahaan lagi gk ada uang dan nunggu penyertaan modal dari pemkab. Kami sdh ke kantor perusdanya berkali2 tp gk ada kejelasan. Pemkab kan pemilik perusahaannya, tolong perhatikan nasib kami Pak",
    ),
    Case(
        "whatsapp",
        "perekonomian",
        "Assalamualaikum bu, sy ibu2 PKK di kelurahan Sanga-Sanga Dalam. Bulan puasa sebentar lagi, harga bawang sama cabe sudah naik, telur juga. Tahun lalu ada pasar murah di kecamatan, warga sangat terbantu. Tahun ini apa ada lagi? Kalau bisa lokasinya jangan cuma di kota kecamatan, warga di ujung2 susah datang. Makasih bu",
    ),
    Case(
        "web",
        "perekonomian",
        "Nama: Darius Ajang\nAlamat: Desa Umaq Dian, Kecamatan Tabang\n\nHarga bensin di desa kami Rp 18.000 - Rp 20.000 per liter, karena SPBU terdekat jauh dan BBM dibawa pengecer dengan jeriken lewat sungai. Kalau air surut, harganya bisa lebih tinggi lagi. Kami dengar ada program BBM satu harga dan SPBU kompak untuk daerah terpencil. Mohon Pemkab memperjuangkan agar program itu masuk ke Tabang, atau setidaknya ada pengaturan harga pengecer di desa-desa hulu.",
    ),
    Case(
        "web",
        "perekonomian",
        "Nama: Ridwan\nUsaha: Produksi gula aren, Desa Lung Anai, Loa Kulu\n\nKami ada 9 rumah tangga di desa yang memproduksi gula aren dan gula semut. Produksi kami cukup banyak tetapi hanya dijual ke pengepul dengan harga rendah. Kami ingin mendapatkan pendampingan usaha, bantuan kemasan, dan akses ke toko oleh-oleh atau pameran. Mohon informasi program pembinaan usaha kecil apa saja yang ada di Kukar dan bagaimana cara mendaftarnya.",
    ),
    Case(
        "sms",
        "perekonomian",
        "gas melon kosong sdh 1 minggu di rt 05 jembayan, pangkalan bilang blm dikirim agen. mohon dicek",
    ),
    Case(
        "sms",
        "perekonomian",
        "HARGA TELUR DAN BERAS DI PASAR TENGGARONG NAIK TERUS TIAP MINGGU, PEMERINTAH KEMANA. RAKYAT KECIL MAKIN SUSAH",
    ),
    Case(
        "telegram",
        "perekonomian",
        "Min, info dong jadwal pasar murah di kecamatan Marangkayu bulan ini kapan? kemarin di Sebuntal katanya ada tp sy telat tau 🙏",
    ),
    Case(
        "telegram",
        "perekonomian",
        "selamat pagi, mau tanya prosedur kalau mau buka pangkalan LPG 3kg baru di desa? desa kami Perangat Baru jauh dari pangkalan, warga harus ke desa sebelah. kira2 ke pemkab atau langsung ke agen?",
    ),
    Case(
        "twitter",
        "perekonomian",
        "@PemkabKukar elpiji 3kg di Loa Janan udh 45rb/tabung, itu HET nya brp sih sebenernya? pengecer seenaknya naikin harga, pangkalannya kosong mulu",
    ),
    Case(
        "twitter",
        "perekonomian",
        "@pemkabkukar BUMD Kukar tiap tahun disuntik modal tp laporannya rugi terus, kinerja perusdanya gimana? rakyat berhak tau uangnya dipake buat apa",
    ),
]

_SDA = [
    Case(
        "email",
        "sda",
        "Perihal: Permohonan penanganan lubang bekas tambang di Desa Bukit Pariaman\n\nKepada Yth.\nBapak Sekretaris Daerah Kabupaten Kutai Kartanegara\n\nDengan hormat,\n\nSaya Ketua RT 09 Desa Bukit Pariaman, Kecamatan Tenggarong Seberang, menyampaikan bahwa di wilayah kami terdapat dua lubang bekas tambang batu bara yang sudah tidak aktif sejak 2019. Lubang tersebut kini berisi air dan jaraknya kurang dari 300 meter dari permukiman serta jalur anak-anak ke sekolah. Tidak ada pagar, papan peringatan, maupun penjaga.\n\nSetiap sore anak-anak bermain dan berenang di sana. Kami sangat khawatir kejadian anak tenggelam seperti di tempat lain terulang di desa kami. Perusahaan pemilik izin sudah tidak bisa dihubungi.\n\nKami mohon Pemkab segera meninjau lokasi, mendesak reklamasi dan penutupan lubang, dan sementara itu memasang pagar pengaman.\n\nHormat kami,\nSamsul Bahri\nKetua RT 09 Bukit Pariaman",
    ),
    Case(
        "email",
        "sda",
        "---------- Pesan terusan ----------\nDari: Koalisi Peduli Sungai Belayan\nSubjek: Laporan pencemaran limbah pabrik kelapa sawit di Sungai Belayan\n\nYth. Pemerintah Kabupaten Kutai Kartanegara,\n\nBersama ini kami teruskan laporan warga Desa Kelekat dan Hambau, Kecamatan Kembang Janggut. Sejak tiga minggu terakhir air Sungai Belayan di bawah lokasi pabrik pengolahan kelapa sawit berwarna hitam kecokelatan, berbau busuk, dan ikan-ikan keramba warga mati. Warga menduga kolam limbah pabrik jebol atau sengaja dibuang saat hujan.\n\nPerusahaan menawarkan bantuan CSR berupa sembako kepada warga, tetapi warga menolak. Yang diminta warga adalah pembuangan limbah dihentikan, dilakukan pengambilan sampel air, dan perusahaan bertanggung jawab atas kerugian keramba.\n\nFoto dan video kami lampirkan.\n\nSalam,\nKoalisi Peduli Sungai Belayan",
    ),
    Case(
        "email",
        "sda",
        "Yth. Bapak/Ibu di Setda Kukar\n\nAssalamualaikum,\n\nKami Kelompok Tani Sri Rejeki, Desa Sumber Sari, Kecamatan Sebulu. Pada awal tahun kami mengusulkan bantuan hand tractor dan mesin perontok padi melalui penyuluh pertanian dan proposal sudah diterima di kecamatan. Minggu lalu bantuan alat pertanian dibagikan di desa kami, tetapi yang menerima adalah kelompok yang baru dibentuk dua bulan dan anggotanya bukan petani sawah.\n\nKami ingin tahu bagaimana sebenarnya penentuan kelompok penerima bantuan alat pertanian, dan apakah usulan kami masih berlaku untuk tahap berikutnya. Sawah kami 35 hektar dan selama ini masih dibajak manual.\n\nTerima kasih.\n\nWassalam,\nSutarno\nKetua Poktan Sri Rejeki",
    ),
    Case(
        "whatsapp",
        "sda",
        "pak ini sungai di belakang rumah kami di desa rempanga loa kulu dari kemarin airnya kuning pekat kaya susu coklat ikan2 pada mati ngambang bau nya juga aneh anak2 gak bisa mandi di sungai lagi katanya dari kolam tambang di atas jebol waktu hujan deras tolong pak dicek ke lokasi ini sdh kesekian kalinya",
    ),
    Case(
        "whatsapp",
        "sda",
        "Assalamualaikum pak, sy ketua kelompok nelayan Bina Bahari di Desa Salo Palai Muara Badak. Th lalu kami sdh didata dan diverifikasi utk bantuan mesin ketinting & jaring dari dinas perikanan, malah sdh difoto petugas. Tp sampai skrg barangnya gk ada, sementara kelompok desa sebelah sdh terima. Kami cuma mau tau nama kelompok kami masih terdaftar atau gk. Mesin perahu anggota kami sdh banyak yg rusak pak",
    ),
    Case(
        "whatsapp",
        "sda",
        "pak mau lapor, tiap malam ada truk2 angkut kayu log keluar dari hutan di atas Desa Gunung Sari Tabang, sekitar jam 11 malam sampai subuh. kayunya besar2, kayaknya ulin dan meranti. warga takut negur. hutan di hulu sungai itu sumber air desa kami. tolong pemkab koordinasi sama kehutanan, sy bisa kirim video",
    ),
    Case(
        "whatsapp",
        "sda",
        "Pak mohon maaf sy mau sampaikan, sejak perusahaan sawit buka lahan di bukit belakang Desa Muhuran (Kota Bangun) tahun lalu, setiap hujan lumpurnya turun ke sawah dan parit warga. Sawah sy 1 hektar tertimbun lumpur setebal betis, padi gagal panen 2 kali. Warga lain juga sama. Dulu gk pernah begini sblm hutannya digunduli. Kami sdh ke kantor kebunnya, katanya akan dibuatkan parit penahan tp sampai skrg gk ada. Mohon pemkab turun cek",
    ),
    Case(
        "web",
        "sda",
        "Nama: Kadir\nAlamat: Desa Embalut, Tenggarong Seberang\n\nJalan desa kami setiap hari dilewati truk pengangkut batu bara dari pagi sampai malam. Debunya sangat tebal, masuk ke rumah, warung dan sekolah, dan sudah banyak anak yang batuk-batuk dan sesak napas. Penyiraman jalan hanya dilakukan kadang-kadang saja. Kami meminta Pemkab menegur perusahaan tambang agar menghentikan pengangkutan lewat permukiman atau minimal menyiram jalan secara rutin dan memeriksa kualitas udara.",
    ),
    Case(
        "web",
        "sda",
        "Nama: Eko Prasetyo\nAlamat: Kelurahan Sungai Merdeka, Samboja\n\nSudah tiga hari asap kebakaran lahan menyelimuti permukiman kami. Api berasal dari lahan semak dan gambut di belakang kompleks, diduga sengaja dibakar untuk pembukaan kebun. Petugas pemadam sudah datang, tetapi api muncul lagi di titik lain. Mohon pemerintah menindak pelaku pembakaran dan mengawasi pembukaan lahan di wilayah Samboja, karena setiap musim kemarau kejadian ini terulang.",
    ),
    Case(
        "sms",
        "sda",
        "tambang ilegal di blkg SD di desa loa ulung makin dekat ke sekolah, alat berat kerja tiap hari. tlg ditinjau sblm ada korban",
    ),
    Case(
        "sms",
        "sda",
        "bibit sawit bantuan utk kelompok tani kami di benua puhun muara kaman blm dtg, pdhl sdh didata dr bln 2. kpn pak",
    ),
    Case(
        "telegram",
        "sda",
        "Selamat siang min, izin tanya. Bantuan benih padi dan pompa air utk poktan di Marangkayu tahap 2 kapan ya? Kelompok kami di Desa Kersik sdh usul lewat PPL tp blm ada kabar",
    ),
    Case(
        "telegram",
        "sda",
        "ada yg tau cara lapor limbah perusahaan yg dibuang ke sungai mahakam di muara jawa? airnya berminyak & bau, nelayan udang di sini udah seminggu gak dapet hasil",
    ),
    Case(
        "twitter",
        "sda",
        "@PemkabKukar lubang tambang lagi2 makan korban anak kecil. sampe kapan dibiarin terbuka gini? mana reklamasinya, mana tanggung jawab perusahaan? #lubangtambang",
    ),
    Case(
        "twitter",
        "sda",
        "@pemkabkukar danau semayang makin dangkal & penuh eceng gondok, airnya bau limbah sawit dr hulu. ikan nelayan kenohan pada mati. tolong diusut sumber pencemarannya pak",
    ),
]

_ADPEM = [
    Case(
        "email",
        "adpem",
        "Perihal: Laporan Kerusakan Jalan Semenisasi RT 05 Desa Tanjung Limau\n\nKepada Yth.\nBapak/Ibu Pengelola Layanan Pengaduan\nPemerintah Kabupaten Kutai Kartanegara\ndi Tenggarong\n\nDengan hormat,\n\nKami warga RT 05 Desa Tanjung Limau, Kecamatan Muara Badak, ingin menyampaikan bahwa jalan semenisasi sepanjang kurang lebih 400 meter yang dikerjakan pada bulan Juni lalu (papan proyek menyebut sumber dana APBD Kabupaten Tahun Anggaran 2024) sekarang sudah retak-retak dan di beberapa titik ambles. Umurnya belum sampai empat bulan.\n\nSaat pengecoran kami sudah melihat adukan terlalu encer dan ketebalan di pinggir hanya sekitar 10 cm. Kami sudah sampaikan ke mandor di lapangan, jawabannya 'sudah sesuai gambar'. Kepala desa juga sudah kami beri tahu, beliau menyarankan kami melapor langsung ke kabupaten karena ini bukan pekerjaan dana desa.\n\nKami mohon pekerjaan tersebut diperiksa ulang dan kontraktornya diminta memperbaiki selama masa pemeliharaan belum habis. Foto-foto kami lampirkan.\n\nAtas perhatiannya kami ucapkan terima kasih.\n\nHormat kami,\nSyamsuddin\nKetua RT 05 Desa Tanjung Limau\nHP 0812-5xxx-xxxx",
    ),
    Case(
        "email",
        "adpem",
        "---------- Forwarded message ---------\nDari: Forum Peduli Hulu Mahakam <fphm.kukar@gmail.com>\nTanggal: Sen, 14 Okt\nSubjek: Jembatan Kelekat tidak kunjung selesai\n\nYth. Pemkab Kukar,\n\nBersama ini kami teruskan kembali laporan kami bulan Agustus yang belum mendapat tanggapan.\n\nPembangunan jembatan beton penghubung Desa Kelekat dengan jalan poros di Kecamatan Kembang Janggut sudah berhenti sejak awal tahun. Yang berdiri baru dua abutmen, besi-besinya sekarang berkarat kena air pasang. Papan nama proyek sudah tidak ada, jadi warga tidak tahu lagi siapa pelaksananya dan sampai kapan kontraknya. Anak sekolah masih menyeberang pakai ketinting setiap hari.\n\nKami meminta penjelasan resmi: apakah pekerjaan ini putus kontrak, berapa persen progresnya, dan apakah akan dilanjutkan tahun depan.\n\nSalam,\nRusdi Hamzah\nKoordinator FPHM",
    ),
    Case(
        "email",
        "adpem",
        "Subject: Re: Drainase Jl. Mangkurawang (tindak lanjut)\n\nSelamat siang,\n\nMenindaklanjuti email saya tanggal 2 September (di bawah), sampai hari ini belum ada jawaban dan kondisinya makin parah.\n\nSaluran drainase yang baru dibangun di depan rumah kami ternyata lebih tinggi dari badan jalan, jadi air hujan justru tidak bisa masuk ke saluran dan menggenang di jalan dan pekarangan. Tiap hujan deras air masuk sampai teras. Tutup saluran beton juga sudah ada yang patah padahal belum lewat musim hujan pertama.\n\nSaya bukan orang teknik, tapi kelihatannya ada yang salah dengan elevasinya. Mohon ada pengawas yang turun mengecek sebelum proyek dianggap selesai dan diserahterimakan.\n\nTerima kasih.\n\nSalam,\nDewi Kartika\nKel. Mangkurawang, Tenggarong\n\n> Pada 2 Sep, Dewi Kartika menulis:\n> Saya mau melaporkan pembangunan drainase di Jl. Mangkurawang yang sepertinya tidak sesuai...",
    ),
    Case(
        "whatsapp",
        "adpem",
        "Assalamualaikum pak/bu mohon maaf mengganggu. Saya warga Desa Loa Duri Ilir Kec. Loa Janan mau cerita soal pembangunan gedung pustu di desa kami. Jadi bangunannya itu mulai dikerjakan tahun lalu sekitar bulan Agustus, sempat jalan sampai atap tapi habis itu pekerja hilang semua. Skrg sudah hampir setahun dibiarkan, kusen jendela sudah ada yg dicabut orang, di dalam jadi tempat anak2 nongkrong malam. Kami sudah tanya ke kantor desa katanya itu proyek kabupaten bukan urusan desa, tanya ke puskesmas katanya mereka cuma pengguna nanti. Jadi kami bingung mau tanya ke siapa. Kami cuma mau tau bangunan itu kapan dilanjutkan sampai selesai, sayang uang negara kalau dibiarkan rusak begitu. Terima kasih 🙏",
    ),
    Case(
        "whatsapp",
        "adpem",
        "selamat sore pak saya sopir angkutan trayek kota bangun tenggarong mau lapor jalan poros di km 12 arah kota bangun yg baru diaspal ulang bulan kemaren itu sudah ngelupas lagi aspalnya tipis bgt kayak kulit kerupuk pak baru dilewati truk seminggu sudah bolong bolong lagi kami yg tiap hari lewat ini rugi ban pecah mohon lah pak dicek itu kontraktornya kerja bener apa nggak",
    ),
    Case(
        "whatsapp",
        "adpem",
        "Assalamualaikum pian, ulun warga Muara Muntai Ilir. Handak betakon masalah proyek siring/turap di pinggir sungai depan pasar lama. Dari tahun tadi dikerjakan sampai wahini kada tuntas, tiangnya haja nang tebanam, papan ulinnya kada dipasang. Mun banyu pasang tanah tepi sungai makin runtuh, rumah bubuhan kami nang di pinggir sudah miring. Ujar urang kontraktornya kabur. Minta tolong pian sampaikan lah ke nang bewenang, kapan ini dilanjut?",
    ),
    Case(
        "whatsapp",
        "adpem",
        "Pak proyek peningkatan jalan gang Kenanga RT 12 Loa Ipuh itu kapan dilanjut ya? alat berat sdh ditarik 2 bulan, jalan dibiarkan tanah kupas, kalau hujan becek parah",
    ),
    Case(
        "web",
        "adpem",
        "Nama: Yohanes Lejau\nAlamat: Desa Muara Ritan, Kecamatan Tabang\nPekerjaan: Guru SD\n\nIsi pengaduan:\nDengan hormat, saya ingin menanyakan perkembangan pembangunan jembatan gantung yang menghubungkan Desa Muara Ritan dengan kampung seberang. Pekerjaan dimulai bulan Mei, namun sampai sekarang yang terpasang baru pondasi dan menara sebelah kanan. Sejak bulan Agustus tidak ada pekerja di lokasi.\n\nSebagian murid saya tinggal di seberang dan selama ini menyeberang dengan perahu yang tidak aman ketika air sungai naik. Mohon kiranya dapat diberikan informasi mengenai progres pekerjaan, jadwal penyelesaian, serta langkah yang akan diambil apabila pelaksana tidak dapat menyelesaikan pekerjaan tepat waktu.\n\nTerima kasih.",
    ),
    Case(
        "web",
        "adpem",
        "Nama: Andi (dirahasiakan)\nKecamatan: Sangasanga\n\nSaya melihat sendiri pekerjaan pembangunan gedung olahraga di Kelurahan Sarijaya memakai besi tulangan yang lebih kecil dari yang biasanya dipakai untuk kolom bangunan dua lantai, dan cor kolomnya banyak yang keropos setelah bekisting dibuka. Saya khawatir bangunan ini nanti dipakai anak-anak dan masyarakat ramai-ramai. Mohon pemerintah kabupaten menurunkan tim untuk memeriksa mutu pekerjaannya sebelum diteruskan ke lantai dua. Identitas saya mohon tidak dibuka karena saya bekerja di sekitar lokasi.",
    ),
    Case(
        "sms",
        "adpem",
        "Jln semenisasi desa sumber sari loa kulu baru dikerjakan bln lalu sdh hancur pinggirnya. mohon dicek kualitasnya. dr warga RT 3",
    ),
    Case(
        "sms",
        "adpem",
        "PROYEK BOX CULVERT DI HANDIL TERUSAN ANGGANA TRBENGKALAI, LUBANG GALIAN DIBIARKAN TERBUKA TANPA PAGAR. SDH ADA MOTOR MASUK. TLG SEGERA",
    ),
    Case(
        "telegram",
        "adpem",
        "Min mau nanya, proyek jalan tembus Sebulu - Muara Kaman itu skrg progresnya sdh berapa persen ya? katanya target selesai Desember tp pas sy lewat kemarin baru timbunan tanah, blm ada pengerasan sama sekali. Ada yg tau?",
    ),
    Case(
        "telegram",
        "adpem",
        "Lapor admin. Pekerjaan saluran di Jl. Pesut Tenggarong (dekat SMP) ditinggal kontraktornya sdh 3 minggu. Galian tanah menumpuk di bahu jalan, pipa PDAM sampai kena pecah. Tolong diingatkan pelaksananya.",
    ),
    Case(
        "twitter",
        "adpem",
        "@kukarkab jalan poros Kenohan yg baru diaspal bulan lalu udah bolong2 lagi. yg ngawasin proyeknya siapa sih?? duit rakyat ini pak",
    ),
    Case(
        "twitter",
        "adpem",
        "@kukarkab pembangunan taman di tepian Sebuntal Marangkayu mangkrak, cuma pagar seng doang udah setahun lebih. kapan jadinya? #Kukar #KukarIdaman",
    ),
]

_PBJ = [
    Case(
        "email",
        "pbj",
        "Perihal: Sanggahan atas Hasil Pemilihan Paket Rehabilitasi Gedung Kantor Kecamatan Samboja\n\nKepada Yth.\nPokja Pemilihan\nPemerintah Kabupaten Kutai Kartanegara\n\nDengan hormat,\n\nYang bertanda tangan di bawah ini, Direktur CV Borneo Karya Mandiri, peserta pemilihan paket pekerjaan tersebut di atas, dengan ini menyampaikan keberatan atas pengumuman hasil evaluasi tanggal 7 Oktober.\n\nPerusahaan kami dinyatakan gugur pada evaluasi teknis dengan alasan personel manajerial tidak memenuhi, padahal SKK Ahli Muda yang kami unggah masih berlaku sampai 2026 dan dokumen pemilihan tidak mensyaratkan pengalaman minimal sebagaimana yang disebut dalam berita acara. Sementara itu pemenang yang ditetapkan memiliki harga penawaran lebih tinggi Rp 212 juta dari penawaran kami.\n\nKami mohon evaluasi ulang terhadap dokumen penawaran kami sesuai ketentuan dalam dokumen pemilihan. Bukti pendukung kami lampirkan.\n\nDemikian kami sampaikan.\n\nHormat kami,\nH. Muhammad Arsyad\nDirektur CV Borneo Karya Mandiri\nJl. Gunung Belah, Tenggarong",
    ),
    Case(
        "email",
        "pbj",
        "Selamat pagi,\n\nSaya admin perusahaan PT Sinar Mahakam Teknik. Sudah hampir tiga minggu kami mendaftar sebagai penyedia di LPSE Kukar dan sudah menyerahkan berkas asli untuk verifikasi, tapi status akun kami masih 'belum diverifikasi' sehingga kami tidak bisa ikut paket yang sedang tayang.\n\nKami sudah telepon ke nomor helpdesk beberapa kali tapi tidak diangkat. Padahal ada dua paket pengadaan yang batas pendaftarannya minggu ini.\n\nMohon bantuannya agar verifikasi kami bisa diproses. Username kami: sinarmahakam.\n\nTerima kasih.\n\nRegards,\nNurul Hidayah\nAdmin Tender PT Sinar Mahakam Teknik\nSamarinda",
    ),
    Case(
        "email",
        "pbj",
        "Subject: RE: RE: Produk belum tayang di katalog lokal\n\nYth. Bapak/Ibu,\n\nMohon maaf saya mengirim lagi. Sejak bulan Juli kami sudah mengajukan penayangan produk meubel kayu ulin (meja, kursi, lemari arsip) di katalog elektronik lokal Kabupaten Kutai Kartanegara. Semua persyaratan sudah kami lengkapi, tapi sampai sekarang produk kami belum muncul sehingga instansi yang ingin membeli tidak bisa memesan ke kami.\n\nBeberapa sekolah dan kantor desa sudah menanyakan produk kami, tetapi mereka harus membeli lewat katalog.\n\nMohon informasi apa yang masih kurang dari pengajuan kami.\n\nHormat saya,\nAgus Salim\nUD Ulin Jaya, Loa Kulu\n\n-----Original Message-----\nFrom: UD Ulin Jaya\nSent: 12 Agustus\nSubject: RE: Produk belum tayang di katalog lokal\n> Mohon info kelanjutan pengajuan produk kami...",
    ),
    Case(
        "whatsapp",
        "pbj",
        "Selamat malam pak. Saya kontraktor lokal dari Tenggarong Seberang, sudah 10 tahun ikut pekerjaan pemerintah. Mau menyampaikan keluhan soal paket jalan lingkungan di Perjiwa yg tayang minggu lalu. Jadwalnya tiba2 diubah, masa upload penawaran dipersingkat jadi 3 hari, terus ada persyaratan alat yg aneh, harus punya AMP sendiri dalam radius 20 km, padahal pekerjaannya cuma semenisasi. Semua orang juga tau yg punya AMP di sekitar situ cuma satu perusahaan. Kesannya paket ini sdh diarahkan ke perusahaan tertentu. Kami yg kecil2 ini gimana mau bersaing kalau syaratnya begitu. Mohon ini diperhatikan dan dokumennya ditinjau ulang pak. Terima kasih.",
    ),
    Case(
        "whatsapp",
        "pbj",
        "Assalamualaikum. Ulun pengusaha kecil di Bukit Raya, Tenggarong Seberang, usaha bengkel las. Handak mendaftar jadi penyedia supaya kawa ikut pekerjaan pemerintah, tapi bubuhan kami kada paham caranya, apa haja syaratnya, harus ada NIB kah, daftar di mana. Ada kah pelatihan atau pendampingan gasan pengusaha lokal? Makasih pian.",
    ),
    Case(
        "whatsapp",
        "pbj",
        "pak saya kepala desa di kota bangun mau tanya sebenarnya pengadaan mobil ambulans yg dijanjikan untuk desa desa itu dibeli lewat katalog atau ditender soalnya ada orang datang ke kantor desa ngaku ngaku dari perusahaan pemenang minta uang muka ke desa saya jadi curiga pak ini paketnya benar ada atau nggak dan siapa penyedianya",
    ),
    Case(
        "whatsapp",
        "pbj",
        "Pak, hasil lelang paket drainase Muara Jawa Ulu kok blm diumumkan ya? sdh lewat 2 minggu dr jadwal penetapan pemenang",
    ),
    Case(
        "web",
        "pbj",
        "Nama: Rina Marlina\nInstansi/Perusahaan: CV Tiga Putra, Muara Badak\n\nPerihal: Permohonan reset akun penyedia\n\nKami tidak dapat masuk ke akun penyedia kami di sistem pengadaan elektronik karena alamat email yang terdaftar adalah email lama yang sudah tidak aktif (pegawai yang mengelola sudah keluar). Fitur lupa kata sandi mengirim tautan ke email lama tersebut.\n\nMohon petunjuk prosedur penggantian email dan reset kata sandi, termasuk dokumen apa saja yang harus dibawa ke kantor LPSE. Terima kasih.",
    ),
    Case(
        "web",
        "pbj",
        "Nama: Bambang S.\nPekerjaan: Wiraswasta (penyedia jasa konstruksi)\n\nSaya ingin melaporkan bahwa pemenang paket pembangunan pos kamling di Kecamatan Marangkayu beralamat di sebuah ruko di Tenggarong yang ternyata adalah toko pulsa, tidak ada kantor perusahaan di sana. Kami sudah mengajukan sanggahan tapi jawabannya hanya satu kalimat 'sanggahan tidak dapat diterima' tanpa penjelasan. Kami minta dilakukan klarifikasi dan pembuktian kualifikasi yang sebenarnya terhadap pemenang sebelum kontrak ditandatangani.",
    ),
    Case(
        "sms",
        "pbj",
        "Lpse kukar error trs gk bisa upload penawaran, batasnya jam 4 sore ini. tolong dibantu/diperpanjang",
    ),
    Case(
        "sms",
        "pbj",
        "Slmt siang mhn info jadwal verifikasi berkas pendaftaran penyedia baru di LPSE hari apa saja. trims. Andi, Sebulu",
    ),
    Case(
        "telegram",
        "pbj",
        "Rekan2 penyedia, ada yg tau kenapa paket2 e-purchasing di Kukar skrg banyak yg jatuh ke penyedia dari luar daerah? Padahal produk lokal kita jg sdh tayang. Semoga pokja/PPK bisa jelaskan mekanismenya biar kami paham.",
    ),
    Case(
        "telegram",
        "pbj",
        "Mau tanya min, tender konsultan pengawasan jalan Loa Kulu yg dibatalkan kemarin itu apakah akan ditender ulang? kapan kira2 diumumkan lagi?",
    ),
    Case(
        "twitter",
        "pbj",
        "@kukarkab tender ulang, tender ulang, tender ulang lagi. pokja pemilihannya kerja gimana sih? penyedia lokal rugi waktu dan biaya bikin dokumen terus",
    ),
    Case(
        "twitter",
        "pbj",
        "LPSE Kukar down dari pagi pas hari terakhir pemasukan dokumen penawaran. @kukarkab tolong jadwalnya diperpanjang, jangan sampai kami yg disalahkan",
    ),
]

_ORGANISASI = [
    Case(
        "email",
        "organisasi",
        "Kepada Yth.\nPemerintah Kabupaten Kutai Kartanegara\n\nDengan hormat,\n\nSaya ingin menyampaikan keluhan mengenai pengurusan KTP elektronik anak saya di kantor Disdukcapil Tenggarong. Perekaman sudah dilakukan sejak bulan Juni. Sejak itu kami sudah lima kali datang, dan setiap kali jawabannya berbeda: pertama dikatakan blangko habis, kemudian data belum tersinkron, lalu disuruh menunggu pesan WhatsApp yang tidak pernah datang.\n\nKami tinggal di Kota Bangun, sekali datang ke Tenggarong menghabiskan hampir satu hari dan ongkos yang tidak sedikit. Anak saya butuh KTP untuk mendaftar kerja.\n\nSaya mohon ada kepastian berapa lama sebenarnya proses ini, dan ada informasi yang jelas bagi masyarakat supaya tidak bolak-balik tanpa hasil.\n\nHormat saya,\nSiti Aminah\nKota Bangun Ilir",
    ),
    Case(
        "email",
        "organisasi",
        "Perihal: Permintaan Informasi Standar Pelayanan dan Hasil Survei Kepuasan\n\nYth. Sekretariat Daerah Kabupaten Kutai Kartanegara,\n\nKami dari Lembaga Kajian Kebijakan Publik Etam melakukan pemantauan di 9 kantor pelayanan di Tenggarong selama bulan September. Di 6 kantor, kami tidak menemukan papan informasi mengenai persyaratan, biaya, dan waktu penyelesaian layanan. Di beberapa kantor papan tersebut ada, tetapi isinya tidak sesuai dengan yang disampaikan petugas.\n\nSelain itu, kami tidak menemukan publikasi hasil survei kepuasan masyarakat tahun lalu di situs resmi perangkat daerah mana pun.\n\nKami mohon: (1) informasi perangkat daerah mana yang sudah menetapkan dan memajang standar pelayanannya, dan (2) akses terhadap hasil survei kepuasan tahun 2023.\n\nLaporan pemantauan lengkap kami lampirkan.\n\nHormat kami,\nDr. Hairul Anwar\nDirektur LK2P Etam",
    ),
    Case(
        "email",
        "organisasi",
        "---------- Pesan terusan ----------\nDari: Fajar Nugroho\nKepada: pengaduan\nSubjek: Diminta uang pelicin untuk izin bangunan\n\nSelamat sore,\n\nSaya meneruskan cerita adik saya yang mengurus persetujuan bangunan gedung untuk ruko di Loa Janan. Berkas sudah lengkap dan sudah diunggah di sistem, tetapi tidak bergerak selama sebulan. Ketika datang ke kantor pelayanan perizinan, seorang petugas menyampaikan bahwa kalau mau cepat 'ada biaya koordinasi' Rp 3 juta, tanpa kuitansi.\n\nKami tidak mau membayar karena setahu kami tidak ada biaya seperti itu. Tetapi sekarang berkas kami tetap tidak diproses.\n\nMohon ini ditindaklanjuti. Kami bersedia memberikan keterangan, nama petugas dan waktunya kami catat.\n\nTerima kasih,\nFajar",
    ),
    Case(
        "whatsapp",
        "organisasi",
        "Selamat siang bu/pak. Saya ibu rumah tangga dari Loa Kulu mau curhat sekaligus komplain. Saya ngurus akta kelahiran anak ketiga saya sudah 3 kali balik ke kantor. Pertama disuruh bawa surat keterangan lahir asli, sudah saya bawa. Kedua datang lagi petugasnya lain, katanya harus ada surat nikah yg dilegalisir. Ketiga datang lagi katanya harus ada saksi 2 orang bawa KTP. Kenapa gak dari awal dikasih tau semua syaratnya? Saya ini bawa bayi pak, naik motor jauh, panas. Di loket juga gak ada daftar syarat yg ditempel. Tolong lah dibenahi supaya petugasnya satu suara dan syaratnya jelas. Terima kasih.",
    ),
    Case(
        "whatsapp",
        "organisasi",
        "Assalamualaikum, ulun handak melapor. Kemarin ulun legalisir ijazah SMP anak ulun di kantor dinas pendidikan, disuruh bayar 50 ribu gasan 5 lembar. Padahal ujar urang legalisir itu gratis. Kada dikasih kwitansi jua. Bubuhan kawan ulun sama haja ditarik duit. Tolong pian cek lah, kasian urang kampung.",
    ),
    Case(
        "whatsapp",
        "organisasi",
        "pak saya sopir truk dari samboja mau ngadu soal uji kir kami antri dari jam 6 pagi petugasnya baru datang jam 10 terus jam 12 sudah istirahat lagi sampai jam 2 kami sehari cuma dapat 8 kendaraan yg diuji padahal di papan depan tulisannya pelayanan mulai jam 8 kami rugi pak gak narik seharian tolong ditegur petugasnya",
    ),
    Case(
        "whatsapp",
        "organisasi",
        "Loket pelayanan di kantor camat Muara Wis tutup jam 11 siang pdhl di pintu tertulis buka sampai jam 2. sdh 2x sy datang dr Melintang naik perahu pulang dgn tangan kosong",
    ),
    Case(
        "web",
        "organisasi",
        "Nama: Lestari Handayani\nPekerjaan: Mahasiswa\nAlamat: Kelurahan Timbau, Tenggarong\n\nSaat mengurus layanan di salah satu kantor pelayanan di Tenggarong minggu lalu, saya melihat petugas mengisi sendiri lembar survei kepuasan atas nama masyarakat, bahkan ada tumpukan lembar yang sudah dicentang 'sangat puas' semua. Ketika saya minta lembar survei untuk saya isi sendiri, petugas mengatakan tidak perlu karena 'sudah diwakilkan'.\n\nSaya kira hasil survei yang diisi seperti itu tidak menggambarkan keadaan sebenarnya. Mohon dilakukan pengecekan terhadap cara pengisian survei di kantor tersebut dan kantor pelayanan lainnya.",
    ),
    Case(
        "web",
        "organisasi",
        "Nama: Herman Ladjong\nAlamat: Desa Sebuntal, Marangkayu\n\nBerkas permohonan saya (fotokopi sertifikat, KTP, dan surat kuasa) yang saya serahkan di loket sebuah kantor pelayanan bulan Juli dinyatakan hilang. Petugas loket mengatakan berkas sudah diserahkan ke bagian belakang, bagian belakang mengatakan tidak pernah menerima. Tidak ada tanda terima yang diberikan saat penyerahan, sehingga saya tidak bisa membuktikan apa-apa. Sekarang saya disuruh mengulang dari awal.\n\nSaya mohon ada kejelasan tanggung jawab atas berkas yang hilang dan agar setiap penyerahan berkas diberi tanda terima.",
    ),
    Case(
        "sms",
        "organisasi",
        "di loket disdukcapil tenggarong ada org minta 200rb biar KK cepat jadi, katanya bisa 1 hari. tolong ditertibkan calo2 itu",
    ),
    Case(
        "sms",
        "organisasi",
        "sdh 2 minggu ngurus izin usaha di mal pelayanan publik blm jg selesai, petugas cuma blg tunggu aja. gk ada kepastian",
    ),
    Case(
        "telegram",
        "organisasi",
        "Ada yg pernah dimintai uang tambahan pas ambil KTP el di kecamatan? Sy tadi disuruh bayar 'uang blangko' 25rb. Emang resmi ya? Kok gk ada kwitansi",
    ),
    Case(
        "telegram",
        "organisasi",
        "Info dong, standar waktu terbitnya izin bangunan di Kukar berapa hari sih? sdh 40 hari gk ada kabar dan gk ada satu pun petugas yg bisa jelasin berkas sy nyangkut di mana",
    ),
    Case(
        "twitter",
        "organisasi",
        "@kukarkab jam 9 pagi di mal pelayanan publik petugasnya masih pada kosong, warga udah antri dari jam 7. katanya melayani sepenuh hati 🙃",
    ),
    Case(
        "twitter",
        "organisasi",
        "@kukarkab urus surat pindah di disdukcapil dilempar2 dari loket 1 ke loket 3 terus balik ke loket 1. gak ada yg tau prosedurnya. capek",
    ),
]

_UMUM = [
    Case(
        "email",
        "umum",
        "Perihal: Permohonan Peminjaman Ruang Rapat\n\nKepada Yth.\nPengelola Gedung Kantor Bupati Kutai Kartanegara\ndi Tenggarong\n\nDengan hormat,\n\nSehubungan dengan rencana kegiatan Seminar Kepemudaan yang akan diselenggarakan oleh Himpunan Mahasiswa Kutai Kartanegara pada hari Sabtu, 16 November, kami bermaksud meminjam salah satu ruang rapat di lingkungan Kantor Bupati yang dapat menampung sekitar 80 orang, dari pukul 08.00 sampai 13.00 WITA.\n\nKami sudah datang dua kali untuk menanyakan ketersediaan ruangan, namun belum mendapat jawaban yang pasti dan diminta mengirim surat. Bersama ini kami mohon informasi ruangan yang tersedia, prosedur peminjaman, serta apakah ada biaya kebersihan atau listrik yang perlu kami tanggung.\n\nAtas perhatian Bapak/Ibu kami ucapkan terima kasih.\n\nHormat kami,\nMuhammad Rizky\nKetua Panitia\nHIMAKUKAR",
    ),
    Case(
        "email",
        "umum",
        "Subject: Status surat kami ke Bupati\n\nSelamat pagi,\n\nPada tanggal 23 September kami dari Koperasi Nelayan Sejahtera Muara Badak mengantarkan langsung surat permohonan data ke Kantor Bupati dan menyerahkannya di meja penerimaan surat di lantai dasar. Waktu itu kami hanya diminta meninggalkan surat, tanpa diberi tanda terima atau nomor agenda.\n\nSudah sebulan lebih kami tidak tahu apakah surat itu tercatat dan sudah diteruskan ke mana. Ketika kami menelepon, petugas tidak bisa menemukan surat kami di buku agenda.\n\nMohon bantu dicek apakah surat kami benar sudah diterima dan didisposisikan, dan ke depannya mohon setiap surat yang masuk diberi tanda terima.\n\nTerima kasih,\nAbdul Karim\nSekretaris Koperasi Nelayan Sejahtera",
    ),
    Case(
        "email",
        "umum",
        "Subject: Re: Penggunaan mobil dinas di luar jam kerja\n\nYth. Bapak/Ibu,\n\nSaya ingin menambahkan laporan saya minggu lalu yang belum ada balasannya. Hari Minggu kemarin saya kembali melihat mobil dinas pelat merah dengan stiker Sekretariat Daerah yang sama dipakai satu keluarga untuk berlibur di Pantai Ambalat, Samboja. Ini sudah ketiga kalinya saya lihat dalam sebulan, dan saya rasa BBM-nya pun dibayar dengan uang daerah.\n\nNomor polisi dan foto sudah saya lampirkan di email sebelumnya. Saya hanya minta kendaraan dinas dipakai untuk keperluan dinas.\n\nHormat saya,\nWarga Samboja (nama mohon dirahasiakan)\n\n> Pada Sen, 30 Sep, saya menulis:\n> Saya melaporkan penggunaan mobil dinas KT xxxx xx untuk keperluan pribadi...",
    ),
    Case(
        "whatsapp",
        "umum",
        "Selamat siang pak. Saya mau menyampaikan kejadian tadi pagi di kantor bupati. Saya datang mau antar berkas ke salah satu bagian, parkiran depan penuh semua, banyak mobil yg parkir sembarangan sampai menutup jalur keluar. Terpaksa saya parkir di pinggir dekat pos jaga. Pas saya keluar satu jam kemudian, motor saya sudah dipindah entah ke mana dan petugas jaga di pos malah membentak saya, katanya salah sendiri parkir di situ. Saya tidak keberatan ditegur tapi caranya tidak sopan. Mohon parkiran kantor bupati itu ditata, disediakan tempat untuk tamu, dan petugas jaganya dibina cara melayani tamu. Terima kasih.",
    ),
    Case(
        "whatsapp",
        "umum",
        "Pak, mohon maaf mau nyampaikan. Toilet di lobi kantor bupati yg dekat ruang tunggu itu kotor sekali, air gak jalan, bau nya sampai ke lorong. Saya tadi antar ibu saya yg sudah sepuh, kasihan beliau gak bisa pakai. Ini kan kantor bupati pak, masa begitu. Tolong petugas kebersihannya diingatkan",
    ),
    Case(
        "whatsapp",
        "umum",
        "Assalamualaikum pian. Ulun sopir di lingkungan Setda. Mobil dinas nang ulun pegang sudah 3 bulan kada diservis, ban sudah gundul, rem bunyi. Sudah ulun lapor ke nang mengurus kendaraan, ujarnya tunggu haja. Ulun takutan mun membawa pimpinan ke hulu jalannya licin. Minta tolong disampaikan lah supaya mobilnya diperbaiki.",
    ),
    Case(
        "whatsapp",
        "umum",
        "Pak lampu parkiran sama lampu taman kantor bupati mati semua sdh seminggu, malam gelap gulita, kemarin ada motor pegawai hampir hilang",
    ),
    Case(
        "web",
        "umum",
        "Nama: Mariyati\nAlamat: Desa Manunggal Jaya, Tenggarong Seberang\n\nPada hari Rabu tanggal 9 Oktober, dompet saya tertinggal di kursi ruang tunggu lantai dasar Kantor Bupati ketika saya menunggu panggilan. Saya baru sadar setelah sampai rumah. Saat kembali ke kantor, petugas jaga mengatakan tidak ada laporan barang temuan.\n\nDi dalam dompet ada KTP, ATM, dan surat-surat penting. Saya mohon dibantu untuk mengecek rekaman kamera pengawas di ruang tunggu pada jam tersebut (sekitar pukul 10.00 sampai 10.30) dan disediakan tempat penitipan barang temuan yang jelas.",
    ),
    Case(
        "web",
        "umum",
        "Nama: Bayu Pratama\nPekerjaan: Pegawai honorer\n\nPlafon ruang tunggu tamu di lantai 2 gedung utama Kantor Bupati sudah jebol di dua titik dan setiap hujan air menetes ke lantai. Ember ditaruh di bawahnya sudah hampir sebulan. Lantainya jadi licin dan kemarin ada tamu lansia yang terpeleset. Kerusakannya kecil saja dan sebenarnya bisa diperbaiki cepat. Mohon pengelola gedung segera memperbaikinya.",
    ),
    Case(
        "sms",
        "umum",
        "Parkiran kantor bupati penuh mobil pribadi pegawai dr pagi, tamu gk kebagian tempat. tlg diatur, sediakan parkir tamu",
    ),
    Case(
        "sms",
        "umum",
        "Pak sy antar surat ke kantor bupati tgl 3 blm dpt tanda terima/no agenda. kemana sy bisa cek surat sy sdh sampai blm",
    ),
    Case(
        "telegram",
        "umum",
        "Admin, prosedur pinjam ruang rapat di lantai 3 kantor bupati gimana ya? Mau dipakai rapat koordinasi forum ketua RT se-Kelurahan Sukarame, kira2 40 org. Perlu surat ke siapa?",
    ),
    Case(
        "telegram",
        "umum",
        "Ada yg tau skrg di pos jaga kantor bupati tamu wajib tinggal KTP ya? KTP sy kemarin gk dibalikin, katanya ketuker sama org lain. Sy hrs ambil ke siapa?",
    ),
    Case(
        "twitter",
        "umum",
        "@kukarkab mobil dinas pelat merah dipakai antar jemput anak sekolah tiap pagi di Jl. Imam Bonjol. kendaraan dinas kok buat urusan pribadi",
    ),
    Case(
        "twitter",
        "umum",
        "@kukarkab halaman kantor bupati kok sampahnya numpuk gini, daun2 sama plastik gak disapu seminggu. malu diliat tamu dari luar daerah",
    ),
]

_PROKOM = [
    Case(
        "email",
        "prokom",
        "Perihal: Permohonan Audiensi\n\nKepada Yth.\nBapak Bupati Kutai Kartanegara\nc.q. Bagian yang menangani jadwal Bupati\ndi Tenggarong\n\nDengan hormat,\n\nKami dari Gabungan Kelompok Tani Karya Bersama Desa Sumber Sari, Kecamatan Loa Kulu, memohon kesempatan untuk bertemu langsung dengan Bapak Bupati guna menyampaikan aspirasi petani terkait bantuan alat pertanian dan saluran irigasi yang rusak akibat aktivitas tambang di sekitar desa.\n\nKami akan hadir sebanyak 8 orang pengurus dan hanya membutuhkan waktu sekitar 30 menit. Surat resmi sudah kami antarkan bulan lalu namun belum ada jawaban mengenai jadwalnya.\n\nMohon kiranya kami dapat diberi informasi kapan Bapak Bupati berkenan menerima kami.\n\nHormat kami,\nSuparman\nKetua Gapoktan Karya Bersama",
    ),
    Case(
        "email",
        "prokom",
        "Subject: Undangan Peresmian Masjid Nurul Iman Desa Batuah\n\nAssalamualaikum wr. wb.\n\nYth. Bapak Bupati Kutai Kartanegara,\n\nDengan mengucap syukur, pembangunan Masjid Nurul Iman Desa Batuah, Kecamatan Loa Janan, telah selesai. Panitia dan masyarakat berencana mengadakan peresmian sekaligus tabligh akbar pada hari Jumat, 22 November, pukul 14.00 WITA.\n\nKami sangat berharap Bapak Bupati dapat hadir untuk meresmikan masjid dan memberikan sambutan. Undangan cetak sudah kami titipkan di kantor bupati, kami kirimkan juga melalui surel ini.\n\nMohon konfirmasi kehadiran Bapak atau pejabat yang mewakili agar panitia dapat menyiapkan susunan acaranya.\n\nWassalamualaikum wr. wb.\n\nH. Jumadi\nKetua Panitia Peresmian\nHP 0813-4xxx-xxxx",
    ),
    Case(
        "email",
        "prokom",
        "Subject: Permohonan konfirmasi dan rilis resmi\n\nSelamat siang,\n\nSaya wartawan dari salah satu media daring di Tenggarong. Kami sedang menulis berita mengenai pernyataan Bupati pada acara di Muara Kaman hari Senin yang beredar di media sosial, di mana beliau disebut menjanjikan pembangunan jalan ke desa-desa di hulu.\n\nKami ingin mendapatkan transkrip atau rilis resmi dari pernyataan tersebut agar pemberitaan kami akurat. Selain itu, kami juga ingin menanyakan mengapa media lokal tidak diundang pada jumpa pers hari Selasa, padahal biasanya selalu mendapat informasi dari grup media.\n\nTerima kasih atas perhatiannya.\n\nSalam,\nIrwan Saputra\nRedaksi Kukar Terkini",
    ),
    Case(
        "whatsapp",
        "prokom",
        "Assalamualaikum wr wb. Mohon maaf pak sy Ketua RT 07 Desa Separi Tenggarong Seberang. Bulan lalu kami sudah menyampaikan undangan ke kantor bupati agar Bapak Bupati berkenan hadir di acara syukuran ulang tahun desa kami sekalian lomba perahu tradisional tanggal 30 nanti. Warga sudah semangat sekali pak, sudah pasang umbul2 dan bikin panggung. Tapi sampai skrg kami belum dapat kabar apakah beliau bisa hadir atau diwakilkan. Kami perlu kepastian supaya bisa atur susunan acaranya. Mohon bantuan infonya pak. Terima kasih 🙏",
    ),
    Case(
        "whatsapp",
        "prokom",
        "Pak saya mau protes soal akun instagram resmi bupati. Postingan kemarin tentang banjir di Kota Bangun itu fotonya salah, itu foto banjir tahun 2019 bukan yg sekarang, dan desanya pun salah sebut. Terus komentar warga yg ngoreksi malah dihapus. Tolong admin medsos pimpinan lebih teliti dan jangan hapus komentar yg sopan.",
    ),
    Case(
        "whatsapp",
        "prokom",
        "Assalamualaikum. Ulun warga Kenohan, ketua kelompok nelayan danau Semayang. Bubuhan kami handak betemu lawan Pak Bupati langsung, handak menyampaikan keluhan masalah danau. Kayapa caranya supaya kawa diterima beliau? Surat ke mana, bawa apa haja? Makasih pian.",
    ),
    Case(
        "whatsapp",
        "prokom",
        "Selamat sore pak, kami BEM salah satu kampus di Tenggarong mau mengundang Pak Bupati jadi pembicara utama seminar kepemudaan tgl 28. Kalau beliau berhalangan bisa tidak minta sambutan tertulis atau rekaman video? Mohon info prosedurnya",
    ),
    Case(
        "web",
        "prokom",
        "Nama: Nur Fadillah\nPekerjaan: Mahasiswa S2\n\nSaya sedang menyusun tesis tentang komunikasi politik kepala daerah di Kalimantan Timur. Saya membutuhkan naskah pidato Bupati Kutai Kartanegara pada Rapat Paripurna HUT Kabupaten dan pada pembukaan Festival Erau tahun ini. Di situs resmi hanya ada berita singkatnya, tidak ada teks lengkap.\n\nMohon informasi apakah naskah pidato tersebut dapat saya peroleh dan bagaimana caranya. Surat pengantar dari kampus dapat saya kirimkan. Terima kasih.",
    ),
    Case(
        "web",
        "prokom",
        "Nama: H. Sulaiman\nAlamat: Kelurahan Melayu, Tenggarong\n\nSaya salah satu veteran yang diundang pada upacara peringatan Hari Kemerdekaan di halaman Kantor Bupati. Sayang sekali kami para undangan lanjut usia tidak diberi tempat duduk yang jelas, kursi undangan diisi orang lain dan kami berdiri di bawah terik matahari hampir satu jam. Tidak ada petugas yang mengarahkan tamu.\n\nMohon ke depan pengaturan tamu pada upacara resmi lebih diperhatikan, terutama untuk para veteran dan orang tua.",
    ),
    Case(
        "sms",
        "prokom",
        "Mhn info jadwal open house idul fitri bapak bupati di pendopo thn ini tgl brp dan jam brp. trmksh",
    ),
    Case(
        "sms",
        "prokom",
        "Kami dr karang taruna desa bukit raya mau undang pak bupati buka turnamen voli antar desa. surat undangannya ditujukan ke mana ya",
    ),
    Case(
        "telegram",
        "prokom",
        "Rekan2 media, ada yg sdh dapat rilis resmi pemkab soal kunjungan bupati ke Tabang kemarin? Humas blm share di grup. Kami perlu kutipan resmi bukan dari akun gosip",
    ),
    Case(
        "telegram",
        "prokom",
        "Min, kenapa siaran langsung pelantikan pejabat kemarin gak ada di kanal youtube pemkab? biasanya ada. Kami di kampung pengen nonton juga",
    ),
    Case(
        "twitter",
        "prokom",
        "@kukarkab video sambutan pak bupati di acara Erau kemarin salah sebut nama desa kami, Jantur bukan Jantar 😅 tolong diralat di kanal resmi ya min",
    ),
    Case(
        "twitter",
        "prokom",
        "@kukarkab sudah 2 bln kami ajukan permohonan bertemu pak bupati soal lahan sekolah blm ada jawaban sama sekali. kami cuma minta 15 menit",
    ),
]

_PERENCANAAN_KEUANGAN = [
    Case(
        "email",
        "perencanaan_keuangan",
        "Perihal: Tagihan Belum Dibayar\n\nKepada Yth.\nBendahara Sekretariat Daerah\nKabupaten Kutai Kartanegara\n\nDengan hormat,\n\nKami, CV Dapur Etam Catering, telah menyediakan konsumsi untuk rangkaian rapat di lingkungan Sekretariat Daerah selama bulan Mei sampai Juli dengan total tagihan Rp 146.750.000. Seluruh pekerjaan telah selesai, berita acara serah terima telah ditandatangani, dan kuitansi serta faktur pajak telah kami serahkan pada awal Agustus.\n\nHingga saat ini pembayaran belum kami terima. Setiap kali kami menanyakan, jawabannya masih dalam proses, tanpa kepastian waktu. Sebagai usaha kecil, keterlambatan ini sangat memberatkan karena kami harus membayar pemasok bahan dan upah karyawan.\n\nKami mohon kejelasan jadwal pembayaran tagihan tersebut.\n\nHormat kami,\nHj. Rahmawati\nPemilik CV Dapur Etam Catering\nTenggarong",
    ),
    Case(
        "email",
        "perencanaan_keuangan",
        "Subject: TPP bulan Juli-September belum diterima\n\nSelamat pagi Bapak/Ibu,\n\nSaya pegawai pada salah satu bagian di Sekretariat Daerah. Tambahan penghasilan (TPP) saya untuk bulan Juli, Agustus, dan September belum masuk ke rekening, sementara beberapa rekan di perangkat daerah lain sudah menerima.\n\nSaya sudah menanyakan kepada pengelola kepegawaian di bagian saya, katanya urusan pembayaran ada di keuangan Setda. Mohon penjelasan apa penyebab keterlambatannya dan kapan kira-kira dapat dibayarkan, karena ada kewajiban cicilan yang harus kami penuhi.\n\nTerima kasih.\n\nHormat saya,\nRatna Sari, S.E.\nNIP 1987xxxxxxxxxxxx",
    ),
    Case(
        "email",
        "perencanaan_keuangan",
        "Subject: Re: Klaim perjalanan dinas Jakarta\n\nYth. Ibu Bendahara,\n\nTerima kasih atas balasannya. Namun saya masih belum memahami mengapa klaim perjalanan dinas saya ke Jakarta tanggal 3-6 September ditolak seluruhnya. Tiket pesawat dan hotel saya talangi sendiri sebesar Rp 7,2 juta sesuai surat tugas. Boarding pass asli dan bill hotel sudah saya serahkan.\n\nJika masalahnya pada nama hotel yang tidak sesuai dengan yang ada di surat tugas, itu karena hotel awal penuh dan sudah saya laporkan ke atasan waktu itu. Mohon petunjuk dokumen tambahan apa yang perlu saya lengkapi agar klaim dapat diproses.\n\nSalam,\nAndi Mappaware\nStaf Setda\n\n> Dari: Bendahara Setda\n> Klaim Bapak belum dapat diproses karena dokumen tidak sesuai...",
    ),
    Case(
        "whatsapp",
        "perencanaan_keuangan",
        "Selamat siang pak. Saya dosen di salah satu kampus di Samarinda. Bulan April lalu saya diundang jadi narasumber di bimtek yg diadakan Sekretariat Daerah Kukar di Tenggarong. Saat itu panitia bilang honor narasumber akan ditransfer paling lambat 2 minggu. Sekarang sudah Oktober belum juga masuk. Saya sudah hubungi panitianya, katanya SPJ-nya belum lengkap jadi belum bisa dicairkan. Lho, saya sudah tanda tangan semua yg diminta waktu itu, fotokopi NPWP dan buku rekening juga sudah. Bukan soal nominalnya pak, tapi kepastiannya. Mohon dibantu dicek. Terima kasih.",
    ),
    Case(
        "whatsapp",
        "perencanaan_keuangan",
        "Assalamualaikum pian. Ulun tenaga honorer di Setda, bagian kebersihan. Honor ulun bulan tadi kada masuk sampai wahini, bubuhan kawan ulun sama haja. Ujar urang di keuangan tunggu tanda tangan. Ulun ada anak sekolah, duit kada ada lagi. Minta tolong pian tanyakan lah kapan dibayar.",
    ),
    Case(
        "whatsapp",
        "perencanaan_keuangan",
        "pak saya pemilik toko ATK di tenggarong mau tanya tagihan kami ke sekretariat daerah dari bulan maret belum dibayar barangnya dulu dipesan lewat katalog sudah dikirim lengkap sudah diterima semua tapi sampai sekarang uangnya belum masuk sudah bolak balik ke bendahara katanya nunggu anggaran perubahan jadi kapan pak kami ini usaha kecil modalnya muter disitu",
    ),
    Case(
        "whatsapp",
        "perencanaan_keuangan",
        "Bu, SPJ perjalanan dinas sy dikembalikan lagi krn kwitansi hotel gk ada cap. Format yg benar gimana ya? biar gk bolak balik",
    ),
    Case(
        "web",
        "perencanaan_keuangan",
        "Nama: Hendra Wijaya\nPerusahaan: Percetakan Mahakam Grafika, Tenggarong\n\nKami mencetak undangan, spanduk, dan baliho untuk kegiatan peringatan HUT Kabupaten atas pesanan salah satu bagian di Sekretariat Daerah pada bulan September. Barang sudah diserahkan dan dipakai pada acara, berita acara penerimaan sudah ditandatangani pejabat terkait.\n\nNamun tagihan sebesar Rp 38.500.000 belum dibayar sampai sekarang. Kami mohon informasi status pembayaran dan dokumen apa yang masih kurang dari pihak kami.",
    ),
    Case(
        "web",
        "perencanaan_keuangan",
        "Nama: Yuliana\nStatus: ASN di lingkungan Sekretariat Daerah\n\nTPP saya bulan Agustus dipotong cukup besar dengan keterangan 'ketidakhadiran', padahal pada hari-hari tersebut saya menjalankan tugas ke luar kota dengan surat tugas resmi. Saya mohon rincian perhitungan potongan TPP saya dan koreksi atas potongan tersebut, karena bukti surat tugas dan absensi manual sudah saya serahkan.",
    ),
    Case(
        "sms",
        "perencanaan_keuangan",
        "Tagihan sewa tenda & kursi kami di acara setda bln juli blm dibayar smp skrg. mhn kejelasan. Usaha Tenda Berkah, Loa Janan",
    ),
    Case(
        "sms",
        "perencanaan_keuangan",
        "Honor panitia kegiatan setda desember kmrn kpn cair pak? sdh hampir setahun",
    ),
    Case(
        "telegram",
        "perencanaan_keuangan",
        "Teman2 setda, uang harian perjalanan dinas bln lalu sdh ada yg cair? punya sy blm, padahal SPJ sdh dikumpul tgl 5",
    ),
    Case(
        "telegram",
        "perencanaan_keuangan",
        "Ada info kenapa anggaran makan minum rapat di bagian kami blm bisa dicairkan? kata keuangan setda DPA nya blm direvisi. Rapat minggu depan gimana nih",
    ),
    Case(
        "twitter",
        "perencanaan_keuangan",
        "@kukarkab katering kami udah layani rapat2 di setda sejak awal tahun, tagihan hampir 80 juta blm dibayar. UMKM lokal bisa gulung tikar kalau gini",
    ),
    Case(
        "twitter",
        "perencanaan_keuangan",
        "@kukarkab pegawai setda TPP telat 3 bulan tp apel pagi tetap wajib. kasian yg punya cicilan, kapan dibayar??",
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
