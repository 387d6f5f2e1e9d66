# ruff: noqa: E501
"""Blind set written 2026-12-08 (third of the day) for issue 16: real complaints as they are quoted or retold in public and then sent on to the service: local online news items (a resident quoted, an official's statement, background, outlet and dateline), readers' letters, Facebook group posts with comments pasted under them, Instagram captions, TikTok and YouTube transcripts, X threads and quote-posts, WhatsApp broadcasts forwarded several times; the medium is how the matter became known, not the matter. 15 cases per section; per section 3 email, 3 whatsapp, 3 web, 1 sms, 2 telegram, 3 twitter (36 email, 36 whatsapp, 36 web, 12 sms, 24 telegram, 36 twitter).. Written by two helper sessions, six sections each, with the same instructions, and joined into this file unread.

Written without reading config.yaml, routing/ or tests/routing/; each case is labelled only from
the mandates in docs/sections.md.

Scored ONCE, blind, with the rules of main cecb054 (this file committed unread in that commit;
the same rules that scored 2026-12-08b), on 2026-12-08 at 01:48 UTC: 163/180 correct = 90.6%
(Wilson 95% interval 85.4%-94.0%), 4 fallbacks (2.2%). Per channel: email 32/36 = 88.9%, sms
10/12, telegram 21/24, twitter 34/36, web 30/36, whatsapp 36/36.
The errors (index in CASES, label -> got): #2 pemerintahan -> adpem, #6 pemerintahan -> fallback,
#9 pemerintahan -> fallback, #15 kesra -> sda, #23 kesra -> fallback, #25 kesra -> prokom, #41
hukum -> prokom, #53 kerjasama -> sda, #61 perekonomian -> sda, #71 perekonomian -> prokom, #84 sda
-> fallback, #89 sda -> perencanaan_keuangan, #91 adpem -> pemerintahan, #111 pbj -> adpem, #127
organisasi -> sda, #142 umum -> organisasi, #178 perencanaan_keuangan -> organisasi.
"""

from __future__ import annotations

from tests.routing.case import Case

_PEMERINTAHAN = [
    Case(
        "email",
        "pemerintahan",
        "Subject: Fwd: Sengketa hasil pilkades Sumber Sari\n\nYth. Admin Pengaduan Pemkab Kukar,\n\nSaya teruskan berita di bawah. Kami warga Desa Sumber Sari, Kec. Loa Kulu, mohon pemkab turun tangan karena keberatan calon nomor urut 2 sudah disampaikan ke panitia tingkat kecamatan tapi sampai sekarang tidak ada jawaban, sementara jadwal pengangkatan kades terpilih sudah diumumkan.\n\n---------- Forwarded message ---------\nDari: Redaksi kukarterkini.id\n\nLOA KULU, kukarterkini.id - Hasil pemungutan suara pemilihan kepala desa di Desa Sumber Sari masih menyisakan polemik. Selisih suara hanya 7, sementara puluhan surat suara dinyatakan tidak sah karena dicoblos tembus. 'Kami minta dihitung ulang secara terbuka, disaksikan semua calon,' ujar Suparno, tim pemenangan salah satu calon, Sabtu (12/10).\n\nKetua panitia di tingkat desa mengatakan pihaknya sudah bekerja sesuai tata tertib dan mempersilakan keberatan diajukan lewat jalur yang ada.\n---------------------------------------\n\nTerima kasih.\n\nSuparno\nRT 05 Desa Sumber Sari, Loa Kulu\n0812-5xxx-xxxx",
    ),
    Case(
        "email",
        "pemerintahan",
        "Perihal: Ketua RT terpilih belum juga di-SK-kan\n\nKepada Yth.\nBapak Bupati Kutai Kartanegara\nc.q. Layanan Pengaduan\n\nDengan hormat,\nSurat ini sebelumnya saya kirim ke rubrik Surat Pembaca sebuah harian di Samarinda dan sudah dimuat minggu lalu, namun belum ada tanggapan, jadi saya kirim langsung ke sini.\n\nPada bulan Juli warga RT 14 Kelurahan Loa Ipuh, Tenggarong, sudah melaksanakan musyawarah untuk memilih ketua RT yang baru karena ketua yang lama pindah ke Balikpapan. Berita acara dan daftar hadir sudah kami serahkan ke kantor kelurahan. Sampai hari ini, empat bulan kemudian, SK ketua RT belum terbit sehingga pengurus baru tidak berani menandatangani surat pengantar warga. Warga yang perlu surat pengantar terpaksa mencari ketua lama lewat telepon.\n\nKami mohon kejelasan apakah ada persyaratan yang kurang, dan siapa sebenarnya yang berwenang mengesahkan ketua RT tersebut.\n\nHormat saya,\n\nDrs. H. Syahrani\nWarga RT 14 Kel. Loa Ipuh, Tenggarong",
    ),
    Case(
        "email",
        "pemerintahan",
        "Selamat siang,\n\nMohon ditindaklanjuti. Berita ini dimuat Kaltim Post edisi online kemarin:\n\n> TENGGARONG SEBERANG - Warga dua desa di Kecamatan Tenggarong Seberang saling klaim atas wilayah sekitar 40 hektare di perbatasan Desa Bukit Raya dan Desa Separi. Patok yang dipasang tahun 2009 disebut sudah bergeser, sementara warga di lokasi itu memegang KTP dari dua desa berbeda. 'Bantuan dari desa jadi serba salah, dua-duanya merasa berhak,' kata seorang kepala dusun setempat.\n\nSaya Sekretaris Desa Bukit Raya. Kami sudah dua kali rapat dengan desa tetangga difasilitasi kecamatan tapi tidak ada titik temu. Kami mohon pemkab menurunkan tim untuk menegaskan dan mengukur ulang garis batas kedua desa, supaya data penduduk dan pembangunan desa tidak tumpang tindih lagi.\n\nTerima kasih,\n\nAgus Widodo, S.Sos\nSekdes Bukit Raya",
    ),
    Case(
        "whatsapp",
        "pemerintahan",
        "*Diteruskan berkali-kali*\n\nASSALAMUALAIKUM WARGA DUSUN PERJIWA ULU 📢📢 INFO TERBARU USULAN DESA PERSIAPAN KITA SUDAH MASUK KE PEMKAB TINGGAL TUNGGU SK, YG BLM TANDA TANGAN DUKUNGAN HARAP KE RUMAH PAK KADUS SBLM JUMAT!!\n\n---\nmin sy mau tanya ini benar gk ya? soalnya udh 3 thn katanya tinggal tunggu SK terus. kami cm mau tau usulan pemekaran desa kami skrg posisinya dimana, msh di kecamatan atau sdh di kabupaten. mksh",
    ),
    Case(
        "whatsapp",
        "pemerintahan",
        "Assalamualaikum pak/bu. Sy warga Desa Kedang Ipil Kota Bangun. Kades kami meninggal bulan Mei kemarin, sampai skrg desa cuma dipegang sekdes, blm ada Pj kades yg ditunjuk. Dana desa tahap 2 katanya blm bisa cair krn gk ada yg tanda tangan. Kpn pemkab menunjuk Pj atau ngadakan pemilihan antar waktu? Terima kasih 🙏",
    ),
    Case(
        "whatsapp",
        "pemerintahan",
        "Pagi min. Ini sy kirim ulang postingan grup FB 'Info Warga Samboja' krn bnyk yg nanya:\n\n'RT 23 Kel. Sungai Seluang skrg isinya udh hampir 300 KK, ketua RT kewalahan, rumah ujung ke ujung 4 km. Warga sdh sepakat mau dipecah jd 2 RT tapi kata kelurahan hrs nunggu aturan. Aturan yg mana???'\n\nKomentar:\n- Rina Ayu: betul bgt, minta tanda tangan aja hrs nunggu pak RT pulang kebun\n- Jamal Samboja: tahun lalu RT sebelah bisa dimekarkan kok\n\nMohon penjelasan syaratnya apa aja utk pemekaran RT dan diajukan ke siapa.",
    ),
    Case(
        "web",
        "pemerintahan",
        "Saya kutip postingan di grup Facebook 'Warga Muara Jawa Bersatu' yg sdh dibagikan ratusan kali:\n\n\"Kami tinggal di perbatasan, KTP Muara Jawa tapi kata orang kecamatan Samboja rumah kami masuk wilayah mereka. Waktu pendataan kemarin didata dua kali, pas pemilu bingung TPS nya dimana. Sampai kapan begini?\"\n\nSaya salah satu warga Desa Tama Pole yg mengalami hal ini. Kami minta kepastian garis batas antara Kecamatan Muara Jawa dan Kecamatan Samboja di wilayah kami, dan ditetapkan secara resmi supaya kampung kami tidak diperebutkan lagi. - Hendra",
    ),
    Case(
        "web",
        "pemerintahan",
        "Kepada Pemkab Kukar. Di Desa Sebulu Ilir hubungan BPD dan kepala desa sudah tidak harmonis sejak awal tahun. APBDes tidak kunjung disepakati, kepala desa menjalankan kegiatan tanpa musyawarah desa, dan BPD mengumumkan mosi tidak percaya lewat siaran langsung di Facebook yang kemudian diberitakan beberapa media online. Warga jadi terbelah dua. Kami tokoh masyarakat meminta pemkab melakukan pembinaan dan memediasi kedua pihak, serta memeriksa apakah kepala desa sudah melanggar kewajibannya. Hormat kami, Forum Tokoh Masyarakat Sebulu Ilir.",
    ),
    Case(
        "web",
        "pemerintahan",
        "Transkrip video TikTok akun @anakmuarawis_ (ditonton 80 ribu kali):\n\n'jadi guys ini kampung kami di Muara Wis ya... kepala desa kami itu tinggalnya di Samarinda, pulang ke desa cuma pas ada acara atau pas ada pencairan. mau ketemu aja susah, rapat warga diwakilin terus. pak bupati tolong dong kades kami ini dibina atau ditegur, dia dipilih buat ngurus desa bukan buat tinggal di kota'\n\nSaya pengirim, warga Desa Muara Wis, membenarkan isi video tersebut. Mohon ditindaklanjuti.",
    ),
    Case(
        "sms",
        "pemerintahan",
        "yth pemkab kades terpilih desa loa raya sdh 5 bln blm jg di SK kan bupati desa msh dipegang pj tlg kejelasannya trims warga loa raya",
    ),
    Case(
        "telegram",
        "pemerintahan",
        "Selamat sore admin. Saya lihat di YouTube ada pernyataan pejabat bahwa pilkades serentak di Kukar diundur ke tahun depan, tapi di grup WA kecamatan katanya tetap tahun ini. Saya berencana mencalonkan diri di Desa Jembayan, Loa Kulu. Mohon info resmi jadwal pilkades gelombang berikutnya, desa mana saja yang ikut, serta syarat pendaftaran calon. Terima kasih. Rusdi",
    ),
    Case(
        "telegram",
        "pemerintahan",
        "Min, kasus lahan lapangan bola di perbatasan Desa Loa Duri Ulu sm Desa Loa Duri Ilir (Loa Janan) makin panas. Dua desa sama2 ngaku itu tanah desanya, dua2nya punya surat segel lama. Kmrn hampir ribut pas pemuda desa sebelah pasang plang. Ini udh masuk berita lokal jg. Tolong pemkab segera mediasi & cek arsip siapa yg sebenernya berhak sblm ada bentrok.",
    ),
    Case(
        "twitter",
        "pemerintahan",
        "@PemkabKukar ini kok lambat bgt? Kades Kersik Marangkayu udah jadi tersangka dari bulan lalu tp masih ngantor kyk biasa, blm diberhentikan sementara. Warga minta kejelasan status kadesnya. https://t.co/k8Xa2 [kutip: 'Kades di Marangkayu Ditetapkan Tersangka Penyalahgunaan ADD']",
    ),
    Case(
        "twitter",
        "pemerintahan",
        "1/ Thread soal nasib kampung kami di Loa Kulu Kota. Sejak 2019 katanya desa kami mau diubah statusnya jadi kelurahan, sudah ada rapat, sudah ada sosialisasi, sudah masuk koran. @PemkabKukar\n2/ Tapi sampai sekarang statusnya gantung. Perangkat desa nggak berani bikin program jangka panjang karena takut tiba2 jadi kelurahan.\n3/ Kami cuma minta kejelasan: jadi atau tidak, dan kapan. Tolong dijawab ya min 🙏",
    ),
    Case(
        "twitter",
        "pemerintahan",
        "@PemkabKukar @kec_tenggarong pak lurah mangkurawang memberhentikan ketua RT kami tanpa musyawarah warga, katanya krn beda pilihan politik. ketua RT itu dipilih warga bukan ditunjuk lurah. mohon ditinjau kembali",
    ),
]

