package org.storydiff.extract;

import java.util.Map;
import java.util.Set;
import org.storydiff.extract.Quantity.Kind;

/**
 * Money: a sign or code before the number ("$2bn", "US$3.6bn", "HK$4.8 billion", "€90m", "USD 40
 * million", "Rs 450 crore") or a currency word after it ("1.5 million euros", "7,199 yuan", "2.5
 * million Swiss francs"). The unit is the ISO 4217 code; a currency word that several countries use
 * ("crowns", "francs", "pesos") stays a word unless a nationality settles it, and so do "cents"
 * and "pence". Stateless and thread-safe.
 */
final class MoneyScanner {

  private static final Map<String, String> SIGNS =
      Map.of("$", "USD", "£", "GBP", "€", "EUR", "¥", "JPY", "₹", "INR", "₽", "RUB", "₴", "UAH",
          "₩", "KRW");
  /** Letters written against a dollar sign: "US$", "A$", "HK$". */
  private static final Map<String, String> DOLLAR_PREFIXES =
      Map.ofEntries(
          Map.entry("us", "USD"), Map.entry("a", "AUD"), Map.entry("au", "AUD"), Map.entry("c", "CAD"),
          Map.entry("ca", "CAD"), Map.entry("hk", "HKD"), Map.entry("nz", "NZD"), Map.entry("s", "SGD"),
          Map.entry("nt", "TWD"), Map.entry("r", "BRL"), Map.entry("mex", "MXN"));
  /** Codes and abbreviations written before the number: "USD 40 million", "Rs 450 crore". */
  private static final Map<String, String> CODES_BEFORE =
      Map.ofEntries(
          Map.entry("usd", "USD"), Map.entry("eur", "EUR"), Map.entry("gbp", "GBP"), Map.entry("chf", "CHF"),
          Map.entry("jpy", "JPY"), Map.entry("cny", "CNY"), Map.entry("rmb", "CNY"), Map.entry("inr", "INR"),
          Map.entry("rs", "INR"), Map.entry("aud", "AUD"), Map.entry("cad", "CAD"), Map.entry("hkd", "HKD"),
          Map.entry("sek", "SEK"), Map.entry("nok", "NOK"), Map.entry("dkk", "DKK"), Map.entry("zar", "ZAR"),
          Map.entry("rub", "RUB"), Map.entry("uah", "UAH"), Map.entry("pln", "PLN"), Map.entry("brl", "BRL"));
  /** Currency words after the number; nationality words before some of them refine the code. */
  private static final Map<String, String> WORDS =
      Map.ofEntries(
          Map.entry("dollars", "USD"), Map.entry("dollar", "USD"), Map.entry("usd", "USD"),
          Map.entry("euros", "EUR"), Map.entry("euro", "EUR"), Map.entry("eur", "EUR"),
          Map.entry("pounds", "GBP"), Map.entry("pound", "GBP"), Map.entry("gbp", "GBP"),
          Map.entry("sterling", "GBP"), Map.entry("yen", "JPY"), Map.entry("yuan", "CNY"),
          Map.entry("renminbi", "CNY"), Map.entry("roubles", "RUB"), Map.entry("rubles", "RUB"),
          Map.entry("hryvnias", "UAH"), Map.entry("hryvnia", "UAH"), Map.entry("rupees", "INR"),
          Map.entry("francs", "francs"), Map.entry("crowns", "crowns"), Map.entry("kronor", "SEK"),
          Map.entry("kroner", "kroner"), Map.entry("rand", "ZAR"), Map.entry("naira", "NGN"),
          Map.entry("shillings", "shillings"), Map.entry("ringgit", "MYR"), Map.entry("lira", "TRY"),
          Map.entry("zlotys", "PLN"), Map.entry("zloty", "PLN"), Map.entry("forints", "HUF"),
          Map.entry("dirhams", "dirhams"), Map.entry("riyals", "riyals"), Map.entry("dinars", "dinars"),
          Map.entry("baht", "THB"), Map.entry("rupiah", "IDR"), Map.entry("cedis", "GHS"),
          Map.entry("pesos", "pesos"), Map.entry("cents", "cents"), Map.entry("pence", "pence"));
  private static final Map<String, String> NATIONAL_DOLLARS =
      Map.of("australian", "AUD", "canadian", "CAD", "kong", "HKD", "zealand", "NZD", "singapore", "SGD",
          "taiwan", "TWD", "us", "USD", "american", "USD");
  private static final Map<String, String> NATIONAL_OTHERS =
      Map.ofEntries(
          Map.entry("danish", "DKK"), Map.entry("swedish", "SEK"), Map.entry("norwegian", "NOK"),
          Map.entry("czech", "CZK"), Map.entry("swiss", "CHF"), Map.entry("cfa", "XOF"),
          Map.entry("pakistani", "PKR"), Map.entry("indian", "INR"), Map.entry("argentine", "ARS"),
          Map.entry("philippine", "PHP"), Map.entry("mexican", "MXN"), Map.entry("chilean", "CLP"),
          Map.entry("colombian", "COP"), Map.entry("egyptian", "EGP"), Map.entry("chinese", "CNY"),
          Map.entry("japanese", "JPY"), Map.entry("turkish", "TRY"), Map.entry("russian", "RUB"),
          Map.entry("saudi", "SAR"), Map.entry("qatari", "QAR"), Map.entry("moroccan", "MAD"),
          Map.entry("emirati", "AED"), Map.entry("uae", "AED"), Map.entry("kenyan", "KES"),
          Map.entry("ugandan", "UGX"), Map.entry("tanzanian", "TZS"), Map.entry("iraqi", "IQD"),
          Map.entry("jordanian", "JOD"), Map.entry("kuwaiti", "KWD"), Map.entry("serbian", "RSD"),
          Map.entry("tunisian", "TND"), Map.entry("algerian", "DZD"), Map.entry("congolese", "CDF"),
          Map.entry("icelandic", "ISK"), Map.entry("lebanese", "LBP"), Map.entry("sudanese", "SDG"),
          Map.entry("brazilian", "BRL"));
  /** Words that make "pounds" a weight: "200 pounds of explosives". */
  private static final Set<String> WEIGHT_NEXT = Set.of("of", "heavier", "lighter", "overweight");

