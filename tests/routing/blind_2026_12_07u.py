# ruff: noqa: E501
"""Blind set written 2026-12-07 (twenty-first of the day) for issue 16: ordinary weekdays at the desk, written by people of very different education: careful formal Indonesian, speech written down, a few nouns and a place, several repetitive paragraphs; questions ("kenapa ...?", "apa benar ...?"), reports of what happened, requests for a document, a meeting, a decision or an explanation. 15 cases per section; per section 4 email, 3 whatsapp, 3 web, 2 sms, 2 telegram, 1 twitter (48 email, 36 each of whatsapp and web, 24 each of sms and telegram, 12 twitter). Written by two helper sessions, six sections each, with the same instructions, and joined into this file unread.

Written without reading config.yaml, routing/ or tests/routing/; each case is labelled only from
the mandates in docs/sections.md.

Scored ONCE, blind, with the rules of main 2182fd1 (this file committed unread in that commit), on
2026-12-07, after the changes tuned on 2026-12-07n to t and the request bonus: 168/180 correct =
93.3% (Wilson 95% interval 88.7%-96.1%), 2 fallbacks. Per channel: email 44/48 = 91.7%, sms
24/24, telegram 22/24, twitter 12/12, web 32/36, whatsapp 34/36. The rules of 1ca627b (the
session's start) place 165/180 (email 42/48): the day's changes gained #53, #120 and #137 and
lost none.
The errors (index in CASES, label -> got): #13 pemerintahan -> fallback, #15 kesra ->
perencanaan_keuangan, #17 kesra -> perencanaan_keuangan, #18 kesra -> perencanaan_keuangan, #66
perekonomian -> sda, #68 perekonomian -> kesra, #69 perekonomian -> pbj, #83 sda -> perekonomian,
#124 organisasi -> fallback, #128 organisasi -> kesra, #148 umum -> adpem, #168
perencanaan_keuangan -> organisasi.
"""

from __future__ import annotations

from tests.routing.case import Case

_E = Case

_PEMERINTAHAN = [
    _E(
        "email",
        "pemerintahan",
        "Perihal: Permohonan fasilitasi penegasan batas Desa Loa Duri Ilir dan Desa Loa Duri Ulu\n\nYth. Bapak/Ibu Pejabat di lingkungan Sekretariat Daerah Kabupaten Kutai Kartanegara,\n\nDengan hormat, saya yang bertanda tangan di bawah ini, pensiunan ASN Pemkab Kukar, saat ini tinggal di RT 07 Desa Loa Duri Ilir, Kecamatan Loa Janan. Sejak pertengahan tahun lalu terjadi perbedaan pendapat antara warga kami dan warga Desa Loa Duri Ulu mengenai letak batas kedua desa di sekitar jalan poros Samarinda-Tenggarong. Patok lama yang dipasang pada tahun 2009 sudah tidak ditemukan, sedangkan peta yang dipegang masing-masing kepala desa berbeda kurang lebih 300 meter. Akibatnya, sekitar 40 kepala keluarga tidak jelas harus mengurus surat pengantar ke desa yang mana, dan pungutan PBB pun ditagih dua kali.\n\nSehubungan dengan hal tersebut, kami memohon agar Pemerintah Kabupaten berkenan memfasilitasi pertemuan kedua pemerintah desa beserta BPD dan tokoh masyarakat, dilanjutkan dengan penelusuran dan penegasan batas di lapangan.\n\nAtas perhatian Bapak/Ibu, kami ucapkan terima kasih.\n\nHormat saya,\nDrs. H. Abdul R.\nNIP (purn.) 19580312 198303 1 004",
    ),
    _E(
        "email",
        "pemerintahan",
        "Yth. Admin Aduan Setda Kukar\n\nSaya Ketua BPD Desa Sumber Sari, Kecamatan Sebulu. Masa jabatan kepala desa kami berakhir bulan Agustus 2025, tetapi sampai sekarang kami belum menerima surat edaran tentang jadwal pilkades serentak berikutnya. Warga sudah mulai bertanya-tanya apakah desa kami ikut gelombang tahun depan atau akan dipimpin Pj. kepala desa dulu, dan berapa lama.\n\nKami mohon penjelasan resmi mengenai:\n1. jadwal tahapan pilkades serentak gelombang berikutnya;\n2. apakah panitia pemilihan di tingkat desa sudah boleh dibentuk;\n3. siapa yang akan ditunjuk sebagai penjabat jika masa jabatan habis sebelum pemilihan.\n\nInformasi ini penting agar BPD bisa menyiapkan anggaran di APBDes perubahan. Mohon dibalas melalui email ini atau kami diundang untuk berkonsultasi langsung ke Tenggarong.\n\nTerima kasih.\nSuparman\nKetua BPD Desa Sumber Sari",
    ),
    _E(
        "email",
        "pemerintahan",
        "Assalamualaikum wr wb.\n\nMohon maaf kalau tulisan saya panjang. Saya warga Desa Teluk Dalam, Kecamatan Muara Jawa. Sudah hampir dua bulan kantor desa kami lebih sering tutup daripada buka. Kepala desa kami jarang sekali ada di desa, katanya tinggal di Samarinda dan hanya datang kalau ada acara. Kalau kami mau minta tanda tangan surat keterangan usaha atau surat pengantar nikah harus menunggu berhari-hari, kadang seminggu.\n\nSebenarnya banyak masalah di desa kami: jalan ke dermaga rusak, gas elpiji juga susah, tapi yang paling membuat kami kesal adalah kepala desa yang tidak pernah ada. Musyawarah desa tahun ini juga tidak dilaksanakan, jadi kami tidak tahu dana desa dipakai untuk apa. Sekali lagi, kepala desanya tidak pernah di tempat, perangkat desa pun bilang tidak berani memutuskan tanpa beliau.\n\nKami mohon Pemkab melalui camat memanggil dan menegur kepala desa kami supaya kembali menjalankan tugasnya di desa, dan kalau memang melanggar aturan, diberi sanksi sesuai ketentuan. Kami sudah lapor ke kecamatan tapi belum ada tindak lanjut.\n\nTerima kasih,\nwarga RT 03 Teluk Dalam",
    ),
    _E(
        "email",
        "pemerintahan",
        "Re: Permohonan penjelasan status pemekaran Desa Saliki\n\nSelamat siang,\n\nEmail saya tanggal 4 Maret lalu belum mendapat jawaban, jadi saya kirim ulang. Kami warga Dusun Gusung Baru yang sejak 2021 mengusulkan agar dusun kami dimekarkan menjadi desa persiapan terpisah dari Desa Saliki, Kecamatan Muara Badak. Semua berkas sudah kami serahkan ke kecamatan: jumlah penduduk, peta wilayah, berita acara musyawarah, dan persetujuan kepala desa induk.\n\nYang kami minta sederhana: penjelasan sampai di mana proses usulan ini di tingkat kabupaten, apakah ada kekurangan syarat, dan apakah usulan tersebut masih bisa diproses mengingat ada kabar moratorium pembentukan desa baru. Kalau memang tidak bisa, kami juga ingin tahu alasannya secara tertulis.\n\nHormat kami,\nTim Pengusul Desa Persiapan Gusung Baru\n\n-----Original Message-----\nKepada: aduan Setda Kukar\nTanggal: 4 Maret 2025\nPerihal: Permohonan penjelasan status pemekaran Desa Saliki",
    ),
    _E(
        "whatsapp",
        "pemerintahan",
        "Assalamualaikum pian, sy warga RT 12 kel. Loa Ipuh Tenggarong. Ketua RT kami udh meninggal dr thn lalu, smp skrg blm ada pemilihan ketua RT baru 😔 surat2 jd ribet krn gada yg tanda tangan. Gmn caranya biar cepat dipilih yg baru?",
    ),
    _E(
        "whatsapp",
        "pemerintahan",
        "knp kades terpilih di desa kami blm dilantik2? pilkades udh 3 bln lalu, skrg yg mimpin masih pj. warga bingung. desa lebaho ulak, kec kota bangun",
    ),
    _E(
        "whatsapp", "pemerintahan", "patok batas desa Sebulu Ilir sm Sumber Sari dicabut org 🙏 tlg"
    ),
    _E(
        "web",
        "pemerintahan",
        "Siapa yang berwenang menyelesaikan sengketa tanah antara dua desa? Lahan kebun sekitar 60 hektare di perbatasan Desa Sidomulyo dan Desa Bila Talang, Kecamatan Tabang, sama-sama diklaim oleh kedua desa. Masing-masing kepala desa sudah menerbitkan surat keterangan penguasaan tanah untuk warganya di atas lahan yang sama, sehingga sekarang ada dua surat untuk satu bidang. Kami minta pemerintah kabupaten menengahi dan menentukan lahan itu masuk wilayah desa yang mana.",
    ),
    _E(
        "web",
        "pemerintahan",
        "Saya ibu rumah tangga di Desa Bukit Pariaman, Kecamatan Tenggarong Seberang. Mau menyampaikan soal pengangkatan perangkat desa di desa kami. Bulan lalu ada penjaringan kaur keuangan dan kasi pelayanan, tapi yang diangkat ternyata keponakan dan menantu kepala desa, padahal nilai ujian mereka bukan yang tertinggi. Suami saya ikut tes dan nilainya kedua, tapi tidak dipanggil. Hasil ujian juga tidak diumumkan di papan desa.\n\nSaya juga mau sedikit cerita, bansos untuk keluarga kami tahun ini tidak cair, tapi itu nanti saja saya urus sendiri. Yang saya minta sekarang, tolong pengangkatan perangkat desa itu diperiksa ulang oleh kecamatan atau kabupaten, apakah sudah sesuai aturan, dan hasil ujiannya dibuka ke warga. Terima kasih.",
    ),
    _E(
        "web",
        "pemerintahan",
        "Dengan hormat, saya dosen ilmu pemerintahan di salah satu perguruan tinggi di Tenggarong. Untuk keperluan penelitian dan juga karena banyak pertanyaan dari mahasiswa yang tinggal di sana, saya mohon penjelasan mengenai rencana perubahan status beberapa desa di Kecamatan Tenggarong Seberang menjadi kelurahan. Apa dasar pertimbangannya, desa mana saja yang diusulkan, bagaimana nasib kepala desa dan perangkat desa yang sedang menjabat, serta bagaimana pengelolaan aset desa setelah berubah menjadi kelurahan. Bila memungkinkan, saya juga memohon salinan kajian yang sudah dibuat. Terima kasih.",
    ),
    _E(
        "sms",
        "pemerintahan",
        "Pak, ketua RW kami di Jembayan Loa Kulu jg jd kaur desa. boleh kah rangkap begitu? warga protes",
    ),
    _E(
        "sms",
        "pemerintahan",
        "Pilkades di Desa Long Beleh Modang kemarin ricuh, kotak suara dibawa lari. Mohon pemkab turun, pemungutan ulang kah gmn?",
    ),
    _E(
        "telegram",
        "pemerintahan",
        "Assalamualaikum. Ulun warga Desa Muara Muntai Ulu. Kades kami kada pernah bikin musdes, APBDes kada dipasang di baliho, warga kada tahu dana desa dipakai gasan apa haja. Tolong pian suruh kecamatan periksa pemerintah desa kami.",
    ),
    _E(
        "telegram",
        "pemerintahan",
        "apa benar kecamatan samboja mau dipecah jd 2 kecamatan? desa2 mana aja yg masuk kecamatan baru? mohon info resminya",
    ),
    _E(
        "twitter",
        "pemerintahan",
        "Warga Desa Sebuntal Marangkayu KTP Kukar, tp kata org tanahnya masuk Bontang 🤔 kapan tapal batas Kukar-Bontang jelas? #Kukar",
    ),
]