_KESRA = [
    Case(
        "email",
        "kesra",
        "Perihal: Bantuan biaya kuliah semester lalu belum cair\n\nYth. Bapak/Ibu pengelola pengaduan Pemkab Kutai Kartanegara,\n\nTulisan saya di bawah ini sudah dimuat di rubrik Surat Pembaca Tribun Kaltim tanggal 3 lalu. Saya kirimkan juga ke sini agar ada jawaban resmi.\n\n\"Anak saya kuliah semester lima di sebuah perguruan tinggi di Samarinda dan dinyatakan lolos seleksi Beasiswa Kukar Idaman. Namanya ada di pengumuman resmi. Namun sudah lewat empat bulan dana belum masuk ke rekening, sementara kampus sudah menagih UKT dengan ancaman cuti paksa. Ketika kami tanyakan lewat nomor panitia, jawabannya selalu 'masih proses'. Kami orang tua di kampung hanya petani karet, tidak sanggup menalangi.\"\n\nMohon informasi kapan pencairan dilakukan, dan apakah ada surat keterangan yang bisa kami bawa ke kampus agar anak kami tidak dicutikan.\n\nHormat saya,\n\nMaslianur\nDesa Sedulang, Muara Kaman",
    ),
    Case(
        "email",
        "kesra",
        "Assalamu'alaikum warahmatullahi wabarakatuh,\n\nKami pengurus Masjid Nurul Huda, Desa Sepatin, Kecamatan Anggana. Sebagaimana pernah diberitakan media online setempat ('Masjid di Pesisir Anggana Miring Dimakan Abrasi'), bangunan masjid kami sudah miring dan lantainya retak karena tanah di pinggir laut terus turun. Jamaah sholat Jumat sudah tidak berani memenuhi shaf bagian belakang.\n\nProposal permohonan bantuan untuk rehab masjid sudah kami masukkan bulan Februari lewat kantor camat, lengkap dengan RAB dan foto. Sampai sekarang kami belum mendapat kabar apakah proposal itu diterima atau perlu dilengkapi. Kami mohon informasi statusnya dan apakah masih bisa masuk tahun anggaran ini.\n\nWassalamu'alaikum wr. wb.\n\nH. Abdul Kadir\nKetua Takmir Masjid Nurul Huda Sepatin",
    ),
    Case(
        "email",
        "kesra",
        "Subject: Re: insentif guru TPA triwulan 2\n\n> Pak, apakah sudah ada kabar dari kabupaten? Guru-guru di desa kita sudah tanya terus.\n> -- Ustadzah Nur, TPA Al-Ikhlas\n\nBelum ada, Bu. Saya teruskan ke layanan pengaduan pemkab sekalian.\n\nYth. Admin,\n\nKami dari Forum Komunikasi TPA Kecamatan Muara Muntai. Insentif guru mengaji dan guru TPA untuk triwulan kedua sampai sekarang belum diterima oleh sekitar 60 orang guru di kecamatan kami, padahal di salah satu portal berita Kukar disebutkan sudah disalurkan ke seluruh kecamatan. Ada juga beberapa nama guru yang tahun lalu terdaftar tapi tahun ini hilang dari daftar.\n\nMohon dicek dan dijelaskan kapan dibayarkan, serta bagaimana cara memperbaiki data guru yang hilang.\n\nSalam,\nMuhammad Yusran\nKoordinator FK-TPA Muara Muntai",
    ),
    Case(
        "whatsapp",
        "kesra",
        "Forwarded many times\n\n🎓 PENDAFTARAN BEASISWA PEMKAB KUKAR 2024 TELAH DIBUKA 🎓\nKlik link berikut utk daftar: bit.ly/beasiswa-kukar-2024xx\nKuota terbatas!! Biaya admin Rp 150.000 transfer ke rek BRI a.n. ...\n\n------\nmin ini asli kah? anak sy baru lulus SMA mau daftar tp kok ada biaya admin. kalau palsu tolong dikasih tau yg benar kapan pendaftaran beasiswa kabupaten dibuka & lewat mana. mksh. (Ibu Hasnah, Tenggarong)",
    ),
    Case(
        "whatsapp",
        "kesra",
        "Assalamualaikum. Sy orang tua salah satu peserta kafilah Kukar di MTQ tingkat provinsi kemarin. Anak sy juara 2 cabang tilawah remaja, waktu penyambutan diberitakan di mana2 bakal dpt bonus dr pemkab. Tp skrg udh 5 bln blm ada kabar sama sekali, pelatihnya jg blm terima uang pembinaan. Mohon dicek pak, kasian anak2 udh latihan berbulan2 🙏",
    ),
    Case(
        "whatsapp",
        "kesra",
        "Slmt siang. Sy calon jemaah haji thn ini dr Kec. Kembang Janggut. Di grup FB jemaah beredar info bhw pemkab tdk lg menanggung transport jemaah dr kecamatan ke asrama haji Balikpapan, kami hrs berangkat sendiri2. Benar atau tidak? Kami bnyk yg sdh lanjut usia, jarak kami jauh bgt. Mohon penjelasan pengaturan keberangkatan jemaah dr Kukar. Trims",
    ),
    Case(
        "web",
        "kesra",
        "Menyampaikan keluhan yang juga sudah saya tulis di grup Facebook 'Suara Hulu Mahakam':\n\nJemaat GKII di Desa Long Lalang, Tabang, sudah tiga tahun berturut-turut mengajukan permohonan bantuan untuk menyelesaikan atap dan lantai gereja yang dibangun swadaya oleh jemaat. Setiap tahun kami dengar rumah ibadah lain di kota mendapat bantuan, sedangkan kami tidak pernah ada jawaban, diterima atau ditolak. Apakah permohonan kami sampai? Apa ada syarat yang kurang?\n\nKomentar yang saya salin dari postingan itu:\n- 'Sama pak, langgar kami di hulu jg gitu'\n- 'Coba bawa langsung ke Tenggarong'\n\nMohon penjelasan. Pdt. Yohanes Lahang",
    ),
    Case(
        "web",
        "kesra",
        "kami majelis taklim ibu2 Al-Mawaddah kelurahan Sarijaya sangasanga sdh terdaftar dan punya SK, tahun lalu mengajukan proposal hibah utk kegiatan & perlengkapan (sound system, rebana, karpet). pas ada kunjungan pejabat katanya 'insyaallah tahun depan'. sdh tahun depan tp tdk ada kabar. kelompok sebelah dpt terus tiap tahun. gimana caranya biar proposal kami diproses adil? terima kasih. ibu Rahmawati",
    ),
    Case(
        "web",
        "kesra",
        "Transkrip sebagian dari video YouTube 'Curhat Mahasiswa Kukar di Jogja' (menit 02:10):\n\n'...jadi aku tuh udah kontrak kuliah S2 tahun lalu karena dijanjikan bantuan biaya studi dari kabupaten untuk jenjang magister. tahun ini tiba-tiba namaku gak ada di daftar penerima lanjutan, padahal IPK aku 3,8. gak ada pemberitahuan apa-apa. sekarang aku harus bayar sendiri 9 juta...'\n\nSaya yang ada di video tersebut, Nadia Putri, asal Kelurahan Timbau, Tenggarong. Mohon penjelasan tertulis kenapa saya tidak lagi menerima bantuan lanjutan dan apakah saya bisa mengajukan keberatan.",
    ),
    Case(
        "sms",
        "kesra",
        "Pak insentif guru ngaji di desa Santan Ulu blm kami terima dr januari kami cm dpt itu tlg dicek Ust Amri",
    ),
    Case(
        "telegram",
        "kesra",
        "Selamat pagi. Kami pengurus Karang Taruna Desa Manunggal Jaya, Tenggarong Seberang. Di siaran radio lokal minggu lalu disebutkan pemkab membuka pengajuan bantuan hibah untuk organisasi kemasyarakatan dan kelompok pemuda tahun depan. Kami mau mengajukan untuk kegiatan pembinaan remaja, tapi bingung syaratnya: apakah organisasinya harus sudah terdaftar berapa lama, dan proposal diantar ke mana. Mohon infonya.",
    ),
    Case(
        "telegram",
        "kesra",
        "Om Swastiastu. Kami umat Hindu di Desa Kerta Buana, Tenggarong Seberang. Pelinggih di pura banjar kami rusak kena angin kencang bulan lalu (sempat viral di IG @infokukar). Kami ingin mengajukan permohonan bantuan perbaikan tempat ibadah ke pemkab. Mohon petunjuk prosedurnya dan apakah masih ada peluang tahun ini. Suksma. I Made Sudarta",
    ),
    Case(
        "twitter",
        "kesra",
        "@PemkabKukar min pengumuman hasil seleksi beasiswa mahasiswa kapan sih?? udah mundur 2x, di IG katanya akhir bulan, skrg udh lewat. kami butuh kepastian buat bayar UKT 😭",
    ),
    Case(
        "twitter",
        "kesra",
        "Quote: 'Kafilah Muara Badak Protes Hasil Penilaian MTQ Tingkat Kabupaten'\n\n@PemkabKukar kami minta lembar nilai dewan hakim cabang tartil dibuka, jgn cuma diumumkan juaranya. anak2 kami latihan setahun, wajar kalau mau tau kurangnya dimana",
    ),
    Case(
        "twitter",
        "kesra",
        "marbot masjid di kampung sy (Kahala, Kenohan) bilang insentif dr pemkab thn ini dipotong & telat. ada yg bisa jelasin gak? @PemkabKukar kasian bapaknya tiap subuh udh buka masjid",
    ),
]

_HUKUM = [
    Case(
        "email",
        "hukum",
        "Subject: Permintaan draf Raperda dan jadwal uji publik\n\nYth. Pemerintah Kabupaten Kutai Kartanegara,\n\nKami dari Perkumpulan Lingkar Warga Mahakam, lembaga yang bergerak di pendampingan masyarakat sipil. Beberapa media online memberitakan bahwa pemkab sedang menyusun rancangan perda tentang pengakuan dan perlindungan masyarakat hukum adat, dan akan segera diajukan ke DPRD. Namun hingga kini naskah akademik maupun draf pasal-pasalnya belum dapat kami temukan di mana pun.\n\nKami ingin memberikan masukan tertulis, khususnya soal mekanisme verifikasi komunitas adat. Untuk itu kami mohon:\n1. salinan draf terakhir dan naskah akademiknya;\n2. informasi apakah akan ada uji publik atau konsultasi, kapan dan di mana.\n\nAtas perhatiannya kami ucapkan terima kasih.\n\nSalam,\nFebriana Lestari\nKoordinator Program\nPerkumpulan Lingkar Warga Mahakam, Samarinda",
    ),
    Case(
        "email",
        "hukum",
        "Yth. Bapak/Ibu,\n\nSaya Nurlela, ibu rumah tangga dari Kelurahan Jawa, Sangasanga. Suami saya sedang berperkara di Pengadilan Negeri Tenggarong dalam kasus yang diberitakan beberapa portal berita minggu lalu (perkelahian di dekat dermaga). Kami tidak mampu membayar pengacara. Sidang berikutnya tanggal 21.\n\nSaya dengar pemkab punya program pendampingan pengacara gratis untuk warga tidak mampu. Bagaimana cara mendaftar, syaratnya apa saja, dan apakah masih sempat sebelum sidang? Saya punya SKTM dari kelurahan.\n\nMohon bantuannya.\n\nHormat saya,\nNurlela\nHP 0852-4xxx-xxxx",
    ),
    Case(
        "email",
        "hukum",
        "Perihal: Mohon telaahan rancangan Perbup tarif masuk objek wisata\n\nYth. Kepala Bagian,\n\nMenindaklanjuti ramainya protes pengunjung di media sosial atas tarif masuk Pulau Kumala dan beberapa objek wisata lain yang dinilai tidak punya dasar, kami dari Dinas Pariwisata bermaksud menetapkan dasar tarif tersebut dalam Peraturan Bupati sebagai turunan perda pajak dan retribusi daerah yang baru.\n\nRancangan sudah kami susun, namun kami ragu apakah besaran tarif boleh diatur dalam Perbup atau harus menunggu perubahan perda, serta bagaimana ketentuan peralihannya. Kami mohon telaahan dan jadwal rapat pembahasan secepatnya.\n\nBersama ini kami lampirkan draf rancangan dan matriks tarif.\n\nHormat kami,\n\nKepala Bidang Destinasi\nDinas Pariwisata Kab. Kutai Kartanegara",
    ),
    Case(
        "whatsapp",
        "hukum",
        "min web jdih kukar kok gk bisa dibuka dr kmrn ya? sy mau download perda ttg ketertiban umum yg terbaru buat bahan sosialisasi di kampung, yg beredar di grup WA beda2 versinya. ada link lain gk? mksh. (Wahyu, Bangun Rejo)",
    ),
    Case(
        "whatsapp",
        "hukum",
        "Assalamualaikum. Sy ahli waris almarhum H. Jafar di Kel. Loa Tebu Tenggarong. Tanah kami dipakai utk jalan tanpa ganti rugi sejak 2016, kami sdh menggugat pemkab ke PN Tenggarong dan kami menang, putusannya sdh inkracht (beritanya sempat ramai di FB). Tp sampai skrg putusan itu blm dijalankan pemkab. Kami mohon putusan pengadilan dilaksanakan. Siapa yg bisa kami temui?",
    ),
    Case(
        "whatsapp",
        "hukum",
        "Broadcast dr grup pengusaha hiburan Tenggarong:\n'Mulai bulan depan semua tempat hiburan WAJIB tutup jam 24.00 sesuai Perbup baru, yg melanggar izin dicabut'\n\nSelamat siang, sy pengelola usaha karaoke keluarga di Jl. Gunung Belah. Mohon konfirmasi apakah benar ada Perbup baru tsb, nomor berapa, dan kapan berlaku. Kami blm pernah diajak bicara atau dapat salinannya. Kalau benar kami ingin menyampaikan keberatan/masukan atas isinya. Terima kasih. Ferry",
    ),
    Case(
        "web",
        "hukum",
        "Postingan di grup FB 'Kukar Bersuara' yg ramai dikomentari:\n'Denda Rp 5 juta per ekor sapi yg lepas di jalan itu kebesaran buat peternak kecil kayak kami. Yg bikin perda pernah ke kampung gk?'\n\nSaya peternak di Desa Karya Jaya, Samboja. Kami tidak menolak aturan ternak harus dikandangkan, tapi kami minta besaran sanksi dalam perda itu ditinjau ulang dan ada masa peralihan bagi peternak kecil. Ke mana kami bisa menyampaikan usulan perubahan perda secara resmi? — Suyatno",
    ),
    Case(
        "web",
        "hukum",
        "Kepada Yth. Bupati Kutai Kartanegara\nc.q. pejabat yang menangani perkara pemerintah daerah\n\nDengan hormat, kami Kantor Advokat Rahmat & Rekan, selaku kuasa dari warga RT 08 s.d. RT 11 Kelurahan Sukarame, menyampaikan somasi kedua kepada Pemerintah Kabupaten Kutai Kartanegara. Sebagaimana telah diberitakan sejumlah media, klien kami menderita kerugian akibat pembongkaran kios dan pagar oleh aparat pada 14 Agustus tanpa surat peringatan tertulis. Somasi pertama kami tertanggal 2 September tidak mendapat jawaban. Apabila dalam 14 hari tidak ada tanggapan atau undangan penyelesaian, kami akan mendaftarkan gugatan ke pengadilan. Hormat kami, Rahmat Hidayat, S.H., M.H.",
    ),
    Case(
        "web",
        "hukum",
        "Selamat siang. Saya mahasiswa Fakultas Hukum Unikarta yang sedang menyusun skripsi tentang pajak sarang burung walet di Kukar. Di berita online disebut perda tersebut pernah diubah, tapi di situs dokumentasi produk hukum kabupaten hanya ada versi lama, perubahannya tidak ada. Apakah saya bisa mendapatkan salinan perda perubahan beserta nomor lembaran daerahnya? Terima kasih. Ahmad Fauzi",
    ),
    Case(
        "sms",
        "hukum",
        "Pak sy warga miskin di Loa Janan Ulu dilaporkan tetangga ke polisi soal patok tanah. Gk punya uang utk pengacara. Apa ada bantuan hukum gratis dr pemkab? Mksh. Sarmi",
    ),
    Case(
        "telegram",
        "hukum",
        "Sore min. Di IG DPRD ada info pembahasan raperda parkir tepi jalan umum di Tenggarong. Sy juru parkir yg sdh 10 thn di depan pertokoan Jl. KH Ahmad Muksin. Isi draf katanya juru parkir hrs di bawah pihak ketiga. Kami mau kasih masukan sblm disahkan, drafnya bisa dibaca dmn dan masukan dikirim ke siapa dr pihak pemkab?",
    ),
    Case(
        "telegram",
        "hukum",
        "Selamat malam. Saya pensiunan guru yang masih menempati rumah dinas di kompleks Jl. Danau Aji, Tenggarong. Saya menerima surat gugatan dari pemkab agar mengosongkan rumah melalui pengadilan, dan beritanya sudah masuk koran sehingga keluarga saya malu. Saya sudah lama mengajukan permohonan membeli rumah tersebut sesuai aturan. Apakah masih dimungkinkan penyelesaian damai di luar pengadilan? Kepada siapa saya bisa bicara? Hormat saya, Hj. Siti Aminah",
    ),
    Case(
        "twitter",
        "hukum",
        "@PemkabKukar Perbup ttg tarif layanan RSUD katanya sdh diteken sejak Maret tp di JDIH gk ada sama sekali. Masyarakat berhak baca aturan yg berlaku kan? tolong diunggah",
    ),
    Case(
        "twitter",
        "hukum",
        "QRT berita 'Peredaran Miras di Kukar Marak, Ormas Desak Perda Larangan':\nsetuju. @PemkabKukar kapan perda larangan minuman beralkohol direvisi? perda lama sanksinya gk bikin jera",
    ),
    Case(
        "twitter",
        "hukum",
        "warga muara kaman banyak yg kena kasus tanah tp buta hukum, gk ada pengacara di kecamatan. @PemkabKukar bisa gk program bantuan hukum gratisnya turun ke desa2 kayak posyandu gitu, kasih konsultasi langsung?",
    ),
]

