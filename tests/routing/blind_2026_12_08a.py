# ruff: noqa: E501
"""Blind set written 2026-12-08 (first of the day) for issue 16: the e-mail inbox of the complaint address in an ordinary month, more than half of it e-mail in every shape: Word letters pasted with letterhead, Nomor, Lampiran, Perihal, 'Kepada Yth. ... di Tempat', numbered points and a signature with title and NIP; short e-mails from phones; replies on top of an earlier reply from the service or another office; forwards from a village office or a company with the writer's note on top; e-mails from the regency's own offices and from universities, companies and associations, whose letterhead often belongs to another section's world than what they ask. 15 cases per section; per section 9 email, 2 whatsapp, 2 web, 1 sms, 1 telegram (108 email, 24 whatsapp, 24 web, 12 sms, 12 telegram).. Written by two helper sessions, six sections each, with the same instructions, and joined into this file unread.

Written without reading config.yaml, routing/ or tests/routing/; each case is labelled only from
the mandates in docs/sections.md.

Scored ONCE, blind, with the rules of main a9eeb01 (this file committed unread in that commit;
the same rules that scored 2026-12-08b and 08c), on 2026-12-08 at 01:49 UTC: 174/180 correct =
96.7% (Wilson 95% interval 92.9%-98.5%), 2 fallbacks (1.1%). Per channel: email 106/108 = 98.1%,
sms 11/12, telegram 11/12, web 22/24, whatsapp 24/24.
The errors (index in CASES, label -> got): #12 pemerintahan -> fallback, #16 kesra -> adpem, #74
perekonomian -> sda, #102 adpem -> sda, #103 adpem -> fallback, #157 prokom -> pemerintahan.
"""

from __future__ import annotations

from tests.routing.case import Case

_PEMERINTAHAN = [
    Case(
        "email",
        "pemerintahan",
        "BADAN PERMUSYAWARATAN DESA (BPD)\n"
        "DESA BUKIT RAYA KECAMATAN TENGGARONG SEBERANG\n"
        "Sekretariat: Jl. Poros Samarinda-Tenggarong Km 22, Bukit Raya\n"
        "\n"
        "Nomor    : 014/BPD-BR/VIII/2024\n"
        "Lampiran : 1 (satu) berkas\n"
        "Perihal  : Laporan dan Permohonan Pembinaan terhadap Kepala Desa\n"
        "\n"
        "Kepada Yth.\n"
        "Bapak Bupati Kutai Kartanegara\n"
        "c.q. Asisten Pemerintahan dan Kesejahteraan Rakyat Setda Kab. Kukar\n"
        "di -\n"
        "Tempat\n"
        "\n"
        "Dengan hormat,\n"
        "Bersama surat ini kami sampaikan beberapa hal sebagai berikut:\n"
        "1. Sejak bulan Mei 2024 Kepala Desa Bukit Raya tidak pernah hadir dalam musyawarah desa yang diundang oleh BPD, termasuk musdes pembahasan RKPDes 2025.\n"
        "2. Dua orang perangkat desa (Kasi Pelayanan dan Kaur Perencanaan) diberhentikan tanpa rekomendasi tertulis dari Camat.\n"
        "3. Laporan keterangan penyelenggaraan pemerintahan desa tahun 2023 sampai hari ini belum disampaikan kepada BPD.\n"
        "\n"
        "Atas hal tersebut kami mohon kiranya Bapak Bupati melalui bagian terkait dapat melakukan pembinaan dan evaluasi terhadap Kepala Desa Bukit Raya agar jalannya pemerintahan desa kembali normal. Kronologis dan notulen musdes kami lampirkan.\n"
        "\n"
        "Demikian surat ini kami sampaikan, atas perhatian Bapak kami ucapkan terima kasih.\n"
        "\n"
        "Bukit Raya, 19 Agustus 2024\n"
        "Ketua BPD Desa Bukit Raya\n"
        "\n"
        "\n"
        "SUPARMAN\n"
        "HP 0812-5543-1180\n"
        "\n"
        "Tembusan:\n"
        "1. Camat Tenggarong Seberang\n"
        "2. Kepala DPMD Kab. Kukar\n"
        "3. Arsip",
    ),
    Case(
        "email",
        "pemerintahan",
        "Subject: Fwd: Permasalahan Patok Batas Desa Sumber Sari - Jembayan\n"
        "\n"
        "Selamat siang Bapak/Ibu,\n"
        "Saya teruskan surat dari kantor desa kami yang sebelumnya sudah dikirim ke kecamatan. Mohon kiranya bisa ditindaklanjuti karena warga sudah mulai ribut di lapangan, sampai ada yang mencabut patok. Terima kasih.\n"
        "\n"
        "Rahmat Hidayat\n"
        "Sekretaris Desa Sumber Sari, Kec. Loa Kulu\n"
        "\n"
        "---------- Forwarded message ---------\n"
        "Dari: Pemerintah Desa Sumber Sari <pemdes.sumbersari.loakulu@gmail.com>\n"
        "Date: Sen, 12 Agu 2024 pukul 09.14\n"
        "Subject: Permasalahan Patok Batas Desa Sumber Sari - Jembayan\n"
        "To: <kecamatan.loakulu@gmail.com>\n"
        "\n"
        "Dengan hormat,\n"
        "Berdasarkan hasil rapat desa tanggal 5 Agustus 2024, kami laporkan bahwa batas wilayah antara Desa Sumber Sari dan Desa Jembayan di sekitar RT 07 sampai saat ini belum disepakati. Pihak Desa Jembayan memasang patok baru kurang lebih 300 meter masuk ke wilayah yang selama ini kami administrasikan, sehingga sekitar 40 KK warga kami tercatat ganda dan surat keterangan tanah yang kami terbitkan dipersoalkan.\n"
        "\n"
        "Kami mohon difasilitasi penegasan batas desa oleh tim dari kabupaten dengan menghadirkan kedua pemerintah desa, BPD dan pihak kecamatan.\n"
        "\n"
        "Hormat kami,\n"
        "Kepala Desa Sumber Sari\n"
        "ttd\n"
        "SUGENG RIYADI",
    ),
    Case(
        "email",
        "pemerintahan",
        "Terima kasih atas balasannya pak, tapi saya masih blm jelas. Di desa kami Tanjung Limau kepala desanya sdh habis masa jabatan bulan Maret kemarin dan sekarang dijabat Pj dari kecamatan. Yg saya tanyakan, apakah desa kami masuk gelombang pilkades serentak berikutnya atau tdk? Soalnya sdh ada beberapa warga yg mau maju dan mereka perlu tau kapan pendaftarannya dibuka dan apa saja syarat jadi calon.\n"
        "\n"
        "Salam,\n"
        "Andi Baso\n"
        "Desa Tanjung Limau, Muara Badak\n"
        "\n"
        "Pada Kam, 8 Agu 2024 pukul 14.02 Layanan Pengaduan Setda Kukar <pengaduan.setda@kukarkab.go.id> menulis:\n"
        "> Yth. Bapak Andi Baso,\n"
        "> Terima kasih telah menghubungi layanan pengaduan Sekretariat Daerah Kabupaten Kutai Kartanegara.\n"
        "> Pesan Bapak sudah kami terima dan akan kami teruskan kepada unit kerja terkait.\n"
        "> Mohon ditunggu tindak lanjutnya.\n"
        ">\n"
        "> Salam,\n"
        "> Admin Layanan Pengaduan",
    ),
    Case(
        "email",
        "pemerintahan",
        "Perihal: Pemilihan Ketua RT 19 Kelurahan Timbau\n"
        "\n"
        "Assalamualaikum wr. wb.\n"
        "\n"
        "Yth. Bapak/Ibu di Sekretariat Daerah,\n"
        "\n"
        "Mohon maaf saya mengirim dari email sekolah karena email pribadi saya sedang bermasalah. Saya warga RT 19 Kelurahan Timbau, Tenggarong. Masa jabatan ketua RT kami sudah berakhir sejak Januari, tetapi sampai sekarang tidak ada pemilihan. Ketua RT yang lama malah menyampaikan di grup WA warga bahwa dia 'diperpanjang' oleh kelurahan, padahal warga tidak pernah diajak musyawarah sama sekali. Ketika kami tanyakan ke kantor kelurahan, jawabannya masih menunggu arahan.\n"
        "\n"
        "Kami warga hanya ingin pemilihan ketua RT dilakukan secara terbuka sesuai aturan. Mohon penjelasan siapa yang berwenang mengatur hal ini dan bagaimana prosedurnya yang benar.\n"
        "\n"
        "Wassalamualaikum wr. wb.\n"
        "\n"
        "Hj. Nurhayati, S.Pd.\n"
        "Guru Kelas V\n"
        "SD Negeri 005 Tenggarong\n"
        "Jl. Muso Salim, Tenggarong\n"
        "HP 0852-4611-2093",
    ),
    Case(
        "email",
        "pemerintahan",
        "Subject: Permohonan kejelasan batas wilayah Desa Lamin Telihan (Kec. Kenohan) dan Desa Hambau (Kec. Kembang Janggut)\n"
        "\n"
        "Kepada Yth.\n"
        "Bagian terkait di Sekretariat Daerah Kab. Kutai Kartanegara\n"
        "\n"
        "Dengan hormat,\n"
        "Kami dari PT Sawit Lestari Mahakam, perusahaan perkebunan kelapa sawit yang beroperasi di sekitar perbatasan Kecamatan Kenohan dan Kecamatan Kembang Janggut. Saat ini kami mengalami kesulitan administrasi karena kantor afdeling dan mess karyawan kami di KM 18 diklaim masuk wilayah dua desa sekaligus, yaitu Desa Lamin Telihan dan Desa Hambau. Kedua desa sama-sama menerbitkan surat keterangan domisili dan meminta pendataan karyawan kami sebagai penduduknya.\n"
        "\n"
        "Perlu kami tegaskan bahwa kami tidak mempersoalkan kebun maupun perizinan perusahaan. Yang kami butuhkan hanya kepastian garis batas antardesa dan antarkecamatan di titik tersebut, supaya jelas desa mana yang berwenang melayani karyawan kami. Apakah untuk segmen ini sudah ada penetapan batas dari kabupaten? Apabila belum, kami mohon informasi bagaimana cara mengajukan fasilitasi penegasan batasnya.\n"
        "\n"
        "Terima kasih atas perhatiannya.\n"
        "\n"
        "Salam hormat,\n"
        "Yohanes Lukas\n"
        "Legal & External Relations\n"
        "PT Sawit Lestari Mahakam\n"
        "HP 0811-5877-204",
    ),
    Case(
        "email",
        "pemerintahan",
        "Selamat malam bpk/ibu,\n"
        "saya mau tanya kelanjutan usulan pemekaran desa dari Desa Umaq Dian, Kec. Tabang. Berkas usulan sdh kami serahkan ke kecamatan thn 2022 dan katanya sdh naik ke kabupaten, tp smp skrg tdk ada kabar sama sekali. Warga di dusun kami jaraknya jauh bgt dari kantor desa induk, hrs naik ketinting 3 jam kalau mau ke kantor desa. Mohon info usulan kami sdh sampai tahap mana dan apa yg masih kurang.\n"
        "\n"
        "Trims\n"
        "Lukas Ajang\n"
        "Ketua Tim Pemekaran Dusun Long Ulu\n"
        "\n"
        "Dikirim dari iPhone saya",
    ),
    Case(
        "email",
        "pemerintahan",
        "Perihal: Pengangkatan perangkat desa Jantur\n"
        "\n"
        "Yth. Bapak/Ibu Pengelola Pengaduan Setda Kukar\n"
        "\n"
        "Dengan hormat,\n"
        "Saya bekerja sebagai perawat di Puskesmas Muara Muntai dan tinggal di Desa Jantur. Email ini saya tulis sebagai warga desa, bukan atas nama puskesmas.\n"
        "\n"
        "Pada bulan Juni lalu Kepala Desa Jantur mengangkat tiga perangkat desa baru, yaitu sekretaris desa, kaur keuangan dan satu kepala dusun. Ketiganya adalah anak, menantu dan ipar kepala desa sendiri. Tidak ada pengumuman penjaringan maupun ujian seperti yang dulu dilakukan, warga baru tahu setelah SK-nya keluar. Beberapa pemuda desa yang lulusan D3 dan S1 sebenarnya siap mendaftar kalau ada pengumuman.\n"
        "\n"
        "Kami mohon Pemkab melalui camat memeriksa apakah pengangkatan ini sudah sesuai prosedur, dan jika tidak, agar kepala desa diberi teguran dan pengangkatan diulang secara terbuka.\n"
        "\n"
        "Terima kasih.\n"
        "\n"
        "Hormat saya,\n"
        "Ahmad Saukani, A.Md.Kep\n"
        "Puskesmas Muara Muntai\n"
        "Jl. Pelabuhan, Muara Muntai Ulu",
    ),
    Case(
        "email",
        "pemerintahan",
        "Nomor     : 01/KBT/IX/2024\n"
        "Lampiran  : 3 (tiga) lembar\n"
        "Perihal   : Keberatan atas Hasil Pemilihan Kepala Desa Loa Duri Ilir\n"
        "\n"
        "Kepada Yth.\n"
        "Bupati Kutai Kartanegara\n"
        "Melalui Sekretariat Daerah\n"
        "di -\n"
        "Tenggarong\n"
        "\n"
        "Dengan hormat,\n"
        "Yang bertanda tangan di bawah ini:\n"
        "Nama       : H. Syamsul Bahri\n"
        "Alamat     : RT 05 Desa Loa Duri Ilir, Kec. Loa Janan\n"
        "Kedudukan  : Calon Kepala Desa Nomor Urut 2\n"
        "\n"
        "Dengan ini menyampaikan keberatan atas hasil pemungutan suara pemilihan kepala desa Loa Duri Ilir tanggal 1 September 2024, dengan alasan sebagai berikut:\n"
        "1. Terdapat 127 nama dalam DPT yang sudah pindah domisili atau meninggal dunia, dan sebagian di antaranya tercatat menggunakan hak pilih.\n"
        "2. Panitia pemilihan menolak permintaan saksi kami untuk menghitung ulang surat suara sisa di TPS 3.\n"
        "3. Selisih suara antara calon nomor urut 1 dan nomor urut 2 hanya 41 suara.\n"
        "\n"
        "Keberatan ini sudah kami sampaikan kepada panitia pemilihan dan BPD namun tidak ditanggapi. Oleh karena itu kami mohon Bapak Bupati menunda pengesahan dan pelantikan calon terpilih sampai keberatan ini diperiksa dan diselesaikan. Kami juga tidak menutup kemungkinan menempuh jalur hukum apabila keberatan ini tidak mendapat tanggapan.\n"
        "\n"
        "Demikian keberatan ini kami sampaikan, atas perhatian Bapak diucapkan terima kasih.\n"
        "\n"
        "Hormat kami,\n"
        "\n"
        "H. Syamsul Bahri\n"
        "HP 0813-4720-5516",
    ),
    Case(
        "email",
        "pemerintahan",
        "Subject: Usulan pemekaran RT 24 Kelurahan Loa Tebu tidak ditanggapi\n"
        "\n"
        "Selamat pagi,\n"
        "\n"
        "Saya Wahyu Prasetyo, ASN di Dinas Pendidikan Kukar, menulis sebagai warga RT 24 Kelurahan Loa Tebu, Tenggarong. RT kami sekarang sudah lebih dari 600 KK karena banyak perumahan baru, sementara ketua RT cuma satu orang. Urusan surat pengantar, data warga, ronda, sampai pembagian bantuan jadi kacau dan warga di perumahan ujung hampir tidak pernah terjangkau.\n"
        "\n"
        "Sejak Februari warga sudah rapat dan sepakat mengusulkan RT 24 dipecah menjadi dua atau tiga RT. Berita acara rapat dan daftar tanda tangan sudah kami antar ke kantor kelurahan, tapi sampai sekarang tidak ada jawaban, katanya menunggu kebijakan dari atas.\n"
        "\n"
        "Mohon penjelasan bagaimana aturan pembentukan RT baru di Kukar dan siapa yang memutuskan, supaya kami tahu harus mengurus ke mana.\n"
        "\n"
        "Terima kasih,\n"
        "Wahyu Prasetyo\n"
        "Perumahan Loa Tebu Indah Blok C No. 12\n"
        "0813-5099-7721",
    ),
    Case(
        "whatsapp",
        "pemerintahan",
        "Assalamualaikum min, sy ketua RT 12 Kel. Loa Ipuh. mau nanya insentif RT thn ini kok blm cair ya? biasanya bln juni sdh masuk. kami RT kerja terus bantu warga urus pengantar, data bansos dll tp insentif blm ada kabar. kelurahan blg msh nunggu dr kabupaten. mohon infonya 🙏",
    ),
    Case(
        "whatsapp",
        "pemerintahan",
        "selamat siang pak. sy warga desa enggelam kec muara wis. kades kami meninggal bulan april, skrg desa dipegang pj. kata org kecamatan nanti ada pemilihan antar waktu lewat musdes tp smp skrg gk ada kabar kapan. warga bingung jg siapa yg boleh ikut milih. mohon penjelasannya pak makasih",
    ),
    Case(
        "web",
        "pemerintahan",
        "Nama: Rusdiansyah\n"
        "Kecamatan: Muara Wis\n"
        "Desa/Kelurahan: Muara Enggelam\n"
        "Judul: Batas wilayah desa di danau\n"
        "Isi Pengaduan: Warga kami yang sejak dulu memasang keramba dan rumpon di bagian timur danau sekarang dilarang oleh aparat Desa Melintang karena katanya itu masuk wilayah desa mereka, bahkan ada yang diminta bayar. Dari zaman orang tua kami wilayah itu diurus Desa Muara Enggelam. Kami tidak mau ribut antar kampung, jadi kami minta pemerintah kabupaten menetapkan batas wilayah kedua desa di danau supaya jelas mana yang masuk desa kami dan mana yang masuk Melintang.",
    ),
    Case(
        "web",
        "pemerintahan",
        "Nama: H. Mukhlis\n"
        "Kecamatan: Muara Kaman\n"
        "Desa/Kelurahan: Sabintulung\n"
        "Judul: Usulan pembentukan kecamatan baru\n"
        "Isi Pengaduan: Kami tokoh masyarakat dari desa-desa bagian hulu Muara Kaman sudah dua kali menyerahkan usulan pembentukan kecamatan baru karena jarak ke ibu kota kecamatan sangat jauh dan wilayahnya terlalu luas. Waktu itu dijanjikan akan dikaji oleh Pemkab. Kami mohon informasi apakah kajiannya sudah dilakukan, syarat apa saja yang belum terpenuhi, dan bagaimana kami bisa membantu melengkapinya.",
    ),
    Case(
        "sms",
        "pemerintahan",
        "Pak kades Desa Tani Harapan Loa Janan jual tanah kas desa ke pengusaha tanpa musdes, warga minta diperiksa. dr warga RT 4",
    ),
    Case(
        "telegram",
        "pemerintahan",
        "Admin mau tanya. rumah sy pas di perbatasan Desa Jonggon Jaya sm Desa Sungai Payang (Loa Kulu). skrg dua2nya minta sy masuk RT mereka, iuran jg dobel. sebenernya rumah sy masuk desa mana? yg berhak nentuin siapa?",
    ),
]

