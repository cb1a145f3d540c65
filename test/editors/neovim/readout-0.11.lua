-- Readout in Neovim 0.11 or later (init.lua).
vim.lsp.config('readout', {
  cmd = { 'readout-lsp', '--stdio' },
  filetypes = { 'markdown', 'text' },
  root_markers = { '.readout', '.git' },
  settings = { readout = { houseSpelling = { 'Shoigu', 'Sergei' } } },
})
vim.lsp.enable('readout')