_KERJASAMA = [
    Case(
        "email",
        "kerjasama",
        "Subject: Program sosial perusahaan migas di Muara Badak\n\nYth. Pemerintah Kabupaten Kutai Kartanegara,\n\nSaya menulis menanggapi berita di kaltimkece tanggal 5 bulan ini berjudul 'Warga Ring Satu Migas Mengaku Tak Pernah Rasakan CSR'. Dalam berita itu saya dikutip sebagai Ketua RT 09 Desa Tanjung Limau.\n\nWilayah kami dikelilingi sumur dan pipa, namun program tanggung jawab sosial perusahaan yang beroperasi di sini setiap tahun justru lebih banyak jatuh ke kegiatan di kota atau ke desa yang jauh dari lokasi operasi. Warga hanya mendengar nilainya dari berita. Kami tidak tahu kepada siapa usulan harus disampaikan.\n\nKami mohon pemkab, yang kami dengar punya forum untuk menyelaraskan program perusahaan, agar:\n1. membuka data program perusahaan di Muara Badak dan penerimanya;\n2. memastikan desa di sekitar operasi menjadi prioritas;\n3. mengundang perwakilan RT dalam perencanaannya.\n\nHormat saya,\n\nLa Ode Haris\nKetua RT 09 Desa Tanjung Limau, Muara Badak",
    ),
    Case(
        "email",
        "kerjasama",
        "Perihal: Tindak lanjut nota kesepahaman KKN Tematik\n\nYth. Bapak/Ibu di Sekretariat Daerah Kab. Kutai Kartanegara,\n\nSalam hormat. Kami dari LPPM sebuah universitas negeri di Samarinda. Pada bulan April lalu rektor kami dan Bupati menandatangani nota kesepahaman yang antara lain mencakup KKN tematik dan penelitian bersama; acara itu juga diliput media lokal. Sesuai kesepakatan, perjanjian teknis sebagai turunannya seharusnya disusun dalam tiga bulan.\n\nHingga kini draf perjanjian teknis yang kami kirim belum mendapat tanggapan, padahal 400 mahasiswa dijadwalkan berangkat KKN ke 20 desa di Kukar pada Januari. Kami mohon informasi pejabat penghubung di pihak pemkab dan jadwal pembahasan draf tersebut.\n\nTerima kasih.\n\nDr. Ratna Sari, M.Si.\nSekretaris LPPM",
    ),
    Case(
        "email",
        "kerjasama",
        "Kepada Yth.\nPemerintah Kabupaten Kutai Kartanegara\n\nDengan hormat,\n\nKoalisi Pemantau Dana Sosial Kukar menyampaikan keprihatinan atas penyaluran dana tanggung jawab sosial perusahaan tambang dan sawit tahun lalu. Dalam jumpa pers akhir tahun disebutkan ada puluhan miliar rupiah program perusahaan yang 'disinergikan' dengan program daerah. Namun kami tidak menemukan laporan terbuka tentang perusahaan mana menyalurkan apa, di desa mana.\n\nBeberapa kepala desa yang kami temui di Kembang Janggut dan Tabang mengaku tidak pernah diajak membahas program perusahaan, dan bantuan yang datang tidak sesuai kebutuhan (misalnya bibit yang sudah dimiliki warga).\n\nKami meminta rekapitulasi penyaluran program TJSL per perusahaan dan per desa untuk tahun lalu, serta penjelasan bagaimana desa dapat mengusulkan program.\n\nHormat kami,\n\nAnita Kurniasari\nKoordinator Koalisi Pemantau Dana Sosial Kukar",
    ),
    Case(
        "whatsapp",
        "kerjasama",
        "*Diteruskan*\n'Bantuan CSR dr PT sawit utk Desa Kelekat sdh dibagikan kmrn, tp cm ke keluarga perangkat & orang dekat kades. Warga yg lahannya dekat kebun gk dpt apa2.'\n\nMin sy warga Kelekat Kembang Janggut, pesan diatas beredar di grup warga. Sy mau tanya apakah pemkab ikut mengatur pembagian bantuan perusahaan itu? Kalau iya mohon dicek daftar penerimanya, krn kami yg tiap hari kena debu truk buah malah gk dpt",
    ),
    Case(
        "whatsapp",
        "kerjasama",
        "Assalamualaikum. Sy warga Desa Loa Janan Ilir, perumahan kami plg dekat ke jaringan air dr Samarinda drpd dr Tenggarong. Di berita tv lokal kmrn katanya pemkab Kukar dan pemkot Samarinda sdh teken kesepakatan kerja sama layanan di wilayah perbatasan, termasuk air bersih. Kami mau tanya isi kesepakatannya apa aja, kapan mulai jalan, dan apakah perumahan kami termasuk. Trims 🙏",
    ),
    Case(
        "whatsapp",
        "kerjasama",
        "Selamat siang bapak/ibu, sy Dedi dr PT Borneo Agro Digital, startup di Balikpapan. Kami sdh presentasi ke beberapa dinas dan diberi tahu bhw utk kolaborasi resmi dgn pemkab hrs ada nota kesepahaman dulu. Kami ingin mengajukan MoU dgn Pemkab Kukar utk uji coba aplikasi pencatatan hasil panen di 5 desa. Boleh minta info alur pengajuannya, dokumen apa yg disiapkan dan surat ditujukan ke siapa? Terima kasih.",
    ),
    Case(
        "web",
        "kerjasama",
        'Saya salin dari grup Facebook \'Info Anggana\':\n\n"Kemarin ada pembagian paket sembako CSR dari perusahaan di Handil Terusan, didampingi orang kecamatan. RT 1 sampai 4 dapat, RT 5 sampai 9 tidak. Kata panitianya datanya dari kabupaten. Kami protes kemana?"\n\nKomentar:\n- "RT 7 juga gak dapat, padahal yg paling dekat jetty"\n- "Biasanya yg dapat itu2 aja"\n\nSaya ketua RT 6. Mohon pemkab menjelaskan dasar pembagian paket bantuan perusahaan itu dan meminta agar penyaluran berikutnya mencakup semua RT di sekitar lokasi perusahaan. Suwardi',
    ),
    Case(
        "web",
        "kerjasama",
        "Yth. Pemkab Kukar. Kami dari sebuah politeknik swasta di Tenggarong ingin menjalin kerja sama resmi dengan pemkab untuk program magang mahasiswa di perangkat daerah dan penyerapan lulusan. Selama ini mahasiswa kami magang lewat surat per orang dan sering ditolak dengan alasan 'belum ada kerja sama'. Surat permohonan penandatanganan nota kesepahaman sudah kami kirim tiga bulan lalu dan sempat kami sampaikan langsung saat wisuda yang dihadiri wakil bupati, tetapi belum ada tindak lanjut. Mohon informasi status permohonan kami. Wakil Direktur I, Ir. Bambang S.",
    ),
    Case(
        "web",
        "kerjasama",
        "Selamat pagi. Sy Kaur Perencanaan Desa Sebuntal, Marangkayu. Desa kami mau mengusulkan program perpustakaan desa & pelatihan komputer utk anak muda ke perusahaan2 yg beroperasi di wilayah kami (ada migas & batu bara). Kata pihak perusahaan semua usulan program sosial hrs lewat pemkab supaya masuk rencana bersama. Benarkah begitu? Formatnya bagaimana dan batas waktunya kapan? Terima kasih.",
    ),
    Case(
        "sms",
        "kerjasama",
        "Min, desa kami Sungai Meriam Anggana dijanjikan bantuan CSR lampu jalan tenaga surya sejak 2022, kata perusahaan sdh diserahkan lwt pemkab. kok gk ada smp skrg?",
    ),
    Case(
        "telegram",
        "kerjasama",
        "Selamat siang admin. Sy dosen di Tenggarong. Kampus kami dan pemkab punya nota kesepahaman yg masa berlakunya habis akhir tahun ini (sempat dibahas di podcast kampus). Kami mau mengajukan perpanjangan sekaligus menambah ruang lingkup (pengabdian masyarakat di desa wisata). Apakah perpanjangan bisa langsung atau hrs evaluasi dulu? Kontak yg bisa dihubungi siapa? Trims. Hendrik",
    ),
    Case(
        "telegram",
        "kerjasama",
        "Selamat pagi, saya Lia dari bagian Community Development sebuah perusahaan tambang di Loa Kulu. Kami menyusun rencana program TJSL tahun depan dan ingin menyelaraskan dengan prioritas pemkab agar tidak tumpang tindih dengan program desa. Tahun lalu kami hanya dapat undangan rapat mendadak. Apakah ada jadwal pertemuan forum perusahaan tahun ini, dan format laporan realisasi yang harus kami serahkan?",
    ),
    Case(
        "twitter",
        "kerjasama",
        "@PemkabKukar katanya Kukar sdh teken kerja sama dgn Otorita IKN soal tenaga kerja lokal & pasokan pangan. isi perjanjiannya bisa dibuka gk? warga samboja yg paling dekat IKN pengen tau kami dapat apa 🙏 #Kukar #IKN",
    ),
    Case(
        "twitter",
        "kerjasama",
        "CSR perusahaan di sangasanga tiap tahun cuma spanduk & foto serah terima. bantuannya gak pernah nyampe ke warga rt kami. @PemkabKukar katanya ada tim yg ngawasin, mana?",
    ),
    Case(
        "twitter",
        "kerjasama",
        "warga marangkayu kalau sakit lebih dekat ke RS di Bontang drpd ke Tenggarong. dulu ada perjanjian kerja sama Pemkab Kukar-Pemkot Bontang soal layanan rujukan, skrg ditolak krn 'kerjasamanya udah habis'. @PemkabKukar tolong diperpanjang dong",
    ),
]