_KESRA = [
    _E(
        "email",
        "kesra",
        "Perihal: Keterlambatan pencairan beasiswa mahasiswa asal Kukar\n\nYth. Bapak/Ibu pengelola layanan aduan Sekretariat Daerah Kutai Kartanegara,\n\nSaya dosen wali pada sebuah universitas negeri di Samarinda. Di kelas perwalian saya terdapat sebelas mahasiswa berKTP Kukar yang dinyatakan lolos seleksi bantuan pendidikan dari Pemerintah Kabupaten untuk tahun akademik 2024/2025. Pengumuman kelulusan sudah terbit bulan Oktober, namun hingga akhir Februari dana belum masuk ke rekening mereka. Beberapa mahasiswa terancam cuti karena tidak sanggup membayar UKT semester genap yang jatuh tempo tanggal 15 Maret.\n\nKami mohon penjelasan mengenai jadwal pencairan yang pasti, serta apakah ada surat keterangan yang dapat kami sampaikan ke bagian keuangan kampus agar pembayaran UKT mahasiswa tersebut dapat ditunda sampai dana cair.\n\nAtas perhatian dan kerja samanya saya ucapkan terima kasih.\n\nSalam,\nDr. Rina M., M.Pd.\nDosen Wali Program Studi Pendidikan Matematika",
    ),
    _E(
        "email",
        "kesra",
        "Yth. Bapak/Ibu di Setda Kukar\n\nKami pengurus Masjid Nurul Yaqin, Desa Bukit Raya, Kecamatan Tenggarong Seberang. Pada bulan Juni 2024 kami sudah memasukkan proposal permohonan bantuan pembangunan masjid ke Pemkab, tembusan ke camat, lengkap dengan RAB Rp 350.000.000, foto kondisi, dan SK kepengurusan. Sampai sekarang kami belum menerima kabar apa pun.\n\nMasjid kami dindingnya retak dan lantai masih semen. Jalan menuju masjid juga rusak parah setiap musim hujan, tapi itu urusan lain. Sebenarnya ada juga perusahaan di dekat desa yang pernah menawarkan bantuan, namun jamaah sepakat lebih dulu menunggu jawaban dari Pemkab karena proposal sudah masuk ke sana.\n\nJadi kami ingin menanyakan: apakah proposal bantuan rumah ibadah kami sudah diverifikasi, apakah ada kekurangan berkas, dan kapan kira-kira bisa direalisasikan. Kalau memang harus diajukan ulang tahun ini, mohon diberitahu persyaratannya.\n\nWassalam,\nH. Mursalin\nKetua Pengurus Masjid Nurul Yaqin",
    ),
    _E(
        "email",
        "kesra",
        "Selamat pagi,\n\nSaya ketua Majelis Taklim Al-Hidayah di Kelurahan Timbau, Tenggarong. Tahun lalu kelompok kami dinyatakan sebagai penerima hibah untuk kegiatan pengajian dan santunan anak yatim sebesar Rp 25.000.000. NPHD sudah kami tandatangani bulan November, rekening atas nama majelis sudah dibuka sesuai syarat, tetapi dananya belum juga ditransfer. Sementara itu kami sudah ditagih membuat laporan pertanggungjawaban, padahal uangnya belum kami terima.\n\nMohon penjelasan apakah hibah kami dibatalkan atau hanya tertunda, dan apa yang harus kami lakukan dengan laporan yang diminta itu.\n\nTerima kasih.\nHj. Siti Aminah",
    ),
    _E(
        "email",
        "kesra",
        "Fwd: Uang pembinaan kafilah MTQ\n\nMohon diteruskan ke pihak yang menangani.\n\n---------- Forwarded message ---------\nDari: Koordinator Kafilah Kecamatan Kota Bangun\n\nAssalamualaikum. Kami kafilah Kecamatan Kota Bangun yang mengikuti MTQ tingkat kabupaten bulan lalu. Alhamdulillah dua peserta kami juara, cabang tilawah remaja putri dan tahfiz 10 juz. Pada saat penutupan disampaikan bahwa uang pembinaan untuk para juara akan ditransfer paling lambat dua minggu. Sekarang sudah lewat enam minggu dan belum ada yang diterima. Pelatih kami juga menanyakan honor pelatihan yang dijanjikan.\n\nTolong dijelaskan kapan uang pembinaan itu dicairkan dan berkas apa saja yang masih harus kami lengkapi. Anak-anak ini akan dikirim ke MTQ provinsi, jadi mereka perlu kepastian.\n\nWassalam,\nUstaz Fahrul",
    ),
    _E(
        "whatsapp",
        "kesra",
        "Assalamualaikum, sy guru ngaji TPA di desa sabintulung muara kaman. insentif guru ngaji dr januari blm cair2 😔 biasanya tiap 3 bln. knp ya? kami udh setor absen ke desa",
    ),
    _E(
        "whatsapp",
        "kesra",
        "min beasiswa S1 anak sy ditolak katanya berkas kurang, pdhl udh lengkap sy scan semua 😭 bs banding gk? gmn caranya",
    ),
    _E(
        "whatsapp",
        "kesra",
        "kpn jadwal manasik haji tingkat kabupaten? ortu sy jamaah berangkat thn ini dr loa janan, blm ada info sama sekali 🙏",
    ),
    _E(
        "web",
        "kesra",
        "Apa benar beasiswa dari Pemkab Kukar tidak berlaku untuk mahasiswa yang kuliah di luar Kalimantan Timur? Anak saya diterima di universitas di Yogyakarta, KTP dan KK kami asli Kecamatan Sebulu sejak lahir. Kalau memang ada ketentuan seperti itu, mohon ditunjukkan aturannya. Kalau tidak, mohon dijelaskan cara mendaftarnya.",
    ),
    _E(
        "web",
        "kesra",
        "Saya ketua kelompok penyandang disabilitas 'Sehati' di Kecamatan Loa Kulu, anggota kami 34 orang. Kami ingin mengajukan bantuan sosial kelompok untuk usaha jahit dan kursi roda bagi anggota yang belum punya. Tahun lalu kami sudah datang ke kantor bupati tapi disuruh bolak-balik ke beberapa kantor.\n\nSekarang ini hidup makin susah, harga beras naik, gas elpiji di tempat kami kadang Rp 40.000, banyak anggota kami yang tidak bisa kerja. Anggota kami juga banyak yang belum tercatat di data bantuan.\n\nYang ingin saya tanyakan: apakah kelompok seperti kami bisa mendapat hibah atau bansos dari Pemkab, apa syaratnya, dan proposalnya ditujukan ke mana? Mohon dibantu, kami sudah lama menunggu.",
    ),
    _E(
        "web",
        "kesra",
        "Selamat siang. Kami jemaat gereja di Desa Kembang Janggut berencana memperluas bangunan gereja karena jemaat sudah bertambah. Kami dengar Pemkab memberikan bantuan untuk rumah ibadah semua agama. Mohon informasi persyaratan dan batas waktu pengajuan proposal tahun 2025, serta apakah proposal harus ada rekomendasi dari Kemenag atau FKUB.",
    ),
    _E(
        "sms",
        "kesra",
        "Pak proposal hibah majelis taklim Al Ikhlas Sebulu sdh masuk bln maret, blm ada kabar smp skrg. mohon dicek",
    ),
    _E(
        "sms",
        "kesra",
        "MTQ kec tabang tinggal 2 mgg, dana pembinaan kafilah blm turun. peserta latihan pake uang sendiri",
    ),
    _E(
        "telegram",
        "kesra",
        "Ulun pengurus langgar di Muara Muntai Ilir. Atap langgar bocor parah, kalau hujan jamaah kada bisa sholat. Bisa kah minta bantuan gasan perbaikan rumah ibadah dari pemkab? syaratnya apa haja? 🙏",
    ),
    _E(
        "telegram",
        "kesra",
        "Anak sy juara 2 olimpiade sains tingkat provinsi, SMA di Tenggarong. ada kah beasiswa prestasi dr pemkab gasan anak sekolah kaya ini? daftarnya kmn",
    ),
    _E(
        "twitter",
        "kesra",
        "Beasiswa Kukar tahap 2 kapan cair min? udah masuk semester baru, UKT harus dibayar minggu depan 😭🙏 #BeasiswaKukar",
    ),
]

_HUKUM = [
    _E(
        "email",
        "hukum",
        "Perihal: Permohonan salinan resmi Peraturan Bupati\n\nKepada Yth.\nPemerintah Kabupaten Kutai Kartanegara\ndi Tenggarong\n\nDengan hormat,\nKami, advokat pada Kantor Hukum Hendra & Rekan yang beralamat di Jl. Imam Bonjol, Tenggarong, bertindak sebagai kuasa hukum klien kami dalam perkara perdata di Pengadilan Negeri Tenggarong. Dalam pembuktian, kami memerlukan salinan autentik Peraturan Bupati Kutai Kartanegara mengenai tata cara pemberian izin lingkungan usaha skala kecil yang terbit pada tahun 2019 beserta perubahannya. Dokumen tersebut tidak tersedia di situs JDIH, sedangkan salinan yang beredar di masyarakat tidak memuat nomor register yang jelas.\n\nSehubungan dengan itu, kami mohon diberikan salinan yang dilegalisasi, atau setidak-tidaknya keterangan tertulis tentang nomor dan tanggal pengundangannya. Kami bersedia memenuhi persyaratan administrasi yang diperlukan.\n\nDemikian permohonan ini kami sampaikan. Atas perhatiannya kami ucapkan terima kasih.\n\nHormat kami,\nHendra S., S.H., M.H.\nAdvokat",
    ),
    _E(
        "email",
        "hukum",
        "Yth. Kepala Bagian terkait di Setda Kukar\n\nKami dari Dinas Perhubungan Kabupaten Kutai Kartanegara sedang menyusun rancangan Peraturan Bupati tentang penataan angkutan sungai dan tambatan perahu di sepanjang Sungai Mahakam. Draf sudah dibahas internal sebanyak dua kali, namun masih ada keraguan mengenai kewenangan kabupaten atas alur sungai yang melintasi beberapa kecamatan, serta apakah pengenaan sanksi administratif dapat diatur dalam Perbup atau harus dengan Perda.\n\nBersama email ini kami lampirkan draf versi 3. Kami mohon dapat dijadwalkan rapat konsultasi dan harmonisasi dengan tim penyusun produk hukum daerah pada minggu ketiga bulan ini, sebelum draf kami ajukan untuk ditetapkan.\n\nAtas kerja samanya diucapkan terima kasih.\n\nKepala Dinas Perhubungan\nKabupaten Kutai Kartanegara",
    ),
    _E(
        "email",
        "hukum",
        "Kepada Yth. Bapak/Ibu di Kantor Bupati Kukar\n\nSaya pensiunan guru, tinggal di Kelurahan Loa Ipuh Darat. Tanah saya seluas 420 m2 bersertifikat hak milik terpakai untuk pelebaran jalan kabupaten tahun 2018 tanpa ganti rugi. Jalannya sendiri sekarang sudah berlubang lagi, drainasenya tersumbat, tapi itu bukan pokok surat saya.\n\nKarena bertahun-tahun tidak ada penyelesaian, pada tahun 2023 saya bersama empat warga lain mengajukan gugatan terhadap Pemerintah Kabupaten di Pengadilan Negeri Tenggarong. Perkara sudah diputus dan kami dimenangkan, putusannya sudah berkekuatan hukum tetap sejak Oktober 2024. Namun sampai hari ini belum ada pelaksanaan putusan, belum ada yang menghubungi kami.\n\nSaya sudah tua dan tidak ingin perkara ini berlarut-larut. Saya mohon dapat dipertemukan dengan pihak Pemkab yang menangani perkara ini, untuk membicarakan bagaimana dan kapan putusan pengadilan tersebut akan dilaksanakan. Sekali lagi, kami hanya minta kepastian pelaksanaan putusan.\n\nHormat saya,\nSoedarsono",
    ),
    _E(
        "email",
        "hukum",
        "Selamat siang,\n\nKami dari sebuah lembaga swadaya masyarakat pemerhati masyarakat adat di Kukar. Kami mendengar Pemkab sedang menyusun Rancangan Peraturan Daerah tentang pengakuan dan perlindungan masyarakat hukum adat, dan rancangan itu sudah masuk program pembentukan Perda tahun ini. Kami ingin berpartisipasi memberi masukan, terutama soal komunitas di hulu Mahakam.\n\nMohon kami diberi salinan naskah akademik dan draf Raperda terbaru, serta informasi jadwal uji publik atau konsultasi publik. Jika memungkinkan, kami juga ingin diundang dalam rapat pembahasannya.\n\nSalam hormat,\nKoordinator Program",
    ),
    _E(
        "whatsapp",
        "hukum",
        "Bang sy mau tanya, ada bantuan hukum gratis kah dr pemkab? sy digugat rentenir soal utang, sy org gak mampu, gak sanggup bayar pengacara 🙏 sy di loa kulu",
    ),
    _E(
        "whatsapp",
        "hukum",
        "web JDIH kukar error trs dr kemarin, perbup ttg tunjangan RT RW gk bisa didownload. tlg dibenerin, sy perlu utk laporan",
    ),
    _E(
        "whatsapp",
        "hukum",
        "ada gak sih perda yg ngatur jam buka tempat karaoke di tenggarong? sebelah rumah sy smp jam 3 pagi 😩 mau tau aturannya dulu sblm lapor",
    ),
    _E(
        "web",
        "hukum",
        "Apa benar Pemkab Kukar kalah gugatan di PTUN Samarinda soal pemberhentian tenaga honorer tahun lalu? Saya salah satu honorer yang diberhentikan. Saya mohon penjelasan: apakah Pemkab mengajukan banding, bagaimana status perkaranya sekarang, dan apakah putusan itu berlaku juga untuk kami yang tidak ikut menggugat.",
    ),
    _E(
        "web",
        "hukum",
        "Saya sopir truk angkutan material di Loa Janan. Katanya sudah ada Peraturan Bupati yang melarang truk angkutan tertentu melintas di jalan kabupaten pada jam sibuk, dan teman saya kemarin ditahan petugas di simpang Jembayan karena dianggap melanggar. Debu dan lubang di jalan gara-gara truk batu bara itu memang parah, saya juga tidak membela, tapi kami truk pasir kok kena juga.\n\nYang saya minta: salinan Perbup itu, dan penjelasan apakah truk pasir termasuk yang dilarang, jam berapa saja, dan apa sanksinya menurut aturan itu. Di JDIH saya cari tidak ketemu. Terima kasih.",
    ),
    _E(
        "web",
        "hukum",
        "Kami keluarga kurang mampu di Desa Jonggon, Kecamatan Loa Kulu. Tanah warisan orang tua kami diklaim tetangga yang memegang surat segel baru, padahal kami yang menguasai sejak 1985. Sekarang kami diancam dilaporkan ke polisi. Kami dengar Pemkab punya program bantuan hukum untuk warga miskin. Mohon informasi cara mengajukannya dan syarat apa saja yang harus disiapkan.",
    ),
    _E(
        "sms",
        "hukum",
        "Mohon info dmn bs dapat salinan Perda RTRW Kukar yg terbaru? utk keperluan kuliah",
    ),
    _E(
        "sms",
        "hukum",
        "sy warga miskin samboja, anak sy ditahan kasus perkelahian, blm ada pengacara. bs dibantu pendampingan hukum dr pemkab?",
    ),
    _E(
        "telegram",
        "hukum",
        "Min, raperda pajak dan retribusi daerah yg baru itu kpn disahkan? katanya pajak warung makan kecil jg kena. draftnya bisa dibaca dmn?",
    ),
    _E(
        "telegram",
        "hukum",
        "Selamat pagi, kami staf Kecamatan Muara Wis. Camat kami digugat warga ke PTUN soal surat keterangan tanah. Kami perlu konsultasi hukum dan pendampingan, siapa yg bisa kami hubungi di Setda?",
    ),
    _E(
        "twitter",
        "hukum",
        "JDIH Kukar kok perbup 2023-2024 blm diupload semua? gimana masyarakat mau tau aturan 🤷‍♂️ #Kukar",
    ),
]

