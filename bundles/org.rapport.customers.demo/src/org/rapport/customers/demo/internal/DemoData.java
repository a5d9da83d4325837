package org.rapport.customers.demo.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.IntConsumer;

import org.rapport.customers.api.Channels;
import org.rapport.customers.model.Customer;
import org.rapport.customers.model.CustomerStatus;
import org.rapport.customers.model.CustomersFactory;
import org.rapport.customers.model.Direction;
import org.rapport.customers.model.EmailAddress;
import org.rapport.customers.model.Gender;
import org.rapport.customers.model.Interaction;
import org.rapport.customers.model.InteractionType;
import org.rapport.customers.model.Phone;
import org.rapport.customers.model.Purchase;
import org.rapport.persistence.api.BatchWriter;
import org.rapport.persistence.api.Store;

/**
 * Realistic made-up customers for demonstrations and trials: Chinese and Western names with
 * matching e-mail addresses and phone numbers, birthdays, regions, channels, tags, a few
 * interactions, and purchases spread with a heavy tail (a few customers buy most, as in real
 * shops: each customer's share is drawn from a Pareto distribution, amounts from a log-normal
 * one). The same seed gives the same data.
 */
public final class DemoData {

    private static final CustomersFactory F = CustomersFactory.eINSTANCE;
    private static final int BATCH = 500;

    private static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗" };
    private static final String[] SURNAMES_PINYIN = { "wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun", "ma", "zhu", "hu",
            "guo", "he", "gao", "lin", "luo" };
    private static final String[] GIVEN = { "伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀兰", "霞" };
    private static final String[] GIVEN_PINYIN = { "wei", "fang", "na", "xiuying", "min", "jing", "li", "qiang", "lei", "jun", "yang", "yong", "yan", "jie", "juan",
            "tao", "ming", "chao", "xiulan", "xia" };
    private static final boolean[] GIVEN_FEMALE = { false, true, true, true, true, true, true, false, false, false, false, false, true, false, true, false, false,
            false, true, true };
    private static final String[] FIRST = { "Anna", "Lukas", "Emma", "Noah", "Mia", "Elias", "Sofia", "Jonas", "Laura", "Paul", "Lea", "Felix", "Clara", "Max",
            "Marie", "Ben", "Julia", "Leon", "Sarah", "David" };
    private static final boolean[] FIRST_FEMALE = { true, false, true, false, true, false, true, false, true, false, true, false, true, false, true, false, true,
            false, true, false };
    private static final String[] LAST = { "Müller", "Schmidt", "Rossi", "Smith", "Johnson", "Martin", "Bernard", "Garcia", "Novak", "Berg", "Jensen", "Keller",
            "Weber", "Fischer", "Meyer", "Wagner", "Becker", "Hoffmann", "Schulz", "Koch" };
    private static final String[] CHINESE_CITIES = { "Shanghai", "Beijing", "Guangzhou", "Shenzhen", "Chengdu", "Hangzhou" };
    private static final String[] WESTERN_CITIES = { "Berlin", "Munich", "Hamburg", "Zurich", "Vienna", "Milan" };
    private static final String[] OCCUPATIONS = { "Teacher", "Engineer", "Architect", "Nurse", "Designer", "Accountant", "Student", "Chef", "Doctor",
            "Sales manager", "Retired" };
    private static final String[] TAGS = { "frequent buyer", "eco-minded", "gift buyer", "newsletter", "VIP event", "coffee lover", "family" };
    private static final String[] PRODUCTS = { "Espresso machine", "Coffee beans 1 kg", "Green tea 250 g", "Milk frother", "Teapot", "Grinder", "Cups (set of 6)",
            "Cold brew kit", "Descaler", "Gift card" };
    /** How much each product costs, roughly: an amount is drawn around it. */
    private static final double[] PRICES = { 420, 24, 18, 65, 45, 130, 36, 55, 9, 50 };
    private static final String[] CHANNELS = { Channels.STORE, Channels.STORE, Channels.STORE, Channels.STORE, Channels.WEB_SHOP, Channels.WEB_SHOP,
            Channels.WEB_SHOP, Channels.APP, Channels.APP, Channels.HOTLINE, Channels.SOCIAL_MEDIA, Channels.FIELD_SALES };

    private final Random random;
    private final Instant now;

    public DemoData(long seed, Instant now) {
        this.random = new Random(seed);
        this.now = now;
    }

    /**
     * Writes the customers with their purchases in batches; each batch is stored whole or not at all.
     *
     * @param progress told how many customers are stored, after each batch
     * @return how many purchases were made (exactly {@code purchases})
     */
    public long generate(Store store, int customers, int purchases, IntConsumer progress) {
        int[] perCustomer = spread(customers, purchases);
        long made = 0;
        try (BatchWriter writer = store.batchWriter(BATCH)) {
            for (int i = 0; i < customers; i++) {
                Customer customer = customer(i);
                for (int p = 0; p < perCustomer[i]; p++) {
                    customer.getPurchases().add(purchase(customer.getCreatedAt()));
                    made++;
                }
                writer.add(customer);
                if ((i + 1) % BATCH == 0) {
                    progress.accept(i + 1);
                }
            }
        }
        progress.accept(customers);
        return made;
    }

