// @mantine/charts and its styles, in a chunk of their own fetched with the first chart.
import '@mantine/charts/styles.css';

export { BarChart as default } from '@mantine/charts';