_KERJASAMA = [
    _E(
        "email",
        "kerjasama",
        "Perihal: Permohonan audiensi teknis penyusunan nota kesepahaman\n\nYth. Pemerintah Kabupaten Kutai Kartanegara\n\nDengan hormat,\nFakultas Pertanian salah satu universitas swasta di Balikpapan bermaksud menjalin kerja sama dengan Pemerintah Kabupaten Kutai Kartanegara dalam bidang penelitian, pengabdian kepada masyarakat, dan penempatan mahasiswa KKN tematik di desa-desa pesisir Kecamatan Anggana dan Muara Jawa. Kami telah menyiapkan rancangan nota kesepahaman serta rencana kegiatan tiga tahun.\n\nKami mohon informasi mengenai mekanisme dan persyaratan pengajuan kerja sama dengan perguruan tinggi di lingkungan Pemkab, dokumen apa saja yang perlu dilampirkan, serta kesediaan untuk menerima tim kami dalam pertemuan teknis guna membahas rancangan tersebut, sebelum dijadwalkan penandatanganan.\n\nAtas perhatian Bapak/Ibu kami sampaikan terima kasih.\n\nHormat kami,\nDekan Fakultas Pertanian\nProf. Dr. Ir. Bambang W., M.Si.",
    ),
    _E(
        "email",
        "kerjasama",
        "Kepada Yth. Bapak/Ibu Setda Kukar\n\nSaya Ketua Karang Taruna Desa Sungai Meriam, Kecamatan Anggana. Mohon maaf sebelumnya kalau surat ini agak panjang.\n\nDi sekitar desa kami ada beberapa perusahaan migas yang beroperasi. Setiap tahun kami mendengar ada program tanggung jawab sosial perusahaan, ada bantuan perahu, beasiswa, perbaikan posyandu, sembako. Tapi setiap tahun pula desa kami hanya menonton. Desa tetangga yang lebih dekat ke kantor perusahaan dapat macam-macam, desa kami yang terkena dampak lalu-lalang kapal dan bising kompresor tidak dapat apa-apa. Kami juga sudah lama mengeluh soal jalan desa yang rusak dan abrasi, tapi itu sudah kami sampaikan ke tempat lain.\n\nYang kami minta dari Pemkab: tolong dibuka data penyaluran CSR perusahaan-perusahaan di Kecamatan Anggana per desa selama tiga tahun terakhir, dan tolong Pemkab mengatur supaya pembagiannya adil, termasuk desa kami. Kalau perlu kami siap diundang rapat bersama forum CSR dan perwakilan perusahaan.\n\nHormat kami,\nRusdi\nKetua Karang Taruna Desa Sungai Meriam",
    ),
    _E(
        "email",
        "kerjasama",
        "Yth. Sekretaris Daerah Kabupaten Kutai Kartanegara\nc.q. unit yang menangani kerja sama daerah\n\nMenindaklanjuti pertemuan di Samarinda pada tanggal 12 Februari 2025 mengenai rencana kerja sama antardaerah dalam pengelolaan tempat pemrosesan akhir sampah regional, bersama ini kami sampaikan bahwa tim kami telah menyelesaikan draf perjanjian kerja sama versi kedua. Beberapa hal yang masih perlu disepakati antara lain pembagian biaya operasional, jangka waktu perjanjian, dan mekanisme penyelesaian perselisihan.\n\nKami mohon kesediaan Pemkab Kutai Kartanegara untuk menyampaikan tanggapan tertulis atas draf tersebut paling lambat akhir bulan ini, serta menunjuk narahubung teknis yang dapat dihubungi tim kami.\n\nDemikian kami sampaikan, atas perhatian dan kerja samanya diucapkan terima kasih.\n\nKepala Bagian Kerja Sama\nSekretariat Daerah Kota Samarinda",
    ),
    _E(
        "email",
        "kerjasama",
        "Fwd: Tindak lanjut proposal pelatihan vokasi\n\nSelamat siang Bapak/Ibu,\n\nSaya meneruskan email kami bulan Januari yang belum berbalas. Yayasan kami bergerak di bidang pelatihan keterampilan bagi pemuda putus sekolah dan sudah berjalan di dua kabupaten lain di Kaltim dengan skema perjanjian kerja sama dengan pemerintah daerah. Kami ingin membuka program yang sama di Tenggarong dan Kota Bangun, dengan biaya pelatihan ditanggung donor kami; dari Pemkab kami hanya membutuhkan dukungan tempat dan rekrutmen peserta.\n\nMohon informasi: apakah kerja sama seperti ini cukup dengan perjanjian dengan dinas terkait atau harus ditandatangani Bupati, dan apakah ada format/template perjanjian kerja sama baku yang bisa kami pakai. Kami siap datang ke Tenggarong untuk bertemu.\n\nSalam,\nManajer Program Yayasan",
    ),
    _E(
        "whatsapp",
        "kerjasama",
        "pian, perusahaan sawit di kembang janggut katanya bagi2 bantuan CSR sembako sm semen utk desa2. desa kami kada dapat sama sekali. siapa sbnrnya nang ngatur pembagian CSR tu?",
    ),
    _E(
        "whatsapp",
        "kerjasama",
        "Assalamualaikum, bubuhan pemuda desa kami mau ngajukan bantuan CSR perusahaan gasan bikin lapangan bola. ngajuinnya lewat pemkab atau langsung ke perusahaan? ada forumnya kah? 🙏⚽",
    ),
    _E(
        "whatsapp",
        "kerjasama",
        "apa benar pemkab kukar udh tanda tangan kerjasama sm kota balikpapan soal pasokan air baku? kpn mulai jalan? isi perjanjiannya apa aja",
    ),
    _E(
        "web",
        "kerjasama",
        "Kenapa program TJSL dari BUMN yang beroperasi di Kecamatan Anggana hanya dinikmati desa-desa tertentu saja? Kami di Desa Tani Baru tidak pernah dilibatkan dalam musyawarah penentuan program. Mohon Pemkab menjelaskan bagaimana mekanisme koordinasi program TJSL dengan pemerintah daerah dan apakah desa bisa mengusulkan kegiatan.",
    ),
    _E(
        "web",
        "kerjasama",
        "Selamat siang, saya staf community development di sebuah perusahaan jasa pertambangan yang baru beroperasi di Kecamatan Tenggarong Seberang. Perusahaan kami ingin menyelaraskan program CSR tahun 2025 dengan prioritas pembangunan Pemkab, agar tidak tumpang tindih dengan bantuan pemerintah dan tidak menimbulkan kecemburuan antar desa. Kami juga sedang ikut beberapa tender di Pemkab, tetapi itu kami urus lewat jalur resmi yang lain.\n\nMohon informasi apakah ada forum CSR kabupaten yang bisa kami ikuti, bagaimana cara melaporkan realisasi CSR, dan apakah kami bisa dijadwalkan rapat koordinasi dengan pihak Pemkab bulan depan. Terima kasih.",
    ),
    _E(
        "web",
        "kerjasama",
        "Saya mahasiswa S2 administrasi publik yang sedang meneliti kerja sama pemerintah daerah dengan perguruan tinggi. Saya memohon salinan, atau setidaknya daftar, nota kesepahaman dan perjanjian kerja sama yang ditandatangani Pemkab Kukar dengan universitas dalam lima tahun terakhir, beserta masa berlakunya. Surat pengantar dari kampus bisa saya kirimkan bila diperlukan.",
    ),
    _E(
        "sms",
        "kerjasama",
        "Bantuan CSR sembako dr perusahaan migas di desa kami Muara Badak Ulu cuma dibagi ke keluarga aparat. tlg dicek pembagiannya",
    ),
    _E(
        "sms",
        "kerjasama",
        "kerjasama pemkab dgn pihak swasta utk pengolahan sampah tenggarong udh ditandatangani blm? kok blm ada kabar",
    ),
    _E(
        "telegram",
        "kerjasama",
        "Ulun mau tanya, dana CSR nang dijanjikan perusahaan gasan bangun posyandu di Desa Tanjung Limau kada jadi-jadi. lawas banar sudah, dr 2023. Pemkab bisa kah menagih perusahaan tu?",
    ),
    _E(
        "telegram",
        "kerjasama",
        "Selamat siang, kami dari politeknik di Samarinda. Perjanjian kerja sama magang mahasiswa dgn Pemkab Kukar habis Desember ini, mau diperpanjang. Prosesnya gmn & kontak siapa ya?",
    ),
    _E(
        "twitter",
        "kerjasama",
        "Perusahaan2 besar di Kukar CSR-nya kemana aja sih? Desa2 di Muara Jawa gak kebagian apa2. Pemkab buka dong data penyalurannya #CSR #Kukar",
    ),
]

