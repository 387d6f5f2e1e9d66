# ruff: noqa: E501
"""Blind set written 2026-12-07 (sixth of the day) for issue 16: 180 complaints written as one month of the inbox would arrive, 15 per section, labelled by the action the writer asks for. Styles range from one-line SMS in phone shorthand and Kutai/Banjar words (ulun, pian, handak, kada, bubuhan, wayah ini), WhatsApp rants with emoji, tweets tagging the Secretariat, web-form entries, to formal letters (Kepada Yth., Perihal, NIK, Hormat kami), phone e-mails and replies/forwards with quoted history; writers include residents, village officials, suppliers and contractors, NGO staff, lecturers, journalists and Secretariat staff. About a quarter are hard: the request comes after a long story or another matter, a landmark or office named after another section, the wrong office named, or the writer says what the message is not about. Channels per section: 4 email, 3 whatsapp, 2 sms, 2 telegram, 2 twitter, 2 web (48 email, 36 whatsapp, 24 sms, 24 telegram, 24 twitter, 24 web).

Written without reading config.yaml, routing/ or tests/routing/; each case is labelled only from
the mandates in docs/sections.md.

Scored ONCE, blind, with the rules of main dae12dc (this file committed in that commit, unread by
the rules' authors), on 2026-12-07: 171/180 correct = 95.0% (Wilson 95% interval 90.8%-97.3%),
0 fallbacks. Per channel: email 47/48 (97.9%), sms 24/24, telegram 24/24, twitter 24/24,
web 18/24, whatsapp 34/36. (The rules of 303ab4f, the session's start: 169/180, email 46/48.)
The errors (index in CASES, label -> got):
- what the message is not about, not read: #175 perencanaan_keuangan -> pbj ("bukan soal tender
  dan bukan keberatan atas hasil lelang"), #70 perekonomian -> kesra ("bukan minta bansos atau
  bantuan modal hibah"), #29 kesra -> pbj ("kami bukan kontraktor dan tidak ikut lelang"), #55
  kerjasama -> sda ("bukan tentang kerusakan lingkungan, soal itu sudah kami sampaikan ke DLH"),
  #115 pbj -> adpem ("bukan soal pembayaran termin, itu urusan lain");
- #19 kesra -> perekonomian ("gas melon lg susah ... tp itu sdh banyak yg lapor ya pak. Sy mau
  tanya hal lain:");
- #130 organisasi -> umum ("Saya sudah mengadu ke Bagian Umum kantor bupati, katanya bukan
  urusan mereka"; "UPT Pengujian Kendaraan Dinas Perhubungan");
- #63 perekonomian -> organisasi (kiosks given to "org baru yg bayar lebih");
- #129 organisasi -> sda (service hours for "pekerja tambang dan perkebunan").
"""

from __future__ import annotations

from tests.routing.case import Case

_E = Case

_PEMERINTAHAN = [
    _E(
        "sms",
        "pemerintahan",
        "pilkades desa kami di sebulu ditunda trs, udh 2x ganti jadwal. warga bingung kpn sbnrnya pemilihan kades nya. mhn kejelasan dr kabupaten",
    ),
    _E(
        "sms",
        "pemerintahan",
        "pak tlg patok batas antara desa loa kulu kota sm desa sebelah dicabut org, skrg 2 desa saling klaim kebun di perbatasan. warga hampir bentrok",
    ),
    _E(
        "whatsapp",
        "pemerintahan",
        "Assalamualaikum pak, sy ketua RT 12 Kel. Loa Ipuh Tenggarong. Wilayah kami skrg sdh 230 KK lebih, rencana mau dipecah jd 2 RT tp kata kelurahan hrs ikut aturan dr kabupaten dulu. Gmn prosedur pemekaran RT nya ya pak 🙏",
    ),
    _E(
        "whatsapp",
        "pemerintahan",
        "kades kami udh 3 bulan kada ngantor, katanya sakit tp tiap hari jalan2 ke samarinda. surat2 desa numpuk gk ada yg tanda tangan. ulun minta kabupaten tegur kades nya atau tunjuk plt aja. desa muara kaman ulu",
    ),
    _E(
        "whatsapp",
        "pemerintahan",
        "Pak sy mau cerita dulu ya. Jalan ke desa kami rusak parah sdh lapor ke PU, katanya thn depan. Listrik jg sering padam. Tp itu nanti aja. Yg mau sy tanyakan skrg soal hasil pilkades kemarin di Desa Kedang Ipil, selisih cuma 3 suara, ada 11 surat suara yg dianggap tdk sah padahal jelas tercoblos. Panitia desa gk mau hitung ulang. Kami ajukan keberatan ke mana ya pak??",
    ),
    _E(
        "telegram",
        "pemerintahan",
        "Min, Desa Bukit Raya sama Desa Bukit Pariaman di Tenggarong Seberang rebutan lahan di perbatasan, dua2nya klaim masuk wilayahnya, kepala desa masing2 keluarkan surat keterangan tanah di lokasi yg sama. Kami minta kabupaten turun fasilitasi penegasan batas desa sblm makin ribut.",
    ),
    _E(
        "telegram",
        "pemerintahan",
        "pengangkatan perangkat desa di Desa Sumber Sari Loa Kulu gk pake seleksi, kaur sm kasi semuanya keponakan kades. ini bkn soal duit desa, ini soal aturan pengangkatan perangkat. bisa dibatalkan gk?",
    ),
    _E(
        "twitter",
        "pemerintahan",
        "@setdakukar warga Kel. Jawa Sangasanga nanya nih, kapan pemilihan ketua RT ulang? ketua RT kami udh 9 thn gk ganti2, rapat warga gk pernah ada 😑",
    ),
    _E(
        "twitter",
        "pemerintahan",
        "Pj kades di desa kami udh hampir 2 thn, kpn pilkades antar waktu nya dilaksanakan?? jgn digantung trs #KembangJanggut @pemkabkukar @setdakukar",
    ),
    _E(
        "web",
        "pemerintahan",
        "Dengan hormat, kami warga Dusun Tanjung Harapan, Desa Sungai Meriam, Kecamatan Anggana, berencana mengusulkan pemekaran dusun kami menjadi desa definitif. Jumlah penduduk sudah lebih dari 1.800 jiwa dan jarak ke kantor desa induk 17 km lewat sungai. Mohon informasi persyaratan dan tahapan pembentukan desa baru. Terima kasih.",
    ),
    _E(
        "web",
        "pemerintahan",
        "Saya sudah tanya ke kantor BPN dan ke Dinas Pertanahan, dua-duanya bilang bukan wewenang mereka. Masalahnya RT kami di perbatasan Muara Badak dan Marangkayu: warga ber-KTP Muara Badak, tapi kecamatan Marangkayu mencatat RT kami sebagai wilayahnya, sehingga waktu pendataan dua kecamatan sama-sama datang dan sama-sama menolak kalau kami minta surat pengantar. Kami minta kepastian garis batas kecamatan di wilayah kami.",
    ),
    _E(
        "email",
        "pemerintahan",
        "Kepada Yth.\nBupati Kutai Kartanegara\nc.q. Bagian Pemerintahan Setda Kab. Kukar\ndi Tenggarong\n\nPerihal: Permohonan Fasilitasi Penyelesaian Batas Desa\n\nDengan hormat,\nKami Pemerintah Desa Loa Duri Ilir, Kecamatan Loa Janan, menyampaikan bahwa sejak 2023 terdapat perbedaan penarikan garis batas dengan Desa Loa Duri Ulu di sekitar RT 08 sampai RT 10. Musyawarah antar kedua desa sudah dua kali dilakukan di kantor kecamatan namun belum ada kesepakatan. Mohon kiranya Bagian Pemerintahan dapat memfasilitasi penegasan batas dan pemasangan pilar batas.\n\nHormat kami,\nKepala Desa Loa Duri Ilir\nHP 0812 5540 1193",
    ),
    _E(
        "email",
        "pemerintahan",
        "pak, BPD di desa kami (kenohan) setahun gk pernah rapat, ketuanya pindah ke balikpapan tp gk diganti. gmn cara ganti anggota BPD? mhn infonya\n\nDikirim dari Yahoo Mail di Android",
    ),
    _E(
        "email",
        "pemerintahan",
        "Yth. Panitia Pemilihan Kepala Desa Tingkat Kabupaten,\n\nBersama ini saya teruskan laporan warga di bawah. Kami tidak ingin perkara ini dibawa ke pengadilan; kami berharap panitia kabupaten yang menyelesaikan perselisihan hasil sesuai tahapan pilkades.\n\nSalam,\nSekretaris Desa Rempanga, Loa Kulu\n\n---------- Forwarded message ---------\nDari: Tim Pemenangan Calon No. 2\nTanggal: Sen, 10 Nov 2026\nPerihal: Keberatan rekapitulasi\n\nDi TPS 3 jumlah pemilih yang hadir 412 tetapi surat suara terpakai 437. Saksi kami tidak diberi salinan berita acara. Kami mohon penghitungan ulang.",
    ),
    _E(
        "email",
        "pemerintahan",
        "Yth. Bapak/Ibu di Setda Kukar,\n\nSaya tegaskan dulu, saya tidak mengeluhkan pelayanan di kantor desa, pelayanannya baik dan cepat. Yang ingin saya tanyakan adalah rencana perubahan status Desa Bhuana Jaya, Kecamatan Tenggarong Seberang, menjadi kelurahan yang sudah dibicarakan sejak 2024. Apakah prosesnya masih berjalan, dan apakah warga akan diajak musyawarah sebelum diputuskan? Banyak warga khawatir soal dana desa yang hilang kalau jadi kelurahan.\n\nTerima kasih,\nYohanes Pardede\n0813 4677 2081",
    ),
]

