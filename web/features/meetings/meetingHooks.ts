import { useQueryClient } from '@tanstack/react-query';
import type { Meeting } from '../../api/types';
import { meetingKeys } from './meetingPageModel';

/** Puts a mutation's answer into the cache and refetches the meeting (and what hangs under its key). */
export function useMeetingUpdate() {
  const queryClient = useQueryClient();
  return (meeting: Meeting) => {
    queryClient.setQueryData(meetingKeys.detail(meeting.id), meeting);
    void queryClient.invalidateQueries({ queryKey: meetingKeys.detail(meeting.id) });
  };
}