_PEREKONOMIAN = [
    _E(
        "email",
        "perekonomian",
        "Perihal: Permohonan pertemuan terkait relokasi pedagang Pasar Tangga Arung\n\nYth. Bapak/Ibu di Sekretariat Daerah Kabupaten Kutai Kartanegara\n\nDengan hormat,\nKami Paguyuban Pedagang Pasar Tangga Arung Tenggarong, beranggotakan 187 pedagang, menyampaikan keberatan atas rencana pemindahan sementara pedagang ke lokasi penampungan selama penataan pasar. Sosialisasi baru dilakukan satu kali pada 3 Februari 2025, tanpa kejelasan jumlah lapak di lokasi sementara, besaran sewa, dan jaminan bahwa pedagang lama akan kembali mendapat tempat setelah penataan selesai.\n\nPedagang kami kebanyakan menggantungkan hidup dari berjualan sayur, ikan, dan kebutuhan pokok. Pemindahan tanpa kepastian dapat mematikan usaha mereka dan juga mengganggu pasokan bahan pokok bagi warga.\n\nSehubungan dengan itu, kami memohon diadakan pertemuan antara perwakilan paguyuban dengan instansi terkait untuk membahas jadwal, daftar penempatan, dan biaya, sebelum pemindahan dilaksanakan.\n\nHormat kami,\nKetua Paguyuban Pedagang Pasar Tangga Arung\nH. Syahrani",
    ),
    _E(
        "email",
        "perekonomian",
        "Yth. Bapak Bupati dan jajaran\n\nSaya pensiunan pegawai, tinggal di Desa Loa Kulu Kota. Saya mau menyampaikan soal gas elpiji 3 kg yang sudah berbulan-bulan susah di tempat kami. Di pangkalan selalu dibilang habis, tapi di warung-warung pengecer ada, harganya Rp 40.000 sampai Rp 45.000 per tabung. Padahal setahu saya harga eceran tertinggi jauh di bawah itu. Orang kecil seperti kami yang paling susah.\n\nSaya juga kemarin mengurus surat di kelurahan dimintai uang Rp 50.000 tanpa kuitansi, dan jalan di depan rumah saya berlubang sudah setahun, tapi biarlah itu nanti. Yang paling mendesak gas elpiji ini. Gas ini kebutuhan setiap hari, tidak bisa ditunda. Sekali lagi saya sampaikan, gas 3 kg di Loa Kulu langka dan mahal.\n\nMohon pemerintah memeriksa pangkalan-pangkalan di Loa Kulu, berapa jatahnya dan dijual ke siapa, dan menindak yang menjual ke pengecer dengan harga tinggi. Kalau bisa diadakan operasi pasar elpiji di desa kami.\n\nTerima kasih.\nM. Yusuf",
    ),
    _E(
        "email",
        "perekonomian",
        "Selamat pagi,\n\nSaya pengajar ekonomi pembangunan di Tenggarong. Bersama mahasiswa, kami sedang menyusun kajian tentang kontribusi badan usaha milik daerah terhadap pendapatan asli daerah Kukar periode 2019-2024. Data yang tersedia di internet sangat terbatas dan tidak konsisten antar tahun.\n\nMohon kiranya kami dapat memperoleh ringkasan laporan kinerja dan laporan keuangan BUMD/Perusda milik Pemkab, jumlah dividen yang disetorkan setiap tahun, serta penyertaan modal yang telah diberikan. Kami juga ingin bertanya mengapa beberapa Perusda dilaporkan merugi bertahun-tahun namun tetap mendapat tambahan modal. Jika data tersebut bersifat terbatas, kami mohon penjelasan prosedur permohonan informasinya.\n\nTerima kasih atas perhatiannya.\n\nSalam,\nAndi F., S.E., M.Ec.Dev.",
    ),
    _E(
        "email",
        "perekonomian",
        "Re: Pendampingan UMKM kerupuk ikan Muara Muntai\n\nBapak/Ibu yth,\n\nMembalas email Bapak bulan Desember yang mengatakan kelompok kami akan dimasukkan ke program pendampingan UMKM tahun 2025. Sekarang sudah bulan April. Kami kelompok ibu-ibu pembuat kerupuk ikan di Desa Muara Muntai Ilir, anggota 15 orang. Yang dijanjikan waktu itu: pelatihan kemasan, bantuan mengurus PIRT dan sertifikat halal, dan kesempatan ikut pameran produk di Tenggarong.\n\nSampai sekarang belum ada satu pun yang terlaksana, dan waktu kami tanya ke dinas, katanya menunggu koordinasi dari kabupaten. Mohon dijelaskan, sebenarnya program pendampingan UMKM itu dikoordinasikan siapa, dan kapan kelompok kami mulai didampingi.\n\nTerima kasih,\nBu Nurhayati\nKetua Kelompok Usaha Bersama Kerupuk Ikan",
    ),
    _E(
        "whatsapp",
        "perekonomian",
        "gas melon di samboja kosong udh 3 hari 😡 kalo ada pun 40rb. sy jualan gorengan gk bs masak. tlg lah pak",
    ),
    _E(
        "whatsapp",
        "perekonomian",
        "bu harga cabe di pasar loa janan 120rb/kg, bawang merah 60rb. knp mahal bgt ya? kapan turun 😭",
    ),
    _E(
        "whatsapp",
        "perekonomian",
        "SPBU muara kaman solar antri dr subuh smp siang, truk2 pengangkut sawit borong pake jerigen. kami nelayan sm petani gk kebagian solar. tlg diatur",
    ),
    _E(
        "web",
        "perekonomian",
        "Kenapa harga beras medium di Tenggarong terus naik padahal katanya ada operasi pasar? Di warung dekat rumah sudah Rp 16.500 per kilo. Kapan operasi pasar atau pasar murah diadakan di Kecamatan Sebulu? Mohon jadwalnya diumumkan supaya warga desa bisa datang.",
    ),
    _E(
        "web",
        "perekonomian",
        "Saya ibu dua anak, jualan kue kering dan amplang dari rumah di Kelurahan Sangasanga Dalam. Sudah punya NIB dan ikut kelompok UMKM kelurahan. Tahun lalu saya dengar ada bazar dan pameran UMKM waktu Erau dan ulang tahun kota, tapi informasinya tidak pernah sampai ke kami, tahu-tahu sudah penuh dan yang ikut itu-itu saja.\n\nAnak saya yang besar juga sedang mendaftar beasiswa, tapi itu urusan lain. Saya cuma minta: bagaimana caranya UMKM kecil dari kecamatan jauh bisa ikut bazar atau pameran yang difasilitasi Pemkab, pendaftarannya di mana, dan apakah ada bantuan modal atau alat untuk usaha rumahan. Terima kasih.",
    ),
    _E(
        "web",
        "perekonomian",
        "Pasar baru di Loa Kulu sudah selesai dibangun, tapi pembagian los dan kios tidak adil. Pedagang lama yang sudah berjualan 20 tahun di pasar lama banyak yang tidak kebagian, sedangkan ada orang yang bukan pedagang dapat tiga kios. Kami minta daftar penerima los diumumkan dan pembagiannya dikaji ulang.",
    ),
    _E(
        "sms",
        "perekonomian",
        "Minyak goreng kemasan di Kota Bangun kosong semingguan, ada pun 25rb/ltr. Tlg dicek stoknya",
    ),
    _E(
        "sms",
        "perekonomian",
        "pangkalan elpiji di desa kami jual ke pengecer semua, warga kada kebagian. Muara Muntai Ulu",
    ),
    _E(
        "telegram",
        "perekonomian",
        "Pertalite eceran di Tabang skrg 20rb seliter 😩 SPBU jauh bgt, kadang kosong. ada solusi kah dr pemkab? mis. SPBU mini / pertashop",
    ),
    _E(
        "telegram",
        "perekonomian",
        "Gula pasir di Pasar Tenggarong naik jd 19rb/kg. apa benar stok di distributor habis? atau ada yg nimbun?",
    ),
    _E(
        "twitter",
        "perekonomian",
        "Gas 3kg di Anggana langka lagi 😤 tiap bulan begini terus. Pemkab kemana?? #LPG #Kukar",
    ),
]

_SDA = [
    _E(
        "email",
        "sda",
        "Perihal: Permohonan data dan penanganan lubang bekas tambang di sekitar permukiman\n\nYth. Pemerintah Kabupaten Kutai Kartanegara\n\nDengan hormat,\nSaya dosen teknik lingkungan yang bersama mahasiswa melakukan pemetaan lubang bekas tambang batu bara di Kecamatan Loa Kulu dan Tenggarong Seberang sejak 2023. Kami mencatat sedikitnya sembilan lubang yang jaraknya kurang dari 500 meter dari rumah penduduk, dua di antaranya kurang dari 100 meter dari sekolah dasar. Tidak ada pagar, papan peringatan, maupun penjaga. Anak-anak sering berenang di sana sepulang sekolah, dan tahun lalu satu anak meninggal tenggelam di Desa Bhuana Jaya.\n\nKami mohon: (1) informasi pemegang izin dan kewajiban reklamasi untuk lubang-lubang tersebut, (2) langkah Pemkab untuk mendorong penutupan atau pengamanan segera, dan (3) kesempatan memaparkan hasil pemetaan kami dalam rapat dengan instansi terkait.\n\nData koordinat terlampir.\n\nHormat saya,\nIr. Dewi K., M.T.",
    ),
    _E(
        "email",
        "sda",
        "Kepada Yth. Bapak/Ibu di Kantor Bupati Kukar\n\nKami Kelompok Tani Sumber Rejeki, Desa Separi, Kecamatan Tenggarong Seberang, anggota 28 orang. Pada bulan Agustus 2024 kami didatangi petugas dan didata sebagai calon penerima bantuan hand traktor dan pompa air. Foto-foto sudah diambil, KTP anggota sudah dikumpulkan, bahkan kami diminta menandatangani daftar penerima. Tapi sampai musim tanam sekarang alatnya belum datang, sementara kelompok di desa sebelah sudah menerima.\n\nKami mau cerita juga, di desa kami gas elpiji susah dan kepala desa baru belum pernah mengunjungi kelompok tani, tapi yang ingin kami tanyakan hanya soal bantuan alat pertanian itu. Kami sudah menyewa traktor dengan biaya Rp 600.000 per hektare karena tidak bisa menunggu lagi. Kalau bantuan itu tidak jadi, kami minta dijelaskan alasannya. Kalau jadi, kapan diserahkan? Sekali lagi kami mohon kepastian bantuan alsintan untuk kelompok kami.\n\nHormat kami,\nSutrisno\nKetua Kelompok Tani Sumber Rejeki",
    ),
    _E(
        "email",
        "sda",
        "Selamat siang,\n\nSaya warga Desa Loa Sakoh, Kecamatan Kembang Janggut. Sejak dua minggu terakhir air Sungai Belayan di dekat kampung kami berwarna hitam kecoklatan dan berbau busuk. Ikan-ikan di keramba milik warga banyak yang mati, kira-kira sudah lebih dari satu ton. Menurut warga, ini terjadi setelah kolam limbah pabrik kelapa sawit di hulu jebol waktu hujan deras tanggal 9 kemarin.\n\nWarga di sini masih mandi dan mencuci di sungai. Kami minta Pemkab segera mengirim petugas untuk mengambil sampel air, memeriksa pabrik tersebut, dan meminta perusahaan bertanggung jawab atas kerugian pembudidaya ikan. Foto dan video kami lampirkan.\n\nTerima kasih,\nRahmadi",
    ),
    _E(
        "email",
        "sda",
        "Fwd: Kebun plasma yang tidak pernah direalisasikan\n\nMohon bantuan diteruskan ke yang berwenang.\n\n---------- Forwarded message ---------\nDari: Koperasi Petani Desa Jantur Selatan, Muara Muntai\n\nYth. Bapak/Ibu,\n\nPada tahun 2012 sebagian lahan warga di desa kami diserahkan kepada perusahaan perkebunan kelapa sawit dengan janji pembangunan kebun plasma untuk masyarakat. Sudah lebih dari sepuluh tahun perusahaan itu panen, tetapi kebun plasma untuk anggota koperasi kami belum juga diserahkan, dan bagi hasil yang dijanjikan tidak pernah jelas. Setiap kali kami tanya, manajer kebun bilang masih menunggu keputusan kantor pusat.\n\nKami mohon Pemkab memfasilitasi pertemuan antara koperasi, perusahaan, dan instansi perkebunan untuk menyelesaikan kewajiban kebun plasma tersebut, serta memeriksa kembali izin usaha perkebunan perusahaan itu.\n\nHormat kami,\nPengurus Koperasi",
    ),
    _E(
        "whatsapp",
        "sda",
        "pak debu batubara dr jalan hauling masuk rumah tiap hari, anak2 batuk pilek trs 😷 loa janan ilir. truk lewat 24 jam. tlg ditindak perusahaannya",
    ),
    _E(
        "whatsapp",
        "sda",
        "bantuan mesin ketinting sm jaring utk nelayan anggana kpn dibagi? udh didata dr thn lalu, blm ada kabar 🙏🎣",
    ),
    _E(
        "whatsapp",
        "sda",
        "air sungai di kampung kami keruh coklat bgt sejak ada tambang di hulu, kada bisa mandi lg, kulit gatal2. desa jembayan",
    ),
    _E(
        "web",
        "sda",
        "Siapa yang mengawasi pembukaan hutan di wilayah Tabang? Setiap hari truk pengangkut kayu bulat lewat di jalan desa kami, dan hutan di belakang kampung sudah gundul sampai dekat sungai. Apakah kegiatan itu berizin? Kami minta Pemkab menjelaskan dan mengecek ke lapangan sebelum hutan adat kami ikut habis.",
    ),
    _E(
        "web",
        "sda",
        "Saya ibu rumah tangga di Kelurahan Sangasanga Muara. Di belakang SD tempat anak saya sekolah ada lubang bekas galian tambang yang sudah jadi danau, dalam sekali. Tidak ada pagar sama sekali. Anak-anak sering main ke sana sepulang sekolah, saya setiap hari was-was.\n\nSebenarnya banyak yang mau saya keluhkan, sekolahnya juga kekurangan guru dan harga sembako naik terus, tapi yang paling membuat saya takut ya lubang itu. Sudah banyak berita anak tenggelam di lubang tambang di Kukar.\n\nTolong pemerintah segera menyuruh perusahaannya memagar dan menutup lubang itu, atau setidaknya memasang papan larangan dan penjaga. Jangan tunggu ada korban dulu.",
    ),
    _E(
        "web",
        "sda",
        "Apa benar izin tambang perusahaan di Desa Bangunrejo, Kecamatan Tenggarong Seberang, diperpanjang lagi padahal lubang-lubang lamanya belum direklamasi? Warga sekitar tidak pernah diajak bicara. Kami minta penjelasan dan minta perpanjangan izin itu ditinjau ulang sampai kewajiban reklamasinya dipenuhi.",
    ),
    _E(
        "sms",
        "sda",
        "Kebun sawit perusahaan di Muara Wis serobot kebun karet kami 5 ha, pohon karet ditebang. tlg dibantu",
    ),
    _E(
        "sms",
        "sda",
        "banjir lumpur dr tambang masuk sawah kami di desa bukit pariaman, padi siap panen rusak semua",
    ),
    _E(
        "telegram",
        "sda",
        "Bantuan bibit padi & pupuk utk kelompok tani di Muara Jawa cm sebagian yg dpt. bubuhan petani lain kada kebagian, pdhl sama2 terdaftar. tlg dicek pembagiannya",
    ),
    _E(
        "telegram",
        "sda",
        "Kebakaran lahan gambut di Muara Kaman lagi 🔥 asap smp ke desa, anak2 sesak. Siapa nang tanggung jawab? pemadamnya kada datang2",
    ),
    _E(
        "twitter",
        "sda",
        "Lubang tambang di Kukar makan korban lagi 😢 Sampai kapan? Reklamasinya mana?? #Kukar #LubangTambang",
    ),
]