_KESRA = [
    Case(
        "email",
        "kesra",
        "Selamat siang,\n"
        "Saya Dinda Aulia mahasiswi semester 5 Universitas Mulawarman asal Kec. Sebulu. Saya penerima beasiswa Kukar Idaman tahun 2023 dan sdh daftar ulang utk tahun ini, status di website sdh 'lolos verifikasi' sejak bulan Juni tp dananya blm masuk ke rekening. Padahal batas bayar UKT tgl 30 ini dan saya sdh minta penundaan ke kampus.\n"
        "Mohon info kapan pencairannya, atau saya harus menghubungi siapa.\n"
        "\n"
        "Terima kasih\n"
        "Dinda Aulia\n"
        "NIM 2103016124\n"
        "\n"
        "Dikirim dari iPhone saya",
    ),
    Case(
        "email",
        "kesra",
        "PANITIA PEMBANGUNAN MASJID AL-IKHLAS\n"
        "RT 08 DESA LOA LEPU KECAMATAN TENGGARONG SEBERANG\n"
        "\n"
        "Nomor    : 07/PPM-AI/VII/2024\n"
        "Lampiran : -\n"
        "Perihal  : Menanyakan Tindak Lanjut Proposal\n"
        "\n"
        "Kepada Yth.\n"
        "Bapak Bupati Kutai Kartanegara\n"
        "Cq. Sekretariat Daerah Kab. Kukar\n"
        "di Tempat\n"
        "\n"
        "Assalamu'alaikum Wr. Wb.\n"
        "\n"
        "Puji syukur kita panjatkan ke hadirat Allah SWT. Pada bulan Oktober 2023 kami telah menyampaikan proposal permohonan bantuan dana pembangunan Masjid Al-Ikhlas melalui Kantor Camat Tenggarong Seberang dengan tanda terima tertanggal 17 Oktober 2023. Saat ini pembangunan baru mencapai pemasangan rangka atap dan terhenti karena kekurangan dana, sementara jamaah terus bertambah.\n"
        "\n"
        "Sehubungan dengan itu, kami mohon informasi apakah proposal kami sudah masuk daftar penerima bantuan tahun 2024, atau masih perlu dilengkapi persyaratan lain seperti sertifikat wakaf dan rekening atas nama panitia.\n"
        "\n"
        "Demikian surat ini kami sampaikan, atas perhatian dan bantuannya kami ucapkan terima kasih.\n"
        "\n"
        "Wassalamu'alaikum Wr. Wb.\n"
        "\n"
        "Ketua Panitia,                 Sekretaris,\n"
        "\n"
        "H. Abdul Rahman                M. Yusuf\n"
        "HP 0821-5320-8841",
    ),
    Case(
        "email",
        "kesra",
        "Subject: Penyampaian keluhan guru TPA/guru ngaji Kec. Kota Bangun\n"
        "\n"
        "Yth. Bapak/Ibu\n"
        "\n"
        "Dengan hormat,\n"
        "Menindaklanjuti keluhan yang masuk ke kantor kecamatan, bersama ini kami sampaikan bahwa sebanyak 63 orang guru TPA dan guru ngaji di 21 desa wilayah Kecamatan Kota Bangun belum menerima insentif semester I tahun 2024. Sebagian dari mereka sudah beberapa kali datang menanyakan ke kecamatan, sedangkan kami tidak memiliki informasi jadwal penyalurannya.\n"
        "\n"
        "Data nama penerima sudah kami kirimkan pada bulan Februari yang lalu sesuai permintaan. Mohon kiranya kami diberikan informasi mengenai jadwal pencairan dan apakah ada kekurangan berkas dari wilayah kami, supaya dapat kami sampaikan kembali kepada para guru.\n"
        "\n"
        "Atas perhatian dan kerja samanya kami ucapkan terima kasih.\n"
        "\n"
        "Salam,\n"
        "HERLINA, S.Sos\n"
        "Kasi Kesejahteraan Sosial\n"
        "Kantor Camat Kota Bangun\n"
        "NIP 19810614 200801 2 011",
    ),
    Case(
        "email",
        "kesra",
        "Perihal: Permohonan Bantuan Rehabilitasi Gedung Gereja\n"
        "\n"
        "Kepada Yth.\n"
        "Bapak Bupati Kutai Kartanegara\n"
        "di Tenggarong\n"
        "\n"
        "Salam sejahtera dalam kasih Tuhan,\n"
        "\n"
        "Kami Majelis Jemaat Gereja Kristen Bukit Zaitun di Desa Karya Merdeka, Kecamatan Samboja, dengan ini menyampaikan bahwa atap dan sebagian dinding gedung gereja kami rusak berat akibat angin puting beliung pada bulan Maret 2024. Saat ini ibadah Minggu sementara dilaksanakan di rumah salah satu anggota jemaat yang tidak mampu menampung seluruh jemaat yang berjumlah kurang lebih 140 jiwa.\n"
        "\n"
        "Jemaat sudah mengumpulkan swadaya, namun belum mencukupi. Kami mohon petunjuk bagaimana prosedur pengajuan bantuan untuk rumah ibadah dari Pemerintah Kabupaten, apakah bantuan untuk rehabilitasi juga dapat diajukan, serta kapan batas waktu pengajuan proposal untuk tahun anggaran 2025.\n"
        "\n"
        "Atas perhatian Bapak kami ucapkan terima kasih. Tuhan memberkati.\n"
        "\n"
        "Hormat kami,\n"
        "Ketua Majelis Jemaat\n"
        "\n"
        "Pdt. Markus Pasande, S.Th\n"
        "HP 0812-5810-3347",
    ),
    Case(
        "email",
        "kesra",
        "Assalamualaikum, mohon maaf saya menanyakan lagi. Sudah lewat dua bulan sejak balasan di bawah, tapi uang pembinaan untuk para juara MTQ tingkat kabupaten kemarin masih belum kami terima. Teman-teman dari kafilah kecamatan lain katanya juga sama. Kami tidak menuntut macam-macam, hanya ingin kepastian karena sebagian dari kami masih pelajar dan uang itu rencananya untuk biaya ikut pembinaan sebelum seleksi tingkat provinsi.\n"
        "\n"
        "Wassalam\n"
        "Muhammad Rizky\n"
        "Juara II Tilawah Remaja Putra, Kafilah Kec. Anggana\n"
        "\n"
        "-----Original Message-----\n"
        "From: Layanan Pengaduan Setda Kukar\n"
        "Sent: Senin, 3 Juni 2024 10:21\n"
        "To: muh.rizky.qari@gmail.com\n"
        "Subject: RE: Hadiah juara MTQ belum dibayar\n"
        "\n"
        "Yth. Sdr. Muhammad Rizky,\n"
        "Terima kasih atas laporannya. Pertanyaan Saudara sudah kami teruskan ke unit terkait dan informasinya masih dalam proses administrasi. Mohon kesabarannya.\n"
        "\n"
        "Salam,\n"
        "Admin",
    ),
    Case(
        "email",
        "kesra",
        "Subject: Fw: Proposal Majelis Taklim Nurul Huda Desa Sungai Meriam\n"
        "\n"
        "Selamat pagi,\n"
        "Izin meneruskan pesan dari ketua majelis taklim di desa kami. Mereka sudah dua tahun berturut-turut mengajukan proposal hibah untuk kegiatan dan perlengkapan (sound system, karpet, seragam), tetapi tidak pernah ada jawaban diterima atau ditolak. Kami dari desa hanya membantu meneruskan. Mohon diberi petunjuk apakah bantuan untuk kelompok seperti ini masih dibuka dan apa syaratnya, misalnya harus berbadan hukum atau terdaftar di Kemenag.\n"
        "\n"
        "Terima kasih\n"
        "Sarifuddin\n"
        "Kasi Kesejahteraan, Pemerintah Desa Sungai Meriam, Kec. Anggana\n"
        "\n"
        "----- Pesan yang Diteruskan -----\n"
        "Dari: Hj. Masnah\n"
        "Kepada: Pemdes Sungai Meriam\n"
        "Terkirim: Senin, 15 Juli 2024 08.47\n"
        "Judul: proposal majelis taklim\n"
        "\n"
        "Assalamualaikum pak Sarif, tolong bantu tanyakan ke kabupaten nasib proposal bantuan majelis taklim kita. Yang tahun 2023 itu sudah lengkap dgn tanda tangan kades dan camat. Ibu2 sdh tanya terus. Makasih pak.",
    ),
    Case(
        "email",
        "kesra",
        "Perihal: Informasi Beasiswa bagi Siswa Penghafal Al-Qur'an\n"
        "\n"
        "Yth. Pengelola Layanan Pengaduan Setda Kukar,\n"
        "\n"
        "Saya Ahmad Fauzi, guru di MA Nurul Iman Muara Jawa. Di madrasah kami ada 9 siswa kelas XII yang sudah hafal antara 10 sampai 30 juz. Tahun lalu kami mendengar ada program beasiswa dari Pemkab untuk penghafal Al-Qur'an yang melanjutkan kuliah, tapi kami tidak menemukan informasi pendaftarannya secara resmi.\n"
        "\n"
        "Mohon informasi apakah program tersebut masih ada untuk tahun ajaran 2025/2026, kapan dibuka, dan apa saja syaratnya, agar kami bisa menyiapkan berkas siswa sejak sekarang.\n"
        "\n"
        "Terima kasih atas bantuannya.\n"
        "\n"
        "Wassalam,\n"
        "Ahmad Fauzi, S.Pd.I\n"
        "Waka Kesiswaan MA Nurul Iman Muara Jawa\n"
        "HP 0853-4801-7729",
    ),
    Case(
        "email",
        "kesra",
        "Subject: Pertanyaan keberangkatan jamaah haji dari Tabang\n"
        "\n"
        "Selamat sore,\n"
        "\n"
        "Orang tua saya (bapak dan ibu) insya Allah berangkat haji tahun ini lewat Embarkasi Balikpapan. Kami tinggal di Desa Sidomulyo, Kec. Tabang. Yang kami bingung, katanya jamaah harus berkumpul di Tenggarong dulu sebelum diberangkatkan ke asrama haji, sedangkan dari Tabang ke Tenggarong bisa 8-10 jam kalau jalan sedang becek.\n"
        "\n"
        "Apakah ada fasilitas angkutan atau penginapan dari Pemkab untuk jamaah dari kecamatan hulu seperti yang kami dengar tahun-tahun sebelumnya? Kalau ada, mendaftarnya ke mana dan kapan jadwal kumpulnya? Orang tua saya sudah sepuh jadi kami ingin menyiapkan dari jauh hari.\n"
        "\n"
        "Terima kasih sebelumnya,\n"
        "Siti Rahmah\n"
        "0822-5501-9360",
    ),
    Case(
        "email",
        "kesra",
        "Subject: Nama imam masjid dicoret dari daftar insentif\n"
        "\n"
        "Yth. Bapak/Ibu,\n"
        "\n"
        "Saya Rusli, penyuluh pertanian di Dinas Pertanian dan Peternakan Kukar yang ditempatkan di BPP Loa Janan. Di luar jam dinas saya menjadi imam rawatib di Masjid Nurul Falah Desa Bakungan sejak 2015.\n"
        "\n"
        "Tahun ini nama saya tidak ada lagi dalam daftar penerima insentif imam dan marbot, sementara dua rekan imam lain di masjid kami tetap menerima. Kata pengurus, ada informasi bahwa ASN tidak boleh menerima insentif tersebut. Saya tidak mempermasalahkan kalau memang aturannya begitu, tetapi saya ingin kepastian: apakah benar ASN dikecualikan, dan kalau ya, apakah masjid boleh mengusulkan imam pengganti supaya kuotanya tidak hilang?\n"
        "\n"
        "Terima kasih atas penjelasannya.\n"
        "\n"
        "Wassalamualaikum,\n"
        "Rusli, S.P.\n"
        "NIP 19850917 201001 1 007\n"
        "HP 0811-5560-4412",
    ),
    Case(
        "whatsapp",
        "kesra",
        "Assalamualaikum pak, sy guru ngaji di Desa Kelekat Kembang Janggut. mau tanya insentif guru ngaji thn ini sdh cair blm ya? kmrn katanya ada yg sdh terima tp nama sy gk ada di daftar, pdhl sdh ngajar 6 thn di langgar. harus lapor kemana ya pak. makasih",
    ),
    Case(
        "whatsapp",
        "kesra",
        "min mau tanya beasiswa kukar idaman yg S2 dlm negeri tahun ini dibuka kapan ya? sy lulusan S1 asal Loa Kulu mau lanjut S2 di unmul. sdh cek web tp blm ada pengumuman. tq",
    ),
    Case(
        "web",
        "kesra",
        "Nama: Jumran\n"
        "Kecamatan: Muara Muntai\n"
        "Desa/Kelurahan: Jantur Selatan\n"
        "Judul: Langgar di atas air rusak\n"
        "Isi Pengaduan: Langgar Al-Amin di kampung kami dibangun di atas air dengan tiang kayu ulin, sekarang tiangnya banyak yang lapuk dan lantainya miring, kalau air pasang jamaah takut sholat di dalam. Kami sudah dua kali mengirim proposal bantuan rumah ibadah ke kabupaten lewat kecamatan tapi tidak pernah ada kabar. Mohon dibantu dicek apakah proposal kami terdaftar dan apa kekurangannya.",
    ),
    Case(
        "web",
        "kesra",
        "Nama: Fitriani\n"
        "Kecamatan: Tenggarong\n"
        "Desa/Kelurahan: Mangkurawang\n"
        "Judul: Bantuan untuk kelompok hadrah dan jepen remaja\n"
        "Isi Pengaduan: Kami mengelola kelompok hadrah dan sanggar tari jepen untuk remaja di kelurahan, anggotanya 35 anak. Rebana dan kostum sudah banyak yang rusak. Kami dengar Pemkab ada bantuan hibah untuk kelompok masyarakat. Bagaimana cara mengajukannya, apakah kelompok kami harus punya akta notaris dulu, dan proposal ditujukan ke mana?",
    ),
    Case(
        "sms",
        "kesra",
        "Sy penerima beasiswa kukar idaman S1 thn 2023 dr Muara Badak, smp skrg dana smt genap blm masuk. mhn info. Riska",
    ),
    Case(
        "telegram",
        "kesra",
        "Selamat siang admin. Kami pembina kafilah MTQ Kec. Samboja mau tanya jadwal MTQ tingkat kabupaten tahun depan dan tuan rumahnya kecamatan mana? kami perlu siapkan pembinaan qari qariah dan hafiz dari sekarang. terima kasih",
    ),
]

_HUKUM = [
    Case(
        "email",
        "hukum",
        "Subject: Permohonan salinan Perda dan Perbup yang tidak tersedia di JDIH\n"
        "\n"
        "Yth. Bapak/Ibu Pengelola,\n"
        "\n"
        "Saya Hendra Saputra, dosen Fakultas Hukum Universitas Kutai Kartanegara. Dalam rangka penelitian tentang kewenangan desa dalam pengelolaan ruang, saya membutuhkan dokumen berikut:\n"
        "1. Perda Kabupaten Kutai Kartanegara tentang Rencana Tata Ruang Wilayah yang berlaku saat ini, lengkap dengan lampiran petanya;\n"
        "2. Perbup tentang pedoman penyusunan peraturan desa;\n"
        "3. Perbup tentang kewenangan desa berdasarkan hak asal usul dan kewenangan lokal berskala desa.\n"
        "\n"
        "Di situs JDIH, untuk dokumen nomor 1 hanya tersedia abstrak tanpa lampiran, sedangkan dokumen nomor 2 dan 3 tidak dapat kami temukan sama sekali. Mohon kiranya dapat dibantu mengirimkan salinan atau tautan unduhannya. Surat pengantar dari fakultas saya lampirkan.\n"
        "\n"
        "Hormat saya,\n"
        "Dr. Hendra Saputra, S.H., M.H.\n"
        "Fakultas Hukum Unikarta\n"
        "Jl. Gunung Kombeng No. 27, Tenggarong\n"
        "HP 0812-5401-6630",
    ),
    Case(
        "email",
        "hukum",
        "Perihal: Mohon jadwal pembahasan Rancangan Perbup Tarif Retribusi Parkir Tepi Jalan Umum\n"
        "\n"
        "Yth. Bapak/Ibu di Sekretariat Daerah,\n"
        "\n"
        "Dengan hormat,\n"
        "Pada tanggal 3 Juni 2024 kami telah menyampaikan draf Rancangan Peraturan Bupati tentang Tarif Retribusi Parkir di Tepi Jalan Umum beserta naskah penjelasannya, dengan surat pengantar Kepala Dinas Perhubungan Nomor 551/0987/Dishub. Sampai saat ini kami belum menerima undangan pembahasan maupun catatan koreksi atas draf tersebut.\n"
        "\n"
        "Mengingat Perda Pajak Daerah dan Retribusi Daerah yang baru sudah berlaku dan petugas kami di lapangan masih memungut dengan tarif lama, kami mohon informasi kapan draf tersebut dapat dibahas dan apakah ada bagian yang perlu kami perbaiki terlebih dahulu.\n"
        "\n"
        "Demikian, atas perhatian dan kerja samanya kami ucapkan terima kasih.\n"
        "\n"
        "Kasubag Umum dan Kepegawaian\n"
        "Dinas Perhubungan Kab. Kutai Kartanegara\n"
        "\n"
        "Ir. Bambang Sutejo\n"
        "NIP 19720208 200003 1 005",
    ),
    Case(
        "email",
        "hukum",
        "Assalamualaikum\n"
        "\n"
        "Pak/Bu, saya Suriani, ibu rumah tangga di Desa Loa Duri Ulu, Kec. Loa Janan. Anak saya laki-laki umur 19 tahun sekarang ditahan di Polsek Loa Janan karena dituduh ikut perkelahian di acara kampung. Kami keluarga tidak mampu, suami saya buruh harian di kebun, tidak sanggup bayar pengacara.\n"
        "\n"
        "Saya dengar dari tetangga ada program bantuan hukum gratis dari Pemkab untuk warga miskin. Bagaimana caranya supaya anak saya bisa didampingi pengacara dari program itu? Apakah cukup membawa SKTM dari desa? Katanya berkas anak saya sebentar lagi dilimpahkan ke kejaksaan, jadi kami takut terlambat.\n"
        "\n"
        "Mohon bantuannya.\n"
        "Terima kasih\n"
        "Suriani\n"
        "0857-5122-3408",
    ),
    Case(
        "email",
        "hukum",
        "Maaf pak, saya coba lagi link yang bapak kirim di bawah tetap tidak bisa dibuka, muncul tulisan 404 Not Found. Saya cuma butuh file Perda Kukar tentang perlindungan lahan pertanian pangan berkelanjutan yang lengkap dengan lampiran daftar lokasinya. Sawah di hamparan kami di Desa Bhuana Jaya mulai dibeli orang untuk kapling perumahan, dan kami kelompok tani mau tahu apakah hamparan kami termasuk lahan yang dilindungi perda atau tidak. Kalau bisa dikirim file PDF-nya lewat email ini saja.\n"
        "\n"
        "Terima kasih\n"
        "Wayan Sudarsa\n"
        "Bhuana Jaya, Tenggarong Seberang\n"
        "\n"
        "Pada tanggal Sel, 16 Jul 2024 pukul 11.40, Admin Pengaduan Setda Kukar <pengaduan.setda@kukarkab.go.id> menulis:\n"
        "> Yth. Bapak Wayan Sudarsa,\n"
        "> Dokumen yang Bapak maksud dapat diunduh melalui laman JDIH Kabupaten Kutai Kartanegara pada menu Produk Hukum > Peraturan Daerah.\n"
        "> Terima kasih.\n"
        "> Salam, Admin",
    ),
    Case(
        "email",
        "hukum",
        "KANTOR HUKUM RAHMAN, SIREGAR & REKAN\n"
        "Advokat - Konsultan Hukum\n"
        "Jl. Pahlawan No. 45, Samarinda\n"
        "\n"
        "Nomor    : 045/SOM/RSR/VIII/2024\n"
        "Lampiran : 1 (satu) berkas\n"
        "Perihal  : Somasi\n"
        "\n"
        "Kepada Yth.\n"
        "Bupati Kutai Kartanegara\n"
        "c.q. Sekretaris Daerah Kabupaten Kutai Kartanegara\n"
        "di Tenggarong\n"
        "\n"
        "Dengan hormat,\n"
        "Berdasarkan Surat Kuasa Khusus tanggal 2 Agustus 2024, kami bertindak untuk dan atas nama klien kami, para ahli waris almarhum H. Jamaluddin, pemilik sebidang tanah seluas 2.150 m2 di Desa Separi, Kecamatan Tenggarong Seberang, berdasarkan Sertifikat Hak Milik yang salinannya kami lampirkan.\n"
        "\n"
        "Bahwa sejak tahun 2019 sebagian tanah tersebut telah digunakan untuk pelebaran jalan dan pembangunan saluran drainase oleh Pemerintah Kabupaten Kutai Kartanegara tanpa proses pengadaan tanah dan tanpa pemberian ganti kerugian kepada klien kami. Upaya klien kami menanyakan hal ini secara kekeluargaan sejak 2021 tidak pernah mendapat jawaban.\n"
        "\n"
        "Oleh karena itu, melalui surat ini kami meminta Pemerintah Kabupaten Kutai Kartanegara dalam waktu 14 (empat belas) hari sejak surat ini diterima untuk menyelesaikan pembayaran ganti kerugian atau setidaknya mengundang klien kami untuk bermusyawarah. Apabila tidak ada tanggapan, klien kami akan mengajukan gugatan perbuatan melawan hukum ke Pengadilan Negeri Tenggarong.\n"
        "\n"
        "Demikian somasi ini kami sampaikan untuk menjadi perhatian.\n"
        "\n"
        "Hormat kami,\n"
        "Kuasa Hukum\n"
        "\n"
        "Abdul Rahman, S.H.                 Parlindungan Siregar, S.H., M.H.",
    ),
    Case(
        "email",
        "hukum",
        "Subject: Masukan atas draf Raperda tentang Pajak Daerah (ketentuan sarang burung walet)\n"
        "\n"
        "Yth. Bapak/Ibu Tim Penyusun,\n"
        "\n"
        "Kami dari Asosiasi Pengusaha Sarang Burung Walet Kutai Kartanegara telah membaca draf Raperda perubahan tentang Pajak Daerah dan Retribusi Daerah yang dibagikan dalam konsultasi publik bulan lalu. Ada beberapa catatan kami:\n"
        "1. Dasar pengenaan pajak ditetapkan berdasarkan harga pasaran umum per kilogram yang ditetapkan Bupati, tanpa penjelasan kapan dan bagaimana harga itu ditinjau ulang, padahal harga sarang walet turun hampir separuh sejak 2023.\n"
        "2. Belum diatur bagaimana perlakuan terhadap rumah walet yang panennya gagal atau tidak berproduksi.\n"
        "3. Sanksi administratif dalam draf terlalu berat untuk pelaku usaha kecil di desa.\n"
        "\n"
        "Kami mohon catatan ini dimasukkan dalam pembahasan, dan asosiasi kami diundang pada rapat pembahasan berikutnya sebelum Raperda disampaikan ke DPRD.\n"
        "\n"
        "Hormat kami,\n"
        "H. Darmawan\n"
        "Ketua Asosiasi Pengusaha Sarang Burung Walet Kukar\n"
        "Sekretariat: Jl. Poros Kota Bangun, Desa Kedang Ipil\n"
        "0813-4655-9012",
    ),
    Case(
        "email",
        "hukum",
        "Perihal: Permohonan Informasi Perkembangan Raperda Pengakuan dan Perlindungan Masyarakat Hukum Adat\n"
        "\n"
        "Kepada Yth.\n"
        "Sekretariat Daerah Kabupaten Kutai Kartanegara\n"
        "di Tenggarong\n"
        "\n"
        "Dengan hormat,\n"
        "Kami dari Perkumpulan Pendamping Komunitas Adat Kalimantan (PPKAK) yang selama ini mendampingi komunitas Dayak Kenyah di Desa Lung Anai, Kecamatan Loa Kulu, dan beberapa komunitas adat lain di hulu Mahakam. Sepengetahuan kami Raperda tentang Pengakuan dan Perlindungan Masyarakat Hukum Adat sudah pernah masuk Propemperda, namun sejak itu kami tidak lagi mendapat informasi perkembangannya.\n"
        "\n"
        "Melalui surat ini kami mohon informasi: (1) status Raperda tersebut saat ini; (2) apakah draf terbaru dapat kami peroleh; dan (3) apakah masih ada ruang bagi komunitas adat untuk menyampaikan masukan sebelum dibahas bersama DPRD.\n"
        "\n"
        "Demikian permohonan ini, atas perhatiannya kami ucapkan terima kasih.\n"
        "\n"
        "Hormat kami,\n"
        "Theresia Ping\n"
        "Koordinator Program\n"
        "PPKAK - Samarinda\n"
        "HP 0812-5311-0478",
    ),
    Case(
        "email",
        "hukum",
        "Subject: Permintaan salinan Perbup siltap kepala desa dan perangkat desa\n"
        "\n"
        "Selamat siang,\n"
        "\n"
        "Saya Riko Pratama, wartawan media online Kukar Terkini. Saya sedang menulis laporan tentang penghasilan tetap dan tunjangan kepala desa serta perangkat desa di Kukar. Untuk itu saya membutuhkan salinan resmi Peraturan Bupati yang mengatur besaran siltap dan tunjangan yang berlaku tahun 2024.\n"
        "\n"
        "Di laman JDIH yang bisa saya temukan hanya Perbup tahun 2019. Apakah sudah ada perubahan sesudah itu? Kalau ada, mohon dikirimkan salinannya atau nomor dan tahunnya supaya saya tidak salah mengutip.\n"
        "\n"
        "Terima kasih atas bantuannya.\n"
        "\n"
        "Salam,\n"
        "Riko Pratama\n"
        "Redaksi Kukar Terkini\n"
        "0821-5066-1943",
    ),
    Case(
        "email",
        "hukum",
        "Perihal: Laporan Penutupan Akses Sekolah oleh Pihak yang Mengaku Ahli Waris\n"
        "\n"
        "Kepada Yth.\n"
        "Bapak Bupati Kutai Kartanegara\n"
        "Cq. Sekretaris Daerah\n"
        "di Tenggarong\n"
        "\n"
        "Dengan hormat,\n"
        "Dengan ini kami laporkan bahwa sejak tanggal 22 Juli 2024 pagar depan SD Negeri 011 Muara Kaman di Desa Sedulang ditutup dan digembok oleh keluarga yang mengaku ahli waris pemilik tanah sekolah. Mereka memasang spanduk bertuliskan 'Tanah ini milik ahli waris, belum dibayar Pemda' dan menyampaikan bahwa mereka sudah mendaftarkan gugatan ke Pengadilan Negeri Tenggarong terhadap Pemerintah Kabupaten.\n"
        "\n"
        "Sekolah kami berdiri sejak 1982 dan setahu kami tercatat sebagai aset Pemkab, tetapi sekolah tidak memegang sertifikat atau bukti pelepasan hak apa pun. Saat ini 214 siswa terpaksa masuk melalui pintu samping, dan kami sebagai kepala sekolah tidak tahu harus menjawab apa bila dipanggil sebagai saksi.\n"
        "\n"
        "Kami mohon Pemkab segera menangani perkara ini dan memberi pendampingan kepada pihak sekolah.\n"
        "\n"
        "Demikian laporan ini kami sampaikan, atas perhatiannya kami ucapkan terima kasih.\n"
        "\n"
        "Kepala SD Negeri 011 Muara Kaman\n"
        "\n"
        "MARIANI, S.Pd\n"
        "NIP 19740505 199802 2 003",
    ),
    Case(
        "whatsapp",
        "hukum",
        "pak/bu sy mau tanya, sy korban kdrt mau cerai tp gk punya uang buat bayar pengacara. sy tinggal di tenggarong seberang. katanya ada bantuan hukum gratis dr pemkab ya? caranya gmn, syaratnya apa aja 🙏 tolong jgn disebar nama sy",
    ),
    Case(
        "whatsapp",
        "hukum",
        "Assalamualaikum. mau tanya ada gk perda kukar yg ngatur jam buka tempat hiburan malam / karaoke? di muara jawa ada yg buka smp subuh bikin bising tiap malam. klo ada perdanya sy minta nomor perda & pasalnya biar bisa kami tunjukkan ke pengelola pas rapat warga",
    ),
    Case(
        "web",
        "hukum",
        "Nama: Annisa Rahmadani\n"
        "Kecamatan: Tenggarong\n"
        "Desa/Kelurahan: Melayu\n"
        "Judul: Masukan untuk Raperda Kawasan Tanpa Rokok\n"
        "Isi Pengaduan: Saya mahasiswi kesehatan masyarakat dan anggota komunitas anti rokok Tenggarong. Kami membaca berita bahwa Raperda Kawasan Tanpa Rokok sedang disusun. Kami ingin memberi masukan: pasal tentang tempat bermain anak dan angkutan umum sebaiknya dipertegas, dan sanksi untuk pengelola tempat yang membiarkan orang merokok perlu ada. Ke mana kami bisa menyerahkan masukan tertulis dan apakah draf lengkapnya bisa diakses publik?",
    ),
    Case(
        "web",
        "hukum",
        "Nama: Dedi Kurniawan\n"
        "Kecamatan: Tenggarong\n"
        "Desa/Kelurahan: Panji\n"
        "Judul: Website JDIH tidak bisa diakses\n"
        "Isi Pengaduan: Sejak minggu lalu situs JDIH Kukar tidak bisa dibuka, kadang hanya muncul halaman putih. Saya staf di kantor notaris dan kami sering perlu mengecek peraturan daerah dan perbup terbaru untuk akta klien. Mohon diperbaiki atau diberi alternatif tempat mengunduh produk hukum daerah.",
    ),
    Case(
        "sms",
        "hukum",
        "Pak sy warga miskin di Sebulu Ulu, tanah kebun sy diserobot tetangga pake surat palsu. bisa minta pengacara gratis dr pemkab? sy gk sanggup bayar. hub 0852-5019-3381",
    ),
    Case(
        "telegram",
        "hukum",
        "Admin, Perbup pedoman hibah dan bansos yg kemarin draftnya diuji publik itu sdh disahkan blm? di JDIH blm muncul. kami perlu nomornya buat rujukan. thx",
    ),
]