_PEREKONOMIAN = [
    Case(
        "email",
        "perekonomian",
        "Perihal: Surat Pembaca - Harga gas melon di hulu\n\nYth. Redaksi dan Pemkab Kukar,\n\nSaya ibu rumah tangga di Desa Genting Tanjung, Kecamatan Kembang Janggut. Di kampung kami elpiji tabung 3 kilogram dijual Rp 45.000 sampai Rp 50.000, itupun harus pesan dulu dan sering kosong sampai dua minggu. Pangkalan resmi di desa kami hanya satu, dan katanya jatah dari agen sering dikurangi. Saat kosong kami kembali memasak pakai kayu.\n\nKami mohon pemerintah menambah pangkalan dan kuota untuk desa-desa di hulu, dan mengawasi harga supaya tidak jauh dari harga yang ditetapkan.\n\nTerima kasih.\n\nSiti Rohani\nDesa Genting Tanjung, Kembang Janggut",
    ),
    Case(
        "email",
        "perekonomian",
        "Subject: Mohon dukungan bagi usaha olahan ikan Muara Jawa\n\nAssalamualaikum wr. wb.\n\nYth. Bapak/Ibu,\n\nKami Paguyuban Pelaku Usaha Amplang dan Olahan Ikan Muara Jawa, beranggotakan 38 usaha rumahan. Setelah video produk kami viral di TikTok bulan lalu, pesanan dari luar daerah naik, tapi kami kesulitan dengan izin edar, kemasan dan label halal. Kami sudah ke beberapa dinas namun diarahkan ke sana-sini.\n\nKami mohon pemkab dapat mengoordinasikan dukungan bagi usaha kecil seperti kami, khususnya:\n- pendampingan sertifikasi halal dan PIRT secara kolektif;\n- kesempatan membuka gerai produk lokal saat Erau;\n- akses ke pembiayaan berbunga rendah.\n\nTerima kasih.\n\nWassalamualaikum,\nHj. Rosmiati\nKetua Paguyuban",
    ),
    Case(
        "email",
        "perekonomian",
        "Fwd: 'Karyawan Perusda Kukar Belum Digaji Empat Bulan'\n\nYth. Bapak Bupati selaku pemilik modal,\n\nSaya salah satu karyawan perusahaan daerah milik Pemkab Kukar yang bergerak di perdagangan hasil bumi. Berita di atas benar adanya. Kami 27 orang belum menerima gaji sejak Juni. Direksi beralasan unit usaha merugi dan menunggu tambahan penyertaan modal dari pemkab. Sementara itu kendaraan operasional dijual satu per satu.\n\nKami mohon pemkab selaku pemegang saham mengevaluasi manajemen perusahaan daerah tersebut dan memastikan hak karyawan dibayar.\n\nHormat kami,\nPerwakilan karyawan\nM. Ridwan",
    ),
    Case(
        "whatsapp",
        "perekonomian",
        "Pesan berantai grup sopir truk:\n'INFO: SPBU Kota Bangun solar kosong lg, antrean dr subuh smp jembatan, yg pake jerigen didahulukan 😡'\n\nSelamat siang pak, sy sopir truk angkutan. Bener pak, 3 hari ini kami antre 6-8 jam, kadang udh nunggu lama solar habis. Tp yg bawa jerigen bnyk bgt bisa isi. Mohon pemkab koordinasi dgn pertamina & awasi SPBU supaya solar subsidi gk diborong pengecer. Trims. Anto",
    ),
    Case(
        "whatsapp",
        "perekonomian",
        "Assalamualaikum. Sy pedagang sayur di Pasar Tangga Arung Tenggarong. Harga cabe rawit dr pengepul naik jd 90rb/kg, bawang merah jg naik. Pembeli pd ngomel ke kami padahal kami jg beli mahal. Di berita katanya pemkab mau gelar pasar murah, kapan dan dimana? Trus apa ada upaya nurunin harga dr pemkab? mksh",
    ),
    Case(
        "whatsapp",
        "perekonomian",
        "Tolong dicek min, minyak goreng MinyaKita di toko2 Loa Kulu dijual 20rb/liter bahkan ada yg wajib beli sm gula. Stok di toko kosong tp di warung tertentu ada. Ini sdh saya foto & posting di grup FB jg. Mohon pemkab turun cek distributornya. - Sri, ibu rumah tangga",
    ),
    Case(
        "web",
        "perekonomian",
        "Postingan grup FB 'Samboja Info Terkini' (dibagikan 210 kali):\n\n'Pangkalan gas di Jl. Poros Samboja-Balikpapan KM 38 tiap datang truk langsung habis, yg dapat rumah makan & laundry pake mobil bak. Warga bawa tabung 1 disuruh balik besok.'\n\nKomentar:\n- 'betul, sy jg lihat tadi pagi'\n- 'harusnya pake KTP kan?'\n\nSaya yang menulis postingan tersebut, warga Kel. Margomulyo. Kami minta pemkab memeriksa pangkalan itu dan memastikan tabung 3 kg dijual ke rumah tangga, bukan ke usaha besar. — Wulandari",
    ),
    Case(
        "web",
        "perekonomian",
        "Kepada Pemkab Kukar,\nKami pedagang yang menempati los resmi di Pasar Muara Badak. Sejak dua bulan terakhir banyak pedagang menggelar dagangan di bahu jalan depan pasar, sehingga pembeli tidak masuk ke dalam. Dagangan kami busuk, dan beberapa teman sudah menutup lapak. Masalah ini sempat diangkat media lokal tapi hanya ditertibkan sehari. Kami mohon pemkab menata ulang pengelolaan pasar supaya semua pedagang masuk ke dalam dan pasar hidup lagi.\nPerwakilan Pedagang Los Ikan dan Sayur, Pak Hamzah",
    ),
    Case(
        "web",
        "perekonomian",
        "Mohon izin menyampaikan, kami Pemerintah Desa Muara Pantuan, Anggana (desa pesisir, hanya bisa dijangkau lewat sungai). Menjelang Ramadan harga beras, gula dan telur di desa kami naik 20-30 persen karena ongkos angkut. Kami membaca berita bahwa pemkab akan menggelar pasar murah di 20 kecamatan, tetapi tahun lalu lokasinya hanya di ibu kota kecamatan, warga kami harus naik perahu. Kami mohon desa pesisir dimasukkan sebagai titik pasar murah. Hormat kami, Kepala Desa Muara Pantuan.",
    ),
    Case(
        "sms",
        "perekonomian",
        "GAS MELON DI DESA LEBAK MANTAN MUARA WIS KOSONG 2 MGG ADA PUN 50RB TLG PEMKAB TAMBAH KUOTA TRIMS",
    ),
    Case(
        "telegram",
        "perekonomian",
        "Selamat malam. Di Tabang pertalite eceran skrg Rp 20 ribu/liter, SPBU kompak terdekat sering tutup krn tdk ada kiriman. Motor sm ketinting kami sehari2 butuh BBM. Sdh ada yg bikin video di TikTok soal ini tp blm ada perubahan. Mohon pemkab memperjuangkan pasokan BBM rutin utk kecamatan hulu. - Warga Tabang Lama",
    ),
    Case(
        "telegram",
        "perekonomian",
        "Halo min, sy pelaku usaha kue kering di Kel. Maluhu Tenggarong. Thn lalu ikut pelatihan UMKM yg diliput TV lokal, di situ diumumkan peserta akan dapat bantuan alat (oven, mixer). Sampai sekarang gk ada kabar. Teman2 sekelas pelatihan jg nanya2. Jadi gk sih? kalo ada syarat tambahan tolong dikasih tau.",
    ),
    Case(
        "twitter",
        "perekonomian",
        "harga beras premium di tenggarong udh 17rb/kg, beras lokal jg ikut naik. @PemkabKukar katanya inflasi terkendali, dicek dong ke pasar. rakyat kecil megap2",
    ),
    Case(
        "twitter",
        "perekonomian",
        "QRT berita 'Gas 3 Kg Langka di Loa Janan, Warga Antre Sejak Subuh' — @PemkabKukar ini tiap bulan kejadian, tolong pangkalan yg jual diatas HET dicabut & distribusinya diawasi",
    ),
    Case(
        "twitter",
        "perekonomian",
        "perusda kukar tiap tahun disuntik modal miliaran tp setoran ke kas daerah nyaris nol (data dr berita kaltimpost). @PemkabKukar kapan dievaluasi? mending dibubarkan kalau cuma jadi tempat titipan",
    ),
]

_SDA = [
    Case(
        "email",
        "sda",
        "Subject: Lubang bekas tambang 50 meter dari SD\n\nYth. Pemerintah Kabupaten Kutai Kartanegara,\n\nSaya guru di sebuah SD negeri di Desa Bakungan, Kecamatan Loa Janan. Seperti diberitakan JATAM dan beberapa media online pekan lalu, di belakang sekolah kami ada kolam bekas galian batu bara yang dibiarkan terbuka, tanpa pagar dan tanpa papan peringatan. Jaraknya kurang dari 50 meter dari pagar sekolah. Murid-murid sering bermain di tepinya sepulang sekolah, dan tahun lalu sudah ada anak di kecamatan tetangga yang meninggal tenggelam di lubang serupa.\n\nKami mohon pemkab segera:\n1. meminta perusahaan pemilik konsesi memasang pagar dan rambu;\n2. memastikan lubang tersebut direklamasi atau ditimbun sesuai kewajibannya;\n3. memberi tahu kami perkembangan penanganannya.\n\nTerima kasih atas perhatiannya.\n\nHormat saya,\n\nErna Susanti, S.Pd.\nGuru SDN di Desa Bakungan",
    ),
    Case(
        "email",
        "sda",
        "Perihal: Permohonan bantuan traktor dan pompa air\n\nKepada Yth.\nBapak Bupati Kutai Kartanegara\ndi Tenggarong\n\nDengan hormat,\nKami Kelompok Tani 'Sumber Rejeki' Desa Manunggal Daya, Kecamatan Sebulu, beranggotakan 25 petani padi sawah dengan luas garapan 40 hektare. Selama ini kami mengolah sawah dengan menyewa traktor dari desa lain dengan biaya Rp 1,2 juta per hektare, dan sering terlambat tanam karena traktor harus antre.\n\nKami sudah dua kali mengajukan proposal bantuan dua unit traktor roda dua dan satu pompa air, terakhir saat kunjungan kerja Bupati ke desa kami yang disiarkan TVRI Kaltim. Saat itu disampaikan bahwa usulan akan dibantu tahun berikutnya, tetapi sampai sekarang kami belum menerima kabar.\n\nMohon kiranya usulan kami dapat ditindaklanjuti.\n\nHormat kami,\nSukirman\nKetua Kelompok Tani Sumber Rejeki",
    ),
    Case(
        "email",
        "sda",
        "Fwd dari milis Alumni SMAN 1 Kota Bangun:\n\n> Teman2, asap di Kota Bangun sejak 3 hari ini parah, anak2 sekolah batuk. Sumbernya dr pembukaan lahan kebun sawit di seberang danau, kelihatan titik apinya malam hari.\n\nYth. Pemkab Kukar,\n\nSaya meneruskan pesan di atas karena kondisinya benar. Kebakaran terjadi di areal yang sedang dibuka untuk perkebunan sawit di sekitar Desa Sangkuliman dan Desa Muhuran, berbatasan dengan rawa gambut. Warga menduga pembersihan lahan dilakukan dengan cara membakar. Kami meminta pemkab memeriksa perusahaan yang membuka lahan di sana, menghentikan pembakaran, dan memastikan gambut tidak dibakar lagi.\n\nSalam,\nDr. Fahmi Rizal\n(perantau asal Kota Bangun)",
    ),
    Case(
        "whatsapp",
        "sda",
        "*Forwarded*\n📹 video ikan2 mati mengapung di sungai dekat pabrik sawit Kenohan, air hitam & bau\n\nPak, ini sy warga Desa Teluk Muda. Video itu benar di kampung kami, sejak Senin ikan di keramba & sungai mati. Kami duga limbah pabrik kelapa sawit bocor ke anak sungai. Air sungai itu dipake mandi & nyuci warga. Tlg pemkab ambil sampel air dan tindak pabriknya. Trims",
    ),
    Case(
        "whatsapp",
        "sda",
        "Assalamualaikum. Sy ketua kelompok nelayan 'Bina Bahari' Desa Saliki, Muara Badak. Kami 15 org nelayan tradisional, mesin perahu sdh tua2 bnyk rusak. Kmrn di IG pemkab ada foto penyerahan bantuan mesin & jaring utk nelayan di Anggana. Kami jg sdh ajukan proposal sejak thn lalu. Gimana caranya biar usulan kelompok kami diperhatikan jg? Mksh",
    ),
    Case(
        "whatsapp",
        "sda",
        "Lapor pak. Di Desa Bukit Pariaman (Tenggarong Seberang) ada aktivitas gali batu bara tanpa izin, alat berat masuk malam hari, kebun warga digali & tanah longsor ke parit. Sdh diberitakan tp jalan terus. Kami takut melapor atas nama sendiri. Mohon pemkab koordinasi dgn aparat dan instansi terkait utk hentikan.",
    ),
    Case(
        "web",
        "sda",
        "Saya warga RT 12 Desa Jembayan Tengah, Loa Kulu. Beberapa bulan ini debu hitam dari stockpile dan jalan hauling batu bara di dekat permukiman menempel di lantai, atap dan makanan. Banyak balita batuk dan sesak. Keluhan ini sudah kami unggah di Instagram dan diberitakan media lokal, tapi perusahaan hanya menyiram jalan sesekali waktu ada wartawan. Kami meminta pemkab mengukur kualitas udara di permukiman kami dan memerintahkan perusahaan memindahkan atau menutup stockpile. Hormat kami, Rudianto.",
    ),
    Case(
        "web",
        "sda",
        "Kami dari Lembaga Adat Desa Muara Kebaq, Tabang. Hutan di hulu yang selama ini menjadi sumber air dan tempat warga berburu kini dirambah: kayu-kayu besar ditebang dan dihanyutkan lewat Sungai Belayan, kami lihat rakit kayu lewat hampir setiap minggu. Sebagian warga sudah merekam dan mengunggahnya ke YouTube. Kami minta pemkab berkoordinasi dengan pihak kehutanan untuk menghentikan penebangan itu dan memeriksa siapa yang mengizinkan. Hormat kami, Ketua Lembaga Adat.",
    ),
    Case(
        "web",
        "sda",
        "transkrip video facebook live warga desa separi (tenggarong seberang):\n'ini sawah kami bapak ibu... lihat, lumpur semua, kuning. ini dari kolam penampungan tambang di atas sana jebol pas hujan semalam. padi umur sebulan habis. tahun lalu jg begini, dijanjikan ganti rugi gak ada'\n\nkami petani minta pemkab memanggil perusahaan tambang yg bertanggung jawab, memperbaiki tanggul kolamnya, dan mengganti kerugian petani. — kelompok tani Separi",
    ),
    Case(
        "sms",
        "sda",
        "Yth pemkab kelompok tani kami di Desa Beloro Sebulu usul bantuan pompa air & handsprayer sdh 2 thn blm ada kabar. Mohon dibantu. Pak Ruslan",
    ),
    Case(
        "telegram",
        "sda",
        "Selamat siang. Perusahaan sawit di Desa Hambau, Kembang Janggut, menanam sawit sampai ke bibir sungai dan menimbun anak sungai. Sekarang tiap hujan kebun karet & ladang warga kebanjiran, dulu tidak pernah. Foto2 sdh kami unggah di IG dan sempat diangkat akun berita lokal. Mohon pemkab menegur perusahaan dan mengembalikan aliran anak sungai. — Warga Hambau",
    ),
    Case(
        "telegram",
        "sda",
        "Malam min. Rumah kami di Kel. Sanga-Sanga Dalam retak2 dindingnya sejak tambang di belakang kampung mulai peledakan. Getarannya terasa tiap siang jam 12. Sdh ada video warga yg viral di TikTok, perusahaan cuma datang foto2 lalu pergi. Kami minta pemkab cek jarak tambang ke permukiman, benar gk izinnya sampai situ, dan wajibkan perusahaan bertanggung jawab atas rumah warga. Trims.",
    ),
    Case(
        "twitter",
        "sda",
        "lagi, satu anak tenggelam di lubang bekas tambang di Samboja. sudah berapa nyawa lagi? @PemkabKukar KAPAN LUBANG2 INI DITUTUP & PERUSAHAANNYA DITINDAK?? #Kukar #LubangTambang",
    ),
    Case(
        "twitter",
        "sda",
        "sungai santan di marangkayu skrg keruh cokelat terus, dulu warga masih bisa ambil air buat minum. katanya krn bukaan tambang di hulu. @PemkabKukar tolong diperiksa, nelayan udang & petani disini yg kena",
    ),
    Case(
        "twitter",
        "sda",
        "kelompok tani di muara kaman udh panen tp bantuan combine harvester yg dijanjikan waktu panen raya sama pak bupati blm dateng jg. padi keburu rebah. @PemkabKukar tolong ditagih janjinya 🙏",
    ),
]

