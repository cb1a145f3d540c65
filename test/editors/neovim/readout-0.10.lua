-- Readout in Neovim 0.10 (init.lua).
vim.api.nvim_create_autocmd('FileType', {
  pattern = { 'markdown', 'text' },
  callback = function(args)
    vim.lsp.start({
      name = 'readout',
      cmd = { 'readout-lsp', '--stdio' },
      root_dir = vim.fs.root(args.buf, { '.readout', '.git' }),
      settings = { readout = { houseSpelling = { 'Shoigu', 'Sergei' } } },
    })
  end,
})
