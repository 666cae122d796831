import { Button } from 'react-aria-components';

interface SubmitButtonProps {
  children: React.ReactNode;
  isPending?: boolean;
  variant?: 'primary' | 'secondary';
  type?: 'submit' | 'button';
  onPress?: () => void;
}

/** A form button (React Aria): stays focusable and keeps its name while the request runs. */
export function SubmitButton({ children, isPending, variant = 'primary', type = 'submit', onPress }: SubmitButtonProps) {
  return (
    <Button type={type} className={`button button-${variant}`} isPending={isPending} onPress={onPress}>
      {isPending ? <span className="spinner" aria-hidden="true" /> : null}
      <span>{children}</span>
    </Button>
  );
}
