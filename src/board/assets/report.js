// Reports tab hook. The page loads this file after board.js; a reports module replaces it
// and calls window.AdakingsBoard.registerTab({id, title, roles, mount(el, api)}).
// This stub registers nothing.