_KESRA = [
    _E(
        "sms",
        "kesra",
        "beasiswa kukar idaman anak sy blm cair pdhl nama nya udh ada di pengumuman lulus verifikasi. kuliah di unmul smt 5, ukt udh jatuh tempo. kpn cairnya pak",
    ),
    _E(
        "sms",
        "kesra",
        "insentif guru ngaji di desa muara muntai ilir udh 6 bln blm dibayar pak, guru2 tpa udh mau berhenti ngajar. mhn dibantu",
    ),
    _E(
        "whatsapp",
        "kesra",
        "Assalamualaikum pak, sy bendahara masjid Al Ikhlas Desa Loa Kulu Kota. Proposal bantuan rumah ibadah utk renovasi atap masjid udh kami antar bulan Maret, lengkap dgn RAB. Smpe skrg gk ada kabar sama sekali. Masih bisa dpt tahun ini gk ya pak?",
    ),
    _E(
        "whatsapp",
        "kesra",
        "pak kafilah MTQ kecamatan samboja blm terima uang pembinaan, pdhl anak kami juara 2 tilawah remaja tingkat kabupaten 😢 udh 4 bln lewat",
    ),
    _E(
        "whatsapp",
        "kesra",
        "Assalamualaikum. Di kampung kami gas melon lg susah, harga sembako jg naik, tp itu sdh banyak yg lapor ya pak. Sy mau tanya hal lain: majelis taklim ibu2 Nurul Huda di Kel. Timbau sdh ajukan hibah kelompok utk kegiatan pengajian & perlengkapan, sdh disurvei orang kabupaten bln Juli. Kpn realisasinya ya pak? 🙏",
    ),
    _E(
        "telegram",
        "kesra",
        "calon jemaah haji kukar yg berangkat 2027 kapan manasik tingkat kabupaten? kemenag blm kasih jadwal, katanya masih koordinasi sm pemkab. ortu sy udh sepuh jd perlu siap2",
    ),
    _E(
        "telegram",
        "kesra",
        "Insentif marbot masjid dan guru TPA thn ini jadi dipotong ya? Di Kota Bangun kabarnya cuma dibayar 6 bulan, padahal SK nya 12 bulan. Mohon penjelasan resmi.",
    ),
    _E(
        "twitter",
        "kesra",
        "beasiswa kukar ini gmn sih, pengumuman diundur2 trs, pas upload berkas web nya error. mahasiswa nunggu kepastian nih @setdakukar 😤",
    ),
    _E(
        "twitter",
        "kesra",
        "gereja kami di Tabang rusak kena banjir kemarin, lantai & bangku hancur. ada bantuan rumah ibadah dr pemkab gk min? gmn cara ngajuinnya @setdakukar",
    ),
    _E(
        "web",
        "kesra",
        "Saya orang tua santri penghafal Al-Quran (hafal 20 juz) di pondok pesantren di Tenggarong Seberang. Tahun lalu ada beasiswa untuk santri tahfidz dari Pemkab, tahun ini kami tidak menemukan informasi pendaftarannya. Apakah program tersebut masih ada dan kapan dibuka?",
    ),
    _E(
        "web",
        "kesra",
        "Saya sudah ke Dinas Pendidikan dua kali, katanya beasiswa mahasiswa bukan urusan mereka, lalu disuruh ke Setda. Anak saya kuliah di Politeknik Negeri Samarinda, IPK 3,6, sudah mendaftar beasiswa Pemkab sesuai jadwal dan dapat tanda terima, tetapi namanya tidak ada di daftar penerima maupun daftar yang ditolak. Mohon dicek kenapa hilang.",
    ),
    _E(
        "email",
        "kesra",
        "Kepada Yth.\nBupati Kutai Kartanegara\nc.q. Kepala Bagian Kesejahteraan Rakyat\ndi Tenggarong\n\nPerihal: Permohonan Bantuan Pembangunan Musholla\n\nDengan hormat,\nKami Panitia Pembangunan Musholla Nurul Iman, RT 04 Desa Sungai Payang, Kecamatan Loa Kulu, mengajukan permohonan bantuan dana pembangunan musholla yang saat ini baru selesai pondasi dan dinding. Proposal, RAB dan fotokopi sertifikat wakaf kami lampirkan.\n\nAtas perhatian Bapak kami ucapkan terima kasih.\n\nHormat kami,\nKetua Panitia, H. Abdul Rahman\nHP 0852 4612 7730",
    ),
    _E(
        "email",
        "kesra",
        "ass wr wb, jadwal seleksi MTQ tingkat kabupaten 2027 dimana & kapan ya pak? kami dr kafilah kec. anggana mau siapkan peserta. makasih\n\nSent from my iPhone",
    ),
    _E(
        "email",
        "kesra",
        "Yth. Bagian Kesra Setda Kukar,\n\nKami dari Yayasan Peduli Disabilitas Etam di Tenggarong. Pada bulan April kami mengajukan permohonan hibah untuk kegiatan pelatihan keterampilan bagi 40 anggota penyandang disabilitas. Waktu itu kami diminta melengkapi akta yayasan dan rekening atas nama lembaga, semuanya sudah kami kirim bulan Juni. Sampai sekarang belum ada kabar apakah permohonan kami masuk daftar penerima hibah tahun anggaran berjalan.\n\nMohon informasinya.\n\nSalam,\nRina Kartikasari\nKoordinator Program\n0811 5530 908",
    ),
    _E(
        "email",
        "kesra",
        "Selamat siang,\n\nKami dari Panitia Renovasi Gereja Kemah Injil Jemaat Sebulu. Sebelumnya kami ditelepon seseorang yang menawarkan jasa sebagai kontraktor dan menyebut ada 'lelang' untuk bantuan gereja. Kami perlu tegaskan, kami bukan kontraktor dan tidak ikut lelang apa pun. Kami hanya ingin tahu kelanjutan bantuan rumah ibadah yang sudah diverifikasi tim Setda ke lokasi kami bulan Agustus: apakah sudah ditetapkan dan kapan dana bisa diterima?\n\nSalam hormat,\nPnt. Markus Lolo\n0812 5891 4420",
    ),
]