_KERJASAMA = [
    Case(
        "email",
        "kerjasama",
        "POLITEKNIK PERTANIAN NEGERI SAMARINDA\n"
        "Jl. Samratulangi, Kampus Gunung Panjang, Samarinda\n"
        "\n"
        "Nomor    : 1123/PL21/KS/2024\n"
        "Lampiran : 1 (satu) berkas draf\n"
        "Hal      : Permohonan Penyusunan Nota Kesepahaman\n"
        "\n"
        "Yth. Bupati Kutai Kartanegara\n"
        "u.p. Sekretaris Daerah\n"
        "di Tenggarong\n"
        "\n"
        "Dengan hormat,\n"
        "Dalam rangka penguatan pendidikan vokasi dan pengabdian kepada masyarakat, kami bermaksud menjalin kerja sama dengan Pemerintah Kabupaten Kutai Kartanegara yang meliputi praktik kerja lapangan mahasiswa di desa-desa sentra pertanian, penelitian terapan, serta pelatihan bagi penyuluh dan petani.\n"
        "\n"
        "Bersama surat ini kami lampirkan draf Nota Kesepahaman untuk dapat dipelajari. Kami mohon informasi mengenai tahapan yang harus kami tempuh, perangkat daerah yang perlu kami hubungi, serta kemungkinan jadwal penandatanganan pada semester ini.\n"
        "\n"
        "Atas perhatian dan kerja sama Bapak, kami ucapkan terima kasih.\n"
        "\n"
        "Direktur,\n"
        "\n"
        "Dr. Ir. Hasanuddin, M.P.\n"
        "NIP 19680322 199403 1 002\n"
        "\n"
        "Narahubung: Unit Kerja Sama, Sdri. Meilani (0812-5500-7714)",
    ),
    Case(
        "email",
        "kerjasama",
        "PEMERINTAH KABUPATEN KUTAI KARTANEGARA\n"
        "KECAMATAN LOA KULU\n"
        "PEMERINTAH DESA JONGKANG\n"
        "\n"
        "Nomor    : 140/062/DS-JK/VIII/2024\n"
        "Lampiran : -\n"
        "Perihal  : Ketidakmerataan Penyaluran Program CSR\n"
        "\n"
        "Kepada Yth.\n"
        "Bupati Kutai Kartanegara\n"
        "Cq. Sekretariat Daerah\n"
        "di Tenggarong\n"
        "\n"
        "Dengan hormat,\n"
        "Bersama ini kami sampaikan bahwa wilayah Desa Jongkang berbatasan langsung dengan areal tambang PT Mahakam Batubara Sejahtera, dan jalan desa kami dilalui kendaraan perusahaan setiap hari. Namun selama tiga tahun terakhir program tanggung jawab sosial perusahaan tersebut (beasiswa, air bersih, bantuan sembako) hanya disalurkan ke dua desa tetangga. Usulan yang kami sampaikan langsung ke perusahaan tahun 2023 tidak pernah dijawab.\n"
        "\n"
        "Kami mohon Pemerintah Kabupaten dapat memfasilitasi agar Desa Jongkang dimasukkan sebagai desa penerima program CSR perusahaan tersebut, misalnya melalui forum koordinasi CSR kabupaten, dan agar kami dapat dipertemukan dengan pihak perusahaan.\n"
        "\n"
        "Demikian surat ini kami sampaikan, atas perhatian Bapak kami ucapkan terima kasih.\n"
        "\n"
        "Kepala Desa Jongkang\n"
        "\n"
        "SUWARNO\n"
        "HP 0813-5180-2290",
    ),
    Case(
        "email",
        "kerjasama",
        "Subject: FW: Rencana Program TJSL 2025 - Kec. Muara Badak\n"
        "\n"
        "Dengan hormat Bapak/Ibu,\n"
        "\n"
        "Menindaklanjuti arahan dari kantor kecamatan di bawah, kami sampaikan rencana program TJSL perusahaan kami untuk tahun 2025 di enam desa Kecamatan Muara Badak (terlampir), antara lain pelatihan keterampilan pemuda, sarana air bersih, dan dukungan kelompok usaha perempuan.\n"
        "\n"
        "Kami ingin menyelaraskan program ini dengan prioritas Pemkab agar tidak tumpang tindih dengan program lain di desa yang sama. Mohon informasi bagaimana mekanisme pelaporan rencana dan realisasi TJSL ke Pemkab, apakah ada format baku, serta kapan forum TJSL kabupaten biasanya bertemu.\n"
        "\n"
        "Regards,\n"
        "Dewi Anggraini\n"
        "Community Development Officer\n"
        "PT Energi Delta Mahakam\n"
        "Muara Badak Base Office\n"
        "\n"
        "-----Original Message-----\n"
        "From: Kasi PMD Kecamatan Muara Badak <pmd.muarabadak@gmail.com>\n"
        "Sent: Tuesday, 20 August 2024 09:05\n"
        "To: Dewi Anggraini\n"
        "Subject: Rencana Program TJSL 2025 - Kec. Muara Badak\n"
        "\n"
        "Bu Dewi, terima kasih rencana programnya sudah kami terima. Mohon dikoordinasikan juga dengan Setda Kabupaten supaya tercatat dalam data TJSL kabupaten dan tidak dobel dengan program lain. Terima kasih.",
    ),
    Case(
        "email",
        "kerjasama",
        "Subject: Tindak lanjut draf Perjanjian Kerja Sama Pelayanan Kesehatan Warga Perbatasan\n"
        "\n"
        "Yth. Bapak/Ibu di Setda Kabupaten Kutai Kartanegara,\n"
        "\n"
        "Dengan hormat,\n"
        "Menindaklanjuti pertemuan kedua pemerintah daerah pada bulan Mei lalu, kami telah mengirimkan draf Perjanjian Kerja Sama antara Pemerintah Kabupaten Penajam Paser Utara dan Pemerintah Kabupaten Kutai Kartanegara tentang pelayanan kesehatan rujukan bagi warga perbatasan (wilayah Samboja dan Sepaku) pada 14 Juni 2024. Sampai saat ini kami belum menerima tanggapan atau catatan perbaikan dari pihak Kukar.\n"
        "\n"
        "Mohon informasi apakah draf tersebut sudah diterima dan sedang dibahas, serta siapa pejabat yang dapat kami hubungi untuk membahas jadwal penandatanganan. Kami berharap perjanjian ini dapat ditandatangani sebelum akhir tahun anggaran.\n"
        "\n"
        "Atas perhatian dan kerja samanya kami ucapkan terima kasih.\n"
        "\n"
        "Hormat kami,\n"
        "Rina Oktaviani, S.IP\n"
        "Analis Kebijakan, Subbagian Otonomi Daerah dan Kerja Sama\n"
        "Bagian Tata Pemerintahan Setda Kab. Penajam Paser Utara\n"
        "NIP 19880410 201101 2 004",
    ),
    Case(
        "email",
        "kerjasama",
        "Terima kasih atas balasan Bapak. Sesuai permintaan di bawah, dokumen yang diminta sudah kami lengkapi dan kami lampirkan pada email ini, yaitu profil perusahaan, akta pendirian dan NIB, serta draf MoU penyediaan jaringan internet di kantor desa dan sekolah di 12 desa wilayah hulu.\n"
        "\n"
        "Mohon informasi jadwal pembahasan draf MoU tersebut dan perangkat daerah mana saja yang akan dilibatkan. Kami siap mempresentasikan rencana kerja sama ini di Tenggarong kapan saja.\n"
        "\n"
        "Salam hormat,\n"
        "Fajar Nugroho\n"
        "Business Development Manager\n"
        "PT Nusantara Jaringan Digital\n"
        "0811-5402-3390\n"
        "\n"
        "Pada Rab, 24 Jul 2024 pukul 15.10 Layanan Pengaduan Setda Kukar menulis:\n"
        "> Yth. Bapak Fajar Nugroho,\n"
        "> Terkait usulan kerja sama dari perusahaan Bapak, mohon dilengkapi terlebih dahulu profil perusahaan, dokumen legalitas, serta draf naskah kerja sama agar dapat kami teruskan untuk ditelaah.\n"
        "> Terima kasih.\n"
        "> Salam, Admin",
    ),
    Case(
        "email",
        "kerjasama",
        "Subject: bantuan CSR tidak adil\n"
        "\n"
        "Selamat siang,\n"
        "\n"
        "saya ibu rumah tangga di Kelurahan Jawa, Sangasanga. Minggu lalu ada pembagian paket sembako dari program CSR perusahaan minyak yang beroperasi di sekitar sini. Kuponnya dibagikan lewat ketua RT, tapi yang dapat cuma keluarga dan kenalan pak RT saja. Rumah saya persis di samping jalur pipa perusahaan, suami saya buruh harian, tapi tidak dapat. Tetangga-tetangga juga banyak yang tidak dapat padahal sama-sama susah.\n"
        "\n"
        "Tolong pemkab tanyakan ke perusahaan bagaimana sebenarnya data penerima bantuan CSR itu dibuat, dan supaya pembagian berikutnya adil dan diumumkan terbuka.\n"
        "\n"
        "Terima kasih\n"
        "Ibu Marlina\n"
        "\n"
        "Dikirim dari Yahoo Mail di Android",
    ),
    Case(
        "email",
        "kerjasama",
        "Perihal: Menanyakan perpanjangan MoU magang antara Pemkab Kukar dan UINSI Samarinda\n"
        "\n"
        "Yth. Bapak/Ibu,\n"
        "\n"
        "Saya Nur Afifah, mahasiswi semester 7 Fakultas Ekonomi dan Bisnis Islam UINSI Samarinda, asal Kecamatan Marangkayu. Saya dan 14 teman berencana magang di beberapa perangkat daerah Pemkab Kukar pada semester depan. Namun bagian akademik fakultas menyampaikan bahwa nota kesepahaman antara kampus dan Pemkab Kukar sudah berakhir pada tahun 2023 dan belum diperpanjang, sehingga surat permohonan magang kami tidak bisa diproses.\n"
        "\n"
        "Mohon informasi apakah perpanjangan kerja sama tersebut sedang diproses, dan kira-kira kapan bisa ditandatangani. Kalau pihak kampus perlu mengajukan ulang, ke mana surat pengajuannya ditujukan?\n"
        "\n"
        "Terima kasih atas perhatiannya.\n"
        "\n"
        "Hormat saya,\n"
        "Nur Afifah\n"
        "NIM 2104056078\n"
        "0896-5310-2247",
    ),
    Case(
        "email",
        "kerjasama",
        "Perihal: Realisasi Janji Program CSR untuk Nelayan Desa Sepatin\n"
        "\n"
        "Kepada Yth.\n"
        "Bapak Bupati Kutai Kartanegara\n"
        "melalui Sekretariat Daerah\n"
        "di Tenggarong\n"
        "\n"
        "Assalamualaikum Wr. Wb.\n"
        "\n"
        "Kami Kelompok Nelayan Bina Bahari Desa Sepatin, Kecamatan Anggana, beranggotakan 28 orang. Pada sosialisasi bulan Maret 2023 di balai desa, pihak perusahaan migas yang beroperasi di perairan Delta Mahakam menjanjikan bantuan 10 unit mesin ketinting dan jaring melalui program CSR/TJSL perusahaan, karena lalu lintas kapal perusahaan mengganggu wilayah tangkap kami.\n"
        "\n"
        "Sampai sekarang janji tersebut belum terealisasi. Setiap kami tanyakan ke bagian humas perusahaan selalu dijawab masih proses. Kami mohon Pemerintah Kabupaten dapat memfasilitasi pertemuan antara kelompok kami dan perusahaan agar ada kepastian realisasi program tersebut.\n"
        "\n"
        "Wassalamualaikum Wr. Wb.\n"
        "\n"
        "Ketua Kelompok,\n"
        "\n"
        "LA ODE HAMIRUDDIN\n"
        "HP 0852-5033-6619\n"
        "\n"
        "Mengetahui,\n"
        "Kepala Desa Sepatin",
    ),
    Case(
        "email",
        "kerjasama",
        "Subject: Permohonan Nota Kesepahaman Program Rehabilitasi Mangrove di Kecamatan Anggana\n"
        "\n"
        "Yth. Bapak/Ibu Pimpinan Sekretariat Daerah Kabupaten Kutai Kartanegara,\n"
        "\n"
        "Perkenalkan, kami dari Yayasan Pesisir Lestari Nusantara yang berkantor di Balikpapan. Tahun depan kami akan melaksanakan program rehabilitasi mangrove dan penguatan ekonomi masyarakat pesisir di Desa Muara Pantuan dan sekitarnya dengan dukungan hibah dari lembaga donor internasional.\n"
        "\n"
        "Donor kami mensyaratkan adanya Nota Kesepahaman dengan pemerintah daerah sebelum dana dapat dicairkan. Oleh karena itu kami mohon informasi mengenai prosedur pengajuan kerja sama dengan Pemkab Kukar, dokumen apa saja yang perlu kami siapkan, dan berapa lama biasanya proses hingga penandatanganan.\n"
        "\n"
        "Terima kasih atas perhatiannya.\n"
        "\n"
        "Salam lestari,\n"
        "Bonifasius Tandi\n"
        "Direktur Eksekutif\n"
        "Yayasan Pesisir Lestari Nusantara\n"
        "+62 812-5466-0193",
    ),
    Case(
        "whatsapp",
        "kerjasama",
        "assalamualaikum. mau tanya soal beasiswa dari CSR perusahaan sawit di desa kami Tanjung Harapan Sebulu. anak sy daftar bln maret, kata desa datanya dikirim ke kabupaten utk diverifikasi forum CSR. sdh 4 bln blm ada kabar. ngurusnya kemana ya? makasih",
    ),
    Case(
        "whatsapp",
        "kerjasama",
        "selamat pagi pak. sy sekdes Salo Palai Muara Badak. mau nanya gmn caranya desa ngajukan usulan program CSR ke perusahaan2 yg ada di wilayah kami lewat pemkab? apa ada format proposalnya? desa kami butuh sarana air bersih, tiap kemarau warga beli air tandon",
    ),
    Case(
        "web",
        "kerjasama",
        "Nama: Dr. Agus Wibowo\n"
        "Kecamatan: (luar daerah) Yogyakarta\n"
        "Desa/Kelurahan: -\n"
        "Judul: Rencana KKN tematik di desa-desa Kukar\n"
        "Isi Pengaduan: Kami dari LPPM sebuah universitas swasta di Yogyakarta berencana mengirim 60 mahasiswa KKN tematik ke 10 desa di Kukar pada Juli tahun depan, fokus pada digitalisasi administrasi desa dan pemasaran produk desa. Kampus kami mensyaratkan perjanjian kerja sama dengan pemerintah kabupaten. Mohon informasi alur pengajuannya dan kontak yang bisa kami hubungi.",
    ),
    Case(
        "web",
        "kerjasama",
        "Nama: Firmansyah\n"
        "Kecamatan: Tenggarong\n"
        "Desa/Kelurahan: Sukarame\n"
        "Judul: Keterbukaan data penyaluran CSR perusahaan\n"
        "Isi Pengaduan: Kami dari komunitas pemuda pemerhati desa. Di Kukar ada ratusan perusahaan tambang, sawit dan migas, tapi masyarakat tidak pernah tahu berapa nilai dan ke desa mana saja bantuan CSR mereka disalurkan. Apakah Pemkab punya rekap laporan realisasi CSR per perusahaan dan per desa yang bisa diakses publik? Kalau ada forum CSR, kapan rapatnya dan apakah masyarakat bisa ikut?",
    ),
    Case(
        "sms",
        "kerjasama",
        "Pak bantuan CSR perusahaan sawit di Desa Muai Kembang Janggut cuma dibagi ke kelompok dekat kades, warga lain gk dapat. mohon dicek ke perusahaannya",
    ),
    Case(
        "telegram",
        "kerjasama",
        "halo admin, sy dari perusahaan kontraktor migas di Muara Jawa. kami mau salurkan bantuan TJSL berupa 200 paket perlengkapan sekolah utk anak2 di desa sekitar lokasi kerja. apa harus koordinasi/lapor ke pemkab dulu? kontak siapa ya? thx",
    ),
]

