package id.aduan.models.taxonomy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Categories, agencies and the routing table (category to default agency) of one deployment.
 *
 * <p>The shipped defaults describe a typical kabupaten/kota. A deployment overrides any of the three files by
 * putting a file of the same name in its taxonomy directory; routing overrides are merged over the defaults. Edits
 * made through the admin API are applied over the files with {@link #applyEdits}; the object is shared, so every
 * holder sees them at once (thread-safe: the tables are swapped as a whole).
 */
public final class Taxonomy {

    static final String CATEGORIES = "categories.csv";
    static final String AGENCIES = "agencies.csv";
    static final String ROUTING = "routing.csv";
    private static final String CLASSPATH_DIR = "/aduan/taxonomy/";

    /** One consistent set of the three tables; replaced as a whole, so readers never see half an edit. */
    private record Tables(Map<CategoryCode, Category> categories, Map<AgencyCode, Agency> agencies,
                          Map<CategoryCode, AgencyCode> routing) {

        Tables {
            categories = Collections.unmodifiableMap(new LinkedHashMap<>(categories));
            agencies = Collections.unmodifiableMap(new LinkedHashMap<>(agencies));
            routing = Collections.unmodifiableMap(new LinkedHashMap<>(routing));
            for (Map.Entry<CategoryCode, AgencyCode> route : routing.entrySet()) {
                if (!categories.containsKey(route.getKey())) {
                    throw new IllegalArgumentException("routing names an unknown category: " + route.getKey());
                }
                if (!agencies.containsKey(route.getValue())) {
                    throw new IllegalArgumentException("routing names an unknown agency: " + route.getValue());
                }
            }
        }
    }

    /** The files' taxonomy (shipped defaults and the region's override directory). */
    private final Tables defaults;
    /** The files' taxonomy with the edits made through the admin API applied. */
    private volatile Tables current;

    Taxonomy(Map<CategoryCode, Category> categories, Map<AgencyCode, Agency> agencies,
             Map<CategoryCode, AgencyCode> routing) {
        this.defaults = new Tables(categories, agencies, routing);
        this.current = defaults;
    }

    /**
     * Applies stored edits over the files' taxonomy, replacing any edits applied before: each category or agency
     * given replaces the one with its code (or is added), and each route replaces the category's default agency.
     * Every holder of this taxonomy sees the result at once. Throws {@link IllegalArgumentException} (and keeps
     * the taxonomy as it was) when a route names an unknown code.
     */
    public void applyEdits(Collection<Category> categories, Collection<Agency> agencies,
                           Map<CategoryCode, AgencyCode> routing) {
        Map<CategoryCode, Category> c = new LinkedHashMap<>(defaults.categories());
        categories.forEach(x -> c.put(x.code(), x));
        Map<AgencyCode, Agency> a = new LinkedHashMap<>(defaults.agencies());
        agencies.forEach(x -> a.put(x.code(), x));
        Map<CategoryCode, AgencyCode> r = new LinkedHashMap<>(defaults.routing());
        r.putAll(routing);
        current = new Tables(c, a, r);
    }

    /** Whether the code comes from the taxonomy files (shipped or the region's), not only from an edit. */
    public boolean isDefault(CategoryCode code) {
        return defaults.categories().containsKey(code);
    }

    /** Whether the code comes from the taxonomy files (shipped or the region's), not only from an edit. */
    public boolean isDefault(AgencyCode code) {
        return defaults.agencies().containsKey(code);
    }

    /** Every category, retired ones included, in display order. */
    public List<Category> categories() {
        return List.copyOf(current.categories().values());
    }

    /** Agencies that may receive new complaints (retired ones excluded). */
    public List<Agency> activeAgencies() {
        return current.agencies().values().stream().filter(x -> !x.retired()).toList();
    }

    /** Whether the category is known and not retired. */
    public boolean isActive(CategoryCode code) {
        return category(code).map(c -> !c.retired()).orElse(false);
    }

    /** Whether the agency is known and not retired. */
    public boolean isActive(AgencyCode code) {
        return agency(code).map(x -> !x.retired()).orElse(false);
    }

    /** The routing table: each routed category's default agency. */
    public Map<CategoryCode, AgencyCode> routing() {
        return current.routing();
    }

    /** The shipped default taxonomy. */
    public static Taxonomy defaults() {
        return load(null);
    }

    /** The shipped defaults, with files in {@code overrideDir} (if given and present) taking precedence. */
    public static Taxonomy load(Path overrideDir) {
        Map<CategoryCode, Category> categories = new LinkedHashMap<>();
        read(overrideDir, CATEGORIES, false, r -> {
            CategoryCode code = CategoryCode.of(r.get("code"));
            categories.put(code, new Category(code, r.get("name"), r.isMapped("retired") && "true".equals(r.get("retired"))));
            return null;
        });
        Map<AgencyCode, Agency> agencies = new LinkedHashMap<>();
        read(overrideDir, AGENCIES, false, r -> {
            AgencyCode code = AgencyCode.of(r.get("code"));
            agencies.put(code, new Agency(code, r.get("name"), r.get("kind"),
                    r.isMapped("retired") && "true".equals(r.get("retired"))));
            return null;
        });
        Map<CategoryCode, AgencyCode> routing = new LinkedHashMap<>();
        read(overrideDir, ROUTING, true, r -> {
            routing.put(CategoryCode.of(r.get("category")), AgencyCode.of(r.get("agency")));
            return null;
        });
        return new Taxonomy(categories, agencies, routing);
    }

    private static void read(Path overrideDir, String file, boolean merge, Function<CSVRecord, Void> row) {
        Path override = overrideDir == null ? null : overrideDir.resolve(file);
        boolean overridden = override != null && Files.isRegularFile(override);
        if (!overridden || merge) {
            try (InputStream in = Taxonomy.class.getResourceAsStream(CLASSPATH_DIR + file)) {
                if (in == null) {
                    throw new IllegalStateException("missing shipped taxonomy file " + file);
                }
                parse(new InputStreamReader(in, StandardCharsets.UTF_8), file, row);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (overridden) {
            try (Reader reader = Files.newBufferedReader(override, StandardCharsets.UTF_8)) {
                parse(reader, override.toString(), row);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + override, e);
            }
        }
    }

    private static void parse(Reader reader, String name, Function<CSVRecord, Void> row) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setCommentMarker('#').setIgnoreEmptyLines(true).setTrim(true).get();
        for (CSVRecord record : format.parse(reader)) {
            try {
                row.apply(record);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(name + " line " + record.getParser().getCurrentLineNumber()
                        + ": " + e.getMessage(), e);
            }
        }
    }

    /** Categories citizens and officers may choose (retired ones excluded), in display order. */
    public List<Category> activeCategories() {
        return current.categories().values().stream().filter(c -> !c.retired()).toList();
    }

    /** Every agency, retired ones included. */
    public List<Agency> agencies() {
        return List.copyOf(current.agencies().values());
    }

    public Optional<Category> category(CategoryCode code) {
        return Optional.ofNullable(current.categories().get(code));
    }

    public Optional<Agency> agency(AgencyCode code) {
        return Optional.ofNullable(current.agencies().get(code));
    }

    public boolean knows(CategoryCode code) {
        return current.categories().containsKey(code);
    }

    public boolean knows(AgencyCode code) {
        return current.agencies().containsKey(code);
    }

    /** The agency that handles a category by default in this deployment. */
    public Optional<AgencyCode> defaultAgencyFor(CategoryCode category) {
        return Optional.ofNullable(current.routing().get(category));
    }

    /** The Indonesian name of a category, or its code when unknown. */
    public String categoryName(CategoryCode code) {
        return category(code).map(Category::name).orElse(code.value());
    }

    /** The Indonesian name of an agency, or its code when unknown. */
    public String agencyName(AgencyCode code) {
        return agency(code).map(Agency::name).orElse(code.value());
    }
}
