/** Every rule, one line each, alphabetical by id. The file name is the id. */
import type { Rule } from '../rule';
import { rule as adCopy } from './ad-copy';
import { rule as allCaps } from './all-caps';
import { rule as audiencePlug } from './audience-plug';
import { rule as community } from './community';
import { rule as contactNumber } from './contact-number';
import { rule as creditsMention } from './credits-mention';
import { rule as customWords } from './custom-words';
import { rule as dealTalk } from './deal-talk';
import { rule as dmPitch } from './dm-pitch';
import { rule as emojiRun } from './emoji-run';
import { rule as engagementBait } from './engagement-bait';
import { rule as eventPush } from './event-push';
import { rule as exclamations } from './exclamations';
import { rule as feelings } from './feelings';
import { rule as gratitude } from './gratitude';
import { rule as hardCta } from './hard-cta';
import { rule as hashtagStuffing } from './hashtag-stuffing';
import { rule as hype } from './hype';
import { rule as incomeClaim } from './income-claim';
import { rule as invitingQuestion } from './inviting-question';
import { rule as launch } from './launch';
import { rule as leadMagnet } from './lead-magnet';
import { rule as linkDrop } from './link-drop';
import { rule as linkPointer } from './link-pointer';
import { rule as mission } from './mission';
import { rule as passion } from './passion';
import { rule as personalStory } from './personal-story';
import { rule as priceTalk } from './price-talk';
import { rule as prizeClaim } from './prize-claim';
import { rule as selfPromo } from './self-promo';
import { rule as socialProofPitch } from './social-proof-pitch';
import { rule as styledText } from './styled-text';
import { rule as teaching } from './teaching';
import { rule as urgency } from './urgency';
import { rule as whyStatement } from './why-statement';

/** The registry analyze() runs, in id order. */
export const RULES: readonly Rule[] = [
  adCopy,
  allCaps,
  audiencePlug,
  community,
  contactNumber,
  creditsMention,
  customWords,
  dealTalk,
  dmPitch,
  emojiRun,
  engagementBait,
  eventPush,
  exclamations,
  feelings,
  gratitude,
  hardCta,
  hashtagStuffing,
  hype,
  incomeClaim,
  invitingQuestion,
  launch,
  leadMagnet,
  linkDrop,
  linkPointer,
  mission,
  passion,
  personalStory,
  priceTalk,
  prizeClaim,
  selfPromo,
  socialProofPitch,
  styledText,
  teaching,
  urgency,
  whyStatement,
];