_ADPEM = [
    _E(
        "email",
        "adpem",
        "Perihal: Mohon Peninjauan Kualitas Semenisasi Jalan di Desa Jembayan, Loa Kulu\n\nYth. Bapak/Ibu Pimpinan Sekretariat Daerah Kabupaten Kutai Kartanegara\n\nDengan hormat,\nSaya, pensiunan pegawai negeri yang berdomisili di RT 07 Desa Jembayan, Kecamatan Loa Kulu, bermaksud menyampaikan bahwa jalan semenisasi sepanjang kurang lebih 800 meter di lingkungan kami, yang menurut papan proyek dibiayai APBD Kabupaten Tahun Anggaran 2024 dengan nilai Rp 1.370.000.000, telah mengalami retak memanjang dan beberapa bagian amblas, padahal pekerjaan baru dinyatakan selesai pada bulan Desember 2024.\n\nPengamatan saya, ketebalan beton di sisi jalan tampak tidak sampai 15 cm sebagaimana tertulis pada papan informasi, dan pada beberapa titik besi tulangan sudah terlihat. Saya khawatir bila tidak segera ditangani, kerusakan akan meluas ketika musim hujan.\n\nSehubungan dengan itu, saya mohon kiranya pihak Pemerintah Kabupaten dapat menurunkan tim untuk memeriksa mutu pekerjaan tersebut dan, apabila masih dalam masa pemeliharaan, meminta kontraktor memperbaikinya.\n\nAtas perhatian Bapak/Ibu, saya ucapkan terima kasih.\n\nHormat saya,\nDrs. H. Abdul Rahim (purnabakti)\nDesa Jembayan, Loa Kulu",
    ),
    _E(
        "email",
        "adpem",
        "Selamat siang,\n\nSaya warga Jalan Pendidikan, Kelurahan Badak Baru, Muara Badak. Sebenarnya banyak yang mau saya sampaikan. Gas elpiji 3 kg di pangkalan dekat rumah sudah dua minggu kosong, kalau ada harganya Rp 35.000. Lalu urusan surat pengantar di kelurahan juga lambat, kadang pak lurahnya tidak ada. Tapi itu mungkin bukan urusan Setda, jadi saya sebut saja sekalian.\n\nYang paling mendesak dan ingin saya tanyakan: proyek saluran drainase di sepanjang jalan kami yang dikerjakan sejak Agustus tahun lalu sampai sekarang belum selesai. Galian sudah dibuka, sebagian dinding beton sudah dipasang, lalu sejak Januari tidak ada lagi pekerja. Setiap hujan deras air meluap masuk ke rumah warga karena saluran lama sudah dibongkar dan yang baru belum tersambung ke sungai. Kemarin malam air masuk rumah saya setinggi mata kaki.\n\nMohon dicek apakah proyek ini masih berjalan atau sudah ditinggal kontraktornya, dan kapan akan dilanjutkan. Kalau bisa ada petugas yang datang melihat langsung.\n\nTerima kasih.\nRina Marlina\n0812-5xxx-xxxx",
    ),
    _E(
        "email",
        "adpem",
        "Yth. Pimpinan Sekretariat Daerah Kabupaten Kutai Kartanegara,\n\nSaya dosen pada program studi teknik sipil di salah satu perguruan tinggi di Tenggarong. Bersama mahasiswa tingkat akhir, kami sedang menyusun kajian mengenai keterlambatan pembangunan jembatan di wilayah hulu Mahakam, dengan studi kasus jembatan penghubung di Kecamatan Kota Bangun yang pekerjaannya dimulai tahun 2023.\n\nUntuk keperluan tersebut, kami memohon dapat diberikan data perkembangan fisik pekerjaan (persentase progres per bulan), laporan hasil monitoring dan evaluasi pembangunan, serta keterangan mengenai adanya adendum waktu pelaksanaan, sejauh data tersebut bukan informasi yang dikecualikan.\n\nData akan kami gunakan semata-mata untuk kepentingan akademik dan hasil kajian akan kami serahkan kepada Pemerintah Kabupaten sebagai bahan masukan. Apabila diperlukan surat resmi dari fakultas, kami siap melengkapinya.\n\nAtas bantuan dan kerja samanya kami sampaikan terima kasih.\n\nSalam hormat,\nIr. Dewi Anggraini, M.T.\nDosen Teknik Sipil",
    ),
    _E(
        "email",
        "adpem",
        "---------- Forwarded message ---------\nDari: Karang Taruna Desa Sebulu Ilir\nTanggal: 14 Maret 2025\nSubjek: Gedung serbaguna terbengkalai\n\nMohon maaf kami teruskan lagi email ini karena sampai hari ini belum ada jawaban.\n\nGedung serbaguna di Desa Sebulu Ilir yang dibangun dengan dana kabupaten tahun 2023 sampai sekarang tidak bisa dipakai. Atap baru terpasang separuh, kusen jendela belum ada, lantai masih tanah dan sekarang sudah ditumbuhi rumput setinggi lutut. Menurut warga, kontraknya sudah habis bulan Desember 2023 dan kontraktornya tidak pernah kembali lagi. Papan proyek juga sudah hilang.\n\nKami ingin tahu apakah gedung ini akan dilanjutkan pembangunannya tahun ini, atau dibiarkan begitu saja. Sayang sekali uang rakyat sudah keluar tapi bangunannya jadi sarang ular dan tempat anak-anak nongkrong malam.\n\nKami siap mendampingi kalau ada petugas yang mau meninjau ke lokasi.\n\nHormat kami,\nKetua Karang Taruna Desa Sebulu Ilir",
    ),
    _E(
        "whatsapp",
        "adpem",
        "pak jalan semenisasi di gang kami RT 12 Loa Janan Ulu udh retak2 pdhl br sebulan selesai 😡 kontraktornya siapa sih, bisa dipanggil suruh benerin gak",
    ),
    _E(
        "whatsapp",
        "adpem",
        "assalamualaikum, ulun handak betakun. jembatan ulin nang dibangun di Muara Muntai Ilir tu kenapa kada tuntas haja? sudah lawas ditinggal, papan2nya mulai lapuk. bubuhan kami tiap hari lewat situ pakai ces, kalau banjir susah 🙏",
    ),
    _E(
        "whatsapp",
        "adpem",
        "selamat pagi bu/pak, sy ibu rumah tangga di Tenggarong Seberang. depan rumah sy gorong2nya dibongkar proyek sejak 2 mgg lalu trs ditinggal gt aja, lubangnya dalam bgt. kemarin anak sy hampir jatuh kesitu 😭 tolong dong kapan dilanjut, atau minimal dikasih penutup",
    ),
    _E(
        "web",
        "adpem",
        "Kenapa pembangunan turap di tepi Sungai Sanga, Kelurahan Sarijaya, Sangasanga berhenti sejak bulan Februari? Tiang-tiang pancang sudah berdiri tetapi tidak ada lagi pekerjaan. Tanah di belakang rumah warga terus longsor sedikit demi sedikit. Mohon penjelasan apakah proyek ini akan diteruskan dan kapan target selesainya.",
    ),
    _E(
        "web",
        "adpem",
        "Saya mau melaporkan jalan poros di Desa Bukit Raya, Tenggarong Seberang yang baru diaspal bulan Oktober 2024.\n\nAspalnya tipis sekali. Waktu dikerjakan saya lihat sendiri, lapisannya seperti cuma ditabur, tidak sampai lima senti. Sekarang baru lima bulan sudah mengelupas dan berlubang di banyak tempat, terutama di tanjakan dekat sekolah.\n\nSaya ulangi lagi, jalan ini baru lima bulan. Truk sawit memang lewat, tapi kalau dikerjakan dengan benar mestinya tidak secepat ini rusaknya. Warga di sini sudah kecewa karena dulu dijanjikan jalan yang bagus.\n\nSelain itu, waktu saya urus surat di kantor kecamatan minggu lalu saya juga dimintai uang administrasi, tapi itu nanti saya laporkan terpisah.\n\nYang saya minta sekarang, tolong pekerjaan aspal ini diperiksa, diukur ketebalannya, dan kalau memang tidak sesuai, kontraktornya diminta memperbaiki. Jangan sampai dibiarkan. Sekali lagi mohon diperiksa. Terima kasih.",
    ),
    _E(
        "web",
        "adpem",
        "Dengan hormat, saya Kepala Puskesmas Kenohan. Bangunan puskesmas pembantu di Desa Teluk Bingkai yang diserahterimakan pada Januari 2025 saat ini mengalami kebocoran atap di ruang tindakan dan retak pada dinding bagian belakang. Bangunan tersebut masih dalam masa pemeliharaan 180 hari. Kami mohon bantuan agar pihak pelaksana dapat segera dipanggil untuk melakukan perbaikan sebelum masa pemeliharaan berakhir, karena pelayanan kepada pasien terganggu setiap kali hujan.",
    ),
    _E(
        "sms",
        "adpem",
        "Proyek peningkatan jln Tabang ke Kembang Janggut mangkrak. Alat berat ditinggal di km 14 sdh 3 bln. Mohon dicek.",
    ),
    _E("sms", "adpem", "drainase jl panjaitan tgr blm selesai. banjir lg"),
    _E(
        "telegram",
        "adpem",
        "Apa benar pembangunan jembatan di Muara Wis dihentikan? Warga sdh menunggu dr 2022, pondasi sdh ada tp tdk ada kelanjutan. Mohon info.",
    ),
    _E(
        "telegram",
        "adpem",
        "Lapor. Kemarin sore siring beton di tepi sungai Desa Sepatin, Anggana, yg baru dibangun akhir tahun lalu ambrol kena air pasang. Panjang yg runtuh kira2 20 meter. Foto sy lampirkan. Mohon ditinjau.",
    ),
    _E(
        "twitter",
        "adpem",
        "jalan di Marangkayu yg katanya diaspal pakai APBD 2024 baru 2 bulan udh bolong2 lagi. pengawasannya gimana sih? 🙄 @pemkabkukar",
    ),
]

