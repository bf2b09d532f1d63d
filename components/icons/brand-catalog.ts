/**
 * The brand icons Twofold ships: a subset of Simple Icons (CC0-1.0; the brands
 * themselves remain their owners' trademarks), chosen among sites that offer
 * two-factor codes. Imported only through `import()` (use-brand-icon.ts), so
 * it is a chunk of its own that the popup loads on first need and the content
 * script never sees. Named imports let the bundler drop the other 3,000+ icons.
 */
import {
  si1password, siAirbnb, siAnthropic, siApple, siAsana, siAtlassian, siAuth0, siBackblaze, siBattledotnet, siBinance,
  siBitbucket, siBitwarden, siBluesky, siBookingdotcom, siBox, siCloudflare, siCodeberg, siCoinbase, siDashlane,
  siDigitalocean, siDiscord, siDocker, siDropbox, siEa, siEbay, siEpicgames, siEtsy, siEvernote, siFacebook, siFastly,
  siFigma, siFirebase, siFlydotio, siGithub, siGitlab, siGodaddy, siGogdotcom, siGoogle, siHashicorp, siHetzner,
  siHubspot, siHuggingface, siHumblebundle, siInstagram, siJetbrains, siJira, siKickstarter, siKucoin, siLastpass,
  siLinear, siMailchimp, siMastodon, siMedium, siMega, siMongodb, siMozilla, siN26, siNamecheap, siNetflix, siNetlify,
  siNextcloud, siNotion, siNpm, siOkta, siOvh, siPatreon, siPaypal, siPlaystation, siPlex, siProton, siProtonmail,
  siPypi, siReddit, siRevolut, siRiotgames, siRobinhood, siRoblox, siSentry, siShopify, siSignal, siSnapchat, siSpotify,
  siSquarespace, siStackoverflow, siSteam, siStripe, siSubstack, siSupabase, siTailscale, siTelegram, siTiktok,
  siTrello, siTuta, siTumblr, siTwitch, siUber, siUbiquiti, siUbisoft, siVercel, siVultr, siWhatsapp, siWise, siWix,
  siWordpress, siX, siYubico, siZendesk, siZoom,
} from 'simple-icons';

export interface BrandIcon {
  title: string;
  /** Brand colour, six hex digits without '#'. */
  hex: string;
  /** SVG path data in a 24×24 box. */
  path: string;
}

export const BRAND_ICONS: readonly BrandIcon[] = [
  si1password, siAirbnb, siAnthropic, siApple, siAsana, siAtlassian, siAuth0, siBackblaze, siBattledotnet, siBinance,
  siBitbucket, siBitwarden, siBluesky, siBookingdotcom, siBox, siCloudflare, siCodeberg, siCoinbase, siDashlane,
  siDigitalocean, siDiscord, siDocker, siDropbox, siEa, siEbay, siEpicgames, siEtsy, siEvernote, siFacebook, siFastly,
  siFigma, siFirebase, siFlydotio, siGithub, siGitlab, siGodaddy, siGogdotcom, siGoogle, siHashicorp, siHetzner,
  siHubspot, siHuggingface, siHumblebundle, siInstagram, siJetbrains, siJira, siKickstarter, siKucoin, siLastpass,
  siLinear, siMailchimp, siMastodon, siMedium, siMega, siMongodb, siMozilla, siN26, siNamecheap, siNetflix, siNetlify,
  siNextcloud, siNotion, siNpm, siOkta, siOvh, siPatreon, siPaypal, siPlaystation, siPlex, siProton, siProtonmail,
  siPypi, siReddit, siRevolut, siRiotgames, siRobinhood, siRoblox, siSentry, siShopify, siSignal, siSnapchat, siSpotify,
  siSquarespace, siStackoverflow, siSteam, siStripe, siSubstack, siSupabase, siTailscale, siTelegram, siTiktok,
  siTrello, siTuta, siTumblr, siTwitch, siUber, siUbiquiti, siUbisoft, siVercel, siVultr, siWhatsapp, siWise, siWix,
  siWordpress, siX, siYubico, siZendesk, siZoom,
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
