package org.rapport.customers.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;

import org.rapport.customers.internal.PinyinKeys;

/**
 * The benchmark's input files, made up like the demo data of org.rapport.customers.demo (Chinese
 * and Western names with matching e-mail addresses and phone numbers, birthdays, regions,
 * channels, tags; purchases spread over customers with a heavy tail, Pareto shares as in that
 * generator), in the import's default columns. Customer {@code i} depends only on the seed and
 * {@code i}, so a search can ask for any customer's name or e-mail address without keeping them.
 */
final class CsvData {

    static final String CUSTOMERS_HEADER = "ref,name,email,phone,birthday,region,channel,tags";
    static final String PURCHASES_HEADER = "customer_ref,date,amount,quantity,product,channel";

    private static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗" };
    private static final String[] SURNAMES_PINYIN = { "wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun", "ma", "zhu", "hu",
            "guo", "he", "gao", "lin", "luo" };
    private static final String[] GIVEN = { "伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀兰", "霞" };
    private static final String[] GIVEN_PINYIN = { "wei", "fang", "na", "xiuying", "min", "jing", "li", "qiang", "lei", "jun", "yang", "yong", "yan", "jie", "juan",
            "tao", "ming", "chao", "xiulan", "xia" };
    private static final String[] FIRST = { "Anna", "Lukas", "Emma", "Noah", "Mia", "Elias", "Sofia", "Jonas", "Laura", "Paul", "Lea", "Felix", "Clara", "Max",
            "Marie", "Ben", "Julia", "Leon", "Sarah", "David" };
    private static final String[] LAST = { "Müller", "Schmidt", "Rossi", "Smith", "Johnson", "Martin", "Bernard", "Garcia", "Novak", "Berg", "Jensen", "Keller",
            "Weber", "Fischer", "Meyer", "Wagner", "Becker", "Hoffmann", "Schulz", "Koch" };
    private static final String[] CHINESE_CITIES = { "Shanghai", "Beijing", "Guangzhou", "Shenzhen", "Chengdu", "Hangzhou" };
    private static final String[] WESTERN_CITIES = { "Berlin", "Munich", "Hamburg", "Zurich", "Vienna", "Milan" };
    private static final String[] TAGS = { "frequent buyer", "eco-minded", "gift buyer", "newsletter", "VIP event", "coffee lover", "family" };
    private static final String[] PRODUCTS = { "Espresso machine", "Coffee beans 1 kg", "Green tea 250 g", "Milk frother", "Teapot", "Grinder", "Cups (set of 6)",
            "Cold brew kit", "Descaler", "Gift card" };
    private static final double[] PRICES = { 420, 24, 18, 65, 45, 130, 36, 55, 9, 50 };
    private static final String[] CHANNELS = { "store", "store", "store", "store", "web", "web", "web", "app", "app", "phone", "wechat", "field sales" };
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);
    private static final LocalDateTime FIRST_SALE = LocalDateTime.of(2023, 1, 1, 8, 0);

    /** One customer as the file has it. */
    record CustomerLine(String reference, String name, String email, String phone, LocalDate birthday, String region, String channel, String tags) {

        String csv() {
            return String.join(",", reference, name, email, phone, birthday.toString(), region, channel, tags.contains(" ") ? '"' + tags + '"' : tags);
        }
    }

    private final long seed;

    CsvData(long seed) {
        this.seed = seed;
    }

    static String reference(int index) {
        return String.format(Locale.ROOT, "B-%07d", index + 1);
    }

    /** Customer {@code index} (from 0), the same for the same seed. */
    CustomerLine customer(int index) {
        Random random = new Random(seed * 1_000_003L + index);
        String email;
        String name;
        String region;
        String phone;
        if (random.nextDouble() < 0.6) {
            int s = random.nextInt(SURNAMES.length);
            int g = random.nextInt(GIVEN.length);
            name = SURNAMES[s] + GIVEN[g];
            email = GIVEN_PINYIN[g] + "." + SURNAMES_PINYIN[s] + (index + 1) + "@example.cn";
            region = CHINESE_CITIES[random.nextInt(CHINESE_CITIES.length)];
            phone = String.format(Locale.ROOT, "+86 13%d %04d %04d", random.nextInt(10), random.nextInt(10_000), random.nextInt(10_000));
        } else {
            int f = random.nextInt(FIRST.length);
            String last = LAST[random.nextInt(LAST.length)];
            name = FIRST[f] + " " + last;
            // as people type them: some in capitals, which the import lowers
            email = (random.nextDouble() < 0.1 ? FIRST[f] + "." + last : (FIRST[f] + "." + last).toLowerCase(Locale.ROOT)).replace("ü", "ue") + (index + 1)
                    + "@Example.com";
            region = WESTERN_CITIES[random.nextInt(WESTERN_CITIES.length)];
            phone = String.format(Locale.ROOT, "+49 15%d %07d", random.nextInt(10), random.nextInt(10_000_000));
        }
        LocalDate birthday = TODAY.minusYears(18 + random.nextInt(62)).minusDays(random.nextInt(365));
        StringBuilder tags = new StringBuilder();
        for (String tag : TAGS) {
            if (random.nextDouble() < 0.12) {
                tags.append(tags.isEmpty() ? "" : ";").append(tag);
            }
        }
        return new CustomerLine(reference(index), name, email, phone, birthday, region, CHANNELS[random.nextInt(CHANNELS.length)], tags.toString());
    }

    /** The customers file: a header and {@code customers} lines. */
    void writeCustomers(Path file, int customers) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(CUSTOMERS_HEADER);
            out.write('\n');
            for (int i = 0; i < customers; i++) {
                out.write(customer(i).csv());
                out.write('\n');
            }
        }
    }

    /**
     * The purchases file: {@code purchases} lines in the order of time (as a shop's export), from
     * 2023 to 2026, each of a customer drawn by Pareto-distributed shares (alpha 1.16, the "80/20"
     * of retail), the amount log-normal around the product's price.
     */
    void writePurchases(Path file, int customers, int purchases) throws IOException {
        Random random = new Random(seed + 17);
        double[] cumulative = new double[customers];
        double total = 0;
        for (int i = 0; i < customers; i++) {
            total += Math.pow(1 - random.nextDouble(), -1 / 1.16);
            cumulative[i] = total;
        }
        long span = java.time.Duration.between(FIRST_SALE, TODAY.atStartOfDay()).getSeconds();
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(PURCHASES_HEADER);
            out.write('\n');
            for (int p = 0; p < purchases; p++) {
                int at = Arrays.binarySearch(cumulative, random.nextDouble() * total);
                int customer = at < 0 ? -at - 1 : at;
                int product = random.nextInt(PRODUCTS.length);
                int quantity = 1 + (random.nextDouble() < 0.2 ? random.nextInt(4) : 0);
                double amount = Math.max(1, PRICES[product] * quantity * Math.exp(random.nextGaussian() * 0.35));
                LocalDateTime when = FIRST_SALE.plusSeconds(span * p / Math.max(1, purchases));
                out.write(reference(customer));
                out.write(',');
                out.write(when.toString());
                out.write(String.format(Locale.ROOT, "+08:00,%.2f,%d,%s,%s%n", amount, quantity, PRODUCTS[product], CHANNELS[random.nextInt(CHANNELS.length)]));
            }
        }
    }

    /**
     * A name prefix as people type it into the list's search: a Chinese surname, a surname with a
     * given name, a Western first name, part of one, or a first name with the start of a last name;
     * some in lower case; and Chinese names typed as pinyin (a surname's, a whole name's, its
     * initials), which the list looks up by the pinyin keys too.
     */
    static String prefix(Random random) {
        return switch (random.nextInt(9)) {
        case 0 -> SURNAMES[random.nextInt(SURNAMES.length)];
        case 1 -> SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
        case 2 -> FIRST[random.nextInt(FIRST.length)];
        case 3 -> FIRST[random.nextInt(FIRST.length)].substring(0, 3).toLowerCase(Locale.ROOT);
        case 4 -> FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)].substring(0, 2);
        case 5 -> FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
        // Chinese names as people type them in Latin letters: the surname's pinyin, the whole name's, its initials
        case 6 -> PinyinKeys.of(SURNAMES[random.nextInt(SURNAMES.length)]).full();
        case 7 -> PinyinKeys.of(SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)]).full();
        default -> PinyinKeys.of(SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)]).initials();
        };
    }
}
