/**
 * Reads built HTML for what could run: inline `<script>` bodies, inline event-handler attributes
 * (`onerror=`, `onclick=` …) and `javascript:` URLs. A real HTML tokenizer (htmlparser2), not a
 * regular expression, so `<script>` inside an attribute or a comment is not miscounted.
 */
import { Parser } from 'htmlparser2';

export interface HtmlAudit {
	/** Bodies of `<script>` elements without `src` (JSON data blocks excluded), in document order. */
	inlineScripts: string[];
	/** `tag[attribute]` for every inline event handler, e.g. `img[onerror]`. */
	eventHandlers: string[];
	/** `tag[attribute]=url` for every `javascript:` URL. */
	scriptUrls: string[];
}

const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'srcdoc']);
/** Script types that hold data, not code. */
const DATA_TYPES = /^(?:application\/(?:ld\+)?json|importmap|speculationrules)$/i;

export function auditHtml(html: string): HtmlAudit {
	const audit: HtmlAudit = { inlineScripts: [], eventHandlers: [], scriptUrls: [] };
	let script: string | undefined;
	const parser = new Parser(
		{
			onopentag(name, attributes) {
				for (const [attr, value] of Object.entries(attributes)) {
					if (/^on/i.test(attr)) audit.eventHandlers.push(`${name}[${attr}]`);
					// Browsers drop tabs and newlines anywhere in a URL and control characters before it.
					// eslint-disable-next-line no-control-regex -- the control characters are what this looks for
					const url = value.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');
					if (URL_ATTRIBUTES.has(attr) && /^javascript:/i.test(url)) audit.scriptUrls.push(`${name}[${attr}]=${url.slice(0, 60)}`);
				}
				if (name === 'script' && attributes['src'] === undefined && !DATA_TYPES.test(attributes['type'] ?? '')) script = '';
			},
			ontext(text) {
				if (script !== undefined) script += text;
			},
			onclosetag(name) {
				if (name === 'script' && script !== undefined) {
					if (script.trim() !== '') audit.inlineScripts.push(script);
					script = undefined;
				}
			},
		},
		{ decodeEntities: true, lowerCaseAttributeNames: true },
	);
	parser.end(html);
	return audit;
}