  private MoneyScanner() {}

  static boolean isSign(String norm) {
    return SIGNS.containsKey(norm);
  }

  /** Money whose sign, prefix or code starts at {@code i} ("$", "US$", "USD", "Rs."), or null. */
  static Quantity before(TokenView v, int i) {
    String n = v.norm(i);
    int numberAt;
    String code;
    if (SIGNS.containsKey(n)) {
      code = SIGNS.get(n);
      numberAt = i + 1;
    } else if (v.isWord(i) && DOLLAR_PREFIXES.containsKey(n) && v.norm(i + 1).equals("$") && v.touching(i)
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
    return new Quantity(i, q.last(), negative ? -q.value() : q.value(), q.valueMax(), Kind.MONEY, code);
  }

  /** The amount {@code q} as money when a currency word follows it ("1.5 million euros"), else null. */
  static Quantity after(TokenView v, Quantity q) {
    int k = q.last() + 1;
    String next = v.norm(k);
    if (v.touching(q.last()) && next.equals("p") && !v.isWord(k + 1)) {
      return new Quantity(q.first(), k, q.value(), q.valueMax(), Kind.MONEY, "pence");
    }
    int word = k;
    String code = null;
    if (NATIONAL_DOLLARS.containsKey(next) || NATIONAL_OTHERS.containsKey(next) || next.equals("hong")
        || next.equals("new")) {
      word = next.equals("hong") || next.equals("new") ? k + 2 : k + 1;
      String nation = v.norm(word - 1);
      String money = v.norm(word);
      if (money.startsWith("dollar")) {
        code = NATIONAL_DOLLARS.get(nation);
      } else if (WORDS.containsKey(money)) {
        code = NATIONAL_OTHERS.getOrDefault(nation, WORDS.get(money));
      }
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
    return new Quantity(q.first(), last, q.value(), q.valueMax(), Kind.MONEY, code);
  }
}
