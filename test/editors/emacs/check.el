;;; -*- lexical-binding: t -*-
;;; Drives Eglot as a person would: opens the draft, waits for its diagnostics, hovers over a
;;; person, and picks a fix from the code action menu. Writes what it saw as JSON to
;;; $READOUT_RESULT. Run: emacs --batch -l <config> -l check.el (--batch reads no init file; the
;;; site files, which put Debian's elpa-eglot on the load path, are read).
(require 'eglot)
(require 'markdown-mode)

(defvar readout-result nil "What the client saw, an alist written out as JSON.")

(defun readout-note (key value)
  (push (cons key value) readout-result))

(defun readout-wait (what condition)
  "Wait for CONDITION to hold, reading the server's messages meanwhile; give up after 15 s."
  (let ((deadline (+ (float-time) 15)))
    (while (not (funcall condition))
      (when (> (float-time) deadline) (error "Timed out waiting for %s" what))
      (accept-process-output nil 0.02))))

(defun readout-goto (text)
  "Point on the first occurrence of TEXT; its line, counted from 0 as LSP does."
  (goto-char (point-min))
  (search-forward text)
  (goto-char (match-beginning 0))
  (1- (line-number-at-pos)))

(defun readout-line ()
  (buffer-substring-no-properties (line-beginning-position) (line-end-position)))

(condition-case err
    (progn
      (find-file (getenv "READOUT_DRAFT"))
      (readout-note 'mode (symbol-name major-mode))
      ;; The command that opened the file is over: this is when eglot-ensure connects.
      (run-hooks 'post-command-hook)
      (readout-wait "diagnostics" (lambda () (and eglot--managed-mode (flymake-diagnostics))))
      (readout-note 'diagnostics
                    (vconcat
                     (mapcar (lambda (d)
                               (let ((lsp (cdr (assoc 'eglot-lsp-diag (eglot--diag-data d)))))
                                 `((code . ,(plist-get lsp :code))
                                   (line . ,(1- (line-number-at-pos (flymake-diagnostic-beg d))))
                                   (source . ,(plist-get lsp :source))
                                   (message . ,(flymake-diagnostic-text d)))))
                             (flymake-diagnostics))))
      (let ((server (eglot-current-server)))
        (readout-note 'client `((name . ,(plist-get (eglot--server-info server) :name))
                                (languageId . ,(eglot--language-id server))
                                (root . ,(expand-file-name (project-root (eglot--project server)))))))

      (readout-goto "Shoigu")
      (let (hover)
        (eglot-hover-eldoc-function (lambda (info &rest _) (setq hover (or info ""))))
        (readout-wait "a hover" (lambda () hover))
        (readout-note 'hover (substring-no-properties hover)))

      ;; The code action menu a user gets on the misspelt name: note what it offers, pick the fix.
      (let* ((line (readout-goto "Llyod"))
             (before (readout-line))
             (last-nonmenu-event ?\C-m))
        (readout-note 'before before)
        (cl-letf (((symbol-function 'completing-read)
                   (lambda (_prompt items &rest _)
                     (readout-note 'offered (vconcat (mapcar #'car items)))
                     (getenv "READOUT_PICK"))))
          (call-interactively #'eglot-code-actions))
        (readout-wait "the fix to change the line"
                      (lambda () (save-excursion (goto-char (point-min)) (forward-line line)
                                                 (not (equal (readout-line) before)))))
        (goto-char (point-min))
        (forward-line line)
        (readout-note 'after (readout-line))))
  (error (readout-note 'error (error-message-string err))))

(let ((coding-system-for-write 'utf-8))
  (with-temp-file (getenv "READOUT_RESULT")
    (insert (json-serialize readout-result))))
(kill-emacs 0)
