// Tells GOV.UK Frontend's styles that JavaScript runs, before the page paints (an external file: the CSP forbids inline scripts).
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');