_HUKUM = [
    _E(
        "sms",
        "hukum",
        "pak mau tanya ada bantuan hukum gratis dr pemkab gk? sy ibu rumah tangga digugat mantan suami soal rumah, gk punya duit buat pengacara. sy tinggal di loa janan",
    ),
    _E(
        "sms",
        "hukum",
        "perda kukar ttg larangan miras itu nomor brp thn brp? mau baca isinya tp cari di internet gk ketemu",
    ),
    _E(
        "whatsapp",
        "hukum",
        "Min, sy warga Kel. Sukarame Tenggarong. Sebagian tanah kami dipakai pemkab buat pelebaran jalan thn 2021, smpe skrg gk ada ganti rugi, surat2 kami lengkap. Kami udh sepakat mau gugat pemkab kalau gk ada penyelesaian. Sblm ke pengadilan, bisa gk dimediasi dulu sm bagian hukum pemkab?",
    ),
    _E(
        "whatsapp",
        "hukum",
        "Assalamualaikum pak, sy mahasiswa fakultas hukum Unikarta lg nyusun skripsi ttg pilkades. Sy butuh salinan lengkap Perbup Kukar ttg tata cara pemilihan kepala desa yg terbaru beserta perubahannya, di website gk lengkap. Bisa minta softcopy nya? 🙏",
    ),
    _E(
        "whatsapp",
        "hukum",
        "pak, rancangan perda perlindungan nelayan kecil itu kapan dibahas? kami kelompok nelayan di muara badak mau kasih masukan, soalnya di draf yg beredar gk ada pasal soal nelayan tradisional. kemana masukan kami dikirim?",
    ),
    _E(
        "telegram",
        "hukum",
        "Kami paralegal dari LBH kampus di Samarinda, sedang mendampingi 3 warga miskin Kecamatan Muara Jawa yg dilaporkan pidana. Apakah Pemkab Kukar punya program bantuan hukum untuk warga tidak mampu (anggaran bankum)? Syarat & alurnya bagaimana?",
    ),
    _E(
        "telegram",
        "hukum",
        "Link JDIH Kukar error 404 terus kalau mau download perda APBD 2026 dan perbup penjabarannya. Mohon diperbaiki, kami perlu utk bahan kajian.",
    ),
    _E(
        "twitter",
        "hukum",
        "perda kawasan tanpa rokok kukar itu udh berlaku beneran blm sih? sanksinya apa? kok masih bebas aja ngerokok di sekolah & puskesmas 🚬 @setdakukar",
    ),
    _E(
        "twitter",
        "hukum",
        "@setdakukar pemkab lg digugat warga soal lahan stadion ya? udh sampai mana sidangnya? pemkab banding gk? warga berhak tau",
    ),
    _E(
        "web",
        "hukum",
        "Kami dari UPT Puskesmas Muara Kaman. Bendahara kami menerima somasi dari penyedia alat kesehatan yang menuntut pembayaran di luar kontrak disertai ancaman gugatan. Kami mohon konsultasi hukum dan pendapat hukum dari Bagian Hukum sebelum menjawab somasi tersebut, batas waktunya 14 hari.",
    ),
    _E(
        "web",
        "hukum",
        "Apakah Raperda tentang Bangunan Gedung akan ada konsultasi publik? Kami asosiasi arsitek cabang Kukar ingin memberi masukan terhadap pasal retribusi dan sanksi administratif sebelum disahkan DPRD.",
    ),
    _E(
        "email",
        "hukum",
        "Kepada Yth.\nKepala Bagian Hukum Setda Kabupaten Kutai Kartanegara\ndi Tenggarong\n\nPerihal: Permohonan Bantuan Hukum\n\nDengan hormat,\nSaya yang bertanda tangan di bawah ini:\nNama: Samsul Bahri\nNIK: 6402091204780003\nAlamat: RT 07 Desa Loa Raya, Tenggarong Seberang\nHP: 0821 5367 4410\n\nmengajukan permohonan bantuan hukum cuma-cuma sebagai warga tidak mampu (SKTM terlampir) dalam perkara sengketa waris yang sedang berjalan di Pengadilan Agama Tenggarong. Sidang berikutnya tanggal 18 Desember 2026.\n\nDemikian permohonan ini, atas perhatiannya saya ucapkan terima kasih.\n\nHormat saya,\nSamsul Bahri",
    ),
    _E(
        "email",
        "hukum",
        "Mohon dikirimkan salinan Perbup Kukar No. 40 Tahun 2023, di JDIH hanya muncul judulnya, file PDF nya tidak ada. Terima kasih.\n\nDikirim dari ponsel saya",
    ),
    _E(
        "email",
        "hukum",
        "Yth. Bagian Hukum Setda Kukar,\n\nDengan hormat, kami Pemerintah Desa Sidomulyo, Kecamatan Anggana, bersama Bupati Kutai Kartanegara menjadi pihak tergugat di PTUN Samarinda dalam perkara pembatalan SK Bupati tentang penetapan lokasi pasar desa. Sidang pertama tanggal 9 Januari 2027. Kami mohon pendampingan dan koordinasi dari Bagian Hukum karena desa tidak memiliki kuasa hukum dan jawaban gugatan harus satu sikap dengan Pemkab.\n\nHormat kami,\nKepala Desa Sidomulyo\n0853 4122 9087",
    ),
    _E(
        "email",
        "hukum",
        "Yth. Bagian Hukum,\n\nMohon maaf, email saya sebelumnya ke keuangan salah alamat, makanya saya kirim ulang ke sini. Ini bukan soal kapan TPP cair. Yang kami persoalkan adalah isi Perbup tentang TPP ASN tahun 2026 itu sendiri: pasal pemotongan karena cuti melahirkan menurut kami bertentangan dengan PP tentang manajemen ASN. Kami minta Perbup itu dikaji ulang dan direvisi.\n\nSalam,\nForum ASN Perempuan Kukar\n\n> Pada 28 Nov 2026, Forum ASN Perempuan menulis:\n> Yth. Bagian Keuangan, mohon tinjau pemotongan TPP karena cuti melahirkan...",
    ),
]

_KERJASAMA = [
    _E(
        "sms",
        "kerjasama",
        "dana CSR perusahaan sawit di desa kami kenohan gk pernah sampe ke warga biasa, cuma ke org2 dekat kades aja. mhn dicek pembagian csr nya",
    ),
    _E(
        "sms",
        "kerjasama",
        "bantuan csr dari perusahaan migas buat desa2 di muara jawa thn ini kok gk dibagi? thn lalu ada. ditahan dmn?",
    ),
    _E(
        "whatsapp",
        "kerjasama",
        "Selamat siang pak, sy dosen di Unikarta. Kampus kami mau buat nota kesepahaman dgn Pemkab utk KKN tematik desa & penelitian bersama. Draf MoU nya sdh ada, dikirim ke mana ya pak dan siapa yg bisa kami temui?",
    ),
    _E(
        "whatsapp",
        "kerjasama",
        "Assalamualaikum pian. Bubuhan ulun di Desa Tani Bhakti Loa Janan handak menanyakan, CSR dari perusahaan tambang batu bara di sini itu dibagi lewat pemkab kah langsung ke desa? Ulun kada mempersoalkan debu atau lubangnya, itu sudah dilapor urang lain. Ulun cuma handak tahu kenapa RT kami kada pernah dapat jatah CSR padahal paling dekat.",
    ),
    _E(
        "whatsapp",
        "kerjasama",
        "Selamat pagi, kami dari Bagian Kerja Sama Setda Kabupaten Kutai Barat. Pimpinan kami ingin menjajaki kerja sama antar daerah dengan Kukar untuk pengelolaan angkutan sungai Mahakam. Mohon info kontak pejabat yg bisa kami hubungi utk menyusun kesepakatan bersama 🙏",
    ),
    _E(
        "telegram",
        "kerjasama",
        "Perjanjian kerja sama pemkab Kukar dgn Pemkot Samarinda soal suplai air baku ke Loa Janan kabarnya habis thn ini. Mau diperpanjang atau tidak? Warga perumahan kami tergantung dari situ.",
    ),
    _E(
        "telegram",
        "kerjasama",
        "Kami CSR officer PT Etam Bara Lestari. Perusahaan kami mau salurkan program TJSL tahun 2027 ke Kecamatan Muara Kaman (air bersih & beasiswa lokal), tapi ingin diselaraskan dulu dgn program Pemkab supaya tdk tumpang tindih. Forum CSR Kukar masih aktif? Koordinasinya ke siapa?",
    ),
    _E(
        "twitter",
        "kerjasama",
        "CSR perusahaan2 di kukar ini larinya kemana sih? desa ring 1 tambang malah gak kebagian apa2, yg dapet malah desa jauh 🤔 @setdakukar",
    ),
    _E(
        "twitter",
        "kerjasama",
        "katanya ada perjanjian kerja sama kukar sm balikpapan soal pengangkutan sampah/TPA regional, udh diteken blm sih? kok gk jalan2 @setdakukar",
    ),
    _E(
        "web",
        "kerjasama",
        "Kami Yayasan Pustaka Kampung dari Tenggarong, bergerak di bidang literasi anak. Kami ingin menjalin perjanjian kerja sama (PKS) dengan Pemkab Kukar untuk program pojok baca di 20 desa, dengan pendanaan dari donor kami sendiri. Mohon informasi prosedur pengajuan naskah kerja sama dan dokumen yang diperlukan.",
    ),
    _E(
        "web",
        "kerjasama",
        "Laporan ini bukan tentang kerusakan lingkungan, soal itu sudah kami sampaikan ke DLH. Yang kami minta: PT Hutan Lestari Mahakam dalam musyawarah desa Maret lalu berjanji membangun sarana air bersih untuk Desa Sebemban sebagai program TJSL, ada berita acaranya. Sudah 9 bulan tidak ada realisasi. Mohon Pemkab menagih dan mengawal penyaluran TJSL tersebut.",
    ),
    _E(
        "email",
        "kerjasama",
        "Kepada Yth.\nBupati Kutai Kartanegara\nc.q. Bagian Kerja Sama Setda\ndi Tenggarong\n\nPerihal: Permohonan Perpanjangan Nota Kesepahaman\n\nDengan hormat,\nNota Kesepahaman antara Universitas Mulawarman dan Pemerintah Kabupaten Kutai Kartanegara tentang Pengembangan Sumber Daya Manusia dan Tridharma Perguruan Tinggi akan berakhir pada 31 Januari 2027. Kami bermaksud mengajukan perpanjangan dengan penambahan ruang lingkup bidang kesehatan masyarakat. Bersama ini kami lampirkan draf perubahan.\n\nHormat kami,\nWakil Rektor Bidang Perencanaan, Kerja Sama dan Humas\nUniversitas Mulawarman",
    ),
    _E(
        "email",
        "kerjasama",
        "Yth. Bapak/Ibu,\n\nKami dari PT Kutai Energi Pratama ingin menyampaikan laporan realisasi penyaluran TJSL triwulan III 2026 di Kecamatan Sangasanga dan Muara Jawa sebagaimana diatur dalam kesepakatan dengan Pemkab. Mohon petunjuk ke alamat/email mana laporan resmi kami kirimkan dan apakah ada format baku.\n\nTerima kasih,\nDewi Anggraini\nSuperintendent CSR",
    ),
    _E(
        "email",
        "kerjasama",
        "pak, perjanjian kerja sama pemkab dgn BPJS Ketenagakerjaan utk perlindungan pekerja rentan (nelayan, petani) itu msh berlaku thn 2027? kelompok kami di anggana thn ini iurannya gk dibayarkan lg\n\nDikirim dari Samsung Galaxy saya",
    ),
    _E(
        "email",
        "kerjasama",
        "Yth. Setda Kukar,\n\nSaya teruskan surat kesepakatan di bawah. Perlu saya jelaskan, ini bukan soal batas wilayah desa, batas kami dengan desa tetangga sudah jelas. Masalahnya pembagian dana program CSR yang disepakati untuk tiga desa ring satu: desa kami hanya menerima 10 persen, padahal di kesepakatan tertulis dibagi rata. Mohon Pemkab memanggil perusahaan dan meluruskan penyalurannya.\n\nHormat kami,\nKepala Desa Sungai Nangka, Muara Badak\n\n---------- Pesan terusan ----------\nDari: Community Development PT Migas Delta Timur\nPerihal: Kesepakatan Alokasi Program CSR 2026\nAlokasi untuk Desa Sungai Nangka, Desa Salo Palai dan Desa Tanjung Limau masing-masing sepertiga dari total Rp1,2 miliar.",
    ),
]

