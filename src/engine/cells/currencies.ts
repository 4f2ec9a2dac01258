/**
 * The currencies' ISO codes the engine knows in headers and figures ("Amount ZMW", "$7,680 USD",
 * "(GBP '000)"): those of the countries whose public bodies' papers the corpus holds. Lower case,
 * as a regular expression's alternatives.
 */
export const CURRENCY_CODES = 'gbp|eur|usd|cad|aud|nzd|chf|zar|inr|kes|zmw|ugx|ngn|tzs|mwk|ghs';
