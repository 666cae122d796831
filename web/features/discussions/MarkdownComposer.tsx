import { useId, useState, type Ref } from 'react';
import { Button } from 'react-aria-components';
import { Msg, useT } from '../../i18n/useT';
import { Markdown } from '../../ui/Markdown';
import { MentionTextarea } from './MentionTextarea';
import { mentionsIn } from './mentions';

interface MarkdownComposerProps {
  slug: string;
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  rows?: number;
  textareaRef?: Ref<HTMLTextAreaElement>;
}

/**
 * A post's text: Markdown with @mentions, how to write both, a preview on demand (through the
 * same safe renderer as the thread), and who the mentions will tell.
 */
export function MarkdownComposer({ slug, name, label, value, onChange, error, rows, textareaRef }: MarkdownComposerProps) {
  const t = useT();
  const [preview, setPreview] = useState(false);
  const previewId = useId();
  const mentioned = mentionsIn(value);
  return (
    <div className="discussions-composer">
      <MentionTextarea
        slug={slug}
        name={name}
        label={label}
        value={value}
        onChange={onChange}
        error={error}
        rows={rows}
        isRequired
        textareaRef={textareaRef}
        description={
          <>
            {t('discussions.composer.help')}{' '}
            <Msg
              id="discussions.composer.markdown"
              values={{ bold: <Sample text="**…**" />, italic: <Sample text="_…_" />, link: <Sample text="[…](https://…)" />, quote: <Sample text="> …" /> }}
            />
          </>
        }
      />
      {mentioned.length > 0 ? (
        <p className="small discussions-mentioned">
          <Msg
            id="discussions.composer.willTell"
            values={{
              names: (
                <span>
                  {mentioned.map((p, i) => (
                    <span key={p.id}>
                      {i > 0 ? t('discussions.listSeparator') : null}
                      <bdi>{p.name}</bdi>
                    </span>
                  ))}
                </span>
              ),
            }}
          />
        </p>
      ) : null}
      <div className="discussions-composer-tools">
        <Button className="button button-secondary button-compact" aria-pressed={preview} aria-controls={previewId} onPress={() => setPreview((p) => !p)}>
          {preview ? t('discussions.composer.hidePreview') : t('discussions.composer.showPreview')}
        </Button>
      </div>
      <div id={previewId} className="discussions-preview" hidden={!preview} role="region" aria-label={t('discussions.composer.preview')}>
        {preview ? value.trim() ? <Markdown source={value} /> : <p className="muted small">{t('discussions.composer.previewEmpty')}</p> : null}
      </div>
    </div>
  );
}

/** A bit of Markdown as typed: code, always left to right. */
function Sample({ text }: { text: string }) {
  return (
    <bdi dir="ltr">
      <code className="discussions-sample">{text}</code>
    </bdi>
  );
}
