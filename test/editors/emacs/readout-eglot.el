;;; Readout in Emacs with Eglot (init.el).
;; Markdown and plain text need a server each, for each has its own language id. add-to-list
;; puts each entry first: the Markdown one, added last, is matched before text-mode, which
;; markdown-mode derives from.
(with-eval-after-load 'eglot
  (add-to-list 'eglot-server-programs '((text-mode :language-id "plaintext") "readout-lsp" "--stdio"))
  (add-to-list 'eglot-server-programs '(markdown-mode "readout-lsp" "--stdio")))

(setq-default eglot-workspace-configuration
              '(:readout (:houseSpelling ["Shoigu" "Sergei"])))

(defun readout-eglot-ensure ()
  "Check Markdown and plain-text drafts, not every mode derived from text-mode."
  (when (memq major-mode '(markdown-mode text-mode))
    (eglot-ensure)))
(add-hook 'text-mode-hook #'readout-eglot-ensure)