_PBJ = [
    _E(
        "email",
        "pbj",
        "Perihal: Sanggahan atas Hasil Pemilihan Tender Kode 10245678\n\nYth. Kelompok Kerja Pemilihan\nc.q. Pemerintah Kabupaten Kutai Kartanegara\n\nDengan hormat,\nKami, selaku kuasa hukum CV Mahakam Karya Utama berdasarkan surat kuasa khusus tertanggal 5 Mei 2025, dengan ini menyampaikan sanggahan atas pengumuman hasil pemilihan tender pembangunan gedung kantor di Kecamatan Muara Jawa.\n\nKlien kami dinyatakan gugur pada evaluasi teknis dengan alasan tidak melampirkan sertifikat kompetensi personel manajerial. Faktanya, dokumen dimaksud telah diunggah pada sistem e-procurement dan tercantum dalam daftar dokumen penawaran, sebagaimana dibuktikan dengan tangkapan layar yang kami lampirkan. Selain itu, penawaran klien kami merupakan penawaran terendah yang responsif.\n\nBerdasarkan hal tersebut, kami mohon agar Pokja melakukan evaluasi ulang, menunda penetapan pemenang sampai sanggahan ini dijawab, dan memberikan jawaban tertulis dalam tenggat waktu sebagaimana diatur dalam ketentuan pengadaan.\n\nDemikian sanggahan ini kami sampaikan.\n\nHormat kami,\nAndi Firmansyah, S.H., M.H.\nAdvokat",
    ),
    _E(
        "email",
        "pbj",
        "Selamat pagi,\n\nSaya pemilik CV kecil bergerak di bidang pengadaan alat tulis dan perlengkapan kantor, alamat di Loa Janan. Tanggal 2 Juni lalu saya mendaftar akun penyedia di LPSE Kutai Kartanegara dan sudah mengunggah semua dokumen: akta, NIB, NPWP, KTP direktur. Saya juga sudah datang langsung membawa dokumen asli untuk verifikasi.\n\nSampai hari ini, sudah lebih dua minggu, status akun saya masih belum aktif. Waktu saya telepon nomor yang ada di website tidak ada yang angkat. Padahal ada beberapa paket pengadaan langsung yang ingin saya ikuti dan batas waktunya sebentar lagi.\n\nMohon dibantu dicek kenapa verifikasi saya belum selesai, dan apakah ada dokumen yang kurang. Kalau memang kurang tolong diberitahu biar saya lengkapi.\n\nTerima kasih banyak.\nSalam,\nYusuf Hidayat\nCV Sinar Loa Janan",
    ),
    _E(
        "email",
        "pbj",
        "Kepada Yth. Pimpinan Sekretariat Daerah Kukar\n\nSaya direktur sebuah perusahaan konstruksi di Tenggarong. Izinkan saya bercerita agak panjang.\n\nTahun lalu kami mengerjakan rehabilitasi jalan lingkungan untuk salah satu dinas dan sampai sekarang sisa pembayaran 5 persen belum cair, tapi itu sedang kami urus langsung ke dinas yang bersangkutan. Lalu jalan masuk ke kantor kami di Tenggarong Seberang juga rusak parah, mobil material kami sering terperosok. Itu semua sudah jadi keluhan lama.\n\nYang ingin saya tanyakan kali ini adalah soal tender pembangunan gedung laboratorium sekolah di Kecamatan Sebulu. Paket ini sudah tiga kali diumumkan di LPSE, dan tiga kali pula dibatalkan lalu ditender ulang. Kami ikut ketiganya, setiap kali harus menyiapkan jaminan penawaran dan dokumen lagi, biayanya tidak sedikit. Alasan pembatalan di sistem hanya ditulis kesalahan dokumen pemilihan tanpa rincian.\n\nKami mohon penjelasan tertulis apa sebenarnya yang salah dalam dokumen pemilihan tersebut, dan apakah tender keempat nanti sudah dipastikan tidak akan dibatalkan lagi.\n\nHormat saya,\nH. Bambang Suryadi\nDirektur PT Tepian Bangun Persada",
    ),
    _E(
        "email",
        "pbj",
        "Yth. Admin Pengaduan,\n\nSaya memiliki usaha mebel kayu di Desa Loa Raya, Tenggarong Seberang, sudah berjalan 12 tahun dan memiliki NIB serta NPWP. Kami mendengar bahwa instansi pemerintah sekarang bisa membeli meja, kursi dan lemari melalui katalog elektronik, termasuk katalog lokal kabupaten.\n\nKami ingin produk kami bisa tayang di katalog tersebut supaya sekolah dan kantor di Kukar bisa membeli langsung dari pengrajin lokal. Pertanyaan kami: bagaimana prosedurnya, apa saja syarat yang harus disiapkan, apakah harus punya akun LPSE dulu, dan kepada siapa kami harus mengajukan? Apakah ada pendampingan atau sosialisasi untuk penyedia baru seperti kami?\n\nMohon informasinya. Terima kasih.\n\nHormat kami,\nSupriadi\nMebel Jati Loa Raya",
    ),
    _E(
        "whatsapp",
        "pbj",
        "min LPSE kukar lg down ya? sy mau upload dokumen penawaran tdk bisa2 dr td pagi, muter2 trs. batasnya jam 4 sore ini 😭😭 tolong dong",
    ),
    _E(
        "whatsapp",
        "pbj",
        "pian, ulun mau tanya gmn cara daftar jadi penyedia di LPSE? usaha ulun bengkel las di Tenggarong, bubuhan kawan bilang bisa ikut pengadaan pagar sekolah tapi harus terdaftar dulu. syaratnya apa haja?",
    ),
    _E(
        "whatsapp",
        "pbj",
        "pak knp pemenang tender rehab gedung sekolah di Muara Kaman yg harganya lbh tinggi? kami paling murah, dokumen lengkap, kok kalah. apa ada yg main di belakang? mohon penjelasan 🙏",
    ),
    _E(
        "web",
        "pbj",
        "Dengan hormat, kami peserta tender paket Pengadaan Peralatan Laboratorium Komputer SMP Tahun Anggaran 2025. Kami memohon salinan Berita Acara Hasil Pemilihan beserta rincian hasil evaluasi administrasi, teknis dan harga untuk perusahaan kami, karena di aplikasi hanya tercantum status tidak lulus tanpa keterangan. Informasi ini kami perlukan untuk mempertimbangkan pengajuan sanggahan sebelum batas waktunya berakhir.",
    ),
    _E(
        "web",
        "pbj",
        "Saya distributor alat kesehatan di Samboja. Saya mau menyampaikan keberatan soal paket pengadaan tempat tidur pasien yang sekarang sedang diumumkan.\n\nSpesifikasi teknis di dokumen tender itu menurut saya mengarah ke satu merek saja. Ukurannya, jenis motor penggeraknya, sampai warna catnya dibuat persis sama dengan satu produk tertentu. Distributor lain tidak mungkin bisa masuk. Ini sudah saya sampaikan di forum tanya jawab waktu aanwijzing, tapi jawabannya cuma spesifikasi sudah sesuai kebutuhan.\n\nSaya tegaskan lagi, kami tidak keberatan bersaing, tapi persaingannya harus terbuka. Kalau spesifikasinya dikunci satu merek, yang menang sudah jelas dari awal.\n\nOh iya, jalan di depan gudang kami di Samboja juga rusak, tapi itu lain cerita.\n\nSaya minta dokumen spesifikasi tender itu ditinjau ulang sebelum tender ditutup. Mohon ditindaklanjuti, jangan sampai tender ini jalan terus dengan spesifikasi seperti itu.",
    ),
    _E(
        "web",
        "pbj",
        "Apa benar pembelian mobil operasional untuk kecamatan tahun ini dilakukan lewat e-purchasing saja tanpa lelang terbuka? Kalau benar, atas dasar apa, dan di mana masyarakat bisa melihat daftar pembelian tersebut beserta harganya?",
    ),
    _E(
        "sms",
        "pbj",
        "Sy peserta tender kode 10251190. Sanggahan sdh sy kirim tgl 10, sampai skrg blm ada jawaban. Sdh lewat 5 hari kerja.",
    ),
    _E(
        "sms",
        "pbj",
        "akun lpse sy lupa password, email yg terdaftar sdh tdk aktif. gmn caranya reset",
    ),
    _E(
        "telegram",
        "pbj",
        "Lapor min. Jadwal tender pembangunan pasar desa di Kembang Janggut diubah2 terus di LPSE, sdh 4x perubahan jadwal dlm seminggu tanpa alasan. Peserta jd bingung kapan batas upload penawaran.",
    ),
    _E(
        "telegram",
        "pbj",
        "Lelang pengadaan seragam sekolah Muara Kaman. Pemenang tdk punya gudang, alamat fiktif. Mohon dicek.",
    ),
    _E(
        "twitter",
        "pbj",
        "LPSE Kukar knp tiap mau upload dokumen penawaran error terus? udah 3 hari begini, penyedia kecil kayak kami bisa gagal ikut tender gara2 sistem 😤",
    ),
]

_ORGANISASI = [
    _E(
        "email",
        "organisasi",
        "Yth. Bapak/Ibu Pengelola Pengaduan Pemerintah Kabupaten Kutai Kartanegara\n\nDengan hormat,\nSaya, seorang pensiunan guru berusia 67 tahun, ingin menyampaikan pengalaman kurang menyenangkan saat mengurus perubahan data kartu keluarga di kantor Dinas Kependudukan dan Pencatatan Sipil di Tenggarong.\n\nBerkas saya serahkan pada tanggal 6 Januari 2025. Petugas menyampaikan bahwa dokumen akan selesai dalam 7 hari kerja. Namun hingga hari ini, lebih dari dua bulan kemudian, kartu keluarga tersebut belum juga terbit. Setiap kali saya datang, jawabannya berbeda-beda: blangko habis, jaringan sedang gangguan, atau pejabat yang menandatangani sedang dinas luar. Saya sudah lima kali bolak-balik dari Loa Kulu dengan biaya dan tenaga yang tidak sedikit bagi orang seusia saya.\n\nSaya mohon agar pelayanan di kantor tersebut dapat dievaluasi, agar janji waktu penyelesaian benar-benar ditepati dan masyarakat mendapat penjelasan yang jelas dan konsisten.\n\nAtas perhatiannya saya ucapkan terima kasih.\n\nHormat saya,\nHj. Siti Aminah\nLoa Kulu",
    ),
    _E(
        "email",
        "organisasi",
        "Perihal: Permohonan Salinan Standar Pelayanan dan Keberatan atas Ketidakjelasan Waktu Layanan\n\nYth. Pemerintah Kabupaten Kutai Kartanegara\n\nDengan hormat,\nKami selaku kuasa dari PT Borneo Agro Lestari menyampaikan bahwa permohonan perizinan berusaha klien kami yang diajukan pada kantor pelayanan perizinan terpadu satu pintu sejak 3 Februari 2025 hingga kini belum memperoleh keputusan maupun pemberitahuan resmi mengenai kekurangan berkas.\n\nKami tidak menemukan informasi yang jelas mengenai jangka waktu penyelesaian, biaya dan alur pengaduan, baik di ruang pelayanan maupun di laman resmi. Hal ini menurut kami tidak sejalan dengan kewajiban penyelenggara pelayanan publik untuk menetapkan dan mempublikasikan standar pelayanan.\n\nSehubungan dengan itu kami memohon: (1) salinan standar pelayanan untuk jenis layanan dimaksud; (2) penjelasan tertulis mengenai status permohonan klien kami; dan (3) pemeriksaan atas dugaan penundaan berlarut dalam penanganan permohonan tersebut.\n\nHormat kami,\nRatna Sari Dewi, S.H.\nKantor Hukum Ratna & Rekan, Samarinda",
    ),
    _E(
        "email",
        "organisasi",
        "Selamat siang Bapak Ibu,\n\nSaya sopir truk angkutan barang, tinggal di Loa Janan. Maaf kalau tulisan saya panjang dan berantakan.\n\nBeberapa bulan ini hidup memang susah. Solar di SPBU sering habis, harus antre dari subuh. Jalan ke arah Samboja banyak yang berlubang. Gas elpiji di rumah juga sering kosong, istri saya mengeluh terus. Tapi bukan itu maksud saya menulis.\n\nHari Selasa kemarin saya mengurus uji KIR kendaraan di kantor Dinas Perhubungan. Biaya resminya menurut spanduk di dinding Rp 87.000. Tapi di loket saya diminta bayar Rp 250.000, katanya supaya cepat dan tidak perlu antre pemeriksaan. Saya minta kwitansi, yang dikasih cuma kwitansi Rp 87.000, sisanya tidak ada bukti. Teman-teman sopir lain juga mengalami hal yang sama, sudah jadi kebiasaan katanya.\n\nSaya mohon praktik seperti ini diperiksa dan dihentikan. Kami orang kecil, uang segitu besar artinya. Kalau perlu saya siap jadi saksi asal nama saya dirahasiakan.\n\nTerima kasih.\nSeorang sopir di Loa Janan",
    ),
    _E(
        "email",
        "organisasi",
        "Yth. Pemerintah Kabupaten Kutai Kartanegara,\n\nSaya dosen administrasi publik di Tenggarong. Tahun lalu saya dan mahasiswa melakukan observasi di beberapa unit layanan di Kukar dan menemukan bahwa hasil Survei Kepuasan Masyarakat hampir tidak pernah diumumkan kepada publik. Di beberapa kantor, formulir survei diisi sendiri oleh petugas atau masyarakat diarahkan memberi nilai sangat baik.\n\nPertanyaan saya: apakah ada ketentuan di tingkat kabupaten agar setiap unit layanan mempublikasikan hasil SKM beserta tindak lanjutnya? Jika ada, di mana masyarakat dapat mengakses rekapitulasinya untuk tahun 2024? Jika belum ada, apakah pemerintah kabupaten berencana memperbaiki metode survei agar lebih independen?\n\nSaya bersedia berdiskusi dan menyerahkan catatan observasi kami apabila dianggap berguna.\n\nSalam hormat,\nDr. Muhammad Ikhsan, M.Si.",
    ),
    _E(
        "whatsapp",
        "organisasi",
        "bang sy td ngurus KIR di dishub dimintain 100rb lg di luar biaya resmi, gak ada kwitansinya. itu resmi kah? kalo gak resmi sy mau lapor",
    ),
    _E(
        "whatsapp",
        "organisasi",
        "ulun sdh 3 kali bulik ke kantor perizinan gasan urus izin warung, tiap datang disuruh lengkapi berkas lain lagi, kada jelas syaratnya apa haja. capek pian ai, jauh dari Loa Kulu 😩 kenapa kada ditulis haja syaratnya di depan?",
    ),
    _E(
        "whatsapp",
        "organisasi",
        "assalamualaikum, sy mau tanya akta kelahiran anak sy blm jadi udh 2 bulan. td ke disdukcapil katanya sistem lg error. dr bulan lalu jawabannya sama trs 😞 anak sy mau daftar sekolah, gmn ini",
    ),
    _E(
        "web",
        "organisasi",
        "Siapa yang bisa saya adukan kalau petugas loket di kantor Disdukcapil Tenggarong tidak ada di tempat pada jam kerja? Hari Senin kemarin saya datang jam 08.00, loket baru dibuka jam 10.15. Puluhan warga menunggu tanpa penjelasan. Mohon agar disiplin jam pelayanan diperhatikan.",
    ),
    _E(
        "web",
        "organisasi",
        "Saya pensiunan guru di Tenggarong. Saya ingin mengeluhkan urusan legalisir fotokopi ijazah dan surat keterangan pengganti ijazah di Dinas Pendidikan.\n\nAnak saya butuh legalisir untuk melamar kerja. Sudah tiga minggu berkas kami titipkan, katanya tinggal tanda tangan. Minggu berikutnya disuruh ke meja lain, lalu dikembalikan ke meja pertama. Tidak ada yang tahu berkas kami ada di mana.\n\nCucu saya juga sedang mengurus beasiswa kabupaten, semoga itu lancar, tapi itu urusan lain.\n\nKembali ke soal legalisir, saya ulangi, sudah tiga minggu. Padahal dulu waktu saya masih mengajar, legalisir cukup satu dua hari. Tidak ada papan informasi berapa lama seharusnya, dan petugasnya hanya bilang sabar, Bu.\n\nSaya minta ada kejelasan: berapa lama sebenarnya waktu pengurusan legalisir, siapa yang bertanggung jawab, dan bagaimana caranya berkas kami bisa dilacak. Semoga pelayanannya bisa dibenahi, kasihan orang yang butuh cepat.",
    ),
    _E(
        "web",
        "organisasi",
        "Usul untuk perbaikan pelayanan publik di Kukar: kantor-kantor layanan seperti perizinan dan kependudukan sebaiknya menerapkan antrean daring dan memasang papan standar pelayanan yang memuat syarat, waktu dan biaya secara jelas. Saat ini warga dari kecamatan jauh seperti Tabang dan Kembang Janggut harus datang sejak subuh tanpa kepastian dilayani hari itu. Mohon usulan ini dipertimbangkan dalam program reformasi birokrasi.",
    ),
    _E(
        "sms",
        "organisasi",
        "Loket perizinan di Tenggarong sdh tutup jam 12 siang pdhl di papan tertulis buka sampai 15.00. Sy dtg dr Muara Muntai sia2.",
    ),
    _E("sms", "organisasi", "Urus KK di disdukcapil dimintai uang 50rb sm petugas. Resmi gak?"),
    _E(
        "telegram",
        "organisasi",
        "Kemarin sy antre di mal pelayanan publik Tenggarong dr jam 8 smp jam 2 siang. Nomor antrean dipanggil loncat2, org yg baru dtg malah duluan. Tdk ada petugas yg bisa jelaskan. Mohon dibenahi sistemnya.",
    ),
    _E(
        "telegram",
        "organisasi",
        "apa benar kuesioner survei kepuasan yg dikasih petugas loket harus diisi puas semua? td sy disuruh centang sangat baik smua, kalau nggak katanya berkas lama diprosesnya",
    ),
    _E(
        "twitter",
        "organisasi",
        "pelayanan di kantor dinas kukar lambat bgt, minta surat rekomendasi aja 1 bulan blm keluar, alasannya pejabatnya dinas luar terus 🙃 standar pelayanannya mana?",
    ),
]