_PEREKONOMIAN = [
    _E(
        "sms",
        "perekonomian",
        "gas melon di loa janan ilang lg pak, sekali ada di pengecer 35rb. tlg dong diawasi pangkalannya",
    ),
    _E(
        "sms",
        "perekonomian",
        "harga cabe di pasar tangga arung naik gila2an 120rb sekilo, bawang jg. pemkab ada operasi pasar gk sih",
    ),
    _E(
        "whatsapp",
        "perekonomian",
        "Pak, antrean solar di SPBU Sebulu sampai 2 km tiap pagi. Nelayan & petani yg bawa surat rekomendasi gk kebagian, yg dapat malah pengetap pake jerigen & tangki modifikasi. Tolong ditertibkan distribusinya 🙏",
    ),
    _E(
        "whatsapp",
        "perekonomian",
        "sy pedagang lama di pasar tenggarong seberang, wkt pindah ke gedung pasar baru pembagian kios nya gk adil. pedagang lama yg udh 15 thn jualan gk dapat lapak, yg dapat org baru yg bayar lebih. tolong pak ditinjau pembagian kios nya",
    ),
    _E(
        "whatsapp",
        "perekonomian",
        "Pak, pertama sy mau bilang jalan ke desa kami di Tabang rusak parah, truk aja sering terbalik. Tp sy tau itu urusan lain. Yg paling darurat skrg gas ijo 3 kg udh 2 minggu kosong di pangkalan desa, katanya kiriman dr agen dialihkan ke pengecer di kota kecamatan dijual 60rb. Masak pake kayu lg kami 😭 tolong pak",
    ),
    _E(
        "telegram",
        "perekonomian",
        "Gaji karyawan Perusda kami sdh 4 bulan belum dibayar, direksi bilang perusahaan rugi tp tetap beli mobil baru. Kami minta Pemkab sbg pemilik turun tangan mengevaluasi manajemen perusda.",
    ),
    _E(
        "telegram",
        "perekonomian",
        "sy pelaku UMKM keripik pisang & amplang di Anggana. mau ikut pendampingan kemasan & pemasaran online yg katanya ada dr pemkab, daftarnya ke mana? dinas koperasi bilang lagi nunggu koordinasi setda",
    ),
    _E(
        "twitter",
        "perekonomian",
        "beras naik lagi, minyak goreng langka di kota bangun, telur 60rb/rak. pemkab mana suaranya?? katanya ada tim pengendali inflasi 🙄 @setdakukar",
    ),
    _E(
        "twitter",
        "perekonomian",
        "pangkalan gas di muara badak jual tabung melon ke rumah makan & laundry, warga kurang mampu antri gk kebagian 😡 @setdakukar tolong dicabut izin pangkalannya",
    ),
    _E(
        "web",
        "perekonomian",
        "Mohon informasi kapan pasar murah/operasi pasar menjelang Natal dan Tahun Baru akan diadakan di Kecamatan Muara Wis. Harga gula dan minyak di kampung kami jauh di atas Tenggarong karena ongkos angkut lewat sungai.",
    ),
    _E(
        "web",
        "perekonomian",
        "Saya bukan minta bansos atau bantuan modal hibah. Saya pelaku UMKM sambal ikan haruan di Kota Bangun, produk sudah punya izin PIRT. Tahun ini diumumkan ada program pendampingan sertifikasi halal gratis dan kurasi produk untuk dijual di gerai oleh-oleh daerah, tetapi sudah tiga kali mendaftar tidak ada tindak lanjut dan tiap dinas saling lempar. Mohon kejelasan koordinasinya.",
    ),
    _E(
        "email",
        "perekonomian",
        "Kepada Yth.\nBupati Kutai Kartanegara\nc.q. Bagian Perekonomian Setda\ndi Tenggarong\n\nPerihal: Keberatan atas Rencana Relokasi Pasar Loa Kulu\n\nDengan hormat,\nKami Paguyuban Pedagang Pasar Loa Kulu (127 anggota) menyatakan keberatan atas rencana pemindahan pasar ke lokasi baru yang jauh dari permukiman dan jalur angkutan. Kami mohon diadakan pertemuan dengan pedagang sebelum keputusan diambil, serta kepastian tarif sewa kios di lokasi baru.\n\nHormat kami,\nKetua Paguyuban, Hj. Siti Aminah\nHP 0812 5466 3021",
    ),
    _E(
        "email",
        "perekonomian",
        "pertalite di spbu samboja kosong terus 3 hari ini, yg ada cuma pertamax. tolong dicek pak kuota nya\n\nDikirim dari Outlook untuk Android",
    ),
    _E(
        "email",
        "perekonomian",
        "Yth. Bagian Perekonomian Setda Kukar,\n\nKami adalah mitra pemasok tetap unit usaha air minum milik Perusda di Tenggarong. Sejak pergantian direksi, pembelian dari mitra lokal dihentikan tanpa pemberitahuan dan laporan kinerja perusda tidak pernah dipublikasikan. Kami mohon Pemkab selaku pemegang saham melakukan evaluasi tata kelola perusda tersebut.\n\nHormat kami,\nCV Tirta Mahakam\n0541 661 209",
    ),
    _E(
        "email",
        "perekonomian",
        "Yth. Bapak/Ibu,\n\nSaya pemilik pangkalan LPG 3 kg di Desa Handil Baru, Samboja. Mohon dibaca email dari agen di bawah. Kuota pangkalan saya dipotong dari 560 menjadi 300 tabung per bulan tanpa alasan, sementara pangkalan baru milik kerabat agen mendapat kuota penuh. Warga mulai menyalahkan saya. Mohon Pemkab mengoordinasikan dengan Pertamina dan agen agar kuota dikembalikan.\n\nSalam,\nAbdul Karim\n\n> Dari: Admin PT Agen Gas Samboja\n> Per Desember kuota pangkalan Bapak disesuaikan menjadi 300 tabung. Terima kasih.",
    ),
]

_SDA = [
    _E(
        "sms",
        "sda",
        "lubang tambang di blkg SD desa bukit raya blm ditutup jg, kmrn ada anak hampir tenggelam. TLG PAK sblm ada korban lg!!!",
    ),
    _E(
        "sms",
        "sda",
        "air sungai di muara kaman keruh & bau bangkai sejak pabrik sawit buang limbah, ikan2 mati ngambang. warga mandi disitu pak",
    ),
    _E(
        "whatsapp",
        "sda",
        "Pak, debu batu bara dari jalan hauling perusahaan masuk rumah warga RT 15 Loa Ipuh Darat tiap hari, jemuran item, anak2 batuk2 terus. Truk lewat 24 jam gk disiram. Tolong perusahaannya ditindak 🙏😷",
    ),
    _E(
        "whatsapp",
        "sda",
        "kelompok tani Sumber Rejeki di Sebulu udh ajukan bantuan hand traktor & pompa air dr 2024 blm dapat jg, pdhl kelompok lain yg baru dibentuk thn ini langsung dapat. itu gmn pembagian alsintan nya pak?",
    ),
    _E(
        "whatsapp",
        "sda",
        "Assalamualaikum pian. Ulun nelayan di Muara Pantuan, Anggana. Bantuan mesin ketinting & jaring dari pemerintah wayah ini kada sampai ke bubuhan kami, cuma keluarga ketua kelompok yg dapat, ada yg dijual lagi ke Samarinda. Tolong pian cek daftar penerimanya.",
    ),
    _E(
        "telegram",
        "sda",
        "Perkebunan sawit PT Borneo Agro Makmur menggarap lahan di luar izinnya, masuk kebun karet warga Desa Kelekat, Kembang Janggut. Karet warga ditumbang pake alat berat. Minta pemkab hentikan & cek izin usaha perkebunannya.",
    ),
    _E(
        "telegram",
        "sda",
        "ada penebangan kayu ulin liar di hutan dekat Desa Buok, Tabang. truk kayu lewat tiap malam jam 1-3. warga takut lapor ke polsek krn ada oknum. mohon ditindaklanjuti",
    ),
    _E(
        "twitter",
        "sda",
        "banjir lumpur dari bukaan tambang di sangasanga lagi, rumah warga & jalan ketutup lumpur sebetis. sampai kapan dibiarin?? @setdakukar #savesangasanga",
    ),
    _E(
        "twitter",
        "sda",
        "asap kebakaran lahan di muara wis udah 3 hari, kata warga sengaja dibakar buat buka kebun sawit. sesak napas nih 😷 @setdakukar",
    ),
    _E(
        "web",
        "sda",
        "Laporan ini bukan tentang jalan rusaknya, walaupun jalan desa kami memang hancur dilewati truk. Yang kami minta adalah penghentian penambangan batu bara tanpa izin yang berjarak kurang dari 100 meter dari permukiman RT 05 Desa Jembayan, Loa Kulu. Sumur warga sudah kering dan tanah di belakang rumah mulai retak.",
    ),
    _E(
        "web",
        "sda",
        "Kami Pokdakan (kelompok pembudidaya ikan) Mahakam Jaya di Kota Bangun sudah mengusulkan bantuan keramba jaring apung dan benih ikan nila melalui musrenbang dua tahun berturut-turut. Mohon informasi apakah usulan kami masuk daftar penerima bantuan perikanan tahun 2027.",
    ),
    _E(
        "email",
        "sda",
        "Kepada Yth.\nBupati Kutai Kartanegara\nc.q. Bagian Sumber Daya Alam Setda\ndi Tenggarong\n\nPerihal: Laporan Dugaan Pencemaran Anak Sungai Mahakam\n\nDengan hormat,\nKami Koalisi Sungai Bersih Kaltim melaporkan hasil pemantauan 2-6 Desember 2026 di Sungai Jembayan: air berwarna oranye dengan pH 3,8 di titik keluaran kolam pengendapan milik perusahaan tambang setempat. Foto, koordinat dan hasil uji terlampir. Kami mohon Pemkab berkoordinasi dengan instansi terkait untuk menghentikan pembuangan dan memulihkan sungai.\n\nHormat kami,\nKoordinator Koalisi Sungai Bersih Kaltim\n0813 4790 2251",
    ),
    _E(
        "email",
        "sda",
        "pak tambak udang kami di muara badak mati semua minggu ini, airnya ada lapisan minyak dr pipa yg bocor dekat muara. kerugian puluhan juta. tolong perusahaannya diminta tanggung jawab\n\nDikirim dari HP",
    ),
    _E(
        "email",
        "sda",
        "Yth. Setda Kukar,\n\nDengan hormat, kami Pemerintah Desa Muara Kembang, Kecamatan Muara Jawa, menyampaikan bahwa terbit izin usaha pertambangan yang wilayahnya mencakup kebun dan permukiman warga kami. Warga tidak pernah diajak sosialisasi dan kini mulai ada pengukuran di kebun warga. Kami mohon Pemkab meninjau dampak izin tersebut bagi desa kami dan memfasilitasi pertemuan dengan perusahaan.\n\nHormat kami,\nKepala Desa Muara Kembang",
    ),
    _E(
        "email",
        "sda",
        "Yth. Bapak/Ibu,\n\nSaya teruskan keluhan anggota kami. Harga TBS memang sedang turun, tetapi bukan itu yang kami adukan. Pabrik kelapa sawit di dekat kebun plasma kami membuang limbah cair ke parit yang mengalir ke kebun dan sumur warga Desa Gunung Sari, Tabang. Mohon Pemkab turun ke lokasi.\n\nKetua KUD Sawit Sejahtera\n\n---------- Forwarded message ---------\nDari: Pak Tarjo, anggota blok C\nPak, kebun saya kebanjiran limbah item dari kolam pabrik, pohon mulai layu, sumur bau.",
    ),
]