_ADPEM = [
    Case(
        "email",
        "adpem",
        'Perihal: Tembusan Surat Pembaca - Saluran Beton Desa Loh Sumber\n\nYth. Bapak/Ibu Sekretariat Daerah Kab. Kutai Kartanegara,\n\nBersama ini saya teruskan surat pembaca saya yang sudah dimuat di rubrik Suara Warga portal Mahakam Pos edisi Senin lalu, karena sampai sekarang belum ada tanggapan dari pihak mana pun.\n\n--- kutipan surat pembaca ---\n"Saya warga RT 07 Desa Loh Sumber, Kecamatan Loa Kulu. Sejak Agustus tahun lalu ada pekerjaan saluran beton di sepanjang jalan desa kami. Papan proyek menyebut sumber dana APBD Kabupaten dengan masa kerja 120 hari kalender. Sampai hari ini baru sekitar separuh yang dicor, sisanya galian tanah yang dibiarkan terbuka dan mulai longsor ke badan jalan. Para pekerja sudah tidak terlihat sejak bulan puasa."\n--- selesai ---\n\nKami mohon Pemkab dapat turun mengecek sudah sampai mana pekerjaan ini, memastikan kontraktornya menyelesaikan sesuai kontrak, dan menyampaikan kepada warga kapan pekerjaan dilanjutkan. Saat hujan galian itu penuh air dan sudah dua kali motor warga terperosok.\n\nTerima kasih atas perhatiannya.\n\nHormat saya,\nSugeng Riyadi\nRT 07 Desa Loh Sumber, Loa Kulu\nHP 0812-5xxx-3341',
    ),
    Case(
        "email",
        "adpem",
        'Subject: Fwd: Jembatan Baru di Sedulang Sudah Retak\n\nAssalamualaikum wr. wb.\n\nDengan hormat, kami dari BPD Desa Sedulang meneruskan berita di bawah ini. Yang disampaikan warga di berita itu benar adanya, kami sudah lihat sendiri ke lokasi.\n\n---------- Forwarded message ---------\nDari: redaksi kabarmahakam.id\n\nMUARA KAMAN, kabarmahakam.id - Jembatan beton penghubung Dusun II dan Dusun III Desa Sedulang, Kecamatan Muara Kaman, yang baru diserahterimakan akhir tahun lalu kini mulai retak di bagian oprit dan lantai jembatan. "Baru enam bulan dipakai sudah begini, kami takut kalau dilewati truk sawit," kata Rahmadi (45), warga setempat, Selasa (14/5).\nJembatan tersebut dibangun dengan anggaran daerah Kukar senilai lebih dari Rp 3 miliar. Hingga berita ini diturunkan, pihak pelaksana belum dapat dikonfirmasi.\n----------\n\nKami mohon Pemkab Kukar menurunkan tim teknis untuk memeriksa mutu pekerjaan jembatan tersebut dan meminta pelaksana memperbaikinya selama masih masa pemeliharaan. Kami siap mendampingi ke lokasi.\n\nWassalam,\nH. Abdul Kadir\nKetua BPD Desa Sedulang',
    ),
    Case(
        "email",
        "adpem",
        "Subject: Re: Data Bangunan Terbengkalai di Muara Muntai\n\nYth. Sekretariat Daerah Kukar,\n\nMenindaklanjuti balasan Bapak/Ibu kemarin yang meminta kami merinci lokasinya, berikut daftar pekerjaan fisik yang kami temukan terhenti saat turun lapangan Forum Warga Peduli Anggaran (FWPA) Kukar bulan Maret-April:\n\n1. Gedung serbaguna Kecamatan Muara Muntai - rangka atap terpasang sejak 2022, belum ada dinding, besi mulai berkarat.\n2. Jalan lingkungan cor beton Desa Jantur Selatan - baru 300 meter dari rencana 1,2 km, alat berat sudah ditarik.\n3. Gedung Puskesmas Pembantu Desa Rebaq Rinding - hanya pondasi, ditumbuhi rumput.\n\nKami minta penjelasan tertulis status masing-masing pekerjaan: apakah kontraknya diputus, diperpanjang, atau dianggarkan ulang, serta kapan akan diselesaikan. Foto dan titik koordinat kami lampirkan.\n\n> Pada tanggal 2 Mei, Sekretariat menulis:\n> Terima kasih atas laporannya. Mohon dapat disampaikan lokasi dan nama pekerjaan secara rinci agar dapat kami teruskan.\n\nSalam,\nNurhayati\nKoordinator FWPA Kukar\nJl. Gunung Belah, Tenggarong",
    ),
    Case(
        "whatsapp",
        "adpem",
        "*Diteruskan berkali-kali*\n\nASSALAMUALAIKUM BAPAK IBU. TOLONG SEBARKAN SAMPAI KE PAK BUPATI. JALAN SEMENISASI DI DESA BUKIT RAYA TENGGARONG SEBERANG YG BARU DIKERJAKAN BULAN LALU SDH PECAH2 DAN NGELUPAS, CORNYA TIPIS BGT KAYAK KERUPUK. WARGA LIAT SENDIRI PAS NGECOR CAMPURANNYA LEBIH BANYAK PASIR. MOHON DICEK SBLM MASA PEMELIHARAAN HABIS, JGN SAMPE UANG RAKYAT DIBUANG PERCUMA 🙏🙏\n\nTTD WARGA RT 12 BUKIT RAYA",
    ),
    Case(
        "whatsapp",
        "adpem",
        "min sy warga sebulu ilir mau lapor. proyek parit beton depan SDN 003 itu gk selesai2, galiannya dibiarin kebuka udh 2 bln. kmrn ada anak kelas 2 jatuh kesitu kakinya luka. kontraktornya ngilang gk tau kmn. tolong lah pemkab tegur atau lanjutin kerjanya, kasian anak2 sekolah lewat situ tiap hari",
    ),
    Case(
        "whatsapp",
        "adpem",
        "Selamat siang Bapak/Ibu. Izin, saya Sekdes Kelekat Kec. Kembang Janggut. Mau menyampaikan terkait pekerjaan peningkatan jalan poros Kelekat - Kembang Janggut yang dananya dari kabupaten. Di lokasi tidak ada papan nama proyek, jadi warga tidak tahu nilai dan batas waktunya. Pengerjaannya sangat lambat, dari 3 km baru dipadatkan sekitar 500 m, padahal katanya harus selesai Desember. Mohon kiranya dari Pemkab bisa cek ke lapangan dan beri kami info jadwal pengerjaannya supaya bisa kami sampaikan ke warga. Terima kasih 🙏",
    ),
    Case(
        "web",
        "adpem",
        'Saya salin postingan dari grup FB "Info Warga Sangasanga" karena banyak yang resah:\n\nPostingan (Dedi Kurniawan): "Turap penahan tebing di Gang Mesjid Kelurahan Sarijaya yang selesai dibangun November kemarin ambrol lagi habis hujan semalam. Baru juga 5 bulan. Ini yg bangun gimana kualitasnya?? rumah di atasnya udah retak2"\n\nKomentar:\n- Yuni Astuti: iya kemarin lewat sana ngeri bgt\n- Arif Sanga: dulu pas dikerjakan batunya cuma disusun gk pakai besi\n- Hj. Masnah: tolong Pemkab turun, jgn nunggu ada korban\n\nMohon Pemerintah Kabupaten memeriksa pekerjaan turap tersebut dan memastikan pelaksananya memperbaiki. Warga takut ada longsor susulan.',
    ),
    Case(
        "web",
        "adpem",
        'Transkrip video TikTok akun @samboja.update (diunggah Minggu, 120 rb penonton):\n\n"Halo guys, ini aku lagi di jalan poros Desa Karya Jaya, Samboja ya. Liat nih, proyek pelebaran jalan yang katanya dari kabupaten, aspalnya cuma sampai sini, terus sisanya tanah merah. Udah tiga bulan nggak ada yang kerja, alat beratnya juga udah dibawa pergi. Kalau hujan begini jadinya, lumpur semua, motor pada jatuh. Pak Bupati, tolong dong dicek, ini proyek dilanjut nggak sih?"\n\nSaya yang mengirim laporan ini tinggal di RT 05 Karya Jaya dan membenarkan isi video itu. Kami mohon penjelasan kapan pekerjaan dilanjutkan.',
    ),
    Case(
        "web",
        "adpem",
        'MUARA BADAK, pesisirkukar.com - Warga Desa Tanjung Limau, Kecamatan Muara Badak, mempertanyakan pembangunan gedung Puskesmas Pembantu yang sudah dua tahun tidak kunjung rampung. Bangunan yang mulai dikerjakan tahun 2023 itu kini hanya berupa dinding tanpa atap dan ditumbuhi semak.\n\n"Kami sudah tanyakan ke kecamatan, jawabannya masih menunggu. Padahal warga di sini kalau berobat harus ke Badak Baru," ujar Kepala Desa Tanjung Limau, Syahrani, saat ditemui, Kamis (6/6).\n\nPesan pengirim: Kami mohon Pemkab Kukar menjelaskan status bangunan ini, apakah akan dilanjutkan tahun ini, dan siapa penanggung jawab pekerjaannya.',
    ),
    Case(
        "sms",
        "adpem",
        "Jembatan ulin penghubung RT 3-RT 5 Desa Semayang Kenohan dibangun proyek kab th lalu skrg papannya sdh lepas2 dan goyang, mhn dicek sblm ada yg jatuh ke sungai",
    ),
    Case(
        "telegram",
        "adpem",
        "Forwarded from Kanal Info Marangkayu\n\nPaving block jalan lingkungan RT 09 Desa Sebuntal yg dipasang kontraktor bulan Februari skrg udah amblas di bbrp titik, gk ada pemadatan dan gk ada kanstin di pinggirnya. Warga sdh lapor ke desa katanya itu proyek kabupaten bukan dana desa.\n\n---\nSaya Ketua RT 09, mohon Pemkab cek hasil pekerjaan ini dan minta pelaksana memperbaiki. Foto2 ada di postingan aslinya.",
    ),
    Case(
        "telegram",
        "adpem",
        "Assalamualaikum, mohon izin menyampaikan. Sy nelayan Desa Sepatin, Anggana. Tambatan perahu yg dibangun pemkab di muara sungai Sepatin mulai 2023 smp skrg blm bisa dipakai, lantai ulinnya blm dipasang sebagian, tiang2 sdh miring kena arus. Kami bingung ini proyek msh jalan atau sdh berhenti. Tolong ditinjau lah pak, kami perlu utk bongkar muat ikan",
    ),
    Case(
        "twitter",
        "adpem",
        '@kukarkab ini jalan di Loa Duri Ilir baru diaspal sebulan udah bolong2 gini 🙃 kualitas aspalnya gimana sih, kok cepet bgt rusaknya? tolong dicek kontraktornya min\n\nQT @infoloajanan: "Jalan baru di depan pasar Loa Duri mulai berlubang, warga pertanyakan ketebalan aspal"',
    ),
    Case(
        "twitter",
        "adpem",
        "1/ Utas soal jalan poros Tabang. Proyek peningkatan ruas Tabang - Umaq Tukung ini katanya tahun jamak, tapi di lapangan kemajuannya kecil bgt @kukarkab\n2/ Dari Januari sampai sekarang cuma ada 2 excavator, kadang seminggu gk ada yg kerja. Truk logistik ke desa2 hulu masih sering terjebak lumpur.\n3/ Kami warga hulu cuma minta kejelasan: targetnya kapan selesai dan kenapa lambat. Tolong diawasi beneran, jgn cuma foto di laporan.",
    ),
    Case(
        "twitter",
        "adpem",
        "drainase baru di muara jawa ulu udh selesai dibangun tp air malah nggenang depan rumah warga krn saluranny lbh tinggi dr jalan ini desainnya gimana @kukarkab mohon dicek n diperbaiki sblm musim hujan",
    ),
]

