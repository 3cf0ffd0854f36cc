package org.storydiff.extract;

import java.util.Map;
import java.util.Set;
import org.storydiff.extract.Quantity.Kind;
import org.storydiff.text.NumberWords;

/**
 * Money: a sign or code before the number ("$2bn", "US$3.6bn", "HK$4.8 billion", "€90m", "USD 40
 * million", "Rs 450 crore") or a currency word after it ("1.5 million euros", "7,199 yuan", "2.5
 * million Swiss francs"). The unit is the ISO 4217 code; a currency word that several countries use
 * ("crowns", "francs", "pesos") stays a word unless a nationality settles it, and so do "cents" and
 * "pence". Stateless and thread-safe.
 */
final class MoneyScanner {

  private static final Map<String, String> SIGNS =
      Map.of(
          "$", "USD", "£", "GBP", "€", "EUR", "¥", "JPY", "₹", "INR", "₽", "RUB", "₴", "UAH", "₩",
          "KRW");

  /** Letters written against a dollar sign: "US$", "A$", "HK$". */
  private static final Map<String, String> DOLLAR_PREFIXES =
      Map.ofEntries(
          Map.entry("us", "USD"),
          Map.entry("a", "AUD"),
          Map.entry("au", "AUD"),
          Map.entry("c", "CAD"),
          Map.entry("ca", "CAD"),
          Map.entry("hk", "HKD"),
          Map.entry("nz", "NZD"),
          Map.entry("s", "SGD"),
          Map.entry("nt", "TWD"),
          Map.entry("r", "BRL"),
          Map.entry("mex", "MXN"));

  /** Codes and abbreviations written before the number: "USD 40 million", "Rs 450 crore". */
  private static final Map<String, String> CODES_BEFORE =
      Map.ofEntries(
          Map.entry("usd", "USD"),
          Map.entry("eur", "EUR"),
          Map.entry("gbp", "GBP"),
          Map.entry("chf", "CHF"),
          Map.entry("jpy", "JPY"),
          Map.entry("cny", "CNY"),
          Map.entry("rmb", "CNY"),
          Map.entry("inr", "INR"),
          Map.entry("rs", "INR"),
          Map.entry("aud", "AUD"),
          Map.entry("cad", "CAD"),
          Map.entry("hkd", "HKD"),
          Map.entry("sek", "SEK"),
          Map.entry("nok", "NOK"),
          Map.entry("dkk", "DKK"),
          Map.entry("zar", "ZAR"),
          Map.entry("rub", "RUB"),
          Map.entry("uah", "UAH"),
          Map.entry("pln", "PLN"),
          Map.entry("brl", "BRL"),
          Map.entry("rm", "MYR"),
          Map.entry("myr", "MYR"),
          Map.entry("sgd", "SGD"),
          Map.entry("nzd", "NZD"),
          Map.entry("rp", "IDR"),
          Map.entry("idr", "IDR"),
          Map.entry("thb", "THB"),
          Map.entry("php", "PHP"),
          Map.entry("krw", "KRW"),
          Map.entry("twd", "TWD"),
          Map.entry("mxn", "MXN"),
          Map.entry("sar", "SAR"),
          Map.entry("aed", "AED"),
          Map.entry("qar", "QAR"),
          Map.entry("egp", "EGP"),
          Map.entry("ngn", "NGN"),
          Map.entry("kes", "KES"),
          Map.entry("pkr", "PKR"),
          Map.entry("bdt", "BDT"),
          Map.entry("czk", "CZK"),
          Map.entry("huf", "HUF"),
          Map.entry("ils", "ILS"),
          Map.entry("vnd", "VND"));

