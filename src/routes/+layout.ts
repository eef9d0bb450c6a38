// Every page is prerendered: the site is static files only.
export const prerender = true;
export const trailingSlash = 'always';