_ADPEM = [
    _E(
        "sms",
        "adpem",
        "jembatan beton di desa lebaho ulaq kenohan baru dibangun thn lalu udh retak2 & oprit nya ambles. kontraktornya kmn ini",
    ),
    _E(
        "sms",
        "adpem",
        "proyek drainase di jl. danau aji tenggarong galiannya dibiarin terbuka 3 bulan, gk dikerjain lg. motor udh 2x masuk got. bahaya pak",
    ),
    _E(
        "whatsapp",
        "adpem",
        "pak gedung olahraga di Kota Bangun mangkrak sejak 2022, rangka baja udh karatan, rumput setinggi dada. duit miliaran buang2 aja. kpn dilanjutin??",
    ),
    _E(
        "whatsapp",
        "adpem",
        "Jalan semenisasi RT 03 Desa Bunga Putih Marangkayu baru 2 bulan selesai udh hancur berlubang, campurannya kebanyakan pasir, ketebalan gk sampai 10 cm. Tolong orang PU & pengawas proyeknya cek ke lapangan pak 🙏",
    ),
    _E(
        "whatsapp",
        "adpem",
        "Pak sy gk minta jalan baru, dan ini jg bukan soal siapa pemenang lelangnya. Proyek peningkatan jalan Loa Kulu-Jonggon kontraknya katanya berakhir awal Desember tp di lapangan baru sekitar 40%, aspal baru setengah ruas, alat berat udh ditarik semua minggu lalu. Ini proyek dilanjut atau ditinggal? Warga tiap hari lewat lumpur.",
    ),
    _E(
        "telegram",
        "adpem",
        "Progres pembangunan gedung RSUD pratama di Samboja udh sampai mana? papan proyek udh hilang, pekerja jarang keliatan. dana APBD kabupaten kan, mohon dipantau",
    ),
    _E(
        "telegram",
        "adpem",
        "Drainase baru di Kel. Panji Tenggarong malah bikin banjir, elevasinya lebih tinggi dr jalan jd air gk bisa masuk got. Baru selesai dikerjakan bulan Oktober. Mohon dievaluasi pekerjaannya.",
    ),
    _E(
        "twitter",
        "adpem",
        "jalan poros kembang janggut - tabang proyek peningkatan tiap tahun tapi aspalnya cuma tahan 3 bulan, abis itu lubang lagi 🙄 siapa yg ngawasin kualitasnya @setdakukar",
    ),
    _E(
        "twitter",
        "adpem",
        "turap sungai di muara muntai gk ada papan proyek, gk tau anggaran berapa, kerjaan asal2an, baru dipasang udah miring ke sungai. @setdakukar tolong dicek",
    ),
    _E(
        "web",
        "adpem",
        "Lokasi: Jl. Masjid Agung, tepat di depan Masjid Agung Sultan Sulaiman, Tenggarong. Trotoar dan saluran yang baru dibangun bulan September sudah ambles sepanjang kurang lebih 30 meter dan penutup saluran pecah. Ini pekerjaan baru, mohon kontraktornya diminta memperbaiki dalam masa pemeliharaan.",
    ),
    _E(
        "web",
        "adpem",
        "Pembangunan gedung SD Negeri 011 di Desa Sungai Bawang, Muara Badak, yang dibiayai APBD kabupaten sudah enam bulan berhenti di tahap pemasangan atap. Anak-anak masih belajar menumpang di balai desa. Mohon dipantau kapan pekerjaan dilanjutkan.",
    ),
    _E(
        "email",
        "adpem",
        "Kepada Yth.\nSekretaris Daerah Kabupaten Kutai Kartanegara\ndi Tenggarong\n\nPerihal: Laporan Dugaan Pekerjaan Tidak Sesuai Spesifikasi\n\nDengan hormat,\nKami Forum Pemantau Pembangunan Kukar telah melakukan pemantauan pada pekerjaan rehabilitasi jalan lingkungan di Kelurahan Sangasanga Dalam. Dari pengukuran kami, tebal lapis aspal rata-rata 3 cm dari 5 cm yang tertera di papan informasi, serta tidak terpasang lapis pondasi agregat. Foto dan hasil pengukuran terlampir. Kami mohon dilakukan pemeriksaan sebelum serah terima pekerjaan.\n\nHormat kami,\nKoordinator Forum Pemantau Pembangunan Kukar\n0852 5077 1186",
    ),
    _E(
        "email",
        "adpem",
        "jembatan gantung di desa muara wis talinya putus sebelah, padahal baru dibangun thn 2024. anak sekolah nyebrang pake perahu skrg. mohon segera ditinjau\n\nDikirim dari iPhone saya",
    ),
    _E(
        "email",
        "adpem",
        "Yth. Bupati Kutai Kartanegara\nc.q. Bagian Administrasi Pembangunan\n\nPerihal: Permohonan Penyelesaian Pembangunan Jembatan Desa\n\nDengan hormat,\nPembangunan jembatan penghubung Dusun Sebelimbingan di Desa Teluk Muda, Kecamatan Kenohan, yang dimulai tahun 2025 dengan dana kabupaten, hingga kini terbengkalai. Tiang pancang sudah terpasang namun lantai jembatan belum dikerjakan dan kontraktor tidak pernah lagi ke lokasi. Kami mohon pekerjaan ini dapat diselesaikan.\n\nHormat kami,\nKepala Desa Teluk Muda",
    ),
    _E(
        "email",
        "adpem",
        "Yth. Setda Kukar,\n\nTerima kasih atas balasannya. Soal pergantian ketua RT yang saya tanyakan di email pertama sudah beres di tingkat kelurahan, jadi tidak perlu ditindaklanjuti. Sekarang yang tersisa masalah jalan yang saya sebut di akhir email kemarin: pengaspalan Jalan Desa Tanjung Batu, Tenggarong Seberang, ditinggal kontraktor sejak Oktober, baru lapis pondasi, batu-batu lepas dan sudah ada dua pengendara jatuh. Mohon dicek kapan dilanjutkan.\n\nSalam,\nHendra\n\n> Pada 25 Nov 2026, Setda Kukar menulis:\n> Terima kasih, laporan Bapak sudah kami terima.",
    ),
]