  /** Currency words after the number; nationality words before some of them refine the code. */
  private static final Map<String, String> WORDS =
      Map.ofEntries(
          Map.entry("dollars", "USD"),
          Map.entry("dollar", "USD"),
          Map.entry("usd", "USD"),
          Map.entry("euros", "EUR"),
          Map.entry("euro", "EUR"),
          Map.entry("eur", "EUR"),
          Map.entry("pounds", "GBP"),
          Map.entry("pound", "GBP"),
          Map.entry("gbp", "GBP"),
          Map.entry("sterling", "GBP"),
          Map.entry("yen", "JPY"),
          Map.entry("yuan", "CNY"),
          Map.entry("renminbi", "CNY"),
          Map.entry("roubles", "RUB"),
          Map.entry("rubles", "RUB"),
          Map.entry("hryvnias", "UAH"),
          Map.entry("hryvnia", "UAH"),
          Map.entry("rupees", "INR"),
          Map.entry("francs", "francs"),
          Map.entry("crowns", "crowns"),
          Map.entry("kronor", "SEK"),
          Map.entry("kroner", "kroner"),
          Map.entry("rand", "ZAR"),
          Map.entry("naira", "NGN"),
          Map.entry("shillings", "shillings"),
          Map.entry("ringgit", "MYR"),
          Map.entry("lira", "TRY"),
          Map.entry("zlotys", "PLN"),
          Map.entry("zloty", "PLN"),
          Map.entry("forints", "HUF"),
          Map.entry("dirhams", "dirhams"),
          Map.entry("riyals", "riyals"),
          Map.entry("dinars", "dinars"),
          Map.entry("baht", "THB"),
          Map.entry("rupiah", "IDR"),
          Map.entry("cedis", "GHS"),
          Map.entry("pesos", "pesos"),
          Map.entry("cents", "cents"),
          Map.entry("pence", "pence"));

  private static final Map<String, String> NATIONAL_DOLLARS =
      Map.of(
          "australian",
          "AUD",
          "canadian",
          "CAD",
          "kong",
          "HKD",
          "zealand",
          "NZD",
          "singapore",
          "SGD",
          "taiwan",
          "TWD",
          "us",
          "USD",
          "american",
          "USD");
  private static final Map<String, String> NATIONAL_OTHERS =
      Map.ofEntries(
          Map.entry("danish", "DKK"),
          Map.entry("swedish", "SEK"),
          Map.entry("norwegian", "NOK"),
          Map.entry("czech", "CZK"),
          Map.entry("swiss", "CHF"),
          Map.entry("cfa", "XOF"),
          Map.entry("pakistani", "PKR"),
          Map.entry("indian", "INR"),
          Map.entry("argentine", "ARS"),
          Map.entry("philippine", "PHP"),
          Map.entry("mexican", "MXN"),
          Map.entry("chilean", "CLP"),
          Map.entry("colombian", "COP"),
          Map.entry("egyptian", "EGP"),
          Map.entry("chinese", "CNY"),
          Map.entry("japanese", "JPY"),
          Map.entry("turkish", "TRY"),
          Map.entry("russian", "RUB"),
          Map.entry("saudi", "SAR"),
          Map.entry("qatari", "QAR"),
          Map.entry("moroccan", "MAD"),
          Map.entry("emirati", "AED"),
          Map.entry("uae", "AED"),
          Map.entry("kenyan", "KES"),
          Map.entry("ugandan", "UGX"),
          Map.entry("tanzanian", "TZS"),
          Map.entry("iraqi", "IQD"),
          Map.entry("jordanian", "JOD"),
          Map.entry("kuwaiti", "KWD"),
          Map.entry("serbian", "RSD"),
          Map.entry("tunisian", "TND"),
          Map.entry("algerian", "DZD"),
          Map.entry("congolese", "CDF"),
          Map.entry("icelandic", "ISK"),
          Map.entry("lebanese", "LBP"),
          Map.entry("sudanese", "SDG"),
          Map.entry("brazilian", "BRL"));

  /** Words that make "pounds" a weight: "200 pounds of explosives". */
  private static final Set<String> WEIGHT_NEXT = Set.of("of", "heavier", "lighter", "overweight");

  private MoneyScanner() {}

  /** True for a currency word written after an amount ("dollars", "euros"), not "cents". */
  static boolean isCurrencyWord(String norm) {
    return WORDS.containsKey(norm) && !norm.equals("cents") && !norm.equals("pence");
  }

  static boolean isSign(String norm) {
    return SIGNS.containsKey(norm);
  }

