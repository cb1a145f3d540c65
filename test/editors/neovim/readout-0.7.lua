-- Readout in Neovim 0.7 to 0.9 (init.lua). One server per root: the folder holding
-- `.readout` or `.git`, else the file's own folder.
local readout_settings = { readout = { houseSpelling = { 'Shoigu', 'Sergei' } } }
local readout_clients = {}

local function readout_root(bufnr)
  local dir = vim.fn.fnamemodify(vim.api.nvim_buf_get_name(bufnr), ':p:h')
  for _, marker in ipairs({ '.readout', '.git' }) do
    local found = vim.fn.finddir(marker, dir .. ';')
    if found ~= '' then return vim.fn.fnamemodify(found, ':p:h:h') end
  end
  return dir
end

vim.api.nvim_create_autocmd('FileType', {
  pattern = { 'markdown', 'text' },
  callback = function(args)
    local root = readout_root(args.buf)
    if not readout_clients[root] then
      readout_clients[root] = vim.lsp.start_client({
        name = 'readout',
        cmd = { 'readout-lsp', '--stdio' },
        root_dir = root,
        -- Neovim 0.7 does not offer `settings` to the server: give them at start too.
        init_options = readout_settings,
        settings = readout_settings,
      })
    end
    vim.lsp.buf_attach_client(args.buf, readout_clients[root])
  end,
})