_UMUM = [
    _E(
        "email",
        "umum",
        "Nomor: 005/215/DISPORA/V/2025\nPerihal: Permohonan Peminjaman Ruang Rapat\n\nYth. Sekretaris Daerah Kabupaten Kutai Kartanegara\ndi Tenggarong\n\nDengan hormat,\nDalam rangka rapat koordinasi persiapan pelaksanaan pekan olahraga pelajar tingkat kabupaten yang akan melibatkan perwakilan dari 20 kecamatan, bersama ini kami memohon kiranya dapat diberikan izin peminjaman ruang rapat di lingkungan Kantor Bupati yang berkapasitas sekitar 80 orang, pada:\n\nhari/tanggal : Kamis, 19 Juni 2025\npukul : 09.00 s.d. 13.00 WITA\n\nKami juga mohon dukungan pengeras suara dan layar proyektor apabila tersedia. Konsumsi akan kami siapkan sendiri. Mengingat surat undangan kepada peserta harus segera kami kirim, kami mohon konfirmasi ketersediaan ruangan paling lambat tanggal 12 Juni 2025.\n\nDemikian permohonan ini, atas perhatian dan kerja samanya kami ucapkan terima kasih.\n\nKepala Dinas Pemuda dan Olahraga\nKabupaten Kutai Kartanegara",
    ),
    _E(
        "email",
        "umum",
        "Yth. Bapak/Ibu,\n\nPada tanggal 21 April 2025 kami mengirimkan surat yang ditujukan kepada Bupati Kutai Kartanegara melalui jasa pos tercatat dengan nomor resi RR123456789ID. Menurut pelacakan, surat tersebut telah diterima di alamat Kantor Bupati pada 24 April 2025 dan ditandatangani oleh petugas penerima.\n\nNamun hingga saat ini kami belum mendapatkan informasi mengenai nomor agenda surat maupun kepada unit mana surat tersebut diteruskan. Ketika kami menelepon meja penerimaan surat, petugasnya menyatakan tidak menemukan catatan surat kami.\n\nKami mohon bantuan untuk menelusuri keberadaan surat tersebut dan memberikan kepada kami bukti penerimaan berikut nomor agendanya, karena dokumen ini berkaitan dengan tenggat waktu yang sedang berjalan bagi klien kami.\n\nHormat kami,\nHendra Gunawan, S.H.\nAdvokat dan Konsultan Hukum, Tenggarong",
    ),
    _E(
        "email",
        "umum",
        "Kepada Yth. Pengelola Pengaduan Setda Kukar\n\nKami dari Forum Nelayan Anggana. Pertama kami mau menyampaikan bahwa bantuan mesin ketinting yang dijanjikan tahun lalu belum kami terima, dan jalan menuju tempat pelelangan ikan di desa kami rusak. Itu sudah sering kami sampaikan di musrenbang.\n\nTetapi yang membuat kami menulis surel ini adalah surat kami sendiri. Tanggal 3 Maret 2025 kami mengantar langsung surat pemberitahuan kegiatan dan permohonan tanggapan ke meja penerimaan surat di Kantor Bupati di Tenggarong. Waktu itu kami diberi tanda terima tulisan tangan. Sebulan kemudian kami tanya, katanya surat itu tidak ada di buku agenda. Kami antar lagi tanggal 8 April, dapat tanda terima lagi, dan sekarang jawabannya sama: belum tercatat.\n\nKami bingung, dua kali surat diterima tapi dua kali pula hilang. Kami minta tolong dicek bagaimana pencatatan surat masuk di kantor itu, dan surat kami sebenarnya sudah sampai di meja siapa. Kalau perlu kami kirim fotokopi kedua tanda terima.\n\nHormat kami,\nKetua Forum Nelayan Anggana",
    ),
    _E(
        "email",
        "umum",
        "Selamat sore,\n\nSaya ingin melaporkan penggunaan kendaraan dinas yang menurut saya tidak semestinya. Hari Minggu, 11 Mei 2025, sekitar pukul 10.00, saya melihat sebuah mobil berpelat merah KT 1xxx yang biasa terparkir di kompleks Kantor Bupati berada di Pantai Tanah Merah, Samboja. Mobil itu membawa satu keluarga lengkap dengan anak-anak dan perlengkapan piknik.\n\nSaya paham pegawai juga butuh rekreasi, tetapi kendaraan dinas dibeli dan dirawat dengan uang negara, bukan untuk keperluan pribadi pada hari libur. Saya punya foto mobil tersebut dan dapat mengirimkannya bila diperlukan.\n\nMohon agar pengawasan penggunaan kendaraan dinas di lingkungan kantor bupati diperketat, termasuk aturan penyimpanan kendaraan di luar jam kerja.\n\nTerima kasih.\nWarga Samboja",
    ),
    _E(
        "whatsapp",
        "umum",
        "pak parkiran kantor bupati penuh trs tiap pagi, tamu kaya kami gak dpt tempat, motor disuruh parkir di luar pagar pinggir jalan. kmrn helm sy ilang 😤 tolong diatur lah 🙏",
    ),
    _E(
        "whatsapp",
        "umum",
        "permisi, toilet di lantai 1 kantor bupati bau bgt & airnya mati dr pagi. td ada tamu dr provinsi jg pake, malu kita 🙈",
    ),
    _E(
        "whatsapp",
        "umum",
        "assalamualaikum pian, ulun pengurus majelis taklim di Tenggarong. handak meminjam aula di kantor bupati gasan acara pengajian akbar bulan depan. nang mana mengurusnya, bayar kah kada?",
    ),
    _E(
        "web",
        "umum",
        "Kemarin, Rabu 14 Mei sekitar jam 11 siang, sepeda motor saya Honda Beat hitam hilang di area parkir tamu Kantor Bupati saat saya mengantar berkas. Pos satpam di dekat parkiran kosong, tidak ada petugas sama sekali. Saya sudah lapor polisi. Mohon pengamanan area parkir ditingkatkan dan rekaman CCTV, kalau ada, bisa diperiksa.",
    ),
    _E(
        "web",
        "umum",
        "Saya mau menyampaikan keluhan tentang gedung kantor bupati.\n\nSelasa lalu saya ikut rapat forum kelompok tani di ruang rapat lantai tiga. Liftnya rusak, sudah ditempel kertas dalam perbaikan. Banyak peserta yang sudah tua, ada yang pakai tongkat, harus naik tangga tiga lantai. Satu bapak dari Kenohan sampai harus istirahat di tangga.\n\nSampai di ruang rapat, plafonnya bocor, ada ember di tengah ruangan, AC-nya mati. Rapat jadi tidak nyaman. Uang transport peserta katanya juga belum cair, tapi itu biar ketua kami saja yang urus.\n\nSaya ulangi, liftnya rusak dan plafon ruang rapat bocor. Katanya liftnya sudah rusak sejak bulan lalu. Ini kantor bupati, pusat pemerintahan kabupaten, mestinya paling terawat.\n\nMohon lift segera diperbaiki dan atap ruang rapat dibenahi sebelum ada peserta yang celaka. Terima kasih.",
    ),
    _E(
        "web",
        "umum",
        "Di halaman belakang kompleks Kantor Bupati ada beberapa mobil dan motor dinas rusak yang dibiarkan bertahun-tahun, sudah berkarat, ban kempis, dan tergenang air hujan. Tempat itu jadi sarang nyamuk dan terlihat kumuh dari jalan. Kenapa kendaraan-kendaraan itu tidak dipindahkan atau dibereskan? Mohon ditata.",
    ),
    _E(
        "sms",
        "umum",
        "Lampu penerangan dlm kompleks kantor bupati mati smua sejak 3 hari. Malam gelap, rawan.",
    ),
    _E(
        "sms",
        "umum",
        "Sy kirim surat ke Bupati tgl 3 Juni lwt pos, resi RR998877665ID. Sdh diterima blm? Mhn dicek di buku agenda surat masuk.",
    ),
    _E(
        "telegram",
        "umum",
        "Sampah menumpuk di belakang gedung kantor bupati dekat kantin sdh 3 hari tdk diangkut. Bau, banyak lalat.",
    ),
    _E(
        "telegram",
        "umum",
        "Pagar samping kantor bupati jebol. Anjing liar masuk halaman, kemarin ngejar anak sekolah yg lewat.",
    ),
    _E(
        "twitter",
        "umum",
        "parkir kantor bupati kukar semrawut 😑 mobil plat merah parkir di jalur khusus difabel, yg pakai kursi roda harus muter jauh. tolong ditertibkan min",
    ),
]