_PBJ = [
    Case(
        "email",
        "pbj",
        "Perihal: Keberatan atas Hasil Pemilihan Paket Rehabilitasi Gedung SDN 012 Loa Janan\n\nKepada Yth.\nBapak Sekretaris Daerah Kabupaten Kutai Kartanegara\ndi Tenggarong\n\nDengan hormat,\n\nKami, CV Mahakam Karya Utama, selaku peserta pada paket tersebut di atas, telah menyampaikan sanggahan melalui aplikasi SPSE pada tanggal 3 Juli, masih dalam masa sanggah. Pokok keberatan kami adalah digugurkannya penawaran kami dengan alasan tenaga ahli tidak memenuhi, padahal SKK yang kami lampirkan masih berlaku hingga 2026.\n\nSampai surat ini kami kirim sudah lewat lima hari kerja dan belum ada jawaban dari Pokja Pemilihan, sementara status paket di sistem sudah berubah menjadi penandatanganan kontrak.\n\nMohon penjelasan atas hal ini dan agar keberatan kami dijawab sesuai ketentuan sebelum proses dilanjutkan.\n\nDemikian, atas perhatiannya kami ucapkan terima kasih.\n\nHormat kami,\nIr. Bambang Setiawan\nDirektur CV Mahakam Karya Utama\nJl. Poros Loa Janan, Desa Batuah",
    ),
    Case(
        "email",
        "pbj",
        'Subject: Fwd: Berita - Pengusaha Lokal Kukar Merasa Tersisih dari Belanja Katalog Elektronik\n\nYth. Bapak/Ibu di Setda Kukar,\n\nKami dari Asosiasi Kontraktor dan Pemasok Lokal Kukar (AKPL) meneruskan berita yang terbit di etamnews.id kemarin. Isi beritanya mewakili keluhan anggota kami.\n\n> TENGGARONG, etamnews.id - Sejumlah pengusaha lokal di Kutai Kartanegara mengeluhkan minimnya belanja pemerintah lewat katalog elektronik yang jatuh ke penyedia daerah. "Kami sudah tayang produk di katalog lokal sejak tahun lalu, tapi tidak pernah sekali pun dipesan. Yang dipilih selalu penyedia dari luar Kaltim," ujar Hendra, pemilik usaha mebel di Tenggarong Seberang.\n\nKami mohon dapat diadakan pertemuan untuk menjelaskan bagaimana PPK atau pejabat pengadaan memilih penyedia dalam e-purchasing, dan bagaimana pemasok lokal bisa lebih dilibatkan. Kami juga meminta data jumlah transaksi katalog lokal Kukar per tahun.\n\nHormat kami,\nSyamsul Bahri, S.E.\nSekretaris AKPL Kukar',
    ),
    Case(
        "email",
        "pbj",
        'Selamat pagi,\n\nSaya Rina Oktaviani, admin di PT Borneo Tirta Sejahtera (usaha penyediaan alat kesehatan dan air minum), berdomisili di Kelurahan Loa Ipuh, Tenggarong.\n\nKami sudah mendaftar akun penyedia di LPSE Kukar sejak tiga minggu lalu dan sudah datang langsung membawa berkas asli (akta, NIB, NPWP, KTP direktur) untuk verifikasi. Waktu itu petugas bilang akun akan aktif dalam 2-3 hari, tetapi sampai sekarang status kami masih "belum diverifikasi" dan kami tidak bisa ikut paket yang sedang tayang.\n\nMohon dicek dan dibantu aktivasinya, atau jika ada dokumen yang kurang mohon diberi tahu apa saja.\n\nTerima kasih.\n\nSalam,\nRina Oktaviani\nPT Borneo Tirta Sejahtera\n0853-4xxx-1207',
    ),
    Case(
        "whatsapp",
        "pbj",
        "Pak mohon bantuan, web LPSE kukar dr td pagi gk bisa diakses, muter2 terus. Sy mau upload dokumen penawaran paket pengaspalan jln lingkungan Loa Kulu, batas akhirnya jam 14.00 hari ini. Kalau sampe lewat gara2 servernya, apa bisa diperpanjang jadwalnya? Tolong infonya cepat ya pak 🙏",
    ),
    Case(
        "whatsapp",
        "pbj",
        '_Diteruskan_\n\n*INFO PENTING UTK REKAN2 KONTRAKTOR KUKAR*\nPaket rehab Puskesmas Muara Muntai yg tayang minggu lalu katanya sdh ada "pemiliknya". Syarat pengalamannya dibuat persis spt profil 1 perusahaan tertentu, yg lain pasti gugur. Kami minta Pemkab periksa Pokja nya dan evaluasi ulang syarat kualifikasinya sblm penetapan pemenang. Jgn ada main mata lagi.\n\nSebarkan!!',
    ),
    Case(
        "whatsapp",
        "pbj",
        "Assalamualaikum bu/pak. Sy ibu Warsini penjahit di Desa Manunggal Jaya, Tenggarong Seberang. Kami kelompok 6 penjahit sdh biasa jahit seragam sekolah & seragam kantor. Kata orang skrg kalau mau jual ke kantor pemerintah harus masuk e-katalog dulu. Gmn caranya ya bu, sy gk ngerti internet banyak. Apa ada yg bisa bantu daftarnya? Terima kasih",
    ),
    Case(
        "web",
        "pbj",
        'Dari grup Facebook "Forum Kontraktor Kukar", postingan kemarin:\n\n"Ada yg bisa download dokumen pemilihan paket peningkatan jalan Desa Sabintulung? Dari kemarin file nya gk bisa dibuka, katanya rusak. Padahal jadwal aanwijzing besok. Sdh kirim pertanyaan di aplikasi gk dijawab."\n\nKomentar:\n- Rudi CV Karya: sama bos, sy juga gagal\n- Aan Tabang: biasanya nanti diupload ulang pas mepet, gk adil buat yg jauh\n- Irwan: harusnya jadwal dimundurkan\n\nSaya salah satu peserta yang mengalami hal sama. Mohon Pemkab meminta panitia mengunggah ulang dokumen yang benar dan menyesuaikan jadwal tahapan supaya semua peserta punya waktu yang sama.',
    ),
    Case(
        "web",
        "pbj",
        'SURAT PEMBACA\n\nLelang Diulang Tanpa Penjelasan\n\nSaya pelaku usaha jasa konstruksi kecil di Kecamatan Loa Janan. Paket pembangunan saluran di Desa Tani Harapan sudah tiga kali ditayangkan dan tiga kali dinyatakan gagal. Setiap kali gagal, yang muncul di sistem hanya tulisan "tender gagal" tanpa alasan yang bisa dipahami peserta. Kami sudah keluar biaya menyiapkan jaminan penawaran tiga kali.\n\nSaya meminta Pemkab Kukar menjelaskan alasan kegagalan tender tersebut secara terbuka dan memastikan persyaratannya tidak berubah-ubah setiap kali diulang.\n\nAgus Salim\nDesa Tani Harapan, Loa Janan\n\n(dimuat di rubrik Surat Pembaca harian Suara Etam, diteruskan oleh pengirim)',
    ),
    Case(
        "web",
        "pbj",
        "Saya kirim potongan berita ini sekaligus menyampaikan permintaan:\n\n\"MUARA BADAK, pesisirkukar.com - Puluhan pengusaha muda di Muara Badak mengaku kesulitan mengikuti pengadaan pemerintah secara elektronik. 'Kami punya badan usaha, tapi bingung cara pakai aplikasinya, dari daftar akun sampai unggah penawaran,' kata Fadli, ketua himpunan pengusaha muda tingkat kecamatan.\"\n\nKami mewakili kelompok tersebut mohon diadakan pelatihan atau pendampingan cara mendaftar dan ikut tender online untuk penyedia baru, kalau bisa di kecamatan kami karena jauh ke Tenggarong. Mohon info jadwal dan syaratnya.\n\nFadli Ramadhan\nDesa Badak Baru",
    ),
    Case(
        "sms",
        "pbj",
        "Pak akun SPSE CV Sinar Jembayan terkunci stlh sy salah password 3x, mau ikut paket yg tutup lusa. Mhn dibantu reset. Direktur: Hasan 0821xxxx",
    ),
    Case(
        "telegram",
        "pbj",
        "Izin bertanya di sini, pengumuman pemenang paket pengadaan mebel sekolah Kota Bangun kok tdk muncul di LPSE ya? Di aplikasi tahapannya sdh lewat tp pemenang tdk tayang, jadi kami gk tau kapan masa sanggah dimulai. Mohon penjelasan pak, supaya hak peserta gk hilang",
    ),
    Case(
        "telegram",
        "pbj",
        "Selamat sore. Toko kami (ATK & komputer) di Tenggarong tayang di katalog elektronik. Minggu lalu masuk pesanan paket printer dr salah satu satker Pemkab, sdh kami setujui dan barang kami siapkan. Tiba2 pesanan dibatalkan sepihak tanpa alasan dan tanpa pemberitahuan. Apa memang boleh begitu? Mohon ditindaklanjuti dan dijelaskan aturannya",
    ),
    Case(
        "twitter",
        "pbj",
        "min @kukarkab rencana pengadaan (RUP) Kukar taun ini kok baru dikit yg tayang ya? kita penyedia lokal mau siap2 dokumen dari awal, tp paket2nya baru muncul pas mepet tendernya. mohon diumumin lebih awal dong",
    ),
    Case(
        "twitter",
        "pbj",
        'Kok bisa penawaran paling murah digugurkan cuma krn format surat penawarannya beda? @kukarkab tolong dievaluasi ulang, ini uang negara bisa hemat ratusan juta\n\nQT @kutaiupdate: "Penawar terendah paket jalan Muara Wis digugurkan Pokja, peserta pertanyakan alasannya"',
    ),
    Case(
        "twitter",
        "pbj",
        "1/ Sbg penyedia kecil di Kota Bangun, sy mau curhat soal syarat tender di Kukar @kukarkab\n2/ Paket2 nilainya cuma 1-2 M tp syaratnya minta SBU & pengalaman yg biasanya cuma dimiliki perusahaan besar. Akhirnya yg menang itu2 aja.\n3/ Tolong syarat kualifikasinya disesuaikan sama nilai paket, biar usaha lokal bisa ikut bersaing. Makasih.",
    ),
]

_ORGANISASI = [
    Case(
        "email",
        "organisasi",
        "Perihal: Surat Pembaca - Biaya Tak Resmi Saat Mengurus Izin\n\nKepada Yth. Pemerintah Kabupaten Kutai Kartanegara,\n\nSaya teruskan surat pembaca saya yang dimuat di Kolom Warga media daring Kukar Terkini pada 10 Juni, dengan harapan ditindaklanjuti.\n\n\"Saya pemilik warung makan kecil di Kelurahan Timbau, Tenggarong. Bulan lalu saya mengurus izin usaha dan sertifikat laik sehat. Di salah satu meja saya diminta 'uang administrasi' Rp 250.000 agar berkas cepat diproses. Saat saya tanya kuitansinya, petugas bilang tidak ada, itu 'biasa'. Padahal di papan informasi tertulis layanan ini gratis.\"\n\nSaya mohon praktik seperti ini ditertibkan dan petugas yang bersangkutan diperiksa. Saya bersedia memberi keterangan lebih lanjut, termasuk hari dan jam kejadian.\n\nHormat saya,\nMarlina\nJl. Ahmad Dahlan, Kel. Timbau, Tenggarong\n0813-4xxx-8820",
    ),
    Case(
        "email",
        "organisasi",
        "Subject: Hasil Kunjungan Kami ke 9 Kantor Layanan Pemerintah di Kukar\n\nYth. Bapak Sekretaris Daerah Kutai Kartanegara,\n\nLembaga Kajian Kebijakan Publik Mahakam (LK2PM) pada bulan Mei mendatangi 9 kantor layanan di Tenggarong, Loa Janan, dan Kota Bangun sebagai warga biasa.\n\nTemuan utama kami:\n- 5 dari 9 kantor tidak memajang informasi syarat, biaya, dan lama penyelesaian layanan.\n- 3 kantor memajang informasi yang sudah kedaluwarsa (tercantum tahun 2019).\n- Hanya 2 kantor yang punya kotak atau nomor pengaduan yang aktif.\n- Tidak ada satu pun yang menyediakan kursi prioritas atau jalur untuk penyandang disabilitas.\n\nKami meminta Pemkab mendorong seluruh perangkat daerah menyusun dan memajang informasi layanan yang jelas dan mutakhir, serta mengevaluasi kantor-kantor tersebut. Laporan lengkap dan foto kami lampirkan.\n\nHormat kami,\nDr. Andi Rahmat\nDirektur LK2PM\nTenggarong",
    ),
    Case(
        "email",
        "organisasi",
        'Subject: Fwd: Re: Permohonan PBG atas nama Yusuf Hamdani\n\nYth. Sekretariat Daerah Kukar,\n\nSaya teruskan surat-menyurat saya dengan dinas terkait. Sudah dua bulan lebih permohonan persetujuan bangunan gedung untuk ruko saya di Desa Bangunrejo belum ada kejelasan. Setiap saya datang dijawab "masih di meja teknis", setiap saya e-mail jawabannya sama.\n\n> Pada 22 April, Admin Layanan menulis:\n> Mohon bersabar, berkas Bapak masih dalam proses verifikasi teknis.\n>\n> Pada 3 April, Admin Layanan menulis:\n> Berkas sudah kami terima dan akan diproses sesuai antrean.\n\nSaya tidak keberatan mengikuti prosedur, tetapi mohon ada kepastian: berapa lama sebenarnya proses ini menurut aturan, berkas saya ada di tahap mana, dan siapa yang bisa saya hubungi. Usaha saya tertunda karena ini.\n\nTerima kasih,\nYusuf Hamdani\nDesa Bangunrejo, Tenggarong Seberang',
    ),
    Case(
        "whatsapp",
        "organisasi",
        "assalamualaikum min. sy mau ngeluh ngurus akta lahir anak sy di disdukcapil udh sebulan blm jadi. tiap dtg disuruh balik minggu dpn, alasannya macem2, kadang printer rusak kadang yg tanda tangan gk ada. sy dari loa kulu jauh bolak balik ongkos. petugasnya jg jutek bgt ditanya baik2 malah dibentak. tolong lah dibenahi pelayanannya 🙏",
    ),
    Case(
        "whatsapp",
        "organisasi",
        '*PESAN BERANTAI - DITERUSKAN*\n\nHati2 buat yg mau bikin KTP el / KK di Tenggarong. Di depan kantor ada oknum yg nawarin "jalur cepat" 150rb langsung jadi, dan katanya kerja sama sama orang dalam. Sodara sy kena, bayar tp tetap disuruh antre juga.\n\nTolong Pemkab Kukar tertibkan calo & oknum petugasnya. Kasian masyarakat kecil.',
    ),
    Case(
        "whatsapp",
        "organisasi",
        'Selamat pagi. Sy guru SD di Sebulu, kemarin mengurus berkas di salah satu kantor dinas di Tenggarong. Di meja layanan ada kertas survei kepuasan, tp petugasnya bilang "gk usah ibu isi, nanti kami yg isi". Trus QR code survei online yg ditempel juga gk bisa dibuka. Kalau begini hasilnya pasti bagus terus padahal pelayanannya biasa2 aja. Mohon diperhatikan.',
    ),
    Case(
        "web",
        "organisasi",
        'Postingan di grup Facebook "Kukar Bersuara" (dibagikan ulang 300+ kali):\n\n"Pagi ini jam 08.00 sdh antre di Mal Pelayanan Publik Tenggarong. Jam buka tertulis 08.00 WITA, tp loket baru ada orangnya jam 09.15. Nomor antrean pun baru dibagi jam segitu. Yg dari Tabang & Kembang Janggut sdh nginap di Tenggarong malah makin lama. Ini tiap hari kah begini??"\n\nKomentar:\n- Siti Aminah: sama kemarin sy juga, loket 3 kosong sampai siang\n- Bayu: coba lapor ke pengaduan pemkab\n\nSaya pemilik postingan, melapor ke sini. Tolong jam layanan ditepati dan petugasnya ditegur.',
    ),
    Case(
        "web",
        "organisasi",
        'KOTA BANGUN, mahakamnews.id - Warga yang mengurus KTP elektronik di kantor layanan kependudukan di Kota Bangun terpaksa pulang dengan tangan kosong sejak dua pekan terakhir. Petugas beralasan blanko habis, namun tidak bisa memastikan kapan tersedia kembali.\n\n"Saya disuruh datang lagi, tapi tidak ada nomor yang bisa ditanya. Dari Muhuran ke sini naik ketinting, ongkosnya lumayan," keluh Sarifah (38).\n\nCatatan pengirim: Saya salah satu warga dalam berita tersebut. Kami minta ada kepastian layanan, minimal diberi surat keterangan pengganti dan informasi yang jelas kapan bisa diambil, bukan disuruh bolak-balik.',
    ),
    Case(
        "web",
        "organisasi",
        "Transkrip video TikTok yang viral di Kukar (akun @mamahdila_kukar):\n\n\"Jadi hari ini aku mau ngurus izin usaha katering rumahan. Ke meja satu, katanya ke meja tiga. Di meja tiga katanya berkasnya harus online dulu. Udah online, balik lagi, katanya harus ada rekomendasi dulu dari tempat lain. Ditanya tempat mana, 'coba tanya di depan'. Udah tiga kali bolak-balik dari pagi sampai zuhur, nggak ada satu pun yang bisa jelasin syaratnya dari awal. Capek banget, Pak Bupati.\"\n\nMohon petugas di kantor perizinan diberi arahan agar syarat dijelaskan lengkap sejak awal dan alurnya jelas.",
    ),
    Case(
        "sms",
        "organisasi",
        "Sy dimintai 100rb sm petugas utk legalisir ijazah di kantor dinas pendidikan Tenggarong, tdk dikasih kwitansi. Apa itu resmi? Mhn ditindak kalo tdk.",
    ),
    Case(
        "telegram",
        "organisasi",
        "Mau lapor, jam 10 pagi di kantor kecamatan Muara Jawa loket layanan kosong, petugasnya ada di ruangan belakang ngobrol & main HP. Sy tunggu 1 jam lebih cuma mau minta tanda tangan surat keterangan. Tolong lah pegawai yg begini dibina, masyarakat yg datang jd korban",
    ),
    Case(
        "telegram",
        "organisasi",
        "Selamat siang. Berkas pengajuan izin praktik bidan sy di dinas kesehatan hilang, padahal sdh ada tanda terima bulan Maret. Skrg disuruh ngumpulin ulang dr awal, termasuk legalisir2 yg sy bayar sendiri. Siapa yg tanggung jawab? Mohon ini diperiksa & jgn sampe terulang ke org lain",
    ),
    Case(
        "twitter",
        "organisasi",
        "min @kukarkab ngurus KK baru di Disdukcapil udh 3 minggu blm jadi, ditelpon gk diangkat, WA centang 1. padahal di banner depan kantor tulisannya 'maksimal 3 hari kerja' 🙂 gimana sih ini",
    ),
    Case(
        "twitter",
        "organisasi",
        "Ini pungli gak sih? @kukarkab tolong ditertibkan, kecil2 tp kalau tiap orang ya lumayan\n\nQT @warga_loajanan: \"Ngurus surat pindah di kecamatan, disuruh bayar 'uang map' 20rb, gak ada karcis\"",
    ),
    Case(
        "twitter",
        "organisasi",
        "1/ Utas pengalaman ngurus kartu kuning (AK1) di Tenggarong @kukarkab\n2/ Di papan info ditulis selesai di hari yg sama. Kenyataannya sy disuruh balik 3 hari kemudian, lalu balik lagi krn 'yg tanda tangan dinas luar'.\n3/ Pas sy minta nomor pengaduan, petugas bilang gk ada. Lowongan yg mau sy lamar keburu tutup.\n4/ Tolong ada pengawasan, janji di papan info itu harus ditepati.",
    ),
]

