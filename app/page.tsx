import { JsonLd } from '@/components/JsonLd';
import { PostCard } from '@/components/PostCard';
import { publishedPosts } from '@/lib/content/posts';
import { listingMetadata } from '@/lib/seo/metadata';
import { buildListingGraph } from '@/lib/seo/post-graph';
import { site } from '@/lib/site';

export const metadata = listingMetadata('/');

export default function HomePage() {
  const posts = publishedPosts();
  return (
    <div className="mx-auto max-w-5xl px-4 py-10 sm:px-6">
      <JsonLd graph={buildListingGraph(posts, '/')} />
      <h1 className="text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl">{site.name}</h1>
      <p className="mt-3 max-w-2xl text-lg text-slate-700">{site.description}</p>
      {posts.length === 0 ? (
        <p className="mt-10 text-slate-700">Статей пока нет.</p>
      ) : (
        <ul className="mt-10 grid gap-8 sm:grid-cols-2" aria-label="Статьи">
          {posts.map((post, index) => (
            <li key={post.slug} className="flex">
              <PostCard post={post} priority={index === 0} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