_PROKOM = [
    _E(
        "email",
        "prokom",
        "Perihal: Permohonan Audiensi dengan Bupati Kutai Kartanegara\n\nYth. Bupati Kutai Kartanegara\nmelalui Sekretariat Daerah\ndi Tenggarong\n\nDengan hormat,\nKami, pengurus Persatuan Guru Honorer Kabupaten Kutai Kartanegara, bermaksud memohon kesempatan untuk beraudiensi secara langsung dengan Bapak Bupati. Audiensi ini kami harapkan dapat menjadi wadah untuk menyampaikan aspirasi sekitar 2.300 guru honorer di 20 kecamatan, khususnya mengenai kesejahteraan dan kepastian status kepegawaian.\n\nKami akan hadir dengan delegasi paling banyak 10 orang dan bersedia menyesuaikan dengan jadwal Bapak Bupati. Apabila memungkinkan, kami mengusulkan waktu pada minggu kedua atau ketiga bulan Juli 2025.\n\nBersama ini kami lampirkan daftar nama delegasi dan pokok-pokok aspirasi yang akan disampaikan. Kami mohon informasi mengenai prosedur dan kepastian jadwal audiensi tersebut.\n\nDemikian permohonan ini, atas perkenannya kami sampaikan terima kasih.\n\nHormat kami,\nKetua,\nSyamsul Bahri, S.Pd.\nSekretaris,\nNurul Hasanah, S.Pd.",
    ),
    _E(
        "email",
        "prokom",
        "Selamat pagi,\n\nKami panitia Festival Budaya dan Lomba Perahu Naga di Kota Bangun yang akan digelar tanggal 26-28 Juli 2025. Pada tanggal 20 Mei lalu kami sudah mengantar surat undangan kepada Bapak Bupati untuk berkenan membuka acara sekaligus memberikan sambutan pada malam pembukaan tanggal 26 Juli pukul 19.30 WITA.\n\nSampai hari ini kami belum menerima konfirmasi apakah Bapak Bupati bisa hadir atau akan diwakilkan. Kami perlu kepastian karena terkait susunan acara, pengaturan tempat duduk tamu kehormatan, dan pengamanan.\n\nMohon dapat disampaikan kepada kami siapa yang bisa kami hubungi untuk koordinasi, dan apakah tim protokol akan meninjau lokasi sebelum hari pelaksanaan.\n\nTerima kasih atas perhatiannya.\n\nSalam budaya,\nArif Rahman\nKetua Panitia\n0813-4xxx-xxxx",
    ),
    _E(
        "email",
        "prokom",
        "Yth. Pimpinan Sekretariat Daerah,\n\nSaya pemimpin redaksi sebuah media daring lokal di Tenggarong. Sebelumnya saya ingin menyampaikan bahwa kami banyak menerima keluhan pembaca soal jalan rusak di Loa Kulu dan kelangkaan elpiji, dan itu akan terus kami beritakan. Kami juga pernah ikut tender pengadaan jasa publikasi dan kalah, tapi itu sudah lewat.\n\nYang ingin saya sampaikan secara resmi adalah perlakuan terhadap wartawan pada kegiatan Bupati. Pada acara peresmian gedung di Tenggarong Seberang tanggal 15 Mei, wartawan kami dan beberapa media lain dilarang masuk area acara oleh petugas, dengan alasan hanya media tertentu yang diundang. Siaran pers baru dibagikan dua hari kemudian, sehingga berita kami terlambat.\n\nKami mohon penjelasan mengenai tata cara peliputan kegiatan Bupati: apakah ada daftar media yang diakreditasi, bagaimana cara mendaftar, dan apakah siaran pers bisa dibagikan pada hari yang sama kepada semua media tanpa pilih kasih.\n\nHormat saya,\nFajar Nugroho\nPemimpin Redaksi",
    ),
    _E(
        "email",
        "prokom",
        "Re: Undangan Peresmian Masjid Desa Rempanga\n\nTerima kasih atas balasan Bapak/Ibu kemarin yang menyampaikan bahwa Bapak Bupati insya Allah berkenan hadir meresmikan masjid kami di Desa Rempanga, Loa Kulu pada Jumat, 27 Juni 2025.\n\nMenindaklanjuti hal tersebut, kami ingin menanyakan beberapa hal: apakah Bapak Bupati akan menyampaikan sambutan sebelum atau sesudah penandatanganan prasasti; apakah kami perlu mengirimkan bahan masukan untuk naskah sambutan, misalnya sejarah singkat pembangunan masjid dan jumlah jamaah; serta berapa lama durasi yang disediakan. Kami juga ingin tahu apakah petugas protokol akan datang lebih dahulu untuk gladi.\n\nBahan sejarah masjid sudah kami siapkan dua halaman dan bisa kami kirim hari ini.\n\nWassalam,\nH. Rusdi\nKetua Panitia Pembangunan Masjid",
    ),
    _E(
        "whatsapp",
        "prokom",
        "min, akun IG resmi bupati kok hapus komentar warga trs? kami cuma nanya soal jalan kok dihapus 😑 katanya mau dengar aspirasi",
    ),
    _E(
        "whatsapp",
        "prokom",
        "kemarin pas upacara HUT Kota Tenggarong, kami yg pny undangan resmi gak kebagian kursi di tenda tamu, disuruh berdiri di pinggir. bawa anak kecil kepanasan 😞 lain kali pengaturan tamunya tolong diperbaiki ya",
    ),
    _E(
        "whatsapp",
        "prokom",
        "assalamualaikum. ulun ketua kelompok tani di Muara Kaman Ulu, handak ketemu langsung lawan pian bupati gasan menyampaikan aspirasi bubuhan petani. kaya apa caranya minta waktu ketemu? suratnya dikirim ke mana?",
    ),
    _E(
        "web",
        "prokom",
        "Apa benar akun Facebook atas nama Bupati Kukar yang beredar minggu ini adalah akun resmi? Akun tersebut mengirim pesan ke warga meminta sumbangan untuk korban banjir dengan nomor rekening pribadi. Mohon klarifikasi dan pengumuman resmi mengenai akun media sosial Bupati yang sah agar warga tidak tertipu.",
    ),
    _E(
        "web",
        "prokom",
        "Kami dari panitia seminar nasional di sebuah universitas di Tenggarong. Kami mengundang Bapak Bupati sebagai pembicara kunci pada seminar tanggal 10 Juli 2025.\n\nKami sudah menerima jawaban bahwa Bapak Bupati kemungkinan akan diwakilkan. Kami sangat berharap beliau bisa hadir langsung, karena peserta dari beberapa provinsi datang terutama untuk mendengar paparan beliau tentang pembangunan Kukar. Kampus kami juga sedang menjajaki nota kesepahaman dengan pemkab, tapi itu jalurnya terpisah.\n\nSekali lagi kami mohon, apakah undangan sebagai pembicara kunci ini bisa dipertimbangkan ulang? Kami bersedia menyesuaikan jam, misalnya memindahkan sesi beliau ke pagi atau siang. Kalau memang tidak bisa hadir, kami mohon bisa mengirim sambutan video.\n\nMohon jawaban sebelum akhir Juni karena kami harus mencetak jadwal acara. Terima kasih.",
    ),
    _E(
        "web",
        "prokom",
        "Saya guru PKn di SMA di Tenggarong Seberang. Untuk bahan pembelajaran, saya ingin meminta salinan naskah atau rekaman pidato Bapak Bupati pada upacara peringatan Hari Jadi Kabupaten tahun ini. Apakah naskah pidato pimpinan daerah dipublikasikan, dan di mana kami bisa mengunduhnya?",
    ),
    _E(
        "sms",
        "prokom",
        "Mhn info jadwal audiensi dgn Bupati. Surat permohonan kami dari LPM Kel. Jahab sdh masuk 12 Mei, blm ada kabar.",
    ),
    _E(
        "sms",
        "prokom",
        "Undangan pembukaan turnamen sepakbola antar desa di Sebulu tgl 5 Agustus sdh kami antar. Pak Bupati bs hadir? Mhn konfirmasi.",
    ),
    _E(
        "telegram",
        "prokom",
        "Berita kunjungan bupati ke Desa Tuana Tuha kemarin di website resmi pemkab salah tulis nama desa kami, ditulis Tuana Tua. Fotonya jg foto desa lain. Mohon diralat 🙏",
    ),
    _E(
        "telegram",
        "prokom",
        "Min, wartawan kami tdk dpt rilis kegiatan bupati minggu ini. Grup WA media sdh tdk aktif kah? Biasanya tiap sore ada kiriman.",
    ),
    _E(
        "twitter",
        "prokom",
        "admin medsos bupati kukar kok blokir warga yg kasih kritik? katanya pemimpin terbuka 🙂 akun resmi pimpinan daerah harusnya siap dikritik",
    ),
]

_PERENCANAAN_KEUANGAN = [
    _E(
        "email",
        "perencanaan_keuangan",
        "Perihal: Permohonan Pembayaran Tagihan Pengadaan Alat Tulis Kantor\n\nYth. Sekretaris Daerah Kabupaten Kutai Kartanegara\n\nDengan hormat,\nKami, CV Tunas Mandiri Tenggarong, adalah penyedia alat tulis kantor dan bahan cetak untuk kebutuhan Sekretariat Daerah berdasarkan Surat Pesanan tanggal 10 Februari 2025. Seluruh barang telah kami serahkan pada 3 Maret 2025 dan telah diterima dengan berita acara serah terima yang ditandatangani pejabat terkait.\n\nTagihan sebesar Rp 48.750.000 beserta kelengkapan dokumen (faktur, kwitansi, BAST, dan faktur pajak) kami ajukan pada 7 Maret 2025. Namun hingga hari ini, lebih dari tiga bulan, pembayaran belum kami terima. Setiap kali kami menanyakan, jawaban yang kami terima hanya masih dalam proses.\n\nSebagai usaha kecil, keterlambatan ini sangat memberatkan arus kas kami. Kami mohon kepastian waktu pembayaran serta informasi apabila masih terdapat kekurangan dokumen.\n\nDemikian, atas perhatiannya kami ucapkan terima kasih.\n\nHormat kami,\nLinda Kusuma\nDirektur CV Tunas Mandiri Tenggarong",
    ),
    _E(
        "email",
        "perencanaan_keuangan",
        "Yth. Bapak/Ibu di Sekretariat Daerah Kukar,\n\nPada tanggal 18-19 Februari 2025 saya diundang oleh Sekretariat Daerah sebagai narasumber dalam bimbingan teknis penyusunan laporan kinerja bagi pegawai di lingkungan Setda, bertempat di Tenggarong. Saya telah menyampaikan materi selama dua hari sesuai undangan.\n\nPada akhir kegiatan panitia meminta saya menandatangani kwitansi honorarium narasumber dan menyerahkan fotokopi NPWP serta nomor rekening. Panitia menyampaikan honor akan ditransfer paling lambat dua minggu. Namun hingga awal Juni ini belum ada transfer masuk, dan panitia yang saya hubungi menyampaikan bahwa urusan pembayaran sudah di tangan keuangan.\n\nMohon bantuan untuk mengecek status pembayaran honorarium tersebut.\n\nHormat saya,\nDr. Sri Wahyuni, M.M.\nDosen, Samarinda",
    ),
    _E(
        "email",
        "perencanaan_keuangan",
        "Assalamualaikum Bapak Ibu,\n\nSaya pemilik usaha katering kecil di Tenggarong. Mohon maaf email saya panjang.\n\nSejak awal tahun kami rutin diminta menyiapkan snack dan makan siang untuk rapat-rapat di kantor Sekretariat Daerah. Kadang rapatnya di ruang lantai dua, kadang di aula, dan kami sering susah parkir mobil pengantar makanan, tapi itu bukan masalah besar. Tahun lalu kami juga sempat ikut tender katering di dinas lain dan kalah, ya sudah tidak apa-apa.\n\nMasalahnya, pesanan dari Setda untuk bulan Januari sampai April belum dibayar sama sekali. Totalnya Rp 67.400.000 untuk 38 kali pesanan, semua nota dan daftar hadir rapat sudah kami serahkan ke pejabat yang memesan. Kami sudah pinjam uang ke keluarga untuk belanja bahan, dan karyawan kami lima orang harus tetap digaji.\n\nKami mohon sekali kejelasan kapan tagihan kami dibayar. Kalau ada dokumen yang kurang, kami siap melengkapi hari ini juga.\n\nTerima kasih.\nIbu Hartini\nDapur Hartini Catering",
    ),
    _E(
        "email",
        "perencanaan_keuangan",
        "Selamat siang,\n\nKami beberapa pegawai di lingkungan Sekretariat Daerah Kabupaten Kutai Kartanegara ingin menanyakan tambahan penghasilan pegawai (TPP) untuk bulan April dan Mei 2025 yang sampai hari ini belum dibayarkan. Kami mendapat informasi bahwa pegawai di beberapa dinas lain sudah menerima TPP bulan Mei sejak minggu lalu.\n\nKami sudah mengisi laporan kinerja dan absensi elektronik tepat waktu. Namun ketika ditanyakan, belum ada penjelasan yang jelas apakah keterlambatan disebabkan dokumen, anggaran, atau hal lain.\n\nKami mohon penjelasan mengenai penyebab keterlambatan dan perkiraan waktu pembayaran, agar kami bisa mengatur keperluan rumah tangga, apalagi menjelang tahun ajaran baru sekolah anak.\n\nTerima kasih.\nPegawai Setda Kukar (nama ada pada kami)",
    ),
    _E(
        "whatsapp",
        "perencanaan_keuangan",
        "pak sy staf honorer di setda, gaji bln ini blm masuk jg pdhl udh tgl 12. kawan2 di dinas lain udh cair 😢 mohon info kapan ya",
    ),
    _E(
        "whatsapp",
        "perencanaan_keuangan",
        "selamat sore, sy pegawai setda. biaya perjalanan dinas ke Samarinda & Balikpapan bulan lalu blm diganti smp skrg, kwitansi hotel & tiket sdh sy serahkan ke bendahara. total 4,2 jt. kira2 kapan cairnya?",
    ),
    _E(
        "whatsapp",
        "perencanaan_keuangan",
        "ulun nang jual ATK lawan kertas ke kantor setda, tagihan kada dibayar2 sudah lawas, 3 bulan lebih. 15 juta aja pian ai. tolong dibantu 🙏",
    ),
    _E(
        "web",
        "perencanaan_keuangan",
        "Apakah benar pembayaran TPP pegawai di Sekretariat Daerah bulan Mei ditunda karena laporan pertanggungjawaban keuangan (SPJ) bulan sebelumnya belum lengkap? Jika benar, mengapa kelalaian administrasi ditanggung seluruh pegawai? Mohon penjelasan resmi dan kepastian jadwal pembayarannya.",
    ),
    _E(
        "web",
        "perencanaan_keuangan",
        "Kami percetakan di Tenggarong. Bulan Maret kami mencetak spanduk, baliho dan 500 eksemplar buku panduan untuk kegiatan yang diselenggarakan Sekretariat Daerah.\n\nAcaranya sendiri bagus sekali, banyak yang hadir, kami ikut senang barang kami dipakai. Pejabatnya juga ramah.\n\nTapi sampai sekarang tagihan kami Rp 23.600.000 belum dibayar. Sudah tiga bulan. Kami sudah datang ke kantor empat kali, jawabannya masih menunggu proses. Kami ulangi lagi, sudah tiga bulan, dan kami usaha kecil yang harus bayar tinta, kertas dan gaji karyawan.\n\nKami tidak mau ribut, kami cuma minta kepastian kapan tagihan kami dibayar. Kalau memang ada dokumen yang kurang, tolong disampaikan secara jelas, jangan cuma bilang proses. Sekali lagi mohon dibantu kepastian pembayarannya.",
    ),
    _E(
        "web",
        "perencanaan_keuangan",
        "Mohon informasi mengenai rencana anggaran dan realisasi belanja Sekretariat Daerah Kabupaten Kutai Kartanegara Tahun Anggaran 2024, khususnya belanja perjalanan dinas dan belanja honorarium. Data ini kami perlukan untuk penelitian skripsi tentang transparansi pengelolaan keuangan di perangkat daerah.",
    ),
    _E(
        "sms",
        "perencanaan_keuangan",
        "Honor panitia HUT Kukar dr Setda blm dibayar. Sdh 2 bln. Kami 14 org.",
    ),
    _E(
        "sms",
        "perencanaan_keuangan",
        "Tagihan sewa tenda & kursi utk acara Setda 17 Agustus blm dibayar. Rp 12.500.000. Sdh 9 bln.",
    ),
    _E(
        "telegram",
        "perencanaan_keuangan",
        "Sy staf di setda. Gaji bln Mei berkurang 350rb tanpa penjelasan. Tdk ada slip rincian potongan. Mohon dijelaskan potongan apa.",
    ),
    _E(
        "telegram",
        "perencanaan_keuangan",
        "knp SPJ perjalanan dinas kami ditolak terus sama bendahara setda? udh 3x revisi, alasannya beda2 tiap kali. mohon dikasih daftar syarat yg pasti",
    ),
    _E(
        "twitter",
        "perencanaan_keuangan",
        "udah 5 bulan invoice kami ke Setda Kukar blm dibayar. barang udh diterima, BAST udh diteken. usaha kecil begini mau bertahan gimana 😩",
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