_PBJ = [
    _E(
        "sms",
        "pbj",
        "LPSE kukar down dr pagi, batas upload dokumen penawaran jam 4 sore ini. tlg segera diperbaiki atau jadwal diperpanjang!!",
    ),
    _E(
        "sms",
        "pbj",
        "lelang paket jalan di sebulu diatur, nama pemenang udh beredar di warung kopi sblm pengumuman resmi. percuma kami ikut",
    ),
    _E(
        "whatsapp",
        "pbj",
        "Pak sy kontraktor kecil di Tenggarong, mau daftar akun penyedia di LPSE Kukar, berkas sdh diupload & diantar ke kantor tp verifikasi gk diproses2 udh 2 minggu. Tender yg mau sy ikuti tutup minggu depan 🙏",
    ),
    _E(
        "whatsapp",
        "pbj",
        "Sanggahan kami atas hasil tender paket rehab gedung kantor kecamatan sdh dikirim lewat aplikasi tgl 20 Nov, tp smp lewat masa sanggah gk dijawab pokja. Malah udh keluar penetapan pemenang. Ini gmn pak?",
    ),
    _E(
        "whatsapp",
        "pbj",
        "Selamat siang pak. Minggu lalu sy udh lapor soal jalan depan rumah ke orang PU, itu udh ditangani makasih. Skrg sy mau tanya soal usaha sy: produk paving block kami sdh diajukan ke katalog elektronik lokal Kukar sejak Agustus, sdh lengkap semua, tp sampai skrg statusnya masih 'menunggu persetujuan'. Kapan ditayangkan ya pak?",
    ),
    _E(
        "telegram",
        "pbj",
        "Pokja minta syarat SBU & pengalaman 3 paket sejenis nilai 5M utk paket pengadaan ATK yg nilainya cuma 300 jt. Jelas ngarah ke 1 perusahaan. Mohon dievaluasi dokumen pemilihannya.",
    ),
    _E(
        "telegram",
        "pbj",
        "Tender jasa konsultan perencanaan jembatan Sungai Kedang Rantau tiba2 hilang dr daftar di LPSE padahal kami sdh upload penawaran. Dibatalkan atau gimana? gk ada pemberitahuan apa2",
    ),
    _E(
        "twitter",
        "pbj",
        "e-katalog kukar kok harga laptop yg dibeli lebih mahal 2x dr harga pasaran? siapa yg klik beli ini @setdakukar 🤨 #ekatalog",
    ),
    _E(
        "twitter",
        "pbj",
        "tiap lelang yg menang PT itu2 aja, kontraktor lokal kukar cuma jadi penonton. #lelangdiatur @setdakukar",
    ),
    _E(
        "web",
        "pbj",
        "Kami CV Sinar Kutai mohon penjelasan tertulis alasan penawaran kami digugurkan pada evaluasi teknis paket Pengadaan Peralatan Laboratorium SMP. Di aplikasi hanya tertulis 'tidak memenuhi' tanpa rincian, padahal brosur dan spesifikasi sudah kami lampirkan lengkap.",
    ),
    _E(
        "web",
        "pbj",
        "Pertanyaan ini bukan soal pembayaran termin, itu urusan lain yang sudah kami tanyakan ke bagian keuangan. Kami ingin menyampaikan sanggahan banding atas jawaban sanggahan pokja untuk paket pembangunan gedung serbaguna Kecamatan Sebulu, dan mohon diberitahu jaminan sanggah banding disetorkan ke mana serta batas waktunya.",
    ),
    _E(
        "email",
        "pbj",
        "Kepada Yth.\nKelompok Kerja Pemilihan\nBagian Pengadaan Barang dan Jasa Setda Kab. Kutai Kartanegara\n\nPerihal: Sanggahan atas Hasil Pemilihan\n\nDengan hormat,\nKami PT Mahakam Beton Perkasa, peserta tender Paket Peningkatan Jalan Sangasanga-Muara Jawa, menyampaikan sanggahan atas penetapan pemenang karena calon pemenang tidak memenuhi syarat sisa kemampuan paket (SKP) dan personel manajerial yang diusulkan juga tercantum pada paket lain yang sedang berjalan. Bukti terlampir.\n\nHormat kami,\nDirektur, Ir. Bambang Sutejo\n0811 584 6632",
    ),
    _E(
        "email",
        "pbj",
        "akun SPSE kami terblokir krn salah password 3x, padahal hari ini terakhir upload. mohon direset. nama perusahaan CV Mahakam Jaya Abadi, NPWP terlampir\n\nDikirim dari ponsel",
    ),
    _E(
        "email",
        "pbj",
        "Yth. Bagian Pengadaan Barang dan Jasa Setda Kukar,\n\nKami dari Lembaga Pemantau Anggaran Kaltim menemukan indikasi persekongkolan pada tender pengadaan 12 unit mobil ambulans desa: tiga peserta memiliki alamat kantor dan nomor telepon yang sama, dan dokumen penawarannya memuat kesalahan ketik yang identik. Kami minta tender tersebut diperiksa dan dievaluasi ulang sebelum kontrak ditandatangani.\n\nHormat kami,\nDivisi Investigasi LPA Kaltim",
    ),
    _E(
        "email",
        "pbj",
        "Yth. Pokja Pemilihan,\n\nIni bukan masalah kontrak atau nilai penawaran. Undangan pembuktian kualifikasi di bawah baru masuk ke email kami setelah jadwalnya lewat karena nama paket salah ketik sehingga tersaring. Kami mohon jadwal pembuktian kualifikasi untuk kami dijadwalkan ulang.\n\nSalam,\nCV Borneo Teknik Utama\n\n---------- Forwarded message ---------\nDari: LPSE Kab. Kutai Kartanegara\nTanggal: Kam, 3 Des 2026 08:02\nPerihal: Undangan Pembuktian Kualifikasi Paket Rehab Puskesmas Anggana\nPembuktian dilaksanakan 3 Desember 2026 pukul 09.00 WITA.",
    ),
]

_ORGANISASI = [
    _E(
        "sms",
        "organisasi",
        "urus KTP el di disdukcapil udh 3 minggu blm jadi, tiap ditanya jawabnya blanko habis. tp tetangga yg lewat 'orang dalam' 2 hari jadi. gmn ini",
    ),
    _E(
        "sms",
        "organisasi",
        "di loket perizinan DPMPTSP tenggarong sy diminta 500rb biar izin usaha cepat keluar, gk ada kwitansi. itu pungli kan pak",
    ),
    _E(
        "whatsapp",
        "organisasi",
        "sy urus izin PBG rumah toko udh 4 bln gk ada kepastian. tiap datang syaratnya beda2 tergantung petugasnya. di kantornya jg gk ada papan standar pelayanan, brp hari & biayanya brp gk jelas 😤",
    ),
    _E(
        "whatsapp",
        "organisasi",
        "Pak, wkt urus akta kelahiran anak di Disdukcapil Tenggarong ada calo di depan loket nawarin 'jalur cepat' 300rb, dan petugas loketnya jelas kenal akrab sama calo itu. Kalau gk lewat calo disuruh balik minggu depan trs.",
    ),
    _E(
        "whatsapp",
        "organisasi",
        "Ini bukan soal gas, bukan soal jalan jua. Ulun cuma handak melapor petugas di kantor UPT Dinas Sosial Kota Bangun, kasar & kada melayani warga, jam 9 pagi kantor masih kosong, pas datang malah main hp. Ulun datang 3 kali cuma handak minta surat rekomendasi, kada pernah dilayani.",
    ),
    _E(
        "telegram",
        "organisasi",
        "survei kepuasan masyarakat (SKM) di puskesmas kami cuma formalitas, petugas isi sendiri kuesionernya dan warga disuruh tanda tangan aja. hasilnya pasti bagus trs.",
    ),
    _E(
        "telegram",
        "organisasi",
        "Mal Pelayanan Publik Tenggarong jadwal tertulis buka 08.00, kenyataannya loket baru buka jam 10. Sdh 3 kali sy alami. Nomor antrean juga habis jam 9 padahal belum dilayani sama sekali.",
    ),
    _E(
        "twitter",
        "organisasi",
        "urus surat pindah di dukcapil disuruh bayar 'uang map' 50rb, katanya sukarela tp kalau gk bayar berkas gk diterima. ini pungli kan?? @setdakukar",
    ),
    _E(
        "twitter",
        "organisasi",
        "urus kartu kuning di disnaker bolak balik 4x, tiap dateng petugasnya beda & bilang kurang syarat beda2. capek @setdakukar 😩",
    ),
    _E(
        "web",
        "organisasi",
        "Saya ingin menyampaikan saran agar kantor-kantor pelayanan pemerintah di Kukar (dukcapil, perizinan, samsat keliling) membuka layanan setidaknya setengah hari pada hari Sabtu, karena banyak pekerja tambang dan perkebunan yang hanya libur di akhir pekan dan harus izin kerja untuk mengurus dokumen.",
    ),
    _E(
        "web",
        "organisasi",
        "Saya sudah mengadu ke Bagian Umum kantor bupati, katanya bukan urusan mereka. Jadi saya tulis di sini. Waktu uji KIR mobil pikap di UPT Pengujian Kendaraan Dinas Perhubungan, petugas meminta tambahan Rp150.000 di luar tarif resmi 'untuk administrasi', tanpa bukti pembayaran. Mohon ditertibkan.",
    ),
    _E(
        "email",
        "organisasi",
        "Kepada Yth.\nSekretaris Daerah Kabupaten Kutai Kartanegara\ndi Tenggarong\n\nPerihal: Laporan Dugaan Maladministrasi\n\nDengan hormat,\nSaya Muhammad Ridwan, NIK 6402030508850002, warga Kelurahan Baru, Tenggarong. Permohonan izin usaha mikro saya di Dinas Penanaman Modal dan PTSP ditolak dengan alasan lokasi tidak sesuai, padahal tiga usaha sejenis di jalan yang sama mendapat izin. Alasan penolakan tidak tertulis dan saya tidak diberi kesempatan menanggapi. Mohon diperiksa.\n\nHormat saya,\nMuhammad Ridwan\n0821 5412 8893",
    ),
    _E(
        "email",
        "organisasi",
        "Mohon info di mana bisa melihat standar pelayanan Disdukcapil Kukar (syarat, waktu penyelesaian, biaya) krn di website dinasnya tdk ada, di kantornya jg tdk ditempel.\n\nTerima kasih\nDikirim dari Gmail untuk HP",
    ),
    _E(
        "email",
        "organisasi",
        "Yth. Bagian Organisasi Setda Kukar,\n\nKami dari Sekretariat Dinas Perikanan menanyakan jadwal pendampingan penilaian mandiri pelaksanaan reformasi birokrasi (PMPRB) dan evaluasi kelembagaan tahun 2027. Sampai sekarang kami belum menerima surat edaran maupun format isiannya, sementara perangkat daerah lain sudah mulai menyusun.\n\nSalam,\nKasubbag Umum dan Kepegawaian\nDinas Perikanan Kab. Kukar",
    ),
    _E(
        "email",
        "organisasi",
        "Yth. Bapak/Ibu,\n\nSejak Juli saya mengurus perbaikan nama di Kartu Keluarga karena salah satu huruf nama ayah saya salah ketik oleh petugas. Pertama saya disuruh bawa akta, kedua disuruh bawa ijazah, ketiga disuruh surat pengantar yang baru, dan setelah semua lengkap KK yang dicetak salah lagi di huruf yang lain. Karena KK ini SK pensiun ayah saya tertahan. Saya minta pelayanan di Disdukcapil diperiksa dan kesalahan petugas ini diperbaiki tanpa saya harus mengulang dari awal.\n\nHormat saya,\nLaila Fitriani\n\n> Pada 2 Des 2026 Disdukcapil menulis:\n> Silakan datang kembali dengan membawa berkas persyaratan lengkap.",
    ),
]