_PEREKONOMIAN = [
    Case(
        "email",
        "perekonomian",
        "Selamat pagi pak/bu,\n"
        "Sudah seminggu ini gas melon 3 kg susah sekali dicari di Loa Janan Ulu. Pangkalan dekat rumah selalu bilang habis, padahal truknya datang hari Selasa. Di warung harganya sdh 45 ribu, kemarin malah ada yg jual 50 ribu. Kami rumah tangga biasa sangat berat, mau masak pakai apa. Tolong dicek pembagiannya, jgn2 dijual ke rumah makan besar atau dibawa ke luar daerah.\n"
        "\n"
        "Wassalam\n"
        "Ibu Rohana\n"
        "RT 11 Loa Janan Ulu\n"
        "\n"
        "Dikirim dari iPhone saya",
    ),
    Case(
        "email",
        "perekonomian",
        "PEMERINTAH KABUPATEN KUTAI KARTANEGARA\n"
        "KECAMATAN TABANG\n"
        "Jl. Poros Tabang, Desa Sidomulyo\n"
        "\n"
        "Nomor    : 500/214/TBG/VIII/2024\n"
        "Sifat    : Penting\n"
        "Lampiran : -\n"
        "Perihal  : Kelangkaan dan Tingginya Harga BBM di Kecamatan Tabang\n"
        "\n"
        "Kepada Yth.\n"
        "Sekretaris Daerah Kabupaten Kutai Kartanegara\n"
        "di Tenggarong\n"
        "\n"
        "Dengan hormat,\n"
        "Bersama ini kami laporkan bahwa dalam satu bulan terakhir pasokan BBM ke Kecamatan Tabang sangat terganggu. APMS satu-satunya di wilayah kami tidak mendapat kiriman selama hampir tiga minggu karena debit Sungai Belayan surut dan kapal tangki tidak dapat masuk. Saat ini harga pertalite eceran di desa-desa mencapai Rp 20.000 sampai Rp 25.000 per liter dan solar sulit diperoleh.\n"
        "\n"
        "Kondisi ini mengganggu angkutan orang dan barang, dan harga kebutuhan pokok di pasar ikut naik. Kami mohon Pemerintah Kabupaten dapat berkoordinasi dengan Pertamina dan pihak terkait agar pasokan BBM ke Tabang dapat dijamin, termasuk melalui jalur darat selama musim kemarau.\n"
        "\n"
        "Demikian kami sampaikan, atas perhatian Bapak diucapkan terima kasih.\n"
        "\n"
        "Camat Tabang,\n"
        "\n"
        "Drs. HERMANSYAH\n"
        "Pembina Tk. I\n"
        "NIP 19700815 199503 1 006",
    ),
    Case(
        "email",
        "perekonomian",
        "Subject: Fwd: pelatihan UMKM dobel2, sertifikat halal belum jelas\n"
        "\n"
        "Yth. Bapak/Ibu,\n"
        "\n"
        "Saya teruskan keluhan anggota kami di bawah. Ini bukan keluhan satu orang saja. Dalam setahun anggota kami diundang pelatihan pengemasan oleh tiga dinas berbeda dengan materi yang hampir sama, tapi yang benar-benar dibutuhkan seperti pendampingan sertifikat halal, izin PIRT dan akses pemasaran malah tidak ada yang mengurus sampai tuntas. Tiap dinas juga minta data anggota sendiri-sendiri.\n"
        "\n"
        "Kami mohon ada koordinasi di tingkat kabupaten supaya program untuk UMKM tidak tumpang tindih, dan ada satu pintu yang jelas untuk pendampingan.\n"
        "\n"
        "Salam,\n"
        "Sri Wahyuni\n"
        "Ketua Forum UMKM Kecamatan Samboja\n"
        "0812-5867-0032\n"
        "\n"
        "---------- Forwarded message ---------\n"
        "From: Lina Amplang Samboja <lina.amplang@gmail.com>\n"
        "Date: Kam, 1 Agu 2024 20.15\n"
        "Subject: pelatihan lagi\n"
        "To: Forum UMKM Samboja\n"
        "\n"
        "Bu Sri, sy dpt undangan pelatihan kemasan lagi, ini yg ketiga thn ini. Sy lbh butuh dibantu urus sertifikat halal sm izin edar biar amplang sy bisa masuk toko oleh2 di Balikpapan. Dulu sdh daftar halal gratis tp gk ada kabar. Tolong disampaikan ya bu.",
    ),
    Case(
        "email",
        "perekonomian",
        "Pak, sudah tiga bulan sejak balasan bapak di bawah tapi kondisi di Pasar Tangga Arung masih sama saja. Pedagang di pinggir jalan depan pasar makin banyak, sayur, ikan, sampai pakaian dijual di luar, jadi pembeli tidak ada yang masuk ke dalam. Kios saya di lantai bawah sehari kadang cuma laku 50 ribu, padahal retribusi tetap kami bayar tiap hari dan sewa kios tiap bulan. Sudah ada lima kios di deret kami yang tutup.\n"
        "\n"
        "Kami minta penataan pedagang yang jelas supaya semua berjualan di dalam pasar dan pasar kembali ramai.\n"
        "\n"
        "Hj. Salmiah\n"
        "Pedagang sembako Blok B No. 14\n"
        "\n"
        "Pada Sen, 6 Mei 2024 pukul 10.33 Layanan Pengaduan Setda Kukar menulis:\n"
        "> Yth. Ibu Salmiah,\n"
        "> Pengaduan Ibu terkait kondisi Pasar Tangga Arung telah kami terima dan diteruskan kepada instansi terkait untuk ditindaklanjuti.\n"
        "> Terima kasih atas partisipasinya.\n"
        "> Admin",
    ),
    Case(
        "email",
        "perekonomian",
        "Perihal: Permintaan Informasi Kinerja Perusahaan Daerah\n"
        "\n"
        "Kepada Yth.\n"
        "Sekretaris Daerah Kabupaten Kutai Kartanegara\n"
        "di Tenggarong\n"
        "\n"
        "Dengan hormat,\n"
        "Kami dari Lembaga Pemantau Kebijakan Publik (LPKP) Kukar. Dalam beberapa tahun terakhir Pemkab telah menyertakan modal cukup besar ke beberapa perusahaan daerah, namun masyarakat tidak pernah mendapat informasi tentang hasilnya. Kami mendengar ada perusda yang kegiatan usahanya berhenti dan karyawannya belum digaji, sementara setoran dividen ke kas daerah juga tidak jelas.\n"
        "\n"
        "Berdasarkan Undang-Undang Keterbukaan Informasi Publik, kami mohon informasi: (1) daftar BUMD/perusda milik Pemkab Kukar beserta bidang usahanya yang masih aktif; (2) jumlah penyertaan modal dan setoran dividen lima tahun terakhir; dan (3) langkah Pemkab terhadap perusda yang merugi atau tidak beroperasi.\n"
        "\n"
        "Demikian, atas perhatiannya kami ucapkan terima kasih.\n"
        "\n"
        "Hormat kami,\n"
        "Muhammad Arsyad\n"
        "Direktur LPKP Kukar\n"
        "Jl. Kartini, Tenggarong\n"
        "0813-5020-4471",
    ),
    Case(
        "email",
        "perekonomian",
        "Subject: harga bahan kue naik terus\n"
        "\n"
        "Yth. Bapak/Ibu,\n"
        "\n"
        "saya punya usaha kue rumahan di Kelurahan Sukarame, Tenggarong, biasa terima pesanan untuk hajatan dan kantor. Dua bulan ini harga bahan naik terus. Telur dari 48 ribu jadi 60 ribu per rak, gula pasir 19 ribu per kilo, dan minyak goreng Minyakita di warung dijual 18 sampai 20 ribu per liter padahal katanya harga eceran tertingginya 15.700. Kalau harga kue saya naikkan pelanggan lari, kalau tidak saya rugi.\n"
        "\n"
        "Apakah Pemkab tidak mengawasi harga di pasar? Mohon ada sidak atau operasi pasar supaya harga kembali normal, minimal minyak goreng dijual sesuai HET.\n"
        "\n"
        "Terima kasih\n"
        "Rini Handayani\n"
        "Dapur Kue Bunda Rini\n"
        "0852-5054-6780",
    ),
    Case(
        "email",
        "perekonomian",
        "Perihal: Pengurangan Alokasi LPG 3 Kg Pangkalan Desa Santan Ulu\n"
        "\n"
        "Kepada Yth. Bapak/Ibu Pengelola Pengaduan\n"
        "Sekretariat Daerah Kab. Kutai Kartanegara\n"
        "\n"
        "Dengan hormat,\n"
        "Saya pemilik pangkalan LPG 3 kg resmi di Desa Santan Ulu, Kecamatan Marangkayu. Sejak bulan Juli alokasi untuk pangkalan saya dari agen dikurangi dari 560 tabung menjadi 300 tabung per bulan tanpa pemberitahuan tertulis. Padahal jumlah warga yang terdaftar di pangkalan saya tidak berkurang, malah bertambah karena ada perumahan baru.\n"
        "\n"
        "Akibatnya setiap kiriman datang gas habis dalam dua jam dan warga marah kepada kami, bahkan ada yang menuduh kami menjual ke pengecer. Saya sudah menanyakan ke agen tetapi jawabannya kuota dari atas memang dikurangi.\n"
        "\n"
        "Mohon Pemkab dapat meninjau pembagian kuota LPG 3 kg untuk wilayah Marangkayu supaya sesuai dengan jumlah warga.\n"
        "\n"
        "Hormat saya,\n"
        "H. Baharuddin\n"
        "Pangkalan LPG Barokah, Santan Ulu\n"
        "0821-5412-9936",
    ),
    Case(
        "email",
        "perekonomian",
        "Assalamualaikum Wr. Wb.\n"
        "\n"
        "Yth. Bapak/Ibu di Setda Kukar,\n"
        "\n"
        "Kami dewan guru SMP Negeri 2 Muara Muntai ingin menyampaikan keluhan masyarakat di sekitar sekolah, termasuk orang tua murid kami. Sejak air sungai surut bulan lalu, kapal dan speedboat pengangkut barang dari Samarinda tidak bisa masuk sampai ke Muara Muntai. Harga beras naik dari 15 ribu menjadi 20 ribu per kilo, gula 22 ribu, dan telur hampir 70 ribu per rak. Beberapa warung sudah kehabisan stok.\n"
        "\n"
        "Kami mohon Pemkab mengadakan pasar murah atau operasi pasar di Muara Muntai dan desa-desa sekitar danau, serta memastikan pasokan bahan pokok tetap masuk selama musim kemarau.\n"
        "\n"
        "Wassalamualaikum Wr. Wb.\n"
        "\n"
        "a.n. Dewan Guru\n"
        "Zainal Abidin, S.Pd\n"
        "SMP Negeri 2 Muara Muntai\n"
        "smpn2muaramuntai@gmail.com",
    ),
    Case(
        "email",
        "perekonomian",
        "Subject: Penawaran partisipasi Gerakan Pangan Murah menjelang Natal dan Tahun Baru\n"
        "\n"
        "Kepada Yth.\n"
        "Tim Pengendalian Inflasi Daerah Kabupaten Kutai Kartanegara\n"
        "melalui Sekretariat Daerah\n"
        "\n"
        "Dengan hormat,\n"
        "Kami CV Sumber Pangan Mahakam, distributor beras, gula dan minyak goreng yang berdomisili di Tenggarong Seberang. Menjelang Natal dan Tahun Baru, kami berminat ikut serta dalam kegiatan pasar murah atau gerakan pangan murah yang diselenggarakan Pemkab di kecamatan-kecamatan, dengan menyediakan stok dan harga di bawah harga pasar.\n"
        "\n"
        "Mohon informasi jadwal kegiatan pasar murah, mekanisme keikutsertaan distributor, serta persyaratan yang harus kami penuhi.\n"
        "\n"
        "Demikian, atas perhatiannya kami ucapkan terima kasih.\n"
        "\n"
        "Hormat kami,\n"
        "Hendrik Wijaya\n"
        "Direktur CV Sumber Pangan Mahakam\n"
        "Telp. 0541-664218 / 0811-584-2710",
    ),
    Case(
        "whatsapp",
        "perekonomian",
        "min gas 3kg di handil baru samboja kosong udh 5 hari, antri dr subuh cuma dpt 1 itupun 35rb. pangkalan blg jatah dikurangi. tolong dong dicek 🙏🙏",
    ),
    Case(
        "whatsapp",
        "perekonomian",
        "Pak, SPBU di Sebulu tiap hari antre panjang smp ke jalan, pertalite cepet habis krn bnyk pengetap pake jeriken & tangki modif, trus dijual lg di kios eceran 15rb. warga biasa gk kebagian. mohon ditertibkan pak",
    ),
    Case(
        "web",
        "perekonomian",
        "Nama: Masitah\n"
        "Kecamatan: Kota Bangun\n"
        "Desa/Kelurahan: Kota Bangun Ilir\n"
        "Judul: harga cabe dan bawang\n"
        "Isi Pengaduan: harga cabe rawit di pasar kota bangun sdh 110rb sekilo, bawang merah 60rb. biasanya gak sampai segini. apa pemkab ada rencana operasi pasar atau nambah pasokan? kami ibu2 rumah tangga sdh kewalahan",
    ),
    Case(
        "web",
        "perekonomian",
        "Nama: Agus Salim\n"
        "Kecamatan: Loa Kulu\n"
        "Desa/Kelurahan: Loa Kulu Kota\n"
        "Judul: Bingung bantuan untuk usaha kecil\n"
        "Isi Pengaduan: Saya usaha keripik pisang dan kerupuk ikan sejak 2019. Mau ikut pameran produk, minta bantuan alat sealer dan modal, tapi dilempar-lempar antara dinas koperasi, dinas perindustrian dan kecamatan. Semua bilang bukan program mereka. Mohon ada informasi satu pintu untuk program bantuan UMKM di Kukar.",
    ),
    Case(
        "sms",
        "perekonomian",
        "HARGA GAS ELPIJI 3KG DI MUARA KAMAN ULU SDH 60RB PERTABUNG. TOLONG PEMKAB TURUN TANGAN. WARGA",
    ),
    Case(
        "telegram",
        "perekonomian",
        "Selamat siang admin, sy nelayan di Muara Pantuan Anggana. Solar subsidi di SPBUN nelayan sering kosong, kami terpaksa beli eceran 12rb/liter. surat rekomendasi sdh ada tp kuotanya cepat habis diambil kapal besar. mohon dibantu supaya nelayan kecil kebagian",
    ),
]