    /** How many purchases each customer makes: exactly {@code purchases} in all, drawn by Pareto-distributed shares. */
    int[] spread(int customers, int purchases) {
        int[] counts = new int[customers];
        if (customers == 0) {
            return counts;
        }
        double[] cumulative = new double[customers];
        double total = 0;
        for (int i = 0; i < customers; i++) {
            // Pareto with alpha 1.16: the "80/20" shape of retail
            total += Math.pow(1 - random.nextDouble(), -1 / 1.16);
            cumulative[i] = total;
        }
        for (int p = 0; p < purchases; p++) {
            int at = Arrays.binarySearch(cumulative, random.nextDouble() * total);
            counts[at < 0 ? -at - 1 : at]++;
        }
        return counts;
    }

    Customer customer(int index) {
        Customer customer = F.createCustomer();
        customer.setReference(String.format("D-%06d", index + 1));
        boolean chinese = random.nextDouble() < 0.6;
        boolean female;
        String email;
        if (chinese) {
            int s = random.nextInt(SURNAMES.length);
            int g = random.nextInt(GIVEN.length);
            female = GIVEN_FEMALE[g];
            customer.setName(SURNAMES[s] + GIVEN[g]);
            email = GIVEN_PINYIN[g] + "." + SURNAMES_PINYIN[s] + (index + 1) + "@example.cn";
            customer.setRegion(pick(CHINESE_CITIES));
            customer.getPhones().add(phone(String.format("+86 13%d %04d %04d", random.nextInt(10), random.nextInt(10_000), random.nextInt(10_000))));
        } else {
            int f = random.nextInt(FIRST.length);
            String last = pick(LAST);
            female = FIRST_FEMALE[f];
            customer.setName(FIRST[f] + " " + last);
            email = (FIRST[f] + "." + last).toLowerCase().replace("ü", "ue") + (index + 1) + "@example.com";
            customer.setRegion(pick(WESTERN_CITIES));
            customer.getPhones().add(phone(String.format("+49 15%d %07d", random.nextInt(10), random.nextInt(10_000_000))));
        }
        customer.setGender(random.nextDouble() < 0.03 ? Gender.UNKNOWN : female ? Gender.FEMALE : Gender.MALE);
        EmailAddress address = F.createEmailAddress();
        address.setAddress(email);
        address.setLabel("private");
        address.setValid(random.nextDouble() > 0.02);
        customer.getEmails().add(address);
        customer.setBirthday(LocalDate.ofInstant(now, java.time.ZoneOffset.UTC).minusYears(18 + random.nextInt(62)).minusDays(random.nextInt(365)));
        customer.setOccupation(pick(OCCUPATIONS));
        customer.setChannel(pick(CHANNELS));
        customer.setMarketingConsent(random.nextDouble() < 0.55);
        customer.setStatus(random.nextDouble() < 0.85 ? CustomerStatus.ACTIVE : CustomerStatus.INACTIVE);
        Instant created = now.minus(Duration.ofDays(30 + random.nextInt(3 * 365)));
        customer.setCreatedAt(created);
        // some were not confirmed for over a year: the data-quality flag has something to find
        customer.setLastConfirmedAt(now.minus(Duration.ofDays(random.nextInt(random.nextDouble() < 0.8 ? 330 : 900))));
        for (String tag : TAGS) {
            if (random.nextDouble() < 0.12) {
                customer.getTags().add(tag);
            }
        }
        int interactions = random.nextInt(4);
        for (int i = 0; i < interactions; i++) {
            customer.getInteractions().add(interaction(created));
        }
        return customer;
    }

    private Phone phone(String number) {
        Phone phone = F.createPhone();
        phone.setNumber(number);
        phone.setLabel("mobile");
        phone.setValid(random.nextDouble() > 0.03);
        return phone;
    }

    private Purchase purchase(Instant since) {
        Purchase purchase = F.createPurchase();
        int product = random.nextInt(PRODUCTS.length);
        purchase.setProduct(PRODUCTS[product]);
        purchase.setQuantity(1 + (random.nextDouble() < 0.2 ? random.nextInt(4) : 0));
        // log-normal around the product's price: most near it, a few far above
        double amount = PRICES[product] * purchase.getQuantity() * Math.exp(random.nextGaussian() * 0.35);
        purchase.setAmount(BigDecimal.valueOf(Math.max(1, amount)).setScale(2, RoundingMode.HALF_UP));
        purchase.setAt(between(since, now));
        purchase.setChannel(pick(CHANNELS));
        if (Channels.STORE.equals(purchase.getChannel())) {
            purchase.setStore(random.nextBoolean() ? "Flagship" : "Station");
        }
        return purchase;
    }

    private Interaction interaction(Instant since) {
        Interaction interaction = F.createInteraction();
        InteractionType type = pick(List.of(InteractionType.CALL, InteractionType.EMAIL, InteractionType.CHAT, InteractionType.VISIT).toArray(new InteractionType[0]));
        interaction.setType(type);
        interaction.setChannel(type == InteractionType.CALL ? Channels.HOTLINE : type == InteractionType.VISIT ? Channels.STORE : Channels.WEB_SHOP);
        interaction.setDirection(random.nextDouble() < 0.7 ? Direction.INBOUND : Direction.OUTBOUND);
        interaction.setAt(between(since, now));
        interaction.setSummary(pick(new String[] { "Asked about delivery", "Thanked for the service", "Question about the warranty", "Wanted a gift card",
                "Reported a broken cup", "Asked for the loyalty programme" }));
        interaction.setStaffLogin("demo");
        return interaction;
    }

    private Instant between(Instant from, Instant to) {
        long seconds = Math.max(1, Duration.between(from, to).getSeconds());
        return from.plusSeconds((long) (random.nextDouble() * seconds));
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }
}
