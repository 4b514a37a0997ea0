package id.aduan.bot.similar;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether two complaints can be at the same place, when that is known: two shared locations within a distance, or
 * two typed addresses that share a telling word (a street, kampung or kelurahan name, not "jalan" or "depan").
 * When one place is unknown, or one is typed and the other shared, nothing speaks against it.
 */
final class SamePlace {

    private static final double EARTH_RADIUS_METERS = 6_371_000;
    /** Words of an address that name no particular place. */
    private static final Set<String> GENERIC = Set.of("jalan", "jln", "gang", "depan", "dekat", "dkt", "belakang",
            "samping", "sebelah", "seberang", "sekitar", "kel", "kelurahan", "desa", "kec", "kecamatan", "kota",
            "kab", "kabupaten", "nomor", "blok", "dan", "dari", "yang", "arah", "simpang", "perempatan",
            "pertigaan", "rumah", "saya", "warga", "titik", "lokasi", "raya", "ujung", "tengah", "pinggir", "kampung",
            "komplek", "kompleks", "perumahan", "sdn", "smp", "smpn", "sma", "sman", "depannya", "area", "wilayah",
            "lingkungan", "tepat", "persis", "sisi", "kiri", "kanan", "utara", "selatan", "timur", "barat", "baru",
            "lama");

    private SamePlace() {
    }

    static boolean possible(String place, Double lat, Double lon, String otherPlace, Double otherLat,
                            Double otherLon, double maxMeters) {
        if (lat != null && lon != null && otherLat != null && otherLon != null) {
            return meters(lat, lon, otherLat, otherLon) <= maxMeters;
        }
        Set<String> words = telling(place);
        Set<String> other = telling(otherPlace);
        if (words.isEmpty() || other.isEmpty()) {
            return true;
        }
        return words.stream().anyMatch(other::contains);
    }

    static Set<String> telling(String place) {
        if (place == null) {
            return Set.of();
        }
        return Arrays.stream(place.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> w.length() >= 3 && !w.chars().allMatch(Character::isDigit) && !GENERIC.contains(w))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Great-circle distance (haversine). */
    static double meters(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat1))
                * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_METERS * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