_SDA = [
    Case(
        "email",
        "sda",
        "Perihal: Lubang Bekas Tambang di Dekat Permukiman RT 06 Desa Margahayu\n"
        "\n"
        "Kepada Yth.\n"
        "Bapak Bupati Kutai Kartanegara\n"
        "di Tenggarong\n"
        "\n"
        "Dengan hormat,\n"
        "Saya selaku Ketua RT 06 Desa Margahayu, Kecamatan Loa Kulu, menyampaikan bahwa di wilayah kami terdapat lubang bekas galian tambang batubara yang ditinggalkan sejak tahun 2021 tanpa ditutup atau direklamasi. Lubang tersebut sekarang berisi air, jaraknya kurang lebih 50 meter dari rumah warga dan sekitar 200 meter dari SD. Tidak ada pagar maupun papan peringatan, dan anak-anak sering mandi dan memancing di sana sepulang sekolah.\n"
        "\n"
        "Kami khawatir terjadi seperti di tempat lain di Kaltim di mana anak-anak meninggal tenggelam di lubang tambang. Kami mohon Pemkab menegur perusahaan pemegang izin agar lubang tersebut segera ditutup atau setidaknya dipagar dan diberi tanda bahaya.\n"
        "\n"
        "Demikian, atas perhatian Bapak kami ucapkan terima kasih.\n"
        "\n"
        "Ketua RT 06 Desa Margahayu\n"
        "\n"
        "SLAMET RIYANTO\n"
        "HP 0812-5574-8803",
    ),
    Case(
        "email",
        "sda",
        "Subject: Menanyakan proposal bantuan hand traktor dan pompa air Poktan Sumber Rejeki\n"
        "\n"
        "Assalamualaikum wr. wb.\n"
        "\n"
        "Yth. Bapak/Ibu,\n"
        "\n"
        "Kami Kelompok Tani Sumber Rejeki Desa Manunggal Daya, Kec. Sebulu, beranggotakan 32 petani padi sawah dengan luas hamparan kurang lebih 45 hektare. Pada bulan Februari 2023 kami mengajukan proposal bantuan 2 unit hand traktor dan 1 unit pompa air melalui penyuluh di BPP Sebulu, dan katanya sudah diinput ke sistem dinas. Sampai musim tanam kedua tahun ini belum ada kabar.\n"
        "\n"
        "Saat ini anggota kami masih menyewa traktor dengan biaya yang berat, dan saat kemarau sawah tidak bisa diairi. Mohon informasi apakah proposal kami masih berlaku atau perlu diajukan ulang, dan kapan kira-kira bantuan alsintan tahun ini dibagikan.\n"
        "\n"
        "Wassalamualaikum wr. wb.\n"
        "\n"
        "Ketua Poktan Sumber Rejeki\n"
        "Sukardi\n"
        "0813-4650-1129",
    ),
    Case(
        "email",
        "sda",
        "Subject: Fwd: Laporan Masyarakat terkait Kebun Plasma\n"
        "\n"
        "Yth. Bapak/Ibu,\n"
        "Mohon izin meneruskan surat masyarakat kami yang sebelumnya sudah diserahkan ke kecamatan. Kami dari pemerintah desa sudah tiga kali memfasilitasi pertemuan dengan perusahaan tapi tidak ada hasil. Mohon bantuan dari kabupaten.\n"
        "\n"
        "Salam,\n"
        "Yulius Lahang\n"
        "Kasi Pemerintahan Desa Long Beleh Modang, Kec. Kembang Janggut\n"
        "\n"
        "---------- Pesan terusan ----------\n"
        "Dari: Forum Petani Pemilik Lahan Long Beleh Modang\n"
        "Tanggal: 29 Juli 2024\n"
        "Perihal: Kebun plasma belum diserahkan\n"
        "\n"
        "Dengan hormat,\n"
        "Kami 87 kepala keluarga yang menyerahkan lahan kepada perusahaan perkebunan kelapa sawit sejak 2014 dengan perjanjian akan mendapat kebun plasma 20 persen. Perusahaan sudah panen lebih dari tujuh tahun, namun sampai sekarang kebun plasma belum diserahkan dan kami tidak pernah menerima bagi hasil. Kami mohon pemerintah turun tangan agar perusahaan memenuhi kewajiban plasma kepada masyarakat.\n"
        "\n"
        "Hormat kami,\n"
        "Ketua Forum, Petrus Ding",
    ),
    Case(
        "email",
        "sda",
        "Pak, ini sudah 2 minggu sejak email di bawah, air anak sungai di belakang kampung kami di Desa Batuah masih keruh cokelat kehitaman setiap habis hujan. Sumbernya dari stockpile batubara di hulu yang tanggulnya jebol. Ikan-ikan di keramba warga banyak yang mati, dan warga yang tidak punya sumur bor masih pakai air sungai untuk mandi dan cuci. Kulit anak-anak mulai gatal-gatal.\n"
        "\n"
        "Mohon segera ada tim yang turun mengambil sampel air dan menghentikan pembuangan dari stockpile itu.\n"
        "\n"
        "Hasanuddin\n"
        "RT 09 Desa Batuah, Loa Janan\n"
        "\n"
        "Pada Sel, 30 Jul 2024 pukul 08.52 Layanan Pengaduan Setda Kukar <pengaduan.setda@kukarkab.go.id> menulis:\n"
        "> Yth. Bapak Hasanuddin,\n"
        "> Terima kasih atas laporan Bapak. Laporan telah kami catat dan akan diteruskan kepada pihak terkait untuk ditindaklanjuti.\n"
        "> Salam,\n"
        "> Admin Layanan Pengaduan",
    ),
    Case(
        "email",
        "sda",
        "Perihal: Debu Jalan Hauling Batubara di Samping Sekolah\n"
        "\n"
        "Kepada Yth.\n"
        "Bapak/Ibu di Sekretariat Daerah Kab. Kutai Kartanegara\n"
        "\n"
        "Dengan hormat,\n"
        "Kami sampaikan bahwa jalan hauling batubara yang melintas sekitar 30 meter dari SD Negeri 018 Tenggarong Seberang di Desa Bangun Rejo dilalui puluhan truk setiap hari mulai pagi. Debunya masuk ke ruang kelas sehingga meja dan buku murid selalu hitam, dan pada musim kemarau guru terpaksa menutup jendela meskipun kelas menjadi panas. Menurut catatan UKS dan informasi dari puskesmas, keluhan batuk dan sesak pada murid meningkat sejak awal tahun.\n"
        "\n"
        "Kami sudah dua kali menyampaikan langsung kepada pihak perusahaan, namun penyiraman jalan hanya dilakukan sesekali. Kami mohon Pemkab dapat meminta perusahaan melakukan penyiraman rutin, memasang penahan debu, atau mengalihkan jalur hauling menjauh dari sekolah.\n"
        "\n"
        "Demikian, atas perhatiannya kami ucapkan terima kasih.\n"
        "\n"
        "Kepala SD Negeri 018 Tenggarong Seberang\n"
        "\n"
        "Sri Lestari, S.Pd\n"
        "NIP 19770321 200604 2 009",
    ),
    Case(
        "email",
        "sda",
        "Subject: Usulan bantuan alat tangkap dan mesin perahu Kelompok Nelayan Saliki\n"
        "\n"
        "Selamat siang Bapak/Ibu,\n"
        "\n"
        "Kami Kelompok Nelayan Sinar Saliki, Desa Saliki, Kec. Muara Badak, 20 anggota nelayan kecil dengan perahu di bawah 3 GT. Tahun lalu kami sudah mengajukan usulan bantuan jaring, mesin tempel dan coolbox ke Dinas Perikanan Kukar lewat penyuluh perikanan, dan kelompok kami sudah terdaftar. Kami dengar kelompok di desa lain sudah menerima bantuan tahun ini, sedangkan kelompok kami belum ada informasi.\n"
        "\n"
        "Banyak mesin anggota sudah rusak dan jaring robek, sehingga sebagian anggota tidak bisa melaut. Mohon dibantu menanyakan status usulan kami dan apakah masih bisa masuk penyaluran tahun ini.\n"
        "\n"
        "Terima kasih.\n"
        "\n"
        "Ketua Kelompok Nelayan Sinar Saliki\n"
        "Andi Mappasessu\n"
        "0852-4609-3317",
    ),
    Case(
        "email",
        "sda",
        "Subject: Laporan titik api dan pembakaran lahan di sekitar Cagar Alam Muara Kaman Sedulang\n"
        "\n"
        "Yth. Bapak/Ibu,\n"
        "\n"
        "Saya Dian Purnamasari, peneliti di Fakultas Kehutanan Universitas Mulawarman. Tim kami sedang melakukan pemantauan lahan basah di sekitar Cagar Alam Muara Kaman Sedulang. Dalam dua minggu terakhir kami mencatat sedikitnya 14 titik api dari citra satelit dan menemukan langsung di lapangan pembakaran lahan gambut untuk pembukaan kebun di sisi barat kawasan, sebagian sudah masuk batas cagar alam. Asap mulai dirasakan warga Desa Sedulang dan Muara Kaman Ilir.\n"
        "\n"
        "Kami melampirkan peta sebaran titik api dan foto lapangan. Mohon Pemkab dapat segera berkoordinasi dengan KPH, BKSDA dan pihak terkait untuk menghentikan pembakaran sebelum api meluas ke dalam kawasan.\n"
        "\n"
        "Hormat saya,\n"
        "Dian Purnamasari, S.Hut., M.Si\n"
        "Laboratorium Ekologi Hutan, Fahutan Unmul\n"
        "0811-5544-2087",
    ),
    Case(
        "email",
        "sda",
        "Pak tolong ditindak tambang batubara ilegal di dekat Tahura Bukit Soeharto wilayah Desa Bukit Merdeka Samboja. Alat beratnya kerja malam, truk lewat jam 11 malam keatas. Tiap hujan lumpur dr galian itu masuk ke kebun lada dan sawah warga, parit jg tertimbun. Pohon2 di pinggir tahura sdh banyak yg ditebang. Warga takut lapor ke polsek krn katanya ada yg bekingi.\n"
        "\n"
        "Mohon identitas sy dirahasiakan.\n"
        "\n"
        "Dikirim dari iPhone saya",
    ),
    Case(
        "email",
        "sda",
        "Perihal: Dugaan pencemaran sungai oleh limbah pabrik kelapa sawit\n"
        "\n"
        "Yth. Bapak/Ibu Pengelola Pengaduan Setda Kukar,\n"
        "\n"
        "Dengan hormat,\n"
        "Kami dari Puskesmas Kenohan ingin menyampaikan temuan di wilayah kerja kami. Sejak awal Agustus kasus diare dan gatal-gatal pada warga Desa Teluk Bingkai dan Kahala Ilir meningkat hampir dua kali lipat. Dari kunjungan rumah, sebagian besar warga masih menggunakan air sungai untuk keperluan sehari-hari. Warga juga melaporkan air sungai berbau busuk, berbusa dan banyak ikan mati setelah kolam limbah pabrik kelapa sawit di hulu meluap saat hujan deras.\n"
        "\n"
        "Penanganan pasien tetap kami lakukan, namun sumber masalahnya berada di luar kewenangan kami. Mohon Pemkab dapat memeriksa pengelolaan limbah pabrik tersebut dan menghentikan pencemaran ke sungai.\n"
        "\n"
        "Terima kasih.\n"
        "\n"
        "dr. Nanda Pratiwi\n"
        "Kepala Puskesmas Kenohan\n"
        "NIP 19890713 201502 2 001",
    ),
    Case(
        "whatsapp",
        "sda",
        "pak tolong, kebun sawit warga di Desa Kupang Baru Muara Kaman dimasukin alat berat perusahaan sawit, katanya masuk HGU mereka. pdhl kami tanam sendiri sejak 2010 ada segel dari desa. sawit kami yg sdh berbuah ditumbang. mohon pemkab bantu 🙏",
    ),
    Case(
        "whatsapp",
        "sda",
        "assalamualaikum min. rumah2 di RT 15 kel loa ipuh darat tenggarong pada retak2 & tanahnya turun sejak ada tambang di belakang. sdh lapor ke perusahaan gk ditanggapi, malah disuruh ukur sendiri. mohon pemkab turun ke lapangan",
    ),
    Case(
        "web",
        "sda",
        "Nama: Saprudin\n"
        "Kecamatan: Tabang\n"
        "Desa/Kelurahan: Muara Ritan\n"
        "Judul: Penebangan kayu di hulu Belayan\n"
        "Isi Pengaduan: Sudah beberapa bulan ada penebangan kayu meranti dan ulin di hutan sekitar hulu Sungai Belayan, kayunya dirakit dan dihanyutkan lewat sungai pada malam hari. Kami tidak tahu apakah ada izinnya. Hutan itu tempat warga cari rotan dan madu. Mohon dicek dan ditertibkan.",
    ),
    Case(
        "web",
        "sda",
        "Nama: Sumarni\n"
        "Kecamatan: Kota Bangun\n"
        "Desa/Kelurahan: Kota Bangun Seberang\n"
        "Judul: Sawah gagal panen karena banjir\n"
        "Isi Pengaduan: Bulan lalu sawah kelompok tani kami kebanjiran dua minggu dan padi yang sudah bunting rusak semua, kurang lebih 30 hektare. Petani tidak punya modal untuk tanam ulang. Mohon dibantu benih padi dan pupuk untuk tanam ulang, juga pompa air untuk mengeringkan sawah kalau banjir lagi.",
    ),
    Case(
        "sms",
        "sda",
        "LUBANG TAMBANG DI JLN POROS LOA KULU DKT DESA PONORAGAN TDK DIPAGAR, ANAK2 SERING MANDI DISITU. TOLONG SEGERA DITUTUP. WARGA",
    ),
    Case(
        "telegram",
        "sda",
        "Admin, tiap malam ada asap pembakaran lahan di sekitar Desa Sebelimbingan Kota Bangun, pagi2 kampung penuh asap, anak sy sesak napas. kayaknya buka lahan utk kebun. tolong dicek siapa yg bakar",
    ),
]

_ADPEM = [
    Case(
        "email",
        "adpem",
        "PEMERINTAH KABUPATEN KUTAI KARTANEGARA\nKECAMATAN TENGGARONG SEBERANG\nKANTOR KEPALA DESA BUKIT RAYA\nJl. Poros Bukit Raya RT 07 Kode Pos 75572\n\nNomor     : 140/112/BR/III/2025\nLampiran  : 6 (enam) lembar foto\nPerihal   : Laporan Pekerjaan Jalan Terhenti\n\nKepada Yth.\nBapak Sekretaris Daerah Kabupaten Kutai Kartanegara\ndi -\n        Tempat\n\nDengan hormat,\n\nBersama ini kami sampaikan bahwa pekerjaan peningkatan jalan poros Desa Bukit Raya – Bukit Pariaman sepanjang ± 1,8 km yang bersumber dari APBD Kabupaten Tahun Anggaran 2024 sampai saat ini belum selesai. Menurut papan informasi di lokasi, masa pelaksanaan berakhir tanggal 28 Desember 2024, namun di lapangan yang terlihat baru timbunan dan lapis pondasi di sebagian ruas.\n\nAdapun kondisi di lapangan sebagai berikut:\n1. Sejak pertengahan Januari 2025 tidak ada lagi pekerja maupun alat berat di lokasi;\n2. Material batu dibiarkan menumpuk di bahu jalan sehingga badan jalan menyempit;\n3. Saat hujan jalan menjadi kubangan dan truk pengangkut hasil kebun warga sering terperosok.\n\nSehubungan dengan hal tersebut, kami mohon kiranya dapat dilakukan peninjauan ke lokasi dan diberikan kejelasan kapan pekerjaan tersebut akan dilanjutkan hingga selesai.\n\nDemikian laporan ini kami sampaikan, atas perhatian Bapak kami ucapkan terima kasih.\n\nKepala Desa Bukit Raya,\n\n\nSUPRIYADI\n\nTembusan:\n1. Camat Tenggarong Seberang\n2. Arsip",
    ),
    Case(
        "email",
        "adpem",
        "Selamat siang,\n\nSaya warga RT 12 Desa Loa Duri Ilir, Loa Janan. Drainase di pinggir jalan poros yg baru selesai dibangun bulan lalu sdh retak2 dan sebagian dindingnya ambruk ke dalam saluran. Kemarin hujan sebentar aja air langsung naik ke jalan krn salurannya tertutup runtuhan. Pasangan batunya kayaknya asal2an, semennya bisa dikorek pakai tangan.\n\nTolong dicek sebelum masa pemeliharaannya habis, jangan sampai uang rakyat terbuang percuma.\n\nTerima kasih\nRina\n\nDikirim dari iPhone saya",
    ),
    Case(
        "email",
        "adpem",
        "Terima kasih atas balasannya.\n\nTapi mohon maaf, sampai hari ini (17 Maret) belum ada perubahan apa pun di lokasi. Jembatan ulin di Desa Sabintulung yang katanya diganti jembatan beton itu masih setengah jadi, tiang-tiangnya sudah berdiri tapi lantainya belum dicor. Warga terpaksa lewat jembatan darurat dari papan yang sudah goyang, anak sekolah tiap pagi lewat situ.\n\nKami cuma ingin tahu kapan kontraktornya kembali bekerja, dan apakah ada yang benar-benar memantau pekerjaan ini dari kabupaten.\n\nSalam,\nHairil Anwar\nRT 03 Desa Sabintulung, Muara Kaman\n\nPada Rab, 26 Feb 2025 pukul 10.14, Layanan Pengaduan Setda Kukar <pengaduan.setda@kukarkab.go.id> menulis:\n> Yth. Bapak Hairil Anwar,\n>\n> Terima kasih atas laporan Bapak. Pengaduan Bapak telah kami catat dengan nomor 0412/II/2025 dan sedang kami teruskan kepada pihak terkait untuk ditindaklanjuti.\n>\n> Salam,\n> Admin Layanan Pengaduan",
    ),
    Case(
        "email",
        "adpem",
        "Subject: Fwd: laporan warga soal gedung serbaguna\n\nYth. Admin Pengaduan,\n\nKami teruskan laporan Ketua RT 04 di bawah ini. Gedung serbaguna desa yang dibangun dengan anggaran kabupaten tahun lalu baru diserahterimakan bulan Oktober, sekarang atapnya bocor di banyak titik dan plafon di sisi panggung sudah jebol. Kami sudah mencoba menghubungi pelaksana lewat nomor yang tertera di papan proyek tetapi tidak aktif. Mohon dibantu supaya ada pengecekan dan perbaikan selama masih masa pemeliharaan.\n\nHormat kami,\nSekretaris Desa Sumber Sari\nKecamatan Loa Kulu\n\n---------- Forwarded message ---------\nDari: Marjuki <marjuki.rt04@gmail.com>\nDate: Sen, 10 Mar 2025 07.52\nSubject: laporan warga soal gedung serbaguna\nTo: <pemdes.sumbersari@gmail.com>\n\nassalamualaikum pak sekdes, mau lapor gedung serbaguna bocor parah, pas yasinan kemarin air netes dimana2 sampai ibu2 pindah duduk. lantai keramik jg ada yg udah terangkat. padahal baru dipakai beberapa bulan. tolong diteruskan ke kabupaten pak, makasih",
    ),
    Case(
        "email",
        "adpem",
        "PEMERINTAH KABUPATEN KUTAI KARTANEGARA\nDINAS KESEHATAN\nUPT PUSKESMAS MUARA MUNTAI\nJl. Poros Muara Muntai Ulu, Kecamatan Muara Muntai\n\nNomor     : 445/087/PKM-MM/IV/2025\nSifat     : Penting\nLampiran  : 1 (satu) berkas\nHal       : Keterlambatan Pembangunan Gedung Rawat Inap\n\nKepada Yth.\nSekretaris Daerah Kabupaten Kutai Kartanegara\nc.q. Layanan Pengaduan Sekretariat Daerah\ndi Tenggarong\n\nDengan hormat,\n\nBersama ini kami laporkan bahwa pembangunan gedung rawat inap UPT Puskesmas Muara Muntai yang dibiayai APBD Kabupaten Tahun 2024 belum juga rampung. Kontrak awal berakhir Desember 2024 dan telah diperpanjang sampai akhir Februari 2025, namun menurut pengamatan kami pekerjaan baru sekitar 60% dan dalam sebulan terakhir hanya dua sampai tiga tukang yang bekerja.\n\nGedung lama sudah dibongkar sejak pekerjaan dimulai, sehingga saat ini pasien rawat inap terpaksa kami tempatkan di ruang pertemuan dan lorong dengan kondisi yang sangat terbatas. Musim air pasang Sungai Mahakam juga menyulitkan kami.\n\nKami mohon kiranya Bapak berkenan memerintahkan pemantauan langsung ke lokasi dan mendorong penyelesaian pekerjaan sesegera mungkin. Terlampir foto kondisi terkini dan salinan papan informasi proyek.\n\nDemikian kami sampaikan, atas perhatian dan kerja samanya diucapkan terima kasih.\n\nKepala UPT Puskesmas Muara Muntai,\n\n\ndr. Nurul Hidayah\nNIP. 19840917 201001 2 015",
    ),
    Case(
        "email",
        "adpem",
        "Subject: Ruang kelas baru direhab sudah rusak lagi\n\nKepada Yth. Bapak/Ibu pengelola pengaduan Pemkab Kukar\n\nAssalamualaikum wr. wb.\n\nSaya Kepala SD Negeri 011 Kota Bangun, Desa Sebelimbingan. Tahun lalu sekolah kami mendapat rehab 3 ruang kelas dari kabupaten. Pekerjaan selesai bulan November, tapi:\n- plafon kelas 4 sudah jebol di dua tempat, rangkanya ternyata kayu kecil bukan hollow seperti di gambar,\n- cat tembok mengelupas,\n- kusen jendela kelas 5 sudah lepas dari dinding.\n\nKami khawatir plafon runtuh saat ada siswa di dalam, jadi kelas 4 sementara belajar di perpustakaan. Kami mohon pekerjaan ini diperiksa ulang dan pelaksananya diminta memperbaiki.\n\nWassalamualaikum wr. wb.\n\nHormat saya,\nSyamsuddin, S.Pd.\nKepala SDN 011 Kota Bangun\nNIP 19700304 199303 1 008\nHP 0813 4622 7810",
    ),
    Case(
        "email",
        "adpem",
        "Yth. Admin Layanan Pengaduan Setda Kukar,\n\nPerkenalkan, saya Ir. Andi Mappanyompa, M.T., dosen Program Studi Teknik Sipil Universitas Kutai Kartanegara. Saya menyampaikan ini sebagai warga yang setiap hari melintasi ruas jalan Loa Kulu – Jembayan, bukan atas nama kampus.\n\nSelama dua minggu terakhir saya memperhatikan pengecoran perkerasan kaku (rigid) di ruas tersebut dan ada beberapa hal yang mengkhawatirkan:\n1. Pengecoran tetap dilakukan saat hujan deras tanpa penutup terpal;\n2. Tidak terlihat perawatan (curing) sama sekali, permukaan beton sudah retak rambut di hari kedua;\n3. Di beberapa segmen ruji (dowel) pada sambungan tidak dipasang;\n4. Tebal beton di tepi yang saya ukur sekitar 20 cm, padahal di papan proyek tertulis 25 cm.\n\nKalau dibiarkan, jalan ini saya perkirakan tidak akan bertahan dua musim. Saya berharap ada pemeriksaan mutu di lapangan oleh tim dari kabupaten sebelum pekerjaan diterima. Saya bersedia menunjukkan lokasi dan foto-foto yang saya ambil.\n\nHormat saya,\nAndi Mappanyompa\n0852 5011 3377",
    ),
    Case(
        "email",
        "adpem",
        "Subject: turap di muara jawa mangkrak??\n\nSelamat pagi pak/bu,\n\nSaya mau menanyakan nasib pembangunan turap penahan tebing di tepi sungai Kelurahan Muara Jawa Ulu. Pekerjaannya dimulai sekitar bulan Juli tahun lalu, tiang pancang sudah dipasang separuh, terus berhenti begitu saja. Sekarang tiang2 itu dibiarkan, sebagian miring kena arus, dan tanah di belakangnya terus longsor. Rumah panggung tetangga saya tinggal 2 meter lagi dari bibir tebing.\n\nKami sudah tanya ke kelurahan, katanya itu proyek kabupaten dan mereka tidak tahu apa2. Jadi kami tanya ke sini. Apakah proyek ini masih dilanjutkan atau sudah diputus kontraknya? Kalau diputus apakah akan dikerjakan lagi tahun ini?\n\nTerima kasih atas jawabannya.\n\nYusran\nMuara Jawa Ulu",
    ),
    Case(
        "email",
        "adpem",
        "Kepada Yth. Layanan Pengaduan Pemkab Kutai Kartanegara\n\nDengan hormat,\n\nSaya Ketua RT 09 Kelurahan Sungai Merdeka, Kecamatan Samboja. Di lingkungan kami sejak bulan Januari ada pekerjaan pemasangan box culvert di jalan masuk gang Melati. Jalan sudah digali sedalam kurang lebih 2 meter, tapi sudah 6 minggu tidak ada yang bekerja lagi. Galian dibiarkan terbuka hanya dibatasi tali rafia. Minggu lalu seorang anak terjatuh ke dalam galian waktu magrib, untung cuma luka di kaki.\n\nWarga juga tidak bisa membawa motor keluar masuk gang, harus memutar lewat kebun.\n\nMohon perhatian pemerintah kabupaten agar pekerjaan ini segera dilanjutkan dan diselesaikan, atau setidaknya galian diamankan dengan benar.\n\nAtas perhatiannya saya ucapkan terima kasih.\n\nHormat kami,\nSuparman\nKetua RT 09 Sungai Merdeka\nHP 0821 5533 0912",
    ),
    Case(
        "whatsapp",
        "adpem",
        "pak mau lapor jln yg baru diaspal di kembang janggut dekat simpang kelekat udh bolong2 lagi pdhl blm 3 bulan. aspalnya tipis bgt bisa dicungkil pake kayu. kontraktornya kemana ya, ada yg ngecek gk sih sblm dibayar",
    ),
    Case(
        "whatsapp",
        "adpem",
        "Assalamualaikum. Sy dr Desa Muara Ritan, Tabang. Jembatan gantung penghubung ke seberang yg dikerjakan kabupaten sdh 2 thn gk selesai2. Kabel sdh dipasang tp lantai blm ada. Warga skrg masih nyebrang pake ketinting, kalo air besar bahaya. Mohon dicek pak kapan dilanjut",
    ),
    Case(
        "web",
        "adpem",
        "Judul: Dermaga tambatan perahu Desa Muara Enggelam terbengkalai\n\nIsi laporan: Pembangunan dermaga kayu ulin untuk tambatan perahu di Desa Muara Enggelam, Kecamatan Muara Wis, berhenti sejak akhir tahun lalu. Tiang-tiang sudah ditanam dan sebagian lantai dipasang, tapi sisanya tidak pernah dikerjakan. Kayu yang belum terpasang ditumpuk di pinggir danau dan sebagian mulai hilang. Desa kami hanya bisa dijangkau lewat air jadi dermaga ini sangat kami tunggu. Mohon kejelasan apakah pembangunan akan dilanjutkan.",
    ),
    Case(
        "web",
        "adpem",
        "Semenisasi jalan lingkungan di RT 05 Desa Sepatin, Anggana yang dikerjakan dari program kabupaten bulan lalu ketebalannya tidak sesuai. Kami warga iseng ukur di beberapa titik ternyata cuma 8-10 cm, padahal kata pengawasnya harus 15 cm. Sekarang baru dilewati motor dan gerobak ikan sudah pecah-pecah. Kami minta ada pemeriksaan ulang dari kabupaten dan kalau memang kurang supaya dibongkar dan diperbaiki.",
    ),
    Case(
        "sms",
        "adpem",
        "YTH PEMKAB KUKAR JALAN CORAN PROYEK KAB DI DS SEBULU ILIR RT 4 TERBENGKALAI SDH 6 BLN BESI2 NONGOL BAHAYA. MOHON DITINJAU. WARGA SEBULU",
    ),
    Case(
        "telegram",
        "adpem",
        "Selamat sore min. Mau tanya progres pembangunan jalan tembus Santan Ulu - Perangat di Marangkayu itu sebenarnya sudah berapa persen? Dari jalan kelihatan baru timbunan tanah, padahal katanya targetnya selesai tahun ini. Ada laporan perkembangannya yg bisa dilihat warga gk?",
    ),
]

