-- Drives Neovim's own LSP client as a person would: opens the draft, waits for its diagnostics,
-- hovers over a person, and picks a fix from the code action menu. Writes what it saw as JSON
-- to $READOUT_RESULT, then quits. Run: nvim --headless -u <config> -c 'luafile check.lua'.
local result = {}
local timeout = 15000

local function wait(what, condition)
  if not vim.wait(timeout, condition, 20) then error('timed out waiting for ' .. what) end
end

-- The cursor on the first occurrence of `text` (0-based line and column, as LSP counts).
local function cursor_on(buf, text)
  for i, line in ipairs(vim.api.nvim_buf_get_lines(buf, 0, -1, false)) do
    local col = line:find(text, 1, true)
    if col then
      vim.api.nvim_win_set_cursor(0, { i, col })
      return i - 1
    end
  end
  error('no "' .. text .. '" in the draft')
end

local ok, err = pcall(function()
  vim.cmd('edit ' .. vim.fn.fnameescape(os.getenv('READOUT_DRAFT')))
  local buf = vim.api.nvim_get_current_buf()
  result.filetype = vim.bo[buf].filetype
  wait('diagnostics', function() return #vim.diagnostic.get(buf) > 0 end)
  result.diagnostics = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    table.insert(result.diagnostics, { code = d.code, line = d.lnum, source = d.source, message = d.message })
  end
  local client = vim.lsp.get_active_clients()[1]
  result.client = { name = client.name, root = client.config.root_dir, count = #vim.lsp.get_active_clients() }

  cursor_on(buf, 'Shoigu')
  local hovers = vim.lsp.buf_request_sync(buf, 'textDocument/hover', vim.lsp.util.make_position_params(), timeout)
  for _, response in pairs(hovers or {}) do
    if response.result then result.hover = response.result.contents.value end
  end

  -- The code action menu a user gets on the misspelt name: note what it offers, pick the fix.
  local line = cursor_on(buf, 'Llyod')
  result.before = vim.api.nvim_buf_get_lines(buf, line, line + 1, false)[1]
  vim.ui.select = function(items, opts, on_choice)
    result.offered = {}
    local pick
    for _, item in ipairs(items) do
      local title = opts.format_item(item)
      table.insert(result.offered, title)
      if title == os.getenv('READOUT_PICK') then pick = item end
    end
    on_choice(pick)
  end
  vim.lsp.buf.code_action()
  wait('the code action menu', function() return result.offered ~= nil end)
  wait('the fix to change the line', function()
    return vim.api.nvim_buf_get_lines(buf, line, line + 1, false)[1] ~= result.before
  end)
  result.after = vim.api.nvim_buf_get_lines(buf, line, line + 1, false)[1]
end)
if not ok then result.error = tostring(err) end
vim.fn.writefile({ vim.fn.json_encode(result) }, os.getenv('READOUT_RESULT'))
vim.cmd('qall!')
