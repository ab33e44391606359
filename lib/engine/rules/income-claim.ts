import { INCOME_PHRASES, INCOME_WEAK, TESTIMONIAL_PHRASES } from '../lexicon/income';
import {
  addressesReader,
  dropClause,
  dropOverlaps,
  inContext,
  phraseRegex,
  scan,
  speaksOfWriter,
} from '../match';
import type { Hit, Rule } from '../rule';

const STRONG = phraseRegex(INCOME_PHRASES);
const WEAK = phraseRegex(INCOME_WEAK);
const TESTIMONIAL = phraseRegex(TESTIMONIAL_PHRASES);
const MONEY = phraseRegex(['{money}']);
const LABEL = 'Remove the income claim';
// An account named for making money ("@earn_with_jane", "#profit_with_tom__"): the handle is the pitch.
const MONEY_HANDLE =
  /earn|profit|invest|trad(?:e|ing|er)|fx|forex|wealth|financ|income|crypto|bitcoin|btc|money|cash|rich|capital|fund|loan|signal|binary/;
const HANDLE_LIKE_TAG = /[_.\d]/;

/** Income and opportunity claims: "passive income", "be your own boss", "I made $9k with @…". */
export const rule: Rule = {
  id: 'income-claim',
  category: 'opportunity',
  polarity: 'sales',
  weight: 18,
  description:
    'Income and opportunity claims: passive income, be your own boss, work from home, profit testimonials.',
  message: 'Income or opportunity claim',
  why: 'Money-making promises are the signature of scams and MLM pitches; readers tune out or report them.',
  examples: {
    flagged: [
      'Earn passive income and be your own boss!',
      'I made $9,000 with the help of @trader_jane',
    ],
    clean: ['I made dinner for my parents tonight.', 'Working late again, but the team is great.'],
  },
  detect(doc) {
    const hits: Hit[] = [];
    // Money in the writer's own story ("I invested $25,000 and lost half") is an opinion or a
    // confession; it is a pitch when the reader is told they can have it too.
    const personal = (pos: number): boolean => {
      const sentence = doc.sentenceAt(pos);
      const words = sentence ? doc.lower.slice(sentence.start, sentence.end) : '';
      return speaksOfWriter(words) && !addressesReader(words) && !/@/.test(words);
    };
    // "You can make $5,000 a month", "I made $6,000 with @trader": money offered or credited to an account.
    const offered = (pos: number): boolean => {
      const sentence = doc.sentenceAt(pos);
      const words = sentence ? doc.lower.slice(sentence.start, sentence.end) : '';
      return addressesReader(words) || /@/.test(words);
    };
    for (const s of inContext(doc, scan(doc.lower, STRONG))) {
      hits.push({
        ...s,
        strength: personal(s.start) ? 0.5 : 1,
        suggestions: [dropClause(doc, s.start, s.end, LABEL)],
      });
    }
    // A hint word counts fully when the same sentence names an amount of money (a profit testimonial).
    const moneyIn = new Map<number, boolean>();
    for (const s of inContext(doc, scan(doc.lower, WEAK))) {
      const sentence = doc.sentenceAt(s.start);
      let money = sentence ? moneyIn.get(sentence.start) : false;
      if (money === undefined && sentence) {
        MONEY.lastIndex = 0;
        money = MONEY.test(doc.lower.slice(sentence.start, sentence.end));
        moneyIn.set(sentence.start, money);
      }
      hits.push({
        ...s,
        strength: money ? (offered(s.start) ? 1 : 0.3) : 0.15,
        suggestions: [dropClause(doc, s.start, s.end, LABEL)],
      });
    }
    const moneyHandles: Hit[] = [
      ...doc.mentions,
      ...doc.hashtags.filter((t) => HANDLE_LIKE_TAG.test(doc.text.slice(t.start + 1, t.end))),
    ]
      .filter((h) => MONEY_HANDLE.test(doc.lower.slice(h.start + 1, h.end)))
      .map((h) => ({
        ...h,
        strength: 0.7,
        message: 'Points to an account named for making money',
      }));
    // Thanks to an account is gratitude, unless the post is about money: then it is a testimonial.
    MONEY.lastIndex = 0;
    if (hits.length > 0 || moneyHandles.length > 0 || MONEY.test(doc.lower)) {
      for (const s of inContext(doc, scan(doc.lower, TESTIMONIAL))) {
        hits.push({
          ...s,
          message: 'Money testimonial pointing to an account',
          suggestions: [dropClause(doc, s.start, s.end, LABEL)],
        });
      }
    }
    hits.push(...moneyHandles);
    return dropOverlaps(hits);
  },
};