_PBJ = [
    Case(
        "email",
        "pbj",
        "CV KARYA MAHAKAM BERSAUDARA\nKontraktor – Supplier – Konsultan\nJl. Ahmad Muksin No. 18, Tenggarong\n\nNomor     : 021/KMB/III/2025\nLampiran  : 1 (satu) berkas\nPerihal   : Penyampaian Keberatan atas Hasil Evaluasi\n\nKepada Yth.\nKelompok Kerja Pemilihan\nPaket Pembangunan Drainase Lingkungan Kelurahan Timbau\ndi Tenggarong\n\nDengan hormat,\n\nKami yang bertanda tangan di bawah ini, Direktur CV Karya Mahakam Bersaudara, peserta pada paket tersebut di atas, menyampaikan hal-hal sebagai berikut:\n\n1. Pada pengumuman hasil evaluasi tanggal 11 Maret 2025, penawaran kami dinyatakan gugur dengan alasan Sertifikat Kompetensi Kerja tenaga pelaksana tidak dilampirkan;\n2. Sertifikat tersebut telah kami unggah pada dokumen penawaran (file ke-7, nama berkas SKK_Pelaksana.pdf) dan dapat dibuktikan dari log unggahan;\n3. Kami telah berusaha menyampaikan sanggahan melalui aplikasi sejak tanggal 12 Maret, namun menu sanggahan selalu menampilkan pesan galat dan tidak dapat dikirim, sementara masa sanggah berakhir tanggal 17 Maret 2025.\n\nSehubungan dengan hal tersebut, kami mohon agar keberatan kami ini dapat diterima dan dipertimbangkan sebagai sanggahan yang sah, serta dilakukan evaluasi ulang terhadap dokumen penawaran kami.\n\nDemikian surat ini kami sampaikan, atas perhatiannya kami ucapkan terima kasih.\n\nHormat kami,\nCV Karya Mahakam Bersaudara\n\n\nH. Rusdiansyah\nDirektur\nTelp. 0811 5800 214",
    ),
    Case(
        "email",
        "pbj",
        "Selamat pagi,\n\nAkun penyedia kami di SPSE Kukar terkunci sejak kemarin setelah salah memasukkan password 3 kali. Sudah coba fitur lupa password tapi emailnya tidak pernah masuk, sudah dicek di folder spam juga. Minggu ini ada paket pengadaan yg mau kami ikuti, batas upload penawarannya hari Jumat.\n\nNama perusahaan: CV Bintang Loa Kulu\nUser ID: bintangloakulu\n\nMohon dibantu dibuka kuncinya atau diberi tahu prosedurnya.\n\nTerima kasih,\nDewi Anggraini\nAdmin CV Bintang Loa Kulu\n\nDikirim dari Yahoo Mail untuk Android",
    ),
    Case(
        "email",
        "pbj",
        "Subject: Re: Verifikasi akun penyedia baru\n\nSelamat siang,\n\nSesuai arahan di email sebelumnya, kami sudah datang tanggal 4 Maret membawa dokumen asli (akta, NIB, NPWP, KTP direktur) dan sudah dicocokkan oleh petugas. Tapi sampai hari ini status akun kami di aplikasi masih 'menunggu verifikasi' dan kami belum bisa ikut tender apa pun.\n\nKami perusahaan baru di Muara Badak dan sudah dua kali melewatkan paket yang sesuai dengan bidang usaha kami. Mohon dicek apakah ada berkas yang kurang, atau berapa lama lagi prosesnya.\n\nTerima kasih,\nFebrian Saputra\nPT Badak Teknik Mandiri\n\n-----Original Message-----\nFrom: Admin Layanan <pengaduan.setda@kukarkab.go.id>\nSent: Kamis, 27 Februari 2025 14:02\nSubject: Re: Verifikasi akun penyedia baru\n\n> Yth. Bapak Febrian,\n> Untuk menyelesaikan pendaftaran, perwakilan perusahaan diminta hadir membawa dokumen asli untuk dilakukan verifikasi.\n> Terima kasih.",
    ),
    Case(
        "email",
        "pbj",
        "Perihal: Permohonan informasi pendaftaran produk UMKM ke katalog elektronik\n\nKepada Yth.\nBapak/Ibu Pengelola Layanan Pengaduan Pemerintah Kabupaten Kutai Kartanegara\n\nDengan hormat,\n\nKami dari Paguyuban Pelaku Usaha Kecil Tenggarong Seberang, beranggotakan 46 usaha mulai dari konveksi seragam, kerajinan manik, makanan olahan, sampai percetakan. Banyak anggota kami mendengar bahwa dinas-dinas sekarang wajib membeli barang lewat katalog elektronik dan ada katalog lokal milik kabupaten.\n\nMasalahnya, anggota kami tidak tahu sama sekali bagaimana cara agar produknya bisa tayang di katalog lokal Kukar: syaratnya apa, harus punya akun dulu di mana, apakah ada biaya, dan siapa yang menilai harga yang kami ajukan. Dua anggota sudah mencoba mendaftar sendiri tetapi berhenti di tengah jalan karena bingung.\n\nKami mohon penjelasan tertulis mengenai alur pendaftaran tersebut, dan jika ada, jadwal bimbingan teknis untuk calon penyedia katalog.\n\nAtas perhatian Bapak/Ibu kami ucapkan terima kasih.\n\nHormat kami,\nHj. Salmah\nKetua Paguyuban\nHP 0812 5540 6631",
    ),
    Case(
        "email",
        "pbj",
        "Subject: FW: Spesifikasi paket ambulans Dinkes Kukar\n\nYth. Tim Layanan Pengaduan,\n\nBersama ini kami teruskan catatan internal tim tender kami. Intinya, spesifikasi teknis pada paket pengadaan kendaraan ambulans yang sedang tayang mensyaratkan ukuran dan fitur yang hanya cocok dengan satu merek tertentu, sehingga distributor merek lain praktis tidak bisa ikut bersaing. Pertanyaan kami di forum penjelasan sudah dijawab 'spesifikasi sesuai kebutuhan pengguna' tanpa alasan teknis.\n\nKami mohon agar persyaratan ini ditinjau kembali supaya persaingan adil.\n\nSalam,\nRobert Siahaan\nKepala Cabang Samarinda\nPT Medika Armada Nusantara\n\n---------- Pesan terusan ----------\nDari: Tim Tender <tender@medikaarmada.co.id>\nTanggal: 12 Maret 2025\nKepada: Robert Siahaan\n\nPak, untuk paket ambulans Kukar:\n- jarak sumbu roda minimal 3.210 mm dan kapasitas mesin persis 2.755 cc, itu angka satu tipe saja;\n- disyaratkan surat dukungan langsung dari ATPM, bukan dari dealer;\n- kalau tetap begini kita tidak bisa masuk. Mohon arahan apakah kita ajukan keberatan.",
    ),
    Case(
        "email",
        "pbj",
        "Kepada Yth.\nLayanan Pengaduan Sekretariat Daerah Kukar\n\nAssalamualaikum wr. wb.\n\nSaya Kepala Desa Kelekat, Kecamatan Kembang Janggut. Saya ingin menyampaikan pertanyaan warga, terutama para pengusaha lokal di desa kami, mengenai proses lelang paket pembangunan jembatan beton di desa kami yang diumumkan bulan lalu.\n\nMenurut informasi yang kami terima, ada penawar dari Kembang Janggut yang harga penawarannya paling rendah dan pengalamannya cukup, tetapi digugurkan. Sementara pemenangnya perusahaan dari luar daerah dengan penawaran yang jauh lebih tinggi. Warga bertanya-tanya apa alasannya, karena di aplikasi hanya tertulis 'tidak memenuhi syarat' tanpa penjelasan.\n\nKami tidak bermaksud menuduh, hanya mohon agar proses evaluasi paket tersebut dapat dijelaskan secara terbuka supaya tidak menimbulkan prasangka di masyarakat.\n\nWassalamualaikum wr. wb.\n\nKepala Desa Kelekat\nH. Abdul Rahman",
    ),
    Case(
        "email",
        "pbj",
        "GABUNGAN PELAKSANA KONSTRUKSI NASIONAL INDONESIA\nBADAN PENGURUS CABANG KABUPATEN KUTAI KARTANEGARA\n\nNomor     : 037/BPC-KKR/III/2025\nLampiran  : -\nPerihal   : Gangguan Aplikasi pada Batas Akhir Pemasukan Penawaran\n\nKepada Yth.\nSekretaris Daerah Kabupaten Kutai Kartanegara\ndi -\n    Tenggarong\n\nDengan hormat,\n\nMenindaklanjuti laporan dari sejumlah anggota kami, dengan ini kami sampaikan bahwa pada hari Selasa, 18 Maret 2025 sejak pukul 10.00 WITA, aplikasi pengadaan elektronik Kabupaten Kutai Kartanegara tidak dapat diakses atau sangat lambat. Pada hari tersebut terdapat sedikitnya empat paket pekerjaan konstruksi dengan batas akhir pemasukan penawaran pukul 14.00 WITA.\n\nAkibatnya banyak anggota kami gagal mengunggah dokumen penawaran meskipun dokumen telah siap sejak pagi. Bukti tangkapan layar dapat kami serahkan.\n\nBerkenaan dengan hal tersebut, kami mohon:\n1. Pokja pemilihan terkait melakukan perpanjangan jadwal pemasukan penawaran untuk paket-paket tersebut;\n2. Ke depan, gangguan aplikasi diumumkan secara resmi agar peserta mendapat kepastian.\n\nDemikian disampaikan, atas perhatian dan kerja samanya kami ucapkan terima kasih.\n\nKetua BPC Gapensi Kukar,\n\n\nIr. H. Muhammad Arsyad\n\nSekretaris,\n\n\nDedy Kurniawan, S.T.",
    ),
    Case(
        "email",
        "pbj",
        "Permisi pak bu\n\nSaya punya usaha katering di Tenggarong, sudah ada NIB dan NPWP. Saya dengar kantor2 pemerintah pesan makan minum rapat harus lewat penyedia yg terdaftar. Bagaimana caranya supaya usaha saya bisa terdaftar jadi penyedia di Kukar? Apa harus CV dulu atau perorangan bisa?\n\nMakasih sebelumnya\nIbu Wahyuni\n0853 4811 2290\n\nDikirim dari Samsung Galaxy saya",
    ),
    Case(
        "email",
        "pbj",
        "Subject: Pesanan e-purchasing dibatalkan sepihak\n\nYth. Admin,\n\nKami penyedia alat tulis kantor yang produknya sudah tayang di katalog elektronik lokal Kukar. Tanggal 3 Maret kami menerima pesanan dari salah satu perangkat daerah, sudah kami setujui dan barang sudah kami siapkan di gudang. Tanggal 7 Maret pesanan tersebut tiba-tiba berstatus dibatalkan tanpa pemberitahuan dan tanpa alasan, lalu kami lihat paket yang sama dipesan ke penyedia lain dengan harga lebih tinggi.\n\nKami mohon penjelasan apakah pembatalan seperti ini dibenarkan, dan ke mana kami harus mengajukan keberatan.\n\nTerima kasih.\n\nSalam,\nLinda Kusuma\nUD Sinar Abadi Loa Janan\nTelp 0541 683 221",
    ),
    Case(
        "whatsapp",
        "pbj",
        "min lpse kukar lg error ya?? dr tadi gk bisa upload dokumen penawaran, muter2 trs trus logout sendiri. batas jam 3 sore ini loh, gmn ini",
    ),
    Case(
        "whatsapp",
        "pbj",
        "Pak selamat siang, mau tanya hasil lelang paket rehab SD di Muara Wis kok blm diumumkan ya? Di jadwal harusnya pengumuman pemenang tgl 10, skrg sdh lewat seminggu gk ada info apa2. Kami peserta jd bingung nunggu",
    ),
    Case(
        "web",
        "pbj",
        "Saya peserta salah satu paket konsultansi perencanaan tahun ini. Pada tahap penjelasan dokumen, kami mengajukan 5 pertanyaan tentang ruang lingkup dan metode penilaian, tapi sampai tahap itu ditutup tidak ada satu pun yang dijawab panitia. Peserta lain juga mengalami hal sama. Sekarang tahap pemasukan penawaran sudah dibuka sementara kami masih tidak jelas apa yang diminta. Mohon panitianya ditegur atau jadwalnya diulang.",
    ),
    Case(
        "web",
        "pbj",
        "Nama: Agus Salim, CV Samboja Jaya Konstruksi\nKeluhan: Kami ingin menyanggah hasil evaluasi paket peningkatan jalan lingkungan di Kelurahan Sanipah, tetapi tombol sanggah di akun kami tidak muncul sama sekali, padahal masih dalam masa sanggah. Teman kami peserta lain bisa. Apakah ada cara lain mengajukan sanggahan? Mohon segera karena masa sanggah tinggal 2 hari.",
    ),
    Case(
        "sms",
        "pbj",
        "Slmt siang. Mhn info kpn ada pelatihan aplikasi tender utk penyedia baru di kukar? Sy kontraktor kecil dr loa kulu blm ngerti cara upload penawaran. Tks",
    ),
    Case(
        "telegram",
        "pbj",
        "Lapor admin. Paket peningkatan jalan di Kecamatan Kenohan yg baru selesai lelang patut diduga diatur. 3 peserta yg masuk alamat kantornya sama persis, no telp kantornya jg sama, harga penawarannya cuma beda tipis2. Mohon diperiksa kembali proses pemilihannya sblm kontrak diteken",
    ),
]