  /** Money whose sign, prefix or code starts at {@code i} ("$", "US$", "USD", "Rs."), or null. */
  static Quantity before(TokenView v, int i) {
    String n = v.norm(i);
    Quantity glued = gluedToLetters(v, i);
    if (glued != null) {
      return glued;
    }
    int numberAt;
    String code;
    if (SIGNS.containsKey(n)) {
      code = SIGNS.get(n);
      numberAt = i + 1;
    } else if (v.isWord(i)
        && DOLLAR_PREFIXES.containsKey(n)
        && v.norm(i + 1).equals("$")
        && v.touching(i)
        && (v.isCapitalized(i) || n.equals("us"))) {
      code = DOLLAR_PREFIXES.get(n);
      numberAt = i + 2;
    } else if (v.isWord(i) && CODES_BEFORE.containsKey(n) && v.isCapitalized(i)) {
      code = CODES_BEFORE.get(n);
      numberAt = v.norm(i + 1).equals(".") ? i + 2 : i + 1;
    } else {
      return null;
    }
    boolean negative = v.norm(numberAt).equals("-") && v.touching(numberAt);
    if (negative) {
      numberAt++; // "$-50.8bn"
    }
    if (!DigitNumbers.isDecimal(v, numberAt)) {
      return null;
    }
    Quantity q = DigitNumbers.range(v, DigitNumbers.plain(v, numberAt, true), !negative);
    Quantity range = negative || q.valueMax() != null ? null : gluedRange(v, q, code);
    if (range != null) {
      return new Quantity(i, range.last(), range.value(), range.valueMax(), Kind.MONEY, code);
    }
    return new Quantity(
        i, q.last(), negative ? -q.value() : q.value(), q.valueMax(), Kind.MONEY, code);
  }

  /**
   * "A$300m-A$350m", "US$2bn-US$4bn": the tokenizer glues the low end's scale to the high end's
   * prefix ("m-A", "bn-US"); read as one range when that prefix names the same currency. {@code
   * low} is the low end's amount without its scale; returns the range, or null.
   */
  private static Quantity gluedRange(TokenView v, Quantity low, String code) {
    int k = low.last() + 1;
    String[] parts = v.norm(k).split("-", -1);
    Long scale = parts.length == 2 ? DigitNumbers.shortScale(parts[0]) : null;
    if (scale == null
        || !v.touching(low.last())
        || !code.equals(DOLLAR_PREFIXES.get(parts[1]))
        || !v.norm(k + 1).equals("$")
        || !v.touching(k)
        || !v.touching(k + 1)
        || !DigitNumbers.isDecimal(v, k + 2)) {
      return null;
    }
    Quantity high = DigitNumbers.plain(v, k + 2, true);
    double lowValue = low.value() * scale;
    if (high.unit() != null || high.value() <= lowValue) {
      return null;
    }
    return new Quantity(low.first(), high.last(), lowValue, high.value(), Kind.MONEY, code);
  }

  /**
   * Money whose digits the tokenizer glued to letters: "$US55,931,000" ("$", "US55", ",",
   * "931,000"), "RM120,000", "USD115.5". The amount is read from the body characters, so no tail
   * ("931,000") is left to become a figure of its own; or null.
   */
  private static Quantity gluedToLetters(TokenView v, int i) {
    String code;
    int word;
    if (SIGNS.containsKey(v.norm(i)) && v.touching(i) && v.isWord(i + 1)) {
      word = i + 1;
      String letters = letters(v.norm(word));
      code = letters.equals("us") ? "USD" : DOLLAR_PREFIXES.get(letters);
      if (!v.norm(i).equals("$")) {
        return null;
      }
    } else if (v.isWord(i) && v.isCapitalized(i)) {
      word = i;
      code = CODES_BEFORE.get(letters(v.norm(i)));
    } else {
      return null;
    }
    String norm = v.norm(word);
    String letters = letters(norm);
    if (code == null
        || letters.length() == norm.length()
        || !norm.substring(letters.length()).matches("\\d+")) {
      return null;
    }
    int from = v.get(word).start() + letters.length();
    int to = from;
    String body = v.body();
    while (to < body.length()
        && (Character.isDigit(body.charAt(to))
            || ((body.charAt(to) == ',' || body.charAt(to) == '.')
                && to + 1 < body.length()
                && Character.isDigit(body.charAt(to + 1))))) {
      to++;
    }
    int last = word;
    while (last + 1 < v.size() && v.get(last + 1).end() <= to) {
      last++;
    }
    to = v.get(last).end();
    Double value = amount(body.substring(from, to));
    if (value == null) {
      return null;
    }
    Quantity q = DigitNumbers.scales(v, i, last, value, true);
    return new Quantity(i, q.last(), q.value(), null, Kind.MONEY, code);
  }

  /** "SEK", "USD", "MEUR": an ISO code in capitals after an amount. */
  private static boolean isUpperCode(TokenView v, int k) {
    String text = v.text(k, k);
    if (!text.equals(text.toUpperCase(java.util.Locale.ROOT))
        || text.length() < 3
        || text.length() > 4) {
      return false;
    }
    String n = v.norm(k);
    String code = n.length() == 4 && n.startsWith("m") ? n.substring(1) : n;
    return code.length() == 3 && CODES_BEFORE.containsKey(code);
  }

