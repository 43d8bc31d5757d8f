import type { PostSummary } from '@/lib/content/reshape';
import { PostCard } from './PostCard';

export function PostList({ posts, label = 'Статьи' }: { posts: readonly PostSummary[]; label?: string }) {
  return (
    <ul className="grid gap-8 sm:grid-cols-2" aria-label={label}>
      {posts.map((post, index) => (
        <li key={post.slug} className="flex">
          <PostCard post={post} priority={index === 0} />
        </li>
      ))}
    </ul>
  );
}