_ORGANISASI = [
    Case(
        "email",
        "organisasi",
        "PT PETRO JASA BORNEO\nJl. Poros Muara Badak KM 3, Badak Baru, Muara Badak\n\nNomor     : 018/PJB-GA/III/2025\nLampiran  : 3 (tiga) berkas\nPerihal   : Keterlambatan Penerbitan Persetujuan Bangunan Gedung\n\nKepada Yth.\nBapak Bupati Kutai Kartanegara\nc.q. Sekretariat Daerah\ndi Tenggarong\n\nDengan hormat,\n\nKami sampaikan bahwa permohonan Persetujuan Bangunan Gedung untuk gudang dan kantor operasional kami di Desa Badak Baru telah diajukan sejak 14 November 2024 dan seluruh persyaratan dinyatakan lengkap. Menurut standar pelayanan yang dipasang di ruang pelayanan perizinan, jangka waktu penyelesaiannya paling lama 28 hari kerja.\n\nNamun sampai surat ini kami buat, atau lebih dari empat bulan kemudian, izin tersebut belum terbit. Setiap kali staf kami menanyakan ke loket, jawabannya berbeda-beda: pernah dikatakan menunggu tim teknis, pernah dikatakan sistem sedang bermasalah, dan terakhir diminta menunggu tanpa kepastian. Tidak ada pemberitahuan tertulis mengenai kekurangan apa pun.\n\nKeterlambatan ini membuat pembangunan kami tertunda dan berdampak pada kontrak dengan mitra. Kami mohon agar ada penjelasan resmi mengenai posisi permohonan kami dan kepastian waktu penyelesaiannya sesuai standar yang berlaku.\n\nDemikian, atas perhatian Bapak kami ucapkan terima kasih.\n\nHormat kami,\nPT Petro Jasa Borneo\n\n\nBambang Setiawan\nManager General Affairs",
    ),
    Case(
        "email",
        "organisasi",
        "Selamat malam,\n\nSaya mau melaporkan. Tadi siang saya ke kantor Dukcapil di Tenggarong mau ngurus akta kelahiran anak saya yg kedua. Pas di loket petugasnya bilang kalau mau cepat jadi besok bisa, tp ada 'uang lelah' 150 ribu. Kalau gk, katanya bisa 2 minggu. Setahu saya akta itu gratis kan? Saya akhirnya gk bayar dan pulang, tp tetangga saya bilang dia juga pernah dimintain.\n\nTolong ditindak, kasihan orang2 kampung yg gk ngerti.\n\nIbu Sri Wahyuni\nKelurahan Loa Ipuh, Tenggarong\n\nDikirim dari iPhone saya",
    ),
    Case(
        "email",
        "organisasi",
        "Subject: Re: Pengaduan No. 0377/II/2025\n\nTerima kasih sudah dibalas bulan lalu, tapi sampai sekarang tidak ada perkembangan apa pun.\n\nSaya ulangi lagi: saya sudah 3 bulan bolak-balik ke kantor kecamatan untuk perekaman dan pencetakan KTP elektronik anak saya yang baru 17 tahun. Tiap datang jawabannya cuma 'sabar pak, sistemnya' atau 'petugasnya lagi ke kabupaten'. Tidak ada jadwal yang jelas, tidak ada nomor yang bisa ditelepon, papan informasi juga kosong. Anak saya butuh KTP untuk daftar kerja.\n\nYang saya minta sederhana: kepastian kapan bisa dilayani dan siapa yang bertanggung jawab kalau memang ada kendala.\n\nSalam,\nMuhammad Ridwan\nDesa Perjiwa, Tenggarong Seberang\n\nPada Jum, 14 Feb 2025 09.31, Layanan Pengaduan Setda Kukar menulis:\n> Yth. Bapak Muhammad Ridwan,\n> Pengaduan Bapak telah kami terima dan kami teruskan kepada unit terkait.\n> Terima kasih atas partisipasi Bapak.",
    ),
    Case(
        "email",
        "organisasi",
        "Kepada Yth.\nAdmin Layanan Pengaduan Pemkab Kukar\n\nDengan hormat,\n\nSaya guru SMP Negeri di Kecamatan Kota Bangun, golongan III/c. Saya ingin menyampaikan keluhan mengenai proses usulan kenaikan pangkat saya periode April ini.\n\nBerkas usulan sudah saya serahkan lewat sekolah dan dinas sejak Desember. Bulan Februari saya ditelepon bahwa berkas saya tidak ditemukan dan diminta mengirim ulang. Sudah saya kirim ulang, lalu awal Maret dikabari lagi bahwa ada persyaratan tambahan yang sebelumnya tidak pernah diumumkan. Teman saya di kecamatan lain malah tidak dimintai syarat tersebut. Setiap petugas memberi keterangan yang berbeda dan tidak ada daftar persyaratan tertulis yang bisa saya pegang.\n\nSaya mohon agar ada kejelasan persyaratan yang baku dan pelayanan yang tidak membuat guru di daerah jauh harus berkali-kali ke Tenggarong.\n\nHormat saya,\nRahmawati, S.Pd.\nNIP 19860212 201101 2 007",
    ),
    Case(
        "email",
        "organisasi",
        "Subject: Fwd: keluhan warga legalisir di kantor camat\n\nYth. Layanan Pengaduan Setda,\n\nMohon izin meneruskan keluhan warga kami di bawah. Kami dari pemerintah desa tidak punya wewenang atas pelayanan di kantor kecamatan, tetapi warga terus menanyakan ke kami. Mohon dapat ditindaklanjuti.\n\nTerima kasih.\nKasi Pelayanan Desa Menamang Kanan\nKec. Muara Kaman\n\n----- Pesan yang diteruskan -----\nDari: Sahrani\nKepada: Pemdes Menamang Kanan\nTanggal: Selasa, 4 Maret 2025\n\nassalamualaikum. sy mau mengeluh pak, kmrn legalisir surat keterangan usaha dan beberapa fotokopi di kantor camat dimintai uang 25rb per lembar, katanya uang administrasi. gk ada kwitansi, gk ada papan tarif. sy tanya dasarnya apa malah dijawab 'kalau gk mau ya tunggu minggu depan'. apa memang begitu aturannya pak",
    ),
    Case(
        "email",
        "organisasi",
        "Perihal: Hasil Pemantauan Pemajangan Standar Pelayanan\n\nKepada Yth.\nSekretaris Daerah Kabupaten Kutai Kartanegara\n\nDengan hormat,\n\nPerkumpulan Warga Peduli Pelayanan Publik (WAPPELA) Kukar pada Januari–Februari 2025 melakukan pengamatan sederhana di 14 unit pelayanan di Tenggarong, Loa Kulu, dan Sebulu. Temuan utama kami:\n\n1. Sembilan unit tidak memajang informasi persyaratan, biaya, dan waktu penyelesaian layanan di tempat yang mudah dilihat;\n2. Di enam unit tidak tersedia sarana pengaduan, baik kotak saran maupun nomor kontak;\n3. Di beberapa unit, jam buka yang tertulis berbeda dengan kenyataan;\n4. Tiga unit meminta masyarakat mengisi formulir penilaian kepuasan sebelum layanan selesai diberikan.\n\nKami berharap temuan ini dapat menjadi bahan perbaikan dan kami mohon informasi langkah apa yang akan diambil pemerintah kabupaten. Laporan lengkap kami lampirkan.\n\nHormat kami,\n\nLukman Hakim\nKoordinator WAPPELA Kukar\nHP 0812 5000 4417",
    ),
    Case(
        "email",
        "organisasi",
        "Selamat siang bapak ibu\n\nSaya sopir truk angkutan sembako trayek Tenggarong - Kota Bangun. Minggu lalu saya uji KIR di tempat uji kendaraan Dishub. Selain bayar retribusi resmi, di dalam saya dimintai lagi 200 ribu sama oknum supaya 'lulus cepat', katanya kalau tidak nanti ada saja yang kurang. Kawan2 sopir lain juga sama, sudah jadi rahasia umum. Tidak ada kwitansi untuk yang 200 ribu itu.\n\nKami sopir kecil penghasilan pas2an pak, tolong ini dihentikan.\n\nSaya tidak berani sebut nama lengkap, takut dipersulit waktu uji berikutnya.\n\nHormat saya,\nUdin\nsopir",
    ),
    Case(
        "email",
        "organisasi",
        "Subject: survei kepuasan diisi sendiri oleh pegawai\n\nMohon maaf sebelumnya, saya ASN di salah satu kantor kecamatan dan memilih tidak menyebut nama.\n\nSetiap akhir triwulan kami diperintahkan atasan mengisi kuesioner survei kepuasan masyarakat sendiri sebanyak puluhan lembar supaya target jumlah responden tercapai dan nilainya bagus. Masyarakat yang benar-benar dilayani jarang sekali ditanya. Akibatnya nilai kantor kami selalu 'sangat baik' padahal keluhan warga soal antrean dan petugas yang sering tidak di tempat masih banyak.\n\nSaya berharap cara seperti ini dihentikan dan pengisian survei diawasi, supaya hasilnya benar-benar dipakai untuk memperbaiki pelayanan.\n\nTerima kasih.",
    ),
    Case(
        "email",
        "organisasi",
        "Subject: Antrean online Disdukcapil selalu penuh, ada calo\n\nYth. Admin,\n\nSudah seminggu saya mencoba ambil nomor antrean online untuk pengurusan KK baru di Disdukcapil. Kuota dibuka jam 6 pagi dan jam 6 lewat 2 menit sudah penuh. Anehnya di grup Facebook jual beli Tenggarong ada yang menawarkan 'jasa ambil antrean' 50 ribu per nomor dan terbukti dapat terus.\n\nSaya tanya ke petugas di loket, jawabannya cuma disuruh coba lagi besok. Mohon sistem antreannya diperbaiki dan praktik calo seperti ini ditertibkan. Kami yang kerja tidak bisa tiap hari izin.\n\nTerima kasih,\nFajar Nugroho\nKel. Mangkurawang, Tenggarong",
    ),
    Case(
        "whatsapp",
        "organisasi",
        "pak knp ya ngurus surat pindah di capil loa janan hrs bolak balik 4x. tiap dtg syaratnya beda2 tergantung petugasnya, kmrn minta surat pengantar rt, hari ini katanya hrs ada surat dr kelurahan tujuan jg. kok gk ada daftar syarat yg jelas sih. cape bgt",
    ),
    Case(
        "whatsapp",
        "organisasi",
        "Assalamualaikum, mau lapor. Tadi sy ngurus izin usaha warung makan di mal pelayanan publik Tenggarong. Di depan ada org yg nawarin 'jalur cepat' 500rb, katanya org dalam, bisa jadi hari ini. Pas sy masuk loket biasa malah disuruh balik bulan depan. Ini gimana pengawasannya?",
    ),
    Case(
        "web",
        "organisasi",
        "Di UPT pelayanan pajak daerah di Kota Bangun, jam pelayanan di pintu tertulis 08.00 - 15.00. Kenyataannya petugas baru datang jam 10 lewat, jam 1 siang sudah tutup. Saya dari Desa Pela naik ketinting sejak subuh cuma untuk bayar dan urus balik nama SPPT PBB, sudah dua kali datang tidak terlayani. Mohon jam pelayanan ditepati dan petugasnya ditegur.",
    ),
    Case(
        "web",
        "organisasi",
        "Saya tidak tahu harus mengadu ke mana, jadi saya tulis di sini. Bulan Desember saya mengajukan surat permohonan perpanjangan izin trayek angkutan desa ke dinas perhubungan, lengkap dengan persyaratannya. Sudah tiga bulan tidak ada jawaban sama sekali, tidak ada tanda terima, dan tiap ditanya katanya 'masih di meja pimpinan'. Izin saya sudah habis dan saya tidak bisa jalan. Mohon kejelasan.",
    ),
    Case(
        "sms",
        "organisasi",
        "Ngurus KIA anak di disdukcapil tenggarong katanya blanko habis sdh 2 bln. Kpn ada? Knp tdk ada pengumuman jd org gk bolak balik. Warga Sukarame",
    ),
    Case(
        "telegram",
        "organisasi",
        "Min mau lapor, di loket pendaftaran puskesmas Kembang Janggut kalau minta surat keterangan sehat dimintai 50rb, gk dikasih karcis. Tarif yg ditempel di dinding cuma 15rb. Ditanya malah dibilang itu biaya dokter. Tolong dicek",
    ),
]

_UMUM = [
    Case(
        "email",
        "umum",
        "PEMERINTAH KABUPATEN KUTAI KARTANEGARA\nKECAMATAN LOA KULU\nJl. Danau Semayang No. 1, Loa Kulu Kota\n\nNomor     : 005/214/Kec-LK/III/2025\nSifat     : Segera\nLampiran  : -\nPerihal   : Permohonan Peminjaman Ruang Rapat\n\nKepada Yth.\nSekretaris Daerah Kabupaten Kutai Kartanegara\ndi -\n       Tenggarong\n\nDengan hormat,\n\nDalam rangka pelaksanaan Rapat Koordinasi Kepala Desa se-Kecamatan Loa Kulu bersama perangkat daerah terkait, yang akan dilaksanakan pada:\n\nHari/Tanggal : Kamis, 10 April 2025\nWaktu        : 08.30 WITA s.d. selesai\nPeserta      : ± 60 orang\n\nbersama ini kami mengajukan permohonan peminjaman salah satu ruang rapat di lingkungan Kantor Bupati Kutai Kartanegara yang dapat menampung jumlah peserta tersebut, lengkap dengan sarana pengeras suara dan layar proyektor apabila tersedia.\n\nPemilihan tempat di Tenggarong dimaksudkan agar memudahkan kehadiran perwakilan perangkat daerah. Mohon kiranya dapat diinformasikan ketersediaan ruangan dan prosedur yang harus kami penuhi.\n\nDemikian permohonan ini, atas perkenannya diucapkan terima kasih.\n\nCamat Loa Kulu,\n\n\nDrs. H. Akhmad Jaini\nPembina Tk. I (IV/b)\nNIP. 19690811 199403 1 006",
    ),
    Case(
        "email",
        "umum",
        "Perihal: Permohonan Izin Penggunaan Aula\n\nKepada Yth.\nPengelola Gedung Kantor Bupati Kutai Kartanegara\n\nDengan hormat,\n\nKami Badan Eksekutif Mahasiswa Fakultas Ekonomi dan Bisnis Universitas Mulawarman berencana menyelenggarakan Seminar Literasi Keuangan untuk pelajar SMA se-Tenggarong pada Sabtu, 26 April 2025 dengan perkiraan 250 peserta.\n\nSehubungan dengan itu kami bermaksud meminjam aula di lingkungan Kantor Bupati Kutai Kartanegara untuk kegiatan tersebut. Kami mohon informasi:\n1. Apakah aula dapat digunakan pada hari Sabtu;\n2. Persyaratan dan surat yang perlu kami ajukan;\n3. Apakah ada biaya kebersihan atau listrik yang harus kami tanggung.\n\nProposal kegiatan kami lampirkan. Atas perhatian Bapak/Ibu kami ucapkan terima kasih.\n\nHormat kami,\n\nAlya Rahmadani\nKetua Pelaksana\nHP 0857 5124 3390\n\nMengetahui,\nKetua BEM FEB Unmul\nRizky Pratama",
    ),
    Case(
        "email",
        "umum",
        "Subject: Re: Surat kami belum ada tanda terima\n\nSelamat pagi,\n\nBerikut kami lengkapi data yang diminta:\nNomor surat : 421.3/058/SMAN1-TS/2025\nTanggal     : 24 Februari 2025\nPerihal     : Permohonan penggunaan halaman Kantor Bupati sebagai titik start lomba gerak jalan pelajar\n\nSurat tersebut diantar langsung oleh staf TU kami ke meja penerimaan surat di Kantor Bupati pada 25 Februari. Petugas hanya menerima tanpa memberi tanda terima atau nomor agenda. Sampai hari ini kami tidak tahu surat itu sudah sampai ke mana dan belum ada jawaban, padahal acaranya tinggal tiga minggu lagi.\n\nMohon bantuan untuk mengecek keberadaan surat kami dan siapa yang sedang memprosesnya.\n\nHormat kami,\nTata Usaha SMA Negeri 1 Tenggarong Seberang\n\nPada Sen, 10 Mar 2025 pukul 13.20 Layanan Pengaduan Setda Kukar menulis:\n> Selamat siang,\n> Agar dapat kami telusuri, mohon disampaikan nomor, tanggal, dan perihal surat yang dimaksud.\n> Terima kasih.",
    ),
    Case(
        "email",
        "umum",
        "Yth. Pengelola Kantor Bupati Kukar,\n\nSaya ingin menyampaikan keluhan soal parkir di Kantor Bupati. Hampir setiap kali saya datang untuk urusan kantor, area parkir tamu di depan lobi sudah penuh oleh mobil-mobil pribadi yang sama sejak pagi sampai sore, sepertinya milik pegawai. Tamu terpaksa parkir di pinggir jalan Wolter Monginsidi yang sempit.\n\nKemarin saya datang bersama ayah saya yang memakai kursi roda dan tidak ada satu pun tempat parkir khusus disabilitas yang kosong, karena ditempati motor. Tidak ada petugas yang mengatur.\n\nMohon penataan parkir diperbaiki, misalnya parkir pegawai dipisah dari parkir tamu dan ada petugas yang berjaga.\n\nTerima kasih.\n\nSalam,\nHendra Gunawan\nKel. Timbau, Tenggarong",
    ),
    Case(
        "email",
        "umum",
        "Subject: Mobil dinas dipakai jalan-jalan hari Minggu\n\nSelamat siang,\n\nSaya pedagang di Pasar Pagi Samarinda. Hari Minggu kemarin (16/3) sekitar jam 1 siang saya lihat mobil dinas plat merah KT 1xxx (foto terlampir, nomor lengkap terlihat) parkir di mal di Samarinda. Di kaca depannya ada stiker Sekretariat Daerah Kutai Kartanegara. Yang turun satu keluarga lengkap dengan anak-anak, belanja sampai sore. Minggu sebelumnya saya juga lihat mobil yang sama di pantai di Samboja.\n\nSetahu saya kendaraan dinas tidak boleh untuk keperluan pribadi di hari libur, apalagi bensinnya dari uang negara. Mohon diperiksa dan ditertibkan.\n\nTerima kasih,\nBudi",
    ),
    Case(
        "email",
        "umum",
        "pak bu, saya mau kasih masukan aja. tadi ke kantor bupati ada urusan, toilet di lantai 1 dekat lobi kotor bgt, air mati, wastafel mampet, bau sampai ke lorong. padahal itu yg dipakai tamu2 termasuk dari luar daerah. malu kita. tolong petugas kebersihannya diperhatikan\n\nsalam\nNia\n\nDikirim dari ponsel Huawei saya",
    ),
    Case(
        "email",
        "umum",
        "Subject: FW: Pengantaran dokumen ke Kantor Bupati ditolak\n\nDengan hormat,\n\nKami teruskan laporan kurir kami di bawah ini. Kami mohon informasi mengenai prosedur resmi pengantaran dokumen dan penerimaan tamu di Kantor Bupati, karena kurir kami sudah dua kali tidak diizinkan masuk tanpa penjelasan dan dokumen akhirnya tidak sampai. Jika memang ada pos penerimaan khusus atau jam tertentu, mohon diinformasikan agar tidak terulang.\n\nHormat kami,\nRatna Sari\nCorporate Secretary\nPT Kaltim Prima Logistik\n\n-----Original Message-----\nFrom: Joko (kurir)\nSent: Rabu, 12 Maret 2025 11:40\nTo: Ratna Sari\nSubject: Pengantaran dokumen ke Kantor Bupati ditolak\n\nBu, tadi sy sampai di pos satpam kantor bupati jam 10. Sy bilang mau antar dokumen, satpam tanya ada janji atau tdk, sy bilang cuma antar. Sy disuruh balik dan titip di luar, tapi tidak ada buku tamu, tidak ada tanda terima. Sy tdk berani titip krn dokumen asli. Jadi sy bawa pulang lagi bu.",
    ),
    Case(
        "email",
        "umum",
        "Selamat siang,\n\nSaya staf UPT Puskesmas Rapak Mahang, Tenggarong. Selasa kemarin (11/3) saya mengikuti rapat di ruang rapat lantai 2 Kantor Bupati. Tas laptop hitam merek Targus berisi laptop kantor dan beberapa berkas tertinggal di bawah kursi baris ketiga. Waktu saya kembali jam 4 sore ruangan sudah dikunci dan satpam tidak tahu siapa yang memegang kunci.\n\nMohon dibantu mengecek apakah tas tersebut ditemukan oleh petugas kebersihan atau keamanan, dan ke mana saya bisa mengambilnya. Laptop itu berisi data pelayanan kami.\n\nTerima kasih banyak.\n\nNovita Sari\nPengelola Program Gizi\nHP 0813 4766 2018",
    ),
    Case(
        "email",
        "umum",
        "Kepada Yth.\nPengelola Kompleks Kantor Bupati Kutai Kartanegara\n\nAssalamualaikum wr. wb.\n\nSaya Ketua RT 15 Kelurahan Panji, yang rumah-rumah warganya berbatasan dengan pagar belakang kompleks Kantor Bupati. Ada dua hal yang ingin kami sampaikan:\n\n1. Pohon besar di dalam pagar belakang sudah condong ke arah rumah warga dan dahan-dahannya kering. Kalau ada angin kencang kami takut tumbang menimpa rumah;\n2. Lampu sepanjang pagar belakang sudah lebih dari sebulan mati semua. Malam hari sangat gelap dan beberapa kali ada anak muda nongkrong dan memanjat pagar.\n\nKami mohon pohon tersebut dipangkas atau ditebang dan lampu pagar diperbaiki.\n\nWassalamualaikum wr. wb.\n\nHormat kami,\nH. Masrani\nKetua RT 15 Kel. Panji",
    ),
    Case(
        "whatsapp",
        "umum",
        "Siang pak, mau tanya ruang rapat di lantai 3 kantor bupati bisa dipinjam hari sabtu gk ya? Utk rapat pengurus karang taruna kecamatan, kira2 40 org. Kalo bisa syaratnya apa aja dan suratnya ditujukan ke siapa. Mksh",
    ),
    Case(
        "whatsapp",
        "umum",
        "assalamualaikum min. lift di gedung kantor bupati mati lagi dr senin. td sy liat ibu2 yg udah sepuh naik tangga ke lantai 4 sambil dituntun. udh bbrp kali begini. tolong cepet dibenerin",
    ),
    Case(
        "web",
        "umum",
        "Kami dari Koperasi Karyawan sebuah perusahaan di Tenggarong. Minggu lalu kami mengantar surat permohonan data ke Kantor Bupati, tetapi di meja penerimaan surat ditolak dan dikatakan semua surat harus dikirim secara elektronik lewat aplikasi. Di situs resmi tidak ada petunjuk aplikasi apa dan bagaimana pihak luar bisa mengirim surat. Mohon dijelaskan bagaimana tata cara yang benar mengirim surat ke Kantor Bupati bagi instansi swasta.",
    ),
    Case(
        "web",
        "umum",
        "Motor saya Honda Beat hitam KT 3xxx hilang di parkiran motor samping Kantor Bupati hari Rabu 19 Maret antara jam 9 sampai jam 11. Waktu saya lapor ke pos satpam, katanya CCTV di area parkir motor sudah lama rusak. Sudah saya laporkan ke polsek, tapi saya mohon rekaman CCTV yang lain diperiksa dan keamanan parkir diperbaiki karena ini bukan kejadian pertama.",
    ),
    Case(
        "sms",
        "umum",
        "AC ruang tunggu tamu lt 1 kantor bupati mati, jendela tdk bs dibuka, pengap sekali. Byk tamu lansia. Mhn diperbaiki. Trims",
    ),
    Case(
        "telegram",
        "umum",
        "Selamat pagi. Sy warga Kel. Baru Tenggarong. Tiap pagi jam 6.30 ada mobil dinas plat merah yg stiker setda dipakai antar anak sekolah ke SD dekat rumah sy, sorenya jemput lagi, kadang ibunya ke pasar. Apa memang mobil dinas boleh buat antar jemput keluarga? Nomor polisinya bisa sy kirim",
    ),
]