_UMUM = [
    Case(
        "email",
        "umum",
        "Perihal: Permohonan Peminjaman Ruang Rapat\n\nYth. Bapak/Ibu pengelola gedung Kantor Bupati Kutai Kartanegara,\n\nKami Pengurus Cabang Persatuan Mahasiswa Kutai Kartanegara (PMKK) bermaksud meminjam salah satu ruang rapat di lingkungan Kantor Bupati untuk kegiatan diskusi publik pada Sabtu, 20 Juli, pukul 08.00-12.00 WITA, dengan peserta sekitar 80 orang.\n\nKami sudah mencoba bertanya ke pos jaga depan namun hanya diarahkan untuk mengirim surat tanpa diberi tahu kepada siapa. Mohon informasi:\n1. Ruangan mana yang tersedia pada tanggal tersebut;\n2. Prosedur dan persyaratan peminjamannya;\n3. Apakah ada biaya kebersihan atau listrik yang harus kami tanggung.\n\nAtas perhatian dan bantuannya kami ucapkan terima kasih.\n\nHormat kami,\nM. Rizky Pratama\nKetua PC PMKK\n0822-5xxx-0917",
    ),
    Case(
        "email",
        "umum",
        'Subject: Menanyakan Surat Kami yang Diantar ke Kantor Bupati\n\nSelamat siang Bapak/Ibu,\n\nPada 28 Mei kami dari Koperasi Nelayan Bina Bahari Desa Muara Pantuan, Anggana, mengantar langsung surat permohonan data yang ditujukan kepada Sekretaris Daerah ke tempat penerimaan surat di Kantor Bupati. Surat diterima petugas, tetapi kami tidak diberi lembar tanda terima atau nomor agenda.\n\nSudah tiga minggu kami tidak tahu surat itu sudah sampai ke meja siapa. Saat kami telepon, dijawab "coba dicek lagi nanti".\n\nMohon bantuan untuk menelusuri keberadaan surat tersebut dan ke mana sudah diteruskan. Ke depan kami juga ingin tahu apakah surat bisa dikirim lewat e-mail supaya ada bukti pengirimannya.\n\nTerima kasih.\n\nSalam,\nRusdiansyah\nSekretaris Koperasi Nelayan Bina Bahari\nMuara Pantuan, Anggana',
    ),
    Case(
        "email",
        "umum",
        'Subject: Fwd: [Berita] Mobil Pelat Merah Setda Terparkir di Objek Wisata Saat Akhir Pekan\n\nYth. Sekretariat Daerah Kukar,\n\nSaya meneruskan berita berikut, dan saya juga melihat sendiri kendaraan tersebut di lokasi.\n\n---------- Pesan yang diteruskan ----------\nSAMBOJA, borneoterkini.com - Sebuah mobil berpelat merah dengan stiker Sekretariat Daerah Kukar terlihat terparkir di salah satu objek wisata pantai di Samboja, Minggu (9/6). Sejumlah pengunjung sempat memotret kendaraan itu dan mengunggahnya ke media sosial.\n"Hari Minggu kok pakai mobil dinas buat rekreasi keluarga," ujar seorang pengunjung yang enggan disebut namanya.\n--------------------------------------------\n\nNomor polisinya terlihat jelas di foto terlampir. Saya mohon pemakaian kendaraan dinas ditertibkan dan pemakainya ditegur sesuai aturan.\n\nHormat saya,\nWahyu Hidayat\nKelurahan Sanipah, Samboja',
    ),
    Case(
        "whatsapp",
        "umum",
        "Pak/Bu izin menyampaikan. Tadi sy ke Kantor Bupati antar berkas, mau numpang ke toilet di lantai bawah dekat lobi. Airnya mati, bau, lantai becek, tisu gk ada. Padahal banyak tamu dari luar daerah. Mohon petugas kebersihannya diingatkan ya, malu kita 🙏",
    ),
    Case(
        "whatsapp",
        "umum",
        "*Diteruskan*\n\nINFO: Yg mau ke Kantor Bupati Kukar bawa motor hati2. Parkiran dalam penuh mobil pegawai, motor tamu disuruh parkir di pinggir jalan luar pagar, terus ada jukir gk pakai rompi minta 5rb. Sy tanya ke satpam katanya bukan urusan dia. Tolong diatur lah parkiran kantor bupati, tamu jg masyarakat yg mau urus keperluan.",
    ),
    Case(
        "whatsapp",
        "umum",
        "malam pak, sy driver ojol sering ambil orderan sekitar kantor bupati. lampu di halaman & jalan masuk kantor bupati sdh seminggu mati semua, gelap bgt. ada bbrp anak muda nongkrong malam2 di tangga gedung, takutnya ada yg maling atau berbuat gk bener. mohon dicek sm pihak kantor dan penjaganya",
    ),
    Case(
        "web",
        "umum",
        'Dari grup FB "Tenggarong Kota Raja":\n\n"Lagi nunggu giliran ketemu pejabat di ruang tunggu tamu lantai 1 Kantor Bupati, hujan deras, atap bocor di tiga titik dan airnya dibiarkan netes ke ember. Lantainya licin, ada ibu2 hampir jatuh. Gedung semegah ini kok begini 😩"\n\nKomentar:\n- Ardi M: dr tahun lalu kayaknya bocor itu\n- Lina Suryani: kasian pegawai yg kerja di situ juga\n\nMohon atapnya diperbaiki dan lantainya diberi tanda licin sebelum ada yang celaka.',
    ),
    Case(
        "web",
        "umum",
        "Surat Pembaca - Petugas Jaga Kantor Bupati Kurang Ramah\n\nSaya warga Desa Jahab, Tenggarong. Selasa lalu saya datang ke Kantor Bupati untuk mengantar berkas milik kerabat yang bekerja di sana. Di pos depan saya ditahan petugas keamanan hampir 30 menit, KTP saya ditahan, dan saya dibentak karena memakai sandal. Tidak ada papan aturan berpakaian yang dipasang.\n\nSaya paham keamanan kantor penting, tetapi mohon petugas jaga dibina supaya bersikap sopan, dan aturan masuk bagi tamu dipasang jelas di pintu masuk.\n\nSri Wahyuni\nDesa Jahab, Tenggarong",
    ),
    Case(
        "web",
        "umum",
        'Caption Instagram akun @tenggarong.cityvibes:\n\n"Belakang gedung Kantor Bupati Kukar pagi ini 🥲 sampah kardus, botol plastik, sisa nasi kotak habis acara semalam numpuk dekat parkiran belakang, dikerubungi lalat & kucing. Baunya kecium sampai ke mushola. Yuk lah dibersihin, ini wajah kabupaten kita #Kukar #Tenggarong"\n\nSaya pemilik akun tersebut, mohon ditindaklanjuti petugas kebersihan kantor.',
    ),
    Case(
        "sms",
        "umum",
        "Mhn info cara pinjam aula lt 3 kantor bupati utk rapat pengurus karang taruna kec tgl 20. Surat ditujukan kpd siapa? Trims, Andi Muara Kaman",
    ),
    Case(
        "telegram",
        "umum",
        "Selamat pagi. Izin, sy staf Dinas Perikanan. Kami sdh pesan ruang rapat di gedung kantor bupati utk rakor hari ini jam 09.00, konfirmasinya sdh ada via WA. Pas kami datang ruangannya dipakai unit lain & kuncinya tdk ada yg pegang. Peserta dari kecamatan sdh hadir semua. Mohon ke depan jadwal pemakaian ruangan dicatat dgn rapi supaya tdk bentrok.",
    ),
    Case(
        "telegram",
        "umum",
        "Pak izin tanya. Kami kirim surat resmi dari kantor kami di Samarinda ke Sekretariat Daerah Kukar lewat jasa ekspedisi, tp dikembalikan krn 'penerima tdk di tempat' dan tdk ada yg mau tanda tangan terima. Sdh 2x begini. Sebenarnya surat dinas dari luar itu diterima di loket mana dan jam berapa? Apa ada alamat email resmi utk surat masuk?",
    ),
    Case(
        "twitter",
        "umum",
        "min @kukarkab CCTV di parkiran kantor bupati itu nyala gak sih? helm sy ilang tadi siang pas ngurus berkas, satpam bilang gk bisa liat rekaman. tolong lah keamanan parkirnya diperketat",
    ),
    Case(
        "twitter",
        "umum",
        "tiap pagi liat mobil plat merah stiker setda kukar antar anak sekolah di tenggarong terus siangnya jemput lagi itu mobil dinas buat kerja apa buat antar jemput keluarga @kukarkab mohon ditertibkan",
    ),
    Case(
        "twitter",
        "umum",
        "AC RUANG TUNGGU DI LOBI KANTOR BUPATI MATI YA MIN @kukarkab? PANAS POL, TAMU2 PADA KIPAS2AN PAKE MAP. SUDAH DUA KALI KESINI KONDISINYA SAMA",
    ),
]

