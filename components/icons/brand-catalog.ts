/**
 * The brand icons Twofold ships: a subset of Simple Icons (CC0-1.0; the brands
 * themselves remain their owners' trademarks), chosen among sites that offer
 * two-factor codes. Imported only through `import()` (use-brand-icon.ts), so
 * it is a chunk of its own that the popup loads on first need and the content
 * script never sees. Only the members named below are kept: the bundler drops
 * the other 3,000+ icons.
 */
import * as simpleIcons from 'simple-icons';

export interface BrandIcon {
  title: string;
  /** Brand colour, six hex digits without '#'. */
  hex: string;
  /** SVG path data in a 24×24 box. */
  path: string;
}

export const BRAND_ICONS: readonly BrandIcon[] = [
  simpleIcons.si1password, simpleIcons.siAirbnb, simpleIcons.siAnthropic, simpleIcons.siApple, simpleIcons.siAsana,
  simpleIcons.siAtlassian, simpleIcons.siAuth0, simpleIcons.siBackblaze, simpleIcons.siBattledotnet,
  simpleIcons.siBinance, simpleIcons.siBitbucket, simpleIcons.siBitwarden, simpleIcons.siBluesky,
  simpleIcons.siBookingdotcom, simpleIcons.siBox, simpleIcons.siCloudflare, simpleIcons.siCodeberg,
  simpleIcons.siCoinbase, simpleIcons.siDashlane, simpleIcons.siDigitalocean, simpleIcons.siDiscord,
  simpleIcons.siDocker, simpleIcons.siDropbox, simpleIcons.siEa, simpleIcons.siEbay, simpleIcons.siEpicgames,
  simpleIcons.siEtsy, simpleIcons.siEvernote, simpleIcons.siFacebook, simpleIcons.siFastly, simpleIcons.siFigma,
  simpleIcons.siFirebase, simpleIcons.siFlydotio, simpleIcons.siGithub, simpleIcons.siGitlab, simpleIcons.siGodaddy,
  simpleIcons.siGogdotcom, simpleIcons.siGoogle, simpleIcons.siHashicorp, simpleIcons.siHetzner,
  simpleIcons.siHubspot, simpleIcons.siHuggingface, simpleIcons.siHumblebundle, simpleIcons.siInstagram,
  simpleIcons.siJetbrains, simpleIcons.siJira, simpleIcons.siKickstarter, simpleIcons.siKucoin,
  simpleIcons.siLastpass, simpleIcons.siLinear, simpleIcons.siMailchimp, simpleIcons.siMastodon,
  simpleIcons.siMedium, simpleIcons.siMega, simpleIcons.siMongodb, simpleIcons.siMozilla, simpleIcons.siN26,
  simpleIcons.siNamecheap, simpleIcons.siNetflix, simpleIcons.siNetlify, simpleIcons.siNextcloud,
  simpleIcons.siNotion, simpleIcons.siNpm, simpleIcons.siOkta, simpleIcons.siOvh, simpleIcons.siPatreon,
  simpleIcons.siPaypal, simpleIcons.siPlaystation, simpleIcons.siPlex, simpleIcons.siProton,
  simpleIcons.siProtonmail, simpleIcons.siPypi, simpleIcons.siReddit, simpleIcons.siRevolut, simpleIcons.siRiotgames,
  simpleIcons.siRobinhood, simpleIcons.siRoblox, simpleIcons.siSentry, simpleIcons.siShopify, simpleIcons.siSignal,
  simpleIcons.siSnapchat, simpleIcons.siSpotify, simpleIcons.siSquarespace, simpleIcons.siStackoverflow,
  simpleIcons.siSteam, simpleIcons.siStripe, simpleIcons.siSubstack, simpleIcons.siSupabase, simpleIcons.siTailscale,
  simpleIcons.siTelegram, simpleIcons.siTiktok, simpleIcons.siTrello, simpleIcons.siTuta, simpleIcons.siTumblr,
  simpleIcons.siTwitch, simpleIcons.siUber, simpleIcons.siUbiquiti, simpleIcons.siUbisoft, simpleIcons.siVercel,
  simpleIcons.siVultr, simpleIcons.siWhatsapp, simpleIcons.siWise, simpleIcons.siWix, simpleIcons.siWordpress,
  simpleIcons.siX, simpleIcons.siYubico, simpleIcons.siZendesk, simpleIcons.siZoom,
].map(({ title, hex, path }) => ({ title, hex, path }));

/** Issuer names seen in setup links that differ from the brand's title (keys as brandKey() makes them). */
export const BRAND_ALIASES: Readonly<Record<string, string>> = {
  twitter: 'X',
  blizzard: 'Battle.net',
  electronicarts: 'EA',
  psn: 'PlayStation',
  sony: 'PlayStation',
  gog: 'GOG.com',
  firefox: 'Mozilla',
  epic: 'Epic Games',
  npmjs: 'npm',
  booking: 'Booking.com',
  stackexchange: 'Stack Overflow',
  riot: 'Riot Games',
  tutanota: 'Tuta',
};