  private static String letters(String norm) {
    int k = 0;
    while (k < norm.length() && Character.isLetter(norm.charAt(k))) {
      k++;
    }
    return norm.substring(0, k);
  }

  /**
   * "55,931,000", "12,34,567.89" (Indian grouping), "23.50"; null when the commas group nothing.
   */
  private static Double amount(String digits) {
    if (!digits.matches("\\d{1,3}(,\\d{2,3})*(\\.\\d+)?|\\d+(\\.\\d+)?")) {
      return null;
    }
    return Double.parseDouble(digits.replace(",", ""));
  }

  /**
   * The amount {@code q} as money when a currency word follows it ("1.5 million euros"), else null.
   */
  static Quantity after(TokenView v, Quantity q) {
    int k = q.last() + 1;
    String next = v.norm(k);
    if (v.touching(q.last()) && next.equals("p") && !v.isWord(k + 1)) {
      return new Quantity(q.first(), k, q.value(), q.valueMax(), Kind.MONEY, "pence");
    }
    int word = k;
    String code = null;
    if (NATIONAL_DOLLARS.containsKey(next)
        || NATIONAL_OTHERS.containsKey(next)
        || next.equals("hong")
        || next.equals("new")) {
      word = next.equals("hong") || next.equals("new") ? k + 2 : k + 1;
      String nation = v.norm(word - 1);
      String money = v.norm(word);
      if (money.startsWith("dollar")) {
        code = NATIONAL_DOLLARS.get(nation);
      } else if (WORDS.containsKey(money)) {
        code = NATIONAL_OTHERS.getOrDefault(nation, WORDS.get(money));
      }
    } else if (v.isWord(k) && isUpperCode(v, k)) {
      // "2mil SEK", "120 MEUR" (millions of euros), "75 USD million"
      String text = v.text(k, k);
      boolean millions = text.length() == 4 && text.startsWith("M");
      String iso = CODES_BEFORE.get(v.norm(k).substring(millions ? 1 : 0));
      double value = q.value() * (millions ? 1_000_000 : 1);
      int last = k;
      if (!millions
          && v.isWord(k + 1)
          && NumberWords.isScale(v.norm(k + 1))
          && q.last() == q.first()) {
        value *= NumberWords.scale(v.norm(k + 1));
        last = k + 1;
      }
      Double max = q.valueMax() == null ? null : q.valueMax() * (value / q.value());
      return new Quantity(q.first(), last, value, max, Kind.MONEY, iso);
    } else if (v.isWord(k) && WORDS.containsKey(next)) {
      code = WORDS.get(next);
      if (next.startsWith("pound") && WEIGHT_NEXT.contains(v.norm(k + 1))) {
        return null;
      }
    }
    if (code == null) {
      return null;
    }
    int last = word;
    if (code.equals("GBP") && v.norm(last + 1).equals("sterling")) {
      last++;
    }
    Quantity cents = q.valueMax() == null ? cents(v, last + 1) : null;
    if (cents != null) {
      // "3 dollars 50 cents", "thirteen dollars and forty-five cents"
      return new Quantity(
          q.first(), cents.last(), q.value() + cents.value() / 100, null, Kind.MONEY, code);
    }
    return new Quantity(q.first(), last, q.value(), q.valueMax(), Kind.MONEY, code);
  }

  /**
   * "50 cents" or "and forty-five cents" at {@code k}: the cents, with the index of "cents"; or
   * null.
   */
  private static Quantity cents(TokenView v, int k) {
    int at = v.norm(k).equals("and") ? k + 1 : k;
    Quantity n =
        DigitNumbers.isDecimal(v, at)
            ? new Quantity(at, at, DigitNumbers.parse(v.norm(at)), null, Kind.COUNT, null)
            : SpelledQuantities.scan(v, at);
    if (n == null || n.kind() != Kind.COUNT || n.value() >= 100 || n.value() < 1) {
      return null;
    }
    String word = v.norm(n.last() + 1);
    boolean centWord =
        word.equals("cents") || word.equals("cent") || word.equals("pence") || word.equals("p");
    return centWord ? new Quantity(at, n.last() + 1, n.value(), null, Kind.COUNT, null) : null;
  }
}
