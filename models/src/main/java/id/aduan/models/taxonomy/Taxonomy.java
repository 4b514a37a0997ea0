package id.aduan.models.taxonomy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * putting a file of the same name in its taxonomy directory; routing overrides are merged over the defaults.
 */
public final class Taxonomy {

    static final String CATEGORIES = "categories.csv";
    static final String AGENCIES = "agencies.csv";
    static final String ROUTING = "routing.csv";
    private static final String CLASSPATH_DIR = "/aduan/taxonomy/";

    private final Map<CategoryCode, Category> categories;
    private final Map<AgencyCode, Agency> agencies;
    private final Map<CategoryCode, AgencyCode> routing;

    Taxonomy(Map<CategoryCode, Category> categories, Map<AgencyCode, Agency> agencies,
             Map<CategoryCode, AgencyCode> routing) {
        this.categories = Collections.unmodifiableMap(new LinkedHashMap<>(categories));
        this.agencies = Collections.unmodifiableMap(new LinkedHashMap<>(agencies));
        this.routing = Collections.unmodifiableMap(new LinkedHashMap<>(routing));
        routing.forEach((category, agency) -> {
            if (!this.categories.containsKey(category)) {
                throw new IllegalArgumentException("routing names an unknown category: " + category);
            }
            if (!this.agencies.containsKey(agency)) {
                throw new IllegalArgumentException("routing names an unknown agency: " + agency);
            }
        });
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
            agencies.put(code, new Agency(code, r.get("name"), r.get("kind")));
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
        return categories.values().stream().filter(c -> !c.retired()).toList();
    }

    public List<Agency> agencies() {
        return List.copyOf(agencies.values());
    }

    public Optional<Category> category(CategoryCode code) {
        return Optional.ofNullable(categories.get(code));
    }

    public Optional<Agency> agency(AgencyCode code) {
        return Optional.ofNullable(agencies.get(code));
    }

    public boolean knows(CategoryCode code) {
        return categories.containsKey(code);
    }

    public boolean knows(AgencyCode code) {
        return agencies.containsKey(code);
    }

    /** The agency that handles a category by default in this deployment. */
    public Optional<AgencyCode> defaultAgencyFor(CategoryCode category) {
        return Optional.ofNullable(routing.get(category));
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
