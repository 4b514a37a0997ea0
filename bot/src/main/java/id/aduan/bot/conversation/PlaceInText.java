package id.aduan.bot.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds an address or landmark inside a free-text complaint ("... di depan SDN 3 Sukamaju berlubang ..."), so the
 * bot does not ask again for what the citizen already said. It only takes what clearly names a place.
 */
final class PlaceInText {

    private static final Set<String> LEADS = Set.of("di", "depan", "dekat", "samping", "seberang", "belakang",
            "sekitar", "dkt", "dpn", "sebelah");
    private static final Set<String> PLACE_WORDS = Set.of("jl", "jl.", "jln", "jln.", "jalan", "gang", "gg", "gg.",
            "rt", "rw", "no", "no.", "kel", "kel.", "kelurahan", "kec", "kec.", "kecamatan", "desa", "dusun",
            "kampung", "kp", "kp.", "perumahan", "perum", "komplek", "kompleks", "blok", "pasar", "sdn", "sd", "smp",
            "smpn", "sma", "sman", "smk", "masjid", "gereja", "puskesmas", "rsud", "kantor", "terminal", "stasiun",
            "alun-alun", "taman", "jembatan", "simpang", "perempatan", "pertigaan", "lapangan", "tps", "pos");
    /**
     * Words that follow a place word without naming it ("jalan rusak", "jalan raya"): after "jalan", "gang" or
     * "pasar" a lowercase word is taken as the name ("gang melati", "pasar baru") unless it is one of these.
     */
    private static final Set<String> NOT_A_NAME = Set.of("rusak", "berlubang", "bolong", "mati", "padam", "banjir",
            "tergenang", "macet", "kotor", "bau", "tersumbat", "mampet", "sudah", "udah", "sdh", "sejak", "dari",
            "tidak", "tdk", "gak", "belum", "ada", "yang", "yg", "sangat", "sering", "selalu", "karena", "krn",
            "dan", "atau", "tapi", "sampai", "hingga", "pada", "untuk", "utk", "itu", "ini", "tsb", "tersebut",
            "kami", "saya", "kita", "warga", "tolong", "mohon", "penuh", "menumpuk", "parah", "besar", "kecil",
            "lama", "gelap", "licin", "retak", "ambles", "amblas", "longsor", "putus", "roboh", "tumbang", "bocor",
            "keruh", "raya", "utama", "umum", "protokol", "poros", "provinsi", "kabupaten", "nasional", "depan",
            "dekat", "samping", "belakang", "sebelah", "di", "ke", "sini", "situ", "sana", "kok", "lagi", "juga",
            "masih", "terus", "jadi", "dengan", "tanpa", "akan", "bisa", "harus", "perlu", "minta", "banyak",
            "semua", "setiap", "tiap", "kalau", "jika", "waktu", "saat", "ketika", "sekarang", "kemarin", "tadi",
            "hari", "minggu", "bulan", "tahun", "sekitar", "menuju", "arah", "numpuk", "banget", "sekali", "bikin",
            "sampah", "air", "lampu", "pohon", "motor", "mobil", "orang", "anak", "nya", "pun", "kena", "jatuh",
            "rawan", "meluap", "hilang");
    /** Words of {@link #NOT_A_NAME} that are part of a name when capitalised: "Jl. Raya Bogor", "Pasar Besar". */
    private static final Set<String> NAME_PARTS = Set.of("raya", "utama", "umum", "protokol", "poros", "provinsi",
            "kabupaten", "nasional", "besar", "kecil", "lama", "depan", "dalam", "luar");
    private static final Set<String> NOT_A_PLACE = Set.of("sini", "situ", "sana", "rumah", "mana", "atas", "bawah",
            "dalam", "luar", "tempat", "daerah", "wilayah");

    private PlaceInText() {
    }

    static Optional<String> find(String text) {
        String[] words = text.strip().split("\\s+");
        for (int i = 0; i < words.length - 1; i++) {
            if (!LEADS.contains(clean(words[i]))) {
                continue;
            }
            int start = i + 1;
            if (LEADS.contains(clean(words[start])) && start + 1 < words.length) {
                start++; // "di depan ..."
            }
            if (NOT_A_PLACE.contains(clean(words[start]))) {
                continue;
            }
            List<String> taken = new ArrayList<>();
            for (int j = start; j < words.length && taken.size() < 12; j++) {
                String raw = words[j].replaceAll("[,;!?]+$", "");
                boolean named = isLowercaseName(raw) && followsPlaceWord(taken) || isCode(raw, taken);
                if (!isPlacePart(raw) && !named) {
                    break;
                }
                if (!raw.equals(words[j])) {
                    // Punctuation ends the phrase, unless the address goes on: "No. 10, Kel. Sukamaju".
                    boolean goesOn = words[j].endsWith(",") && j + 1 < words.length
                            && PLACE_WORDS.contains(clean(words[j + 1]));
                    taken.add(goesOn ? raw + "," : raw);
                    if (!goesOn) {
                        break;
                    }
                } else {
                    taken.add(raw);
                }
            }
            if (taken.size() >= 2) {
                String lead = words[start - 1].equalsIgnoreCase("di") ? "" : words[start - 1] + " ";
                return Optional.of((lead + String.join(" ", taken)).replaceAll("\\.$", ""));
            }
        }
        return Optional.empty();
    }

    private static boolean isPlacePart(String word) {
        if (word.isEmpty()) {
            return false;
        }
        String w = clean(word);
        // "Lampu Mati Di Gang Melati Sudah Seminggu": capitalised everyday words end the place name.
        boolean capitalisedName = Character.isUpperCase(word.charAt(0))
                && (!NOT_A_NAME.contains(w) || NAME_PARTS.contains(w));
        return PLACE_WORDS.contains(w) || capitalisedName || Character.isDigit(word.charAt(0))
                || w.matches("\\d+/\\d+");
    }

    /**
     * "gang melati", "sdn 3 sukamaju", "jl. ahmad yani": a lowercase name comes right after the place word or its
     * number, and may have two words.
     */
    private static boolean followsPlaceWord(List<String> taken) {
        int n = taken.size();
        return n >= 1 && PLACE_WORDS.contains(clean(taken.get(n - 1)))
                || n >= 2 && taken.get(n - 1).matches("\\d+") && PLACE_WORDS.contains(clean(taken.get(n - 2)))
                || n >= 2 && isLowercaseName(taken.get(n - 1)) && PLACE_WORDS.contains(clean(taken.get(n - 2)));
    }

    /** "blok c", "no 12a", "rt 4": a short code after a place word. */
    private static boolean isCode(String word, List<String> taken) {
        return !taken.isEmpty() && PLACE_WORDS.contains(clean(taken.getLast()))
                && clean(word).matches("[a-z]\\d{0,3}|\\d{1,4}[a-z]?");
    }

    private static boolean isLowercaseName(String word) {
        String w = clean(word);
        return w.matches("[\\p{L}][\\p{L}'-]+") && !NOT_A_NAME.contains(w) && !PLACE_WORDS.contains(w);
    }

    private static String clean(String word) {
        return word.toLowerCase(Locale.ROOT).replaceAll("[,;:!?]+$", "");
    }
}