_UMUM = [
    _E(
        "sms",
        "umum",
        "toilet umum di lantai 1 kantor bupati bau bgt & airnya mati dr kemarin, tamu2 dr desa pd ngeluh. malu pak",
    ),
    _E(
        "sms",
        "umum",
        "parkiran kantor bupati penuh mobil pribadi pegawai dr pagi, tamu yg mau urusan disuruh parkir di pinggir jalan. tlg diatur",
    ),
    _E(
        "whatsapp",
        "umum",
        "Assalamualaikum pak, kami dari Karang Taruna Kecamatan Tenggarong mau pinjam ruang rapat di lantai 2 kantor bupati tgl 14 Desember utk rapat koordinasi pemuda se-kecamatan, sekitar 50 orang. Prosedur peminjamannya gmn ya pak, ada formulir nya?",
    ),
    _E(
        "whatsapp",
        "umum",
        "mobil dinas plat merah KT 1247 H tiap sabtu minggu dipake ke pasar & antar jemput anak les, kadang dipake ke samarinda buat jalan2 keluarga. itu kan mobil dinas setda, tolong ditertibkan pak 📸 fotonya ada",
    ),
    _E(
        "whatsapp",
        "umum",
        "Pak, kami panitia pesta adat Desa Kedang Ipil sdh antar surat undangan utk Bupati ke kantor bupati 2 minggu lalu, diterima petugas depan. Tp pas kami cek ke bagian surat menyurat katanya suratnya gk tercatat sama sekali. Ini bukan soal Bupati bisa hadir atau tdk ya pak, kami cuma mau pastikan surat kami diterima & diagendakan, krn kata mereka gk ada nomor agendanya.",
    ),
    _E(
        "telegram",
        "umum",
        "Motor pegawai hilang lagi di parkiran belakang kantor bupati, ini udh yg ketiga thn ini. Pos satpam belakang kosong tiap malam & CCTV nya mati. Mohon keamanan kompleks kantor ditingkatkan.",
    ),
    _E(
        "telegram",
        "umum",
        "AC ruang rapat Asisten III di gedung Setda mati sejak seminggu, rapat jadi kayak sauna. sdh lapor ke teknisi tp blm diperbaiki jg. mohon ditindaklanjuti",
    ),
    _E(
        "twitter",
        "umum",
        "halaman kantor bupati kukar banyak sampah abis acara kemarin, botol & kotak nasi berserakan sampai sore gak ada yg bersihin 🙁 @setdakukar",
    ),
    _E(
        "twitter",
        "umum",
        "lampu di jalan dalam kompleks kantor bupati mati semua, gelap gulita pas pegawai pulang lembur. ngeri @setdakukar",
    ),
    _E(
        "web",
        "umum",
        "Surat kami Nomor 045/FKPM/XI/2026 perihal permohonan data kependudukan sudah dikirim ke Sekretariat Daerah Kukar melalui pos tercatat dan diterima pada 18 November 2026 (bukti resi terlampir). Mohon konfirmasi apakah surat tersebut sudah diregister dan nomor agendanya, karena kami belum mendapat informasi diteruskan ke mana.",
    ),
    _E(
        "web",
        "umum",
        "Di lorong lantai 3 kantor bupati, persis di depan ruang Bagian Hukum, plafon jebol dan air hujan menetes ke lantai sehingga licin. Kemarin ada tamu lansia hampir jatuh. Mohon plafonnya diperbaiki dan dipasang tanda peringatan sementara.",
    ),
    _E(
        "email",
        "umum",
        "Kepada Yth.\nKepala Bagian Umum Setda Kabupaten Kutai Kartanegara\ndi Tenggarong\n\nPerihal: Permohonan Peminjaman Aula\n\nDengan hormat,\nDalam rangka Wisuda Santri TPA se-Kecamatan Tenggarong, kami memohon izin meminjam aula di lingkungan kantor bupati pada Sabtu, 9 Januari 2027 pukul 08.00-12.00 WITA untuk sekitar 200 orang. Kami siap mengikuti ketentuan kebersihan dan keamanan yang berlaku.\n\nHormat kami,\nKetua Panitia, Ust. Hamdani\nHP 0852 5190 3347",
    ),
    _E(
        "email",
        "umum",
        "Pak, lift gedung Setda macet lagi hari ini sekitar jam 10, 4 pegawai terjebak 10 menit. Ini udh kedua kalinya bulan ini. Mohon segera diservis.\n\nDikirim dari iPhone saya",
    ),
    _E(
        "email",
        "umum",
        "Yth. Bagian Umum Setda,\n\nKami dari Bagian Perekonomian Setda akan melaksanakan monitoring ketersediaan LPG dan harga bahan pokok di Kecamatan Tabang dan Kembang Janggut pada 15-17 Desember. Kami mohon peminjaman satu unit kendaraan dinas operasional double cabin beserta pengemudi karena kendaraan bagian kami sedang diperbaiki di bengkel.\n\nTerima kasih,\nKasubbag Tata Usaha Bagian Perekonomian",
    ),
    _E(
        "email",
        "umum",
        "Yth. Bapak/Ibu,\n\nSaya teruskan lagi email saya yang belum dibalas. Sekali lagi saya tegaskan, ini bukan permohonan bantuan rumah ibadah. Musholla di dalam kompleks kantor bupati yang dipakai pegawai dan tamu setiap hari kondisinya kotor, karpet bau, dan keran air wudhu mati sejak awal bulan. Mohon petugas kebersihan kantor dijadwalkan membersihkan dan keran diperbaiki.\n\nSalam,\nNurhayati\n\n> Pada 1 Des 2026 Nurhayati menulis:\n> Musholla kantor bupati kotor, air wudhu mati...",
    ),
]