_PROKOM = [
    Case(
        "email",
        "prokom",
        'Perihal: Permohonan Bertemu Bapak Bupati\n\nYth. Bapak Bupati Kutai Kartanegara\nu.p. Sekretariat Daerah\ndi Tenggarong\n\nDengan hormat,\n\nKami, Gabungan Kelompok Tani "Sumber Makmur" Desa Sumber Sari, Kecamatan Loa Kulu, bermaksud memohon waktu untuk bertemu dan berdialog langsung dengan Bapak Bupati. Kami ingin menyampaikan secara langsung persoalan sawah kami yang terendam air dari lubang bekas tambang sejak dua musim tanam terakhir, yang sudah kami laporkan ke berbagai instansi namun belum ada penyelesaian.\n\nRombongan kami sekitar 10 orang, terdiri dari pengurus gapoktan, kepala desa, dan tokoh masyarakat. Kami bersedia menyesuaikan dengan jadwal Bapak.\n\nMohon kiranya kami diberi kabar tanggal dan waktu pertemuan yang memungkinkan.\n\nHormat kami,\nSuparman\nKetua Gapoktan Sumber Makmur\n0811-5xxx-442',
    ),
    Case(
        "email",
        "prokom",
        "Subject: Mohon Konfirmasi Kehadiran Bapak Bupati - Seminar Ketahanan Pangan\n\nYth. Sekretariat Daerah Kab. Kutai Kartanegara,\n\nSalam hangat dari BEM Fakultas Pertanian Universitas Kutai Kartanegara.\n\nKami akan menyelenggarakan Seminar Ketahanan Pangan Daerah pada Kamis, 15 Agustus, di aula kampus Tenggarong. Kami sangat berharap Bapak Bupati berkenan membuka acara sekaligus menyampaikan pidato kunci sekitar 15 menit. Surat undangan resmi sudah kami antar dua minggu lalu.\n\nKarena materi acara dan susunan duduk harus segera kami finalkan, kami mohon kabar:\n1. Apakah Bapak Bupati dapat hadir, atau akan diwakili oleh pejabat lain;\n2. Apakah ada bahan (TOR, data peserta) yang perlu kami kirim untuk penyusunan sambutan beliau.\n\nTerima kasih atas perhatiannya.\n\nHormat kami,\nNadia Putri\nKetua Panitia\n0856-xxxx-2210",
    ),
    Case(
        "email",
        "prokom",
        "Perihal: Keberatan atas Pembatasan Undangan Liputan Kegiatan Bupati\n\nSelamat sore,\n\nSaya Ridwan Saputra, jurnalis media daring kutaikini.id yang berkantor di Tenggarong. Sejak beberapa bulan terakhir, undangan liputan dan rilis kegiatan Bupati hanya dibagikan melalui satu grup WhatsApp yang anggotanya terbatas. Media kami dan beberapa media lokal lain tidak pernah dimasukkan, sehingga kami sering tahu agenda Bupati setelah acara selesai.\n\nKami mohon:\n1. Rilis dan jadwal kegiatan pimpinan dibagikan secara terbuka kepada semua media yang terverifikasi;\n2. Media kami dapat didaftarkan sebagai penerima rilis; dan\n3. Ada kejelasan syarat bagi media yang ingin meliput kegiatan resmi.\n\nTerima kasih atas perhatiannya.\n\nSalam,\nRidwan Saputra\nRedaktur kutaikini.id\n0852-5xxx-7781",
    ),
    Case(
        "whatsapp",
        "prokom",
        "_Diteruskan_\n\nTemen2, yg pernah komen soal jalan rusak di IG resmi Bupati Kukar coba cek, komennya ilang kan? Sy komen sopan, nanya kapan jalan Jonggon diperbaiki, bsk nya dihapus & akun sy dibatasi. Akun pemimpin itu mestinya jd tempat dengar suara rakyat, bukan cuma pamer foto kegiatan.\n\n---\nSaya yg nulis pesan di atas, warga Jonggon, Loa Kulu. Tolong admin medsos Bupati jgn hapus komentar warga yg sopan, kritiknya dijawab aja.",
    ),
    Case(
        "whatsapp",
        "prokom",
        "Assalamualaikum Bapak/Ibu. Sy Kepala Desa Long Beleh Modang, Kec. Kembang Janggut. Insya Allah tgl 24 Agustus kami mengadakan pesta adat panen masyarakat Dayak Modang. Kami sangat berharap Bapak Bupati bisa hadir membuka acara. Surat undangan sdh kami titipkan lewat Pak Camat. Mohon info apakah beliau berkenan hadir atau siapa yg mewakili, supaya kami siapkan penyambutannya. Terima kasih",
    ),
    Case(
        "whatsapp",
        "prokom",
        "Pak maaf mau sampaikan unek2. Kmrn upacara HUT Kukar di lapangan, kami tokoh masyarakat & veteran yg sdh diundang malah gk dpt tempat duduk, disuruh berdiri di belakang barisan, sementara kursi depan diisi orang2 yg gk jelas. Bapak sy umur 80 thn. Mohon ke depan penataan tamu undangan di acara resmi pemkab lebih diperhatikan 🙏",
    ),
    Case(
        "web",
        "prokom",
        'Saya tempel postingan yang ramai di grup Facebook "Warga Kukar Bicara":\n\n"Katanya Pak Bupati bilang di acara di Muara Badak kemarin kalau honorer mau dihapus semua tahun depan?? Ini videonya dipotong2 beredar di mana2, guru2 honor di desa kami pada panik."\n\nKomentar:\n- Eka Fitri: di video aslinya gk gitu kok, dipotong\n- Hamdan: mana klarifikasi dr pemkab??\n\nMohon Pemkab segera menyampaikan penjelasan resmi dan mengunggah rekaman utuh sambutan Bupati di acara itu supaya masyarakat tidak salah paham.',
    ),
    Case(
        "web",
        "prokom",
        'MUARA WIS, kabarhulu.id - Perwakilan nelayan Desa Melintang dan Desa Enggelam, Kecamatan Muara Wis, mengaku sudah tiga kali mengajukan permohonan bertemu Bupati Kutai Kartanegara namun belum mendapat jadwal. "Kami cuma ingin menyampaikan langsung soal kondisi danau yang makin dangkal. Surat terakhir kami kirim April," ujar Abdul Rahman, ketua kelompok nelayan.\n\nDiteruskan oleh: Abdul Rahman, Desa Melintang.\nPesan: Kami mohon kepastian apakah permohonan kami bisa dijadwalkan dan kapan. Kalau Bapak Bupati sibuk, kami siap menunggu di Tenggarong kapan saja.',
    ),
    Case(
        "web",
        "prokom",
        "Catatan saya setelah menonton siaran langsung di kanal YouTube resmi Pemkab Kukar, acara pelantikan pejabat dan sambutan Bupati hari Senin:\n\n[menit 12:40] suara sambutan Bupati putus-putus, kadang hilang sama sekali\n[menit 25:10] kamera menyorot langit-langit hampir 5 menit\n[menit 31:00] siaran terhenti, tidak dilanjutkan\n\nBanyak warga di hulu seperti kami di Tabang yang hanya bisa mengikuti kegiatan Bupati lewat siaran itu. Mohon kualitas siaran dan dokumentasi kegiatan pimpinan diperbaiki, dan rekaman lengkap sambutannya diunggah ulang.\n\nRahmat, Tabang",
    ),
    Case(
        "sms",
        "prokom",
        "Mohon info prosedur mengundang Bpk Bupati membuka turnamen sepak bola antar desa se-Kec Sebulu tgl 17 Agustus. Panitia, Hendri 0813xxxx",
    ),
    Case(
        "telegram",
        "prokom",
        "Selamat pagi admin. Sy wartawan di Tenggarong. Jadwal doorstop/konferensi pers Bupati akhir2 ini sering diumumkan mendadak, kadang 15 menit sebelumnya, jadi rekan2 media yg liputan di kecamatan gk sempat datang. Mohon agenda pimpinan yg terbuka utk media bisa dibagikan minimal sehari sebelumnya.",
    ),
    Case(
        "telegram",
        "prokom",
        "Izin bertanya. Sy dari panitia peresmian kantor cabang koperasi kami di Loa Janan, Bapak Bupati sdh konfirmasi akan hadir tgl 5 nanti. Kami perlu tau: susunan acara yg standar spt apa, berapa menit alokasi sambutan beliau, siapa saja yg duduk di kursi depan, dan apakah naskah sambutan disiapkan pihak pemkab atau kami yg kirim bahan. Mohon kontak yg bisa koordinasi.",
    ),
    Case(
        "twitter",
        "prokom",
        "akun resmi pak bupati isinya cuma seremonial gunting pita, kolom komentar dimatiin. min @kukarkab kalo warga mau nanya/kritik pimpinan lewat mana? medsos pemimpin harusnya 2 arah",
    ),
    Case(
        "twitter",
        "prokom",
        'min @kukarkab ini beneran pernyataan Pak Bupati? udh nyebar di grup2 WA Muara Kaman, mohon klarifikasi resmi, bikin resah\n\nQT @kukarviral: "Bupati: Tahun Depan Dana RT Rp 100 Juta Dihentikan"',
    ),
    Case(
        "twitter",
        "prokom",
        "Min, mau ngundang Pak Bupati ke wisuda akbar santri TPA se-Kecamatan Tenggarong Seberang bulan depan, prosedurnya gimana ya? suratnya ditujukan ke siapa? @kukarkab",
    ),
]

_PERENCANAAN_KEUANGAN = [
    Case(
        "email",
        "perencanaan_keuangan",
        "Perihal: Penagihan Konsumsi Rapat yang Belum Diselesaikan\n\nKepada Yth.\nBapak Sekretaris Daerah Kabupaten Kutai Kartanegara\ndi Tenggarong\n\nDengan hormat,\n\nKami, Katering Dapur Etam, penyedia konsumsi untuk beberapa rapat di lingkungan Sekretariat Daerah pada bulan Februari sampai April, dengan ini menyampaikan bahwa tagihan kami berikut belum dibayarkan:\n\n1. Invoice No. 021/DE/II - Rp 18.750.000\n2. Invoice No. 034/DE/III - Rp 12.400.000\n3. Invoice No. 047/DE/IV - Rp 9.600.000\n\nSeluruh berkas tagihan beserta nota, foto kegiatan, dan daftar hadir telah kami serahkan kepada pejabat yang memesan. Setiap kami tanyakan, jawabannya masih menunggu pencairan. Sebagai usaha kecil, kami harus membayar bahan baku dan upah pekerja.\n\nMohon kejelasan kapan tagihan tersebut dapat dibayarkan dan kelengkapan apa yang masih diperlukan dari kami.\n\nHormat kami,\nHj. Rusmini\nPemilik Katering Dapur Etam\nJl. Imam Bonjol, Kel. Sukarame, Tenggarong",
    ),
    Case(
        "email",
        "perencanaan_keuangan",
        'Subject: Honor Narasumber Bimtek Bulan Maret\n\nYth. Bapak/Ibu di Sekretariat Daerah Kukar,\n\nSaya diundang sebagai narasumber pada bimbingan teknis penyusunan naskah dinas yang diselenggarakan salah satu bagian di Sekretariat Daerah pada 12-13 Maret lalu. Saya sudah menandatangani daftar terima dan menyerahkan fotokopi NPWP serta nomor rekening kepada panitia saat itu.\n\nSudah hampir tiga bulan honorarium belum masuk ke rekening saya, dan panitia hanya menjawab "masih diproses". Saya tidak mempersoalkan besarannya, hanya butuh kepastian kapan dibayarkan dan apakah ada berkas yang belum lengkap.\n\nTerima kasih.\n\nSalam hormat,\nDra. Hasnah Lubis, M.Si.\nDosen, Samarinda',
    ),
    Case(
        "email",
        "perencanaan_keuangan",
        'Subject: Fwd: TPP Bulan Mei Belum Masuk\n\nMohon maaf bila kurang berkenan. Saya staf pelaksana di salah satu bagian Sekretariat Daerah dan ingin menanyakan hal yang juga dikeluhkan rekan-rekan (lihat pesan di bawah).\n\n----- Pesan diteruskan -----\nDari: grup WA Staf Setda\n"Teman2, TPP bulan Mei kita kok blm masuk ya? Dinas lain sdh dari tgl 10 kemarin."\n-----\n\nSampai tanggal 25 ini tambahan penghasilan kami untuk bulan Mei belum dibayarkan, sementara perangkat daerah lain sudah. Tidak ada pemberitahuan apa pun. Mohon penjelasan apa kendalanya dan perkiraan kapan dibayarkan.\n\nTerima kasih.\n\nHormat saya,\n(nama ada pada pengirim, mohon dirahasiakan)\nStaf Sekretariat Daerah Kab. Kukar',
    ),
    Case(
        "whatsapp",
        "perencanaan_keuangan",
        "Assalamualaikum, mohon izin pak. Sy staf Setda, bulan lalu ikut perjalanan dinas ke Jakarta 4 hari. Tiket, boarding pass, bill hotel sdh sy kumpulkan lengkap tgl 5. Tp smp skrg uang perjalanan blm diganti, pdhl tiket pesawat sy talangin pakai uang pribadi 4 jt lebih. Mohon infonya kapan bisa dicairkan 🙏",
    ),
    Case(
        "whatsapp",
        "perencanaan_keuangan",
        "Pak mohon maaf mengganggu. Sy Anton pemilik percetakan Tenggarong Jaya Print. Bulan Maret kami cetak spanduk, backdrop & buku agenda 300 eksemplar pesanan salah satu bagian di Setda Kukar, total 23,5 jt. Barang sdh diterima, nota & faktur sdh kami serahkan. Smp skrg blm dibayar, tiap nanya disuruh sabar. Kami usaha kecil pak, modal kami habis di situ. Mohon bantuannya",
    ),
    Case(
        "whatsapp",
        "perencanaan_keuangan",
        "*DITERUSKAN - UTK KAWAN2 THL SETDA*\n\nKawan2, honor kita bulan April & Mei blm dibayar sampai skrg. Sdh tanya ke bendahara katanya tunggu. Banyak yg sdh ngutang buat makan & sekolah anak. Sy kirim ke layanan pengaduan pemkab biar ada jawaban resmi kapan dibayar.\n\nMohon Pemkab memberi kepastian pembayaran honor tenaga harian lepas di Sekretariat Daerah. Trims 🙏",
    ),
    Case(
        "web",
        "perencanaan_keuangan",
        "SURAT PEMBACA\n\nSewa Tenda dan Sound System Belum Dibayar Lima Bulan\n\nSaya pengusaha penyewaan tenda, kursi, dan sound system di Tenggarong. Untuk acara halalbihalal yang digelar Sekretariat Daerah Kukar di halaman Kantor Bupati pada April lalu, kami menyediakan 10 tenda, 500 kursi, dan satu set sound system. Sampai hari ini, lima bulan setelah acara, pembayaran belum kami terima walaupun berkas penagihan sudah diserahkan dan ditandatangani.\n\nSaya berharap Sekretariat Daerah segera menyelesaikan kewajiban pembayaran kepada kami dan memberi kepastian tanggalnya.\n\nH. Bachtiar\nKelurahan Mangkurawang, Tenggarong",
    ),
    Case(
        "web",
        "perencanaan_keuangan",
        'Postingan di grup FB "UMKM Kukar Naik Kelas" yg saya tulis minggu lalu:\n\n"Mau nanya ke sesama pelaku usaha yg pernah nyuplai ke kantor Setda. Pembayaran nasi kotak sy bulan lalu akhirnya cair, tp dipotong pajak hampir 12% dan sy gk dikasih bukti potong sama sekali. Pas sy minta, katanya nanti. Ini wajar gak?"\n\nKomentar:\n- Ratna Catering: sama bu, bukti potong gk pernah dikasih\n- Arman: itu harus dikasih bu, buat lapor SPT\n\nMohon bendahara Setda menjelaskan rincian potongan tersebut dan memberikan bukti potong pajaknya kepada kami.',
    ),
    Case(
        "web",
        "perencanaan_keuangan",
        'TENGGARONG, kukarterkini.id - Sejumlah rekanan mengeluhkan lambatnya pembayaran pekerjaan dan belanja kecil di lingkungan Sekretariat Daerah Kukar. Beberapa di antaranya mengaku sudah berbulan-bulan menunggu. "Katanya pertanggungjawaban kegiatannya belum beres di internal, jadi pembayaran kami tertahan. Padahal itu bukan urusan kami," ujar seorang penyedia jasa dekorasi yang enggan disebut namanya, Senin (2/12).\n\nPengirim: Saya salah satu rekanan yang dimaksud (dekorasi & bunga, CV Melati Mahakam). Mohon kejelasan apakah tagihan kami untuk bulan September akan dibayar sebelum tutup tahun anggaran, dan apa yang masih kurang dari sisi kami.',
    ),
    Case(
        "sms",
        "perencanaan_keuangan",
        "Pak honor kami sbg MC & pembaca doa di acara rapat kerja Setda bulan Juni blm dibayar sdh 2 bln. Mhn info. Yanti, Tenggarong",
    ),
    Case(
        "telegram",
        "perencanaan_keuangan",
        "Izin bertanya, sy PNS di Sekretariat Daerah. Slip gaji bulan ini ada potongan baru sekitar 350rb tanpa keterangan, tdk ada pemberitahuan sebelumnya. Teman seruangan jg sama. Mohon penjelasan itu potongan apa dan apakah bisa dikembalikan kalau salah hitung.",
    ),
    Case(
        "telegram",
        "perencanaan_keuangan",
        "Selamat siang. Sy bagian reservasi Hotel Mahakam Indah Tenggarong. Bulan Mei rombongan tamu Setda Kukar menginap 12 kamar 3 malam, dengan surat pemesanan resmi. Tagihan 27 jt sdh kami kirim 2x tp belum ada pembayaran dan PIC nya susah dihubungi. Mohon bantuan dihubungkan ke yg mengurus pembayaran.",
    ),
    Case(
        "twitter",
        "perencanaan_keuangan",
        "@kukarkab usaha sy nyuplai ATK ke Setda Kukar, invoice udah 4 bulan blm dibayar. tiap nanya dilempar sana sini. UMKM kayak kami napasnya pendek min 🥲 tolong dong kepastiannya",
    ),
    Case(
        "twitter",
        "perencanaan_keuangan",
        "1/ Curhat sopir rental di Tenggarong. Bulan Juni mobil & sy disewa Setda Kukar utk antar jemput tamu dari bandara Samarinda selama 5 hari. @kukarkab\n2/ Janjinya dibayar seminggu setelah selesai. Skrg udah mau 2 bulan, blm sepeser pun. Uang bensin & makan sy talangin dulu.\n3/ Mohon Setda bayar sewa kendaraan kami, kami bukan perusahaan besar.",
    ),
    Case(
        "twitter",
        "perencanaan_keuangan",
        "pegawai setda kukar nih, TPP bulan ini dipotong gede tp gak ada rinciannya. absensi sy lengkap, gk pernah izin. @kukarkab tolong dong transparan perhitungannya",
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