_PROKOM = [
    Case(
        "email",
        "prokom",
        "PEMERINTAH DESA KEDANG IPIL\nKECAMATAN KOTA BANGUN\nKABUPATEN KUTAI KARTANEGARA\n\nNomor     : 003/045/DS-KI/III/2025\nLampiran  : 1 (satu) eksemplar susunan acara\nPerihal   : Undangan\n\nKepada Yth.\nBapak Bupati Kutai Kartanegara\ndi -\n        Tenggarong\n\nDengan hormat,\n\nDalam rangka pelestarian adat dan budaya Kutai Adat Lawas, Pemerintah Desa Kedang Ipil bersama lembaga adat akan menyelenggarakan Festival Budaya Nutuk Beham Tahun 2025 yang insyaallah akan dilaksanakan pada:\n\nHari/Tanggal : Sabtu, 17 Mei 2025\nWaktu        : 09.00 WITA s.d. selesai\nTempat       : Lapangan Desa Kedang Ipil\n\nSehubungan dengan hal tersebut, kami mengharapkan kehadiran Bapak Bupati untuk membuka secara resmi kegiatan tersebut sekaligus memberikan sambutan di hadapan masyarakat.\n\nMengingat jarak tempuh, kami siap membantu pengaturan perjalanan dan penyambutan rombongan. Mohon kiranya dapat dikonfirmasi kesediaan Bapak atau pejabat yang mewakili.\n\nDemikian undangan ini kami sampaikan, atas perhatian dan kehadiran Bapak diucapkan terima kasih.\n\nKepala Desa Kedang Ipil,\n\n\nSYAHRUDIN\n\nCP: Sekdes (Rudi) 0852 4680 1133",
    ),
    Case(
        "email",
        "prokom",
        "Perihal: Permohonan Audiensi\n\nKepada Yth.\nBapak Bupati Kutai Kartanegara\nmelalui Sekretariat Daerah\ndi Tenggarong\n\nDengan hormat,\n\nLembaga Penelitian dan Pengabdian kepada Masyarakat Universitas Kutai Kartanegara telah menyelesaikan kajian 'Pemetaan Potensi Wisata Sungai di Kawasan Danau Semayang, Melintang, dan Jempang' yang dilaksanakan sepanjang tahun 2024.\n\nKami bermaksud memaparkan hasil kajian tersebut secara langsung kepada Bapak Bupati dalam sebuah audiensi singkat, sekitar 45 menit, dengan rombongan tidak lebih dari enam orang. Kami sangat menyesuaikan dengan waktu yang Bapak tentukan pada bulan April atau Mei 2025.\n\nMohon informasi mengenai prosedur dan jadwal yang memungkinkan.\n\nDemikian permohonan ini kami sampaikan. Atas perkenan Bapak kami ucapkan terima kasih.\n\nHormat kami,\nKetua LPPM Unikarta,\n\n\nDr. Hj. Siti Rahmah, M.Si.\nNIDN 1123047801\nTelp. 0541 661 xxx / 0812 5312 0887",
    ),
    Case(
        "email",
        "prokom",
        "Subject: Media kami tidak pernah diundang peliputan\n\nSelamat siang Bapak/Ibu,\n\nSaya Reza, pemimpin redaksi media daring lokal yang berbasis di Tenggarong dan sudah terverifikasi Dewan Pers sejak 2023. Kami sudah beberapa kali mengirim permohonan agar wartawan kami dimasukkan dalam daftar media yang menerima jadwal kegiatan dan undangan konferensi pers Bupati, tapi tidak pernah ada jawaban.\n\nSementara itu beberapa media lain selalu mendapat informasi lebih dulu dan rilis resmi. Kami hanya minta perlakuan yang sama: bagaimana prosedur agar media kami terdaftar, dan ke mana kami bisa meminta rilis serta foto kegiatan resmi.\n\nTerima kasih.\n\nReza Firmansyah\nPemred Kukarpost.id\nHP 0811 5544 2190",
    ),
    Case(
        "email",
        "prokom",
        "Mohon maaf mengganggu lagi.\n\nBalasan Bapak/Ibu tanggal 20 Februari mengatakan permohonan audiensi kami sedang dijadwalkan. Sekarang sudah lebih dari tiga minggu dan belum ada kabar sama sekali, padahal anggota kelompok kami dari Kembang Janggut dan Tabang sudah siap berangkat kapan pun dipanggil. Kami sudah dua kali datang ke Kantor Bupati tapi hanya disuruh menunggu telepon.\n\nKami hanya ingin kepastian apakah Bapak Bupati berkenan menerima kami, dan kalau bisa kisaran tanggalnya agar kami bisa mengatur biaya perjalanan.\n\nHormat kami,\nYohanes Lalung\nKetua Forum Masyarakat Adat Hulu Mahakam\n\nPada Kam, 20 Feb 2025 pukul 08.47, Layanan Pengaduan Setda Kukar menulis:\n> Yth. Bapak Yohanes Lalung,\n> Permohonan audiensi Bapak sudah kami terima dan sedang dalam proses penjadwalan. Kami akan menghubungi Bapak kembali.\n> Salam.",
    ),
    Case(
        "email",
        "prokom",
        "Subject: Undangan Peresmian Kantor Cabang dan Gudang PT Sungai Kencana Logistik\n\nYth. Bapak/Ibu di Sekretariat Daerah Kutai Kartanegara,\n\nDengan hormat, kami dari PT Sungai Kencana Logistik akan meresmikan kantor cabang dan gudang baru kami di Kelurahan Muara Jawa Pesisir, Kecamatan Muara Jawa, pada Rabu, 23 April 2025 pukul 10.00 WITA.\n\nKami dengan hormat bermaksud mengundang Bapak Bupati untuk hadir dan berkenan meresmikan sekaligus memberi sambutan singkat. Undangan resmi bertanda tangan direksi kami lampirkan dalam format PDF.\n\nKami mohon petunjuk mengenai prosedur penyampaian undangan kepada Bapak Bupati, apakah perlu kami antar langsung, dan siapa yang dapat kami hubungi untuk koordinasi susunan acara dan tata upacara.\n\nTerima kasih atas bantuannya.\n\nSalam hormat,\nMeliana Tan\nCorporate Communication\nPT Sungai Kencana Logistik\n+62 812 5390 7714",
    ),
    Case(
        "email",
        "prokom",
        "Assalamualaikum wr. wb.\n\nYth. Bapak/Ibu di Pemkab Kukar,\n\nSaya wali kelas XII di MA Negeri Tenggarong. Sekolah kami sudah mengirim undangan kepada Bapak Bupati untuk acara pelepasan siswa kelas XII tanggal 5 Mei, tetapi kami mendapat kabar bahwa pada tanggal itu Bapak ada agenda ke Jakarta.\n\nAnak-anak sangat berharap mendapat pesan dari Bapak Bupati. Apakah memungkinkan Bapak mengirimkan video sambutan singkat atau sambutan tertulis yang bisa dibacakan pada acara tersebut? Kalau memungkinkan, kepada siapa kami harus mengajukan dan berapa lama prosesnya?\n\nTerima kasih atas perhatiannya.\n\nWassalamualaikum wr. wb.\nNurhasanah, S.Pd.I.\nWali Kelas XII IPA 1\n0852 4733 1905",
    ),
    Case(
        "email",
        "prokom",
        "Subject: Komentar saya dihapus dan akun saya diblokir\n\nSelamat malam,\n\nSaya warga Tenggarong Seberang. Minggu lalu di unggahan akun Instagram resmi Bupati tentang peresmian jalan, saya menulis komentar sopan menanyakan kenapa jalan di desa kami belum juga diperbaiki. Komentar saya dihapus dalam hitungan menit, dan besoknya akun saya tidak bisa lagi berkomentar, sepertinya diblokir. Beberapa teman yang bertanya hal serupa juga dihapus, sementara komentar pujian dibiarkan.\n\nAkun resmi pimpinan daerah seharusnya terbuka untuk masukan masyarakat. Saya mohon admin akun tersebut diberi pengertian dan blokir terhadap akun saya dibuka.\n\nTerima kasih.\n\nArif Budiman",
    ),
    Case(
        "email",
        "prokom",
        "Subject: Fwd: video viral pernyataan Bupati soal honorer\n\nYth. Admin Pengaduan Setda Kukar,\n\nMohon maaf, kami dari Pemerintah Desa Embalut meneruskan pesan yang sedang beredar luas di grup-grup WhatsApp warga kami. Isinya potongan video yang disebut sebagai pernyataan Bapak Bupati bahwa semua tenaga honorer desa akan diberhentikan bulan depan. Warga dan perangkat desa resah dan terus bertanya kepada kami.\n\nKami mohon ada klarifikasi resmi atau rilis dari pemerintah kabupaten apakah video itu benar atau tidak, supaya bisa kami sebarkan kembali ke warga.\n\nTerima kasih.\nSekretaris Desa Embalut\nKec. Tenggarong Seberang\n\n---------- Forwarded message ---------\nFrom: +62 852-xxxx-xxxx\nDate: Sab, 15 Mar 2025\n\nINFO PENTING!!! Bupati Kukar resmi umumkan honorer desa diberhentikan semua mulai April. Sebarkan ke keluarga!!! [video 0:42]",
    ),
    Case(
        "email",
        "prokom",
        "Perihal: Permohonan Kesediaan Menjadi Pembicara Utama\n\nKepada Yth.\nBapak Bupati Kutai Kartanegara\ndi Tenggarong\n\nDengan hormat,\n\nDewan Pimpinan Daerah Komite Nasional Pemuda Indonesia (KNPI) Kabupaten Kutai Kartanegara akan menyelenggarakan Dialog Kepemudaan dengan tema 'Pemuda Kukar Menyongsong Ibu Kota Nusantara' pada Sabtu, 10 Mei 2025 di Gedung Serbaguna Tenggarong, dengan peserta sekitar 500 pemuda dari 20 kecamatan.\n\nKami memohon kesediaan Bapak Bupati untuk hadir sebagai pembicara utama (keynote speaker) dan membuka acara secara resmi.\n\nDemikian permohonan kami, atas perhatian dan kesediaan Bapak kami ucapkan terima kasih.\n\nKetua DPD KNPI Kukar,\n\n\nAchmad Fauzan, S.H.\n\nSekretaris,\n\n\nYuliana Dewi, S.Sos.",
    ),
    Case(
        "whatsapp",
        "prokom",
        "bang, rilis kegiatan pak bupati kemarin di muara badak kok blm ada di web pemkab ya? kami dr media online mau kutip tp takut salah kutip. foto2 resminya jg bisa minta gk bang",
    ),
    Case(
        "whatsapp",
        "prokom",
        "Assalamualaikum pak, kami kelompok tani dr Desa Tani Harapan Loa Janan pengen ketemu langsung sama pak bupati, mau menyampaikan aspirasi petani. Gimana caranya daftar audiensi ya pak? Hrs bikin surat dulu atau bisa lewat sini",
    ),
    Case(
        "web",
        "prokom",
        "Pada upacara peringatan hari jadi kabupaten kemarin, tokoh-tokoh adat dari desa kami yang diundang resmi tidak disediakan tempat duduk, mereka berdiri di belakang tenda selama acara padahal sudah sepuh. Sementara banyak kursi undangan diisi orang yang bukan undangan. Kami mohon penataan tempat duduk dan penyambutan tamu undangan pada acara resmi pemerintah diperbaiki ke depannya.",
    ),
    Case(
        "web",
        "prokom",
        "Saya mahasiswa jurnalistik dan anggota redaksi majalah kampus. Kami ingin melakukan wawancara tertulis atau langsung dengan Bapak Bupati untuk edisi khusus tentang pembangunan wilayah hulu Mahakam. Bagaimana prosedurnya dan kepada siapa kami harus mengirimkan daftar pertanyaan?",
    ),
    Case(
        "sms",
        "prokom",
        "Asw pak. Kami warga ds Tanjung Limau Muara Badak mau undang pak bupati di acara syukuran kampung bln depan. Gmn cara ngundangnya, surat dikirim kemana? Tks",
    ),
    Case(
        "telegram",
        "prokom",
        "Selamat siang admin. Di video sambutan Bupati yg diunggah di kanal youtube resmi pemkab hari Senin, nama desa kami disebut dan ditulis 'Desa Sebuntar' padahal yg benar Sebuntal, Kec. Marangkayu. Warga jadi bahan candaan. Mohon diralat keterangan videonya ya",
    ),
]

_PERENCANAAN_KEUANGAN = [
    Case(
        "email",
        "perencanaan_keuangan",
        "CV DAPUR BUNDA TENGGARONG\nJasa Boga dan Katering\nJl. Patin No. 7, Kelurahan Melayu, Tenggarong\n\nNomor     : 12/DBT/III/2025\nLampiran  : 4 (empat) lembar\nPerihal   : Penagihan Pembayaran\n\nKepada Yth.\nSekretaris Daerah Kabupaten Kutai Kartanegara\ndi Tenggarong\n\nDengan hormat,\n\nBersama ini kami sampaikan bahwa CV Dapur Bunda Tenggarong telah melaksanakan pesanan makan dan minum rapat untuk kegiatan di lingkungan Sekretariat Daerah Kabupaten Kutai Kartanegara pada bulan Oktober dan November 2024, sesuai surat pesanan yang kami terima.\n\nSeluruh dokumen tagihan (kuitansi, faktur, berita acara serah terima, dan daftar hadir) telah kami serahkan pada tanggal 6 Desember 2024. Namun sampai dengan surat ini kami buat, pembayaran sebesar Rp 86.450.000,- belum kami terima.\n\nSebagai usaha kecil, keterlambatan ini sangat berat bagi kami karena bahan baku dibeli dengan modal pinjaman dan gaji pekerja harus tetap dibayar. Kami mohon kiranya Bapak berkenan memberikan kepastian waktu pembayaran tagihan tersebut.\n\nDemikian kami sampaikan, atas perhatian Bapak kami ucapkan terima kasih.\n\nHormat kami,\n\n\nHj. Nor Aisyah\nPemilik\nHP 0813 5011 7788",
    ),
    Case(
        "email",
        "perencanaan_keuangan",
        "Subject: Sisa pembayaran cetak buku agenda dan kalender Setda\n\nYth. Bapak/Ibu,\n\nKami Percetakan Mahakam Grafika Loa Janan. Pada Desember 2024 kami mengerjakan pencetakan buku agenda dan kalender dinas untuk Sekretariat Daerah Kukar. Barang sudah diserahkan lengkap dan ditandatangani berita acaranya.\n\nPembayaran yang kami terima bulan Januari ternyata baru sebagian, yaitu sekitar 60%. Ketika kami tanyakan, jawabannya sisa akan dibayar 'nanti di anggaran tahun ini' tanpa ada surat atau kepastian tanggal. Sampai sekarang belum ada kabar.\n\nMohon penjelasan kapan sisa pembayaran itu dapat dicairkan dan apakah ada dokumen yang masih perlu kami lengkapi.\n\nTerima kasih.\n\nSalam,\nGunawan Wibisono\nMahakam Grafika\n0541 6xx xxx / 0812 5800 6612",
    ),
    Case(
        "email",
        "perencanaan_keuangan",
        "Selamat pagi,\n\nMenanggapi balasan sebelumnya: sudah lebih dari dua bulan sejak dikatakan berkas kami 'sedang diverifikasi', dan belum ada perkembangan. Kami sudah tiga kali datang ke kantor untuk melengkapi kekurangan yang diminta, terakhir fotokopi rekening koran yang sebenarnya sudah kami serahkan sejak awal.\n\nTagihan sewa perangkat komputer dan printer untuk ruang-ruang kerja Sekretariat Daerah periode Juli–Desember 2024 ini nilainya cukup besar bagi kami dan pajaknya sudah kami setor duluan. Mohon kepastian kapan dana bisa ditransfer.\n\nTerima kasih,\nSamsul Bahri\nCV Mitra Komputindo Tenggarong\n\nPada 8 Januari 2025 10.02, Layanan Pengaduan Setda Kukar menulis:\n> Yth. Bapak Samsul Bahri,\n> Terkait tagihan Bapak, berkas saat ini sedang dalam proses verifikasi. Mohon kesediaan Bapak untuk menunggu.\n> Terima kasih.",
    ),
    Case(
        "email",
        "perencanaan_keuangan",
        "Yth. Admin Layanan Pengaduan Sekretariat Daerah Kutai Kartanegara,\n\nSaya Dr. Hendrik Silalahi, dosen Fakultas Hukum Universitas Mulawarman. Pada tanggal 14 November 2024 saya menjadi narasumber dalam Focus Group Discussion yang diselenggarakan Sekretariat Daerah di Tenggarong, berdasarkan surat permintaan resmi yang saya terima.\n\nSaat itu disampaikan bahwa honorarium narasumber akan ditransfer paling lambat akhir Desember. Sampai hari ini saya belum menerima apa pun. Data rekening, NPWP, dan salinan KTP sudah saya serahkan kepada panitia di lokasi.\n\nSaya tidak ingin mempersoalkan besarannya, namun mohon kejelasan apakah honorarium tersebut masih akan dibayarkan, dan jika sudah dibayar, ke rekening mana serta berapa potongan pajaknya, karena saya perlu untuk pelaporan SPT.\n\nTerima kasih atas perhatiannya.\n\nHormat saya,\nHendrik Silalahi\n0811 5530 2214",
    ),
    Case(
        "email",
        "perencanaan_keuangan",
        "Subject: TPP Januari - Maret belum dibayar\n\nAssalamualaikum,\n\nSaya staf pelaksana di salah satu bagian di lingkungan Sekretariat Daerah, bertugas mendampingi acara-acara pimpinan. Sampai pertengahan Maret ini, tambahan penghasilan pegawai kami untuk bulan Januari dan Februari belum dibayarkan, padahal teman-teman ASN di beberapa dinas lain sudah menerima.\n\nKami sudah bertanya ke bendahara bagian, jawabannya masih menunggu proses di Setda dan tidak tahu kapan. Banyak rekan kami yang mengandalkan TPP untuk cicilan rumah dan biaya sekolah anak.\n\nMohon penjelasan apa kendalanya dan kapan kira-kira dibayarkan.\n\nWassalamualaikum,\nM. Taufik\nNIP 19910705 201503 1 002",
    ),
    Case(
        "email",
        "perencanaan_keuangan",
        "Selamat siang Bapak/Ibu,\n\nSaya pegawai di lingkungan Sekretariat Daerah Kukar. Pada tanggal 3-6 Desember 2024 saya melaksanakan perjalanan dinas ke Jakarta berdasarkan surat tugas Sekretaris Daerah. Semua biaya tiket pesawat dan hotel saya talangi dulu dengan uang pribadi, total sekitar Rp 9,8 juta.\n\nSeluruh bukti (boarding pass, tiket, invoice hotel, laporan perjalanan, SPPD yang sudah dicap di tempat tujuan) sudah saya serahkan ke bendahara pada 10 Desember. Sampai sekarang penggantian biaya perjalanan itu belum dibayar, dan alasannya selalu 'anggaran tahun lalu sudah tutup'.\n\nApakah perjalanan dinas tahun lalu masih bisa diganti tahun ini, dan bagaimana prosedurnya? Saya mohon kepastian karena jumlahnya cukup besar bagi saya.\n\nTerima kasih,\nDian Permatasari\nNIP 19930322 201902 2 004",
    ),
    Case(
        "email",
        "perencanaan_keuangan",
        "Subject: FW: Outstanding invoice Sekretariat Daerah Kab. Kutai Kartanegara\n\nDear Bapak/Ibu,\n\nMohon bantuan untuk tagihan di bawah ini. Kami sudah beberapa kali menghubungi nomor yang tercantum di surat pemesanan namun tidak ada tanggapan.\n\nTerima kasih,\nSteven Wijaya\nFront Office Manager\nHotel Grand Mahakam Tenggarong\n\n---------- Forwarded message ---------\nFrom: Finance Hotel Grand Mahakam <finance@grandmahakam.co.id>\nTo: Steven Wijaya\nDate: Tue, 11 Mar 2025 09:15\nSubject: Outstanding invoice Sekretariat Daerah Kab. Kutai Kartanegara\n\nPak Steven,\nInvoice No. INV/GMT/2411/0087 atas nama Sekretariat Daerah Kab. Kukar untuk kamar tamu dan paket meeting tanggal 20-22 November 2024 senilai Rp 47.300.000 sudah lewat 100 hari dari jatuh tempo. Mohon dibantu follow up ke pihak Setda karena harus kita tutup di laporan kuartal ini.\nTerima kasih,\nFinance",
    ),
    Case(
        "email",
        "perencanaan_keuangan",
        "Pak/Bu mohon maaf mau tanya,\n\nSaya PPPK yg baru diangkat Januari kemarin dan ditempatkan di Sekretariat Daerah. Gaji bulan Januari dan Februari saya sampai sekarang belum masuk sama sekali, sementara teman seangkatan yg di dinas lain sudah terima rapelan. Saya sudah setor semua berkas ke bagian kepegawaian dan bendahara.\n\nMohon info kapan dibayarkan ya pak bu, sudah 3 bulan kerja pakai ongkos sendiri dari Loa Kulu.\n\nTerima kasih\nRini\n\nDikirim dari iPhone saya",
    ),
    Case(
        "email",
        "perencanaan_keuangan",
        "Yth. Admin,\n\nSaya bendahara pengeluaran pembantu di salah satu bagian Sekretariat Daerah yang menangani urusan desa dan kecamatan. Mohon izin menyampaikan kendala yang kami alami.\n\nPertanggungjawaban penggunaan uang kegiatan kami untuk bulan Januari sudah tiga kali dikembalikan oleh verifikator dengan catatan yang berbeda-beda setiap kali: pertama soal format kuitansi, kedua soal tanda tangan daftar hadir, ketiga soal stempel toko, padahal pada pengembalian pertama tidak disebutkan. Akibatnya pengajuan uang untuk kegiatan bulan berikutnya ikut tertahan dan kegiatan rapat ke kecamatan terpaksa ditunda.\n\nKami mohon ada daftar periksa yang jelas dan baku agar dokumen pertanggungjawaban cukup diperbaiki satu kali.\n\nTerima kasih.\nSiti Aminah\nNIP 19880411 201001 2 003",
    ),
    Case(
        "whatsapp",
        "perencanaan_keuangan",
        "Siang pak. Sy pemilik usaha sewa tenda & sound system. Bulan Agustus thn lalu kami pasang tenda dan sound utk acara di halaman kantor bupati atas pesanan setda. Sampai skrg tagihannya blm dibayar, tiap ditanya katanya nunggu anggaran perubahan. Ini sdh ganti tahun pak. Mohon kejelasannya",
    ),
    Case(
        "whatsapp",
        "perencanaan_keuangan",
        "Assalamualaikum min, sy sopir honorer di setda. honor bulan februari kok blm cair ya, biasanya tgl 5 udh masuk. ini udh tgl 20. anak sy mau bayar uang sekolah. mohon info",
    ),
    Case(
        "web",
        "perencanaan_keuangan",
        "Saya pegawai Sekretariat Daerah yang menjadi panitia acara peringatan hari jadi kabupaten bulan September lalu. Kami lembur hampir dua minggu termasuk Sabtu Minggu sesuai surat perintah lembur, tapi uang lembur dan honor panitia belum dibayarkan sampai sekarang. Kami sudah tanya berulang kali, jawabannya tidak jelas. Mohon kepastian apakah masih akan dibayar.",
    ),
    Case(
        "web",
        "perencanaan_keuangan",
        "Saya guru SMA di Tenggarong dan tahun lalu diminta menjadi juri lomba pidato pelajar yang diselenggarakan Sekretariat Daerah. Waktu itu dijanjikan honor juri akan ditransfer seminggu setelah acara. Sudah lima bulan belum ada. Saya sudah mengirim nomor rekening dua kali ke panitia. Mohon dibantu ditanyakan ke bagian keuangannya.",
    ),
    Case(
        "sms",
        "perencanaan_keuangan",
        "Slmt siang. Sy rekanan setda utk servis AC ruangan kantor bupati. Tagihan okt-des 2024 blm cair smp skrg, berkas sdh lengkap di bendahara. Mhn info kpn dibayar. Herman 0812xxxx",
    ),
    Case(
        "telegram",
        "perencanaan_keuangan",
        "Min, sy staf setda. Uang harian perjalanan dinas ke Kembang Janggut & Tabang bln januari blm dibayar. Kwitansi & laporan sdh di bendahara sejak awal februari. Kira2 kpn cair ya",
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