_PROKOM = [
    _E(
        "sms",
        "prokom",
        "pak kami warga desa jembayan mau undang pak bupati hadir di syukuran panen raya kampung tgl 20 januari. gmn caranya biar bisa dtg",
    ),
    _E(
        "sms",
        "prokom",
        "sy ketua forum guru honorer kukar mau audiensi langsung dgn bupati soal nasib honorer, daftar nya dmn pak",
    ),
    _E(
        "whatsapp",
        "prokom",
        "Assalamualaikum pak, kami pengurus Kerukunan Keluarga Bugis Kukar ingin mengundang Bapak Bupati membuka acara pelantikan pengurus baru tgl 11 Januari di Tenggarong. Surat undangan sdh siap, mohon arahan dikirim ke siapa & apakah bisa dikoordinasikan dgn protokol soal susunan acara 🙏",
    ),
    _E(
        "whatsapp",
        "prokom",
        "IG resmi bupati kok komentar warga dihapus2 sih? kami cuma kritik sopan soal jalan, langsung hilang & akun diblokir. admin medsos bupati tolong lebih profesional 🙏",
    ),
    _E(
        "whatsapp",
        "prokom",
        "Bubuhan kami warga RT 09 Desa Bakungan sdh 3 kali kirim surat minta ketemu Bupati soal lubang tambang dekat kampung, kada pernah ditanggapi. Kami bukan minta tambang ditutup lewat sini, urusan itu biar instansi yg menangani. Kami cuma handak ketemu langsung pak Bupati, 15 menit aja, kaya apa caranya?",
    ),
    _E(
        "telegram",
        "prokom",
        "Selamat siang, sy wartawan media online KaltimNow. Mohon info jadwal doorstop atau konferensi pers Bupati minggu ini terkait evaluasi program akhir tahun, dan bagaimana prosedur peliputan di kantor bupati.",
    ),
    _E(
        "telegram",
        "prokom",
        "Siaran pers pemkab soal HUT Kota Tenggarong kemarin salah tulis nama & gelar tokoh adat Kesultanan, sdh tersebar di banyak media. Mohon segera diralat secara resmi.",
    ),
    _E(
        "twitter",
        "prokom",
        "pak bupati main2 lah ke kampung kami di desa muara enggelam, udh 10 thn gk pernah dikunjungi bupati. kami undang pas pesta danau bulan depan @setdakukar 🙏",
    ),
    _E(
        "twitter",
        "prokom",
        "upacara HUT RI di lapangan Tenggarong kemarin tenda tamu undangan roboh pas pidato, susunan acara molor 1 jam. panitia acaranya gimana sih @setdakukar",
    ),
    _E(
        "web",
        "prokom",
        "Kami dari SMA Negeri 2 Tenggarong mohon sambutan tertulis Bapak Bupati beserta foto resmi untuk dimuat dalam buku kenangan peringatan 40 tahun sekolah. Naskah kami butuhkan paling lambat 20 Januari 2027.",
    ),
    _E(
        "web",
        "prokom",
        "Kami tidak meminta dana atau hibah apa pun untuk kegiatan ini, biaya sudah ditanggung swadaya warga. Kami hanya memohon kesediaan Bapak Bupati hadir dan membuka MTQ tingkat Desa Loh Sumber, Loa Kulu, pada 2 Februari 2027. Mohon informasi apakah undangan cukup dikirim lewat sini atau harus diantar langsung.",
    ),
    _E(
        "email",
        "prokom",
        "Kepada Yth.\nBupati Kutai Kartanegara\ndi Tenggarong\n\nPerihal: Permohonan Audiensi\n\nDengan hormat,\nKami Aliansi Mahasiswa Kukar bermaksud menyampaikan aspirasi terkait transportasi mahasiswa dan asrama mahasiswa Kukar di Samarinda secara langsung kepada Bapak Bupati. Kami memohon waktu audiensi pada minggu kedua Januari 2027, dengan peserta paling banyak 10 orang.\n\nHormat kami,\nKoordinator Aliansi, Fajar Ramadhan\nHP 0813 4521 7706",
    ),
    _E(
        "email",
        "prokom",
        "Selamat pagi, mohon dikirimkan foto resmi dan biodata singkat Bupati untuk liputan khusus akhir tahun kami. Terima kasih.\n\nRedaksi Tabloid Etam\nDikirim dari HP",
    ),
    _E(
        "email",
        "prokom",
        "Yth. Bagian Protokol dan Komunikasi Pimpinan,\n\nKami keberatan karena sejak dua bulan terakhir media kami tidak lagi dimasukkan dalam grup undangan peliputan kegiatan Bupati, padahal sudah terverifikasi Dewan Pers dan rutin meliput. Beberapa media lain tetap diundang. Mohon penjelasan kriteria media yang diundang dan agar kami dimasukkan kembali.\n\nHormat kami,\nPemimpin Redaksi Kukar Pos Online",
    ),
    _E(
        "email",
        "prokom",
        "Yth. Bapak/Ibu,\n\nMenjawab pertanyaan Bapak di bawah: ini bukan laporan soal kualitas jembatan, jembatannya sudah selesai dan bagus. Kami dari Pemerintah Desa Sungai Kapih memohon Bapak Bupati berkenan meresmikan jembatan desa tersebut pada akhir Januari 2027, sekaligus menghadiri syukuran warga. Mohon dikabarkan tanggal yang memungkinkan.\n\nHormat kami,\nSekretaris Desa Sungai Kapih\n\n> Pada 4 Des 2026 Setda menulis:\n> Apakah ini laporan kerusakan jembatan? Mohon dijelaskan.",
    ),
]

_PERENCANAAN_KEUANGAN = [
    _E(
        "sms",
        "perencanaan_keuangan",
        "sy supplier ATK & kertas ke setda kukar, tagihan bln agustus sm september blm dibayar smp skrg. kwitansi udh diteken. kpn cair pak",
    ),
    _E(
        "sms",
        "perencanaan_keuangan",
        "TPP bulan kemarin pegawai setda blm masuk, dinas lain udh. kenapa setda telat lg",
    ),
    _E(
        "whatsapp",
        "perencanaan_keuangan",
        "pak sy tenaga honorer di Bagian Umum setda, honor blm cair 3 bln, anak mau bayar uang sekolah 😢 kata atasan tunggu dr keuangan trs. kpn dibayar ya pak",
    ),
    _E(
        "whatsapp",
        "perencanaan_keuangan",
        "Pak, SPPD perjalanan dinas sy ke Jakarta bln Oktober blm diganti, tiket & hotel pake duit pribadi hampir 5 jt. Berkas sdh diserahkan lengkap ke bendahara setda sejak 3 Nov.",
    ),
    _E(
        "whatsapp",
        "perencanaan_keuangan",
        "Selamat siang pak. Kami usaha katering kecil di Tenggarong yg menyediakan konsumsi utk rapat2 & acara pimpinan di kantor bupati bulan September, termasuk acara bupati dgn tokoh masyarakat. Acaranya lancar, semua puas. Tp tagihan kami 27 jt sampai skrg blm dibayar Setda, sdh 3 kali kirim invoice. Modal kami habis pak 🙏",
    ),
    _E(
        "telegram",
        "perencanaan_keuangan",
        "Honor narasumber sy waktu sosialisasi di Setda bulan Juni blm ditransfer. NPWP, KTP & no rekening sdh sy kirim 2 kali ke panitia. Mohon dicek.",
    ),
    _E(
        "telegram",
        "perencanaan_keuangan",
        "SPJ kegiatan bagian kami dikembalikan terus oleh verifikator keuangan setda tanpa catatan jelas, sdh 3 kali revisi. Deadline tutup buku tgl 20. Mohon ada kejelasan syaratnya.",
    ),
    _E(
        "twitter",
        "perencanaan_keuangan",
        "vendor lokal udh kerja buat setda kukar, invoice 6 bulan gak dibayar. usaha kecil bisa bangkrut pak @setdakukar 😞",
    ),
    _E(
        "twitter",
        "perencanaan_keuangan",
        "gaji & TPP staf setda kukar telat tiap awal tahun, alasannya DPA blm turun. cicilan bank gk mau tau alasan 🙃 @setdakukar",
    ),
    _E(
        "web",
        "perencanaan_keuangan",
        "Saya staf Bagian Kerja Sama Setda. TPP saya bulan November dipotong 15% dengan alasan keterlambatan absen, padahal pada tanggal yang disebut saya sedang tugas luar dengan surat tugas resmi. Mohon perhitungan potongan TPP saya dikoreksi.",
    ),
    _E(
        "web",
        "perencanaan_keuangan",
        "Ini bukan soal tender dan bukan keberatan atas hasil lelang, kami memang pemenangnya. Kami penyedia paket pengadaan meubelair ruang rapat Sekretariat Daerah; barang sudah diterima dengan berita acara serah terima tanggal 14 Oktober 2026 dan tagihan sudah diajukan lengkap, tetapi sampai sekarang pembayaran dari Setda belum kami terima.",
    ),
    _E(
        "email",
        "perencanaan_keuangan",
        "Kepada Yth.\nKepala Bagian Perencanaan dan Keuangan Setda Kab. Kutai Kartanegara\ndi Tenggarong\n\nPerihal: Permohonan Pembayaran Tagihan\n\nDengan hormat,\nKami CV Karya Mandiri Tenggarong telah menyelesaikan pekerjaan pemeliharaan jaringan komputer Sekretariat Daerah sesuai Surat Pesanan tanggal 3 Juli 2026, dengan berita acara pemeriksaan tanggal 30 Agustus 2026. Tagihan telah kami ajukan pada 5 September 2026 namun hingga kini belum dibayarkan. Mohon kiranya dapat segera diproses.\n\nHormat kami,\nDirektur, Agus Salim\n0812 5030 7741",
    ),
    _E(
        "email",
        "perencanaan_keuangan",
        "uang harian SPPD sy ke Muara Kaman bulan lalu dipotong tanpa penjelasan, mohon rinciannya. sy staf Bagian Pemerintahan Setda.\n\nDikirim dari ponsel saya",
    ),
    _E(
        "email",
        "perencanaan_keuangan",
        "Yth. Subbag Keuangan Setda,\n\nKami dari Bagian Organisasi menanyakan apakah untuk laporan pertanggungjawaban (SPJ) belanja perjalanan dinas triwulan IV sudah wajib memakai format baru sesuai surat edaran bulan lalu, atau masih bisa memakai format lama. Beberapa SPJ kami tertahan karena perbedaan format.\n\nTerima kasih,\nBendahara Pembantu Bagian Organisasi",
    ),
    _E(
        "email",
        "perencanaan_keuangan",
        "Yth. Bagian Perencanaan dan Keuangan,\n\nSaya teruskan percakapan di bawah. Bagian Hukum menyatakan urusan mereka hanya penyusunan Raperdanya, sedangkan honor tim ada di bagian Bapak/Ibu. Kami staf Setda yang masuk tim penyusun Raperda Perlindungan Nelayan sesuai SK Sekda, rapat sudah 8 kali sejak Mei, tetapi honor tim belum dibayarkan sama sekali. Mohon kejelasan kapan dibayar.\n\nSalam,\nAndi Pratama\n\n> Pada 30 Nov 2026 Bagian Hukum menulis:\n> Untuk pembayaran honor tim silakan ditanyakan ke Bagian Perencanaan dan Keuangan.",
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
